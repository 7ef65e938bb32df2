#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ui {

// Short human wording of ages, shared by the table ("12 min ago") and the status bar
// ("Updated 40 s ago").
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    // "just now", "12 min ago", "3 h ago", "2 d ago"
    static QString ago(qint64 seconds);
    // A lower bound: "more than 4 h ago", "more than 3 days ago"
    static QString moreThanAgo(qint64 seconds);
    // "Updated 40 s ago", "Updated 3 min ago"
    static QString updated(qint64 seconds);
    // The absolute local time of an instant, for tooltips.
    static QString absolute(const QDateTime& utc);
    // An instant in a narrow cell, as a list of files or torrents shows it: "14:03" today,
    // "Tue 14:03" within the last six days, "5 Mar" earlier this year, the short date before.
    static QString compact(const QDateTime& utc, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
};

} // namespace ui
