#include "RelativeTime.h"

#include <QLocale>
#include <QStringBuilder>

namespace ui {

QString RelativeTime::ago(qint64 seconds)
{
    const qint64 s = std::max<qint64>(0, seconds);
    if (s < 60)
        return tr("just now");
    if (s < 3600)
        return tr("%1 min ago").arg(s / 60);
    if (s < 86400)
        return tr("%1 h ago").arg(s / 3600);
    const int days = int(s / 86400);
    return days == 1 ? tr("%n day ago", nullptr, days) : tr("%n days ago", nullptr, days);
}

QString RelativeTime::moreThanAgo(qint64 seconds)
{
    const qint64 s = std::max<qint64>(0, seconds);
    if (s < 3600)
        return tr("more than %1 min ago").arg(s / 60);
    if (s < 86400)
        return tr("more than %1 h ago").arg(s / 3600);
    const int days = int(s / 86400);
    return days == 1 ? tr("more than %n day ago", nullptr, days) : tr("more than %n days ago", nullptr, days);
}

QString RelativeTime::updated(qint64 seconds)
{
    const qint64 s = std::max<qint64>(0, seconds);
    if (s < 5)
        return tr("Updated just now");
    if (s < 60)
        return tr("Updated %1 s ago").arg(s);
    if (s < 3600)
        return tr("Updated %1 min ago").arg(s / 60);
    if (s < 86400)
        return tr("Updated %1 h ago").arg(s / 3600);
    const int days = int(s / 86400);
    return days == 1 ? tr("Updated %n day ago", nullptr, days) : tr("Updated %n days ago", nullptr, days);
}

QString RelativeTime::absolute(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    // Long date, short time: "Tuesday, 5 March 2024 14:03" without a time zone name.
    return locale.toString(local.date(), QLocale::LongFormat) % QLatin1String(", ") %
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString RelativeTime::compact(const QDateTime& utc, const QDateTime& nowUtc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    const QDate today = nowUtc.toLocalTime().date();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const qint64 days = local.date().daysTo(today);
    if (days <= 0)
        return time;
    if (days < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat) % QLatin1Char(' ') % time;
    if (local.date().year() == today.year())
        return locale.toString(local.date(), QStringLiteral("d MMM"));
    return locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace ui
