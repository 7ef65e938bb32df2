#include "cli/ListCommand.h"

#include "cli/CommandContext.h"
#include "cli/SessionFormat.h"
#include "runtime/Runtime.h"
#include "sessions/SessionBook.h"

#include <QJsonDocument>

namespace cli {

QString ListCommand::summary() const
{
    return tr("All sessions: id, status, last activity, zombie flag.");
}

QString ListCommand::description() const
{
    return tr("Lists every session of every gateway (or of --profile) with its status, its last activity (when "
              "an activity database is configured) and whether it is a zombie (connected, but silent for longer "
              "than the threshold). A gateway that does not answer gets one line on stderr; the exit code is then "
              "1. A gateway that lists one id more than once is inconsistent: every row is shown, and one note on "
              "stderr names the ids.\n"
              "With --json: one JSON array of objects with the keys id, name, status, gateway_status, "
              "last_activity_at (ISO 8601 UTC or null), silent_for_at_least_s (when the last activity is older "
              "than the rows read so far: the silence it is known to exceed, in seconds; else null), is_zombie, "
              "gateway, dialect, duplicate_id (true when the gateway lists this id more than once) and "
              "status_since (since when the session is in its status, from the history, ISO 8601 UTC or "
              "null).");
}

int ListCommand::run(CommandContext& context, const QCommandLineParser&, const QStringList&)
{
    if (const QString problem = context.runtime().config().problem; !problem.isEmpty())
        return context.usage(problem, this);
    QList<CommandContext::Listing> listings = context.refreshAll();
    if (listings.isEmpty())
        listings << context.refreshSessions(); // no gateway: its "not configured" message
    const bool several = listings.size() > 1;

    // One line per gateway that did not answer; the others still list.
    int failed = 0;
    for (const CommandContext::Listing& l : std::as_const(listings)) {
        if (l.result.ok)
            continue;
        ++failed;
        if (!several)
            return context.fail(l.result);
        context.warn(
            tr("Gateway \"%1\": %2").arg(l.gateway, l.result.message.toString().section(QLatin1Char('\n'), 0, 0)));
    }
    if (failed == listings.size() && several)
        return ExitFailure;

    QString note = context.activityProblem();
    for (const CommandContext::Listing& l : std::as_const(listings)) {
        if (note.isEmpty() && l.result.ok)
            note = l.activity.problem();
    }
    if (!note.isEmpty())
        context.warn(tr("Note: last activity unknown: %1").arg(note));
    // A gateway that lists one id twice is inconsistent: both rows are printed, and it is said once.
    for (const CommandContext::Listing& l : std::as_const(listings)) {
        const QStringList repeated = sessions::SessionBook::duplicateIds(l.sessions);
        if (!repeated.isEmpty())
            context.warn(tr("Note: gateway \"%1\" is inconsistent: it lists %n id(s) more than once (%2). Every row "
                            "is shown.",
                            nullptr, int(repeated.size()))
                             .arg(l.gateway, repeated.join(QLatin1String(", "))));
    }
    const int code = failed > 0 ? ExitFailure : ExitSuccess;

    // Written as it is made, a session at a time: a listing of 200,000 sessions must not be held
    // twice more as text (finding 13).
    QString chunk;
    const auto emitChunk = [&](bool json, bool force) {
        if (chunk.size() < 65536 && !force)
            return;
        json ? context.print(chunk) : context.printText(chunk);
        chunk.clear();
    };
    if (context.options().json) {
        // One object a line, in a JSON array.
        chunk += QLatin1Char('[');
        bool first = true;
        for (const CommandContext::Listing& l : std::as_const(listings)) {
            for (const sessions::Session& s : l.sessions) {
                chunk +=
                    QLatin1String(first ? "\n" : ",\n") +
                    QString::fromUtf8(
                        QJsonDocument(SessionFormat::toJson(s, l.gateway, l.dialect)).toJson(QJsonDocument::Compact));
                first = false;
                emitChunk(true, false);
            }
        }
        chunk += QLatin1String(first ? "]\n" : "\n]\n");
        emitChunk(true, true);
        return code;
    }

    QStringList header{tr("ID"), tr("NAME"), tr("STATUS"), tr("LAST ACTIVITY"), tr("HEALTH")};
    if (several)
        header.prepend(tr("GATEWAY"));
    const auto row = [several](const CommandContext::Listing& l, const sessions::Session& s) {
        QStringList cells{s.id, s.name, sessions::statusLabel(s.status, s.rawStatus), SessionFormat::lastActivity(s),
                          SessionFormat::health(s)};
        if (several)
            cells.prepend(l.gateway);
        return cells;
    };
    // Two passes: the widths of every row, then the rows.
    QList<qsizetype> widths;
    SessionFormat::widen(widths, header);
    int total = 0;
    int zombies = 0;
    int connected = 0;
    for (const CommandContext::Listing& l : std::as_const(listings)) {
        for (const sessions::Session& s : l.sessions) {
            SessionFormat::widen(widths, row(l, s));
            ++total;
            zombies += s.isZombie() ? 1 : 0;
            connected += s.status == sessions::Status::Connected ? 1 : 0;
        }
    }
    if (total == 0) {
        context.printText((several ? tr("The gateways list no sessions.") : tr("The gateway lists no sessions.")) +
                          QLatin1Char('\n'));
        return code;
    }
    chunk += SessionFormat::line(header, widths);
    for (const CommandContext::Listing& l : std::as_const(listings)) {
        for (const sessions::Session& s : l.sessions) {
            chunk += SessionFormat::line(row(l, s), widths);
            emitChunk(false, false);
        }
    }
    chunk +=
        QLatin1Char('\n') +
        tr("%1 sessions, %2 connected, %3 possibly disconnected (zombie).").arg(total).arg(connected).arg(zombies) +
        QLatin1Char('\n');
    emitChunk(false, true);
    return code;
}

} // namespace cli
