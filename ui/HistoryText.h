#pragma once

#include "BadgeTone.h"
#include "history/HistoryEvent.h"
#include "history/Uptime.h"
#include "sessions/Session.h"

#include <QCoreApplication>
#include <QString>

namespace ui {

// The wording of the history in the window: the "Status since" and uptime cells, and the lines of
// the History dialog.
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryText)

public:
    // Since when the session has its status, compact ("14:03" today, "Tue 14:03", "5 Mar": see
    // RelativeTime::compact); "—" when the history never saw the session change. The tooltip says
    // it in words: "Connected since Tuesday, 5 March 2025, 14:03 (3 h ago)".
    static QString since(const sessions::Session& session);
    static QString sinceTooltip(const sessions::Session& session);
    // "97.5%" (the locale's number), "—" when not known.
    static QString percent(const history::Uptime& uptime);
    static QString uptimeTooltip(const history::UptimePair* uptime);
    // "05/03/2025, 14:03": the short local date and time of an instant.
    static QString shortDateTime(qint64 msSinceEpoch);
    // The badge tone and label of a status as the history recorded it (zombie: possibly disconnected).
    static BadgeTone tone(sessions::Status status, bool zombie);
    static QString statusText(sessions::Status status, bool zombie, const QString& gatewayStatus);
    // One change or action, as the dialog's list shows it.
    static QString eventText(const history::Event& event);
    // The translated action name ("Reconnect", "Delete").
    static QString actionLabel(const QString& action);
    // "Last action: Reconnect by ana@desk, 05/03/2025, 14:03 (ok)" for the row menu.
    static QString lastAction(const history::Event& action);
};

} // namespace ui
