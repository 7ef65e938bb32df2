#include "cli/ListCommand.h"

#include "cli/CommandContext.h"
#include "cli/SessionFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cli {

QString ListCommand::summary() const
{
    return tr("All sessions: id, status, last activity, zombie flag.");
}

QString ListCommand::description() const
{
    return tr("Lists every session of the gateway with its status, its last activity (when an activity database "
              "is configured) and whether it is a zombie (connected, but silent for longer than the threshold).\n"
              "With --json: one JSON array of objects with exactly the keys id, name, status, gateway_status, "
              "last_activity_at (ISO 8601 UTC or null) and is_zombie.");
}

int ListCommand::run(CommandContext& context, const QCommandLineParser&, const QStringList&)
{
    const CommandContext::Listing listing = context.refreshSessions();
    if (!listing.result.ok)
        return context.fail(listing.result);

    QString note = context.activityProblem();
    if (note.isEmpty())
        note = CommandContext::activityNote(listing.activity);
    if (!note.isEmpty())
        context.warn(tr("Note: last activity unknown: %1").arg(note));

    if (context.options().json) {
        QJsonArray array;
        for (const sessions::Session& s : listing.sessions)
            array.append(SessionFormat::toJson(s));
        context.print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }

    if (listing.sessions.isEmpty()) {
        context.print(tr("The gateway lists no sessions.") + QLatin1Char('\n'));
        return ExitSuccess;
    }
    QList<QStringList> rows;
    rows << QStringList{tr("ID"), tr("NAME"), tr("STATUS"), tr("LAST ACTIVITY"), tr("HEALTH")};
    int zombies = 0;
    int connected = 0;
    for (const sessions::Session& s : listing.sessions) {
        rows << QStringList{s.id, s.name, sessions::statusLabel(s.status, s.rawStatus), SessionFormat::lastActivity(s),
                            SessionFormat::health(s)};
        zombies += s.isZombie() ? 1 : 0;
        connected += s.status == sessions::Status::Connected ? 1 : 0;
    }
    context.print(SessionFormat::table(rows) + QLatin1Char('\n') +
                  tr("%1 sessions, %2 connected, %3 possibly disconnected (zombie).")
                      .arg(listing.sessions.size())
                      .arg(connected)
                      .arg(zombies) +
                  QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace cli
