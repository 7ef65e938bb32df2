#include "cli/HealthcheckCommand.h"

#include "cli/CommandContext.h"
#include "gateway/GatewayClient.h"
#include "health/HealthCheck.h"
#include "history/Uptime.h"
#include "runtime/LocalLoop.h"
#include "settings/Profile.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QJsonDocument>

namespace cli {

QString HealthcheckCommand::summary() const
{
    return tr("Monitoring check; asks for a QR for every unhealthy session.");
}

QString HealthcheckCommand::description() const
{
    return tr("Checks every session like a monitoring plugin. Exit code 0 OK, 1 WARNING (zombies only), "
              "2 CRITICAL (a session not connected), 3 UNKNOWN (gateway unreachable, secret refused, or an "
              "error page instead of JSON; also a bad argument).\n"
              "Without --dry-run, asks the gateway for a QR once for every unhealthy session (GET "
              "/api/channels/ID/qr), which makes the gateway try to reconnect it; it never deletes or creates a "
              "session. The first line is the verdict with performance data, then one line per unhealthy "
              "session with what was done. With --json: one object {verdict, exit_code, counts, sessions}.");
}

QString HealthcheckCommand::synopsis() const
{
    return Command::synopsis() + QStringLiteral(" [--silent-hours N]");
}

QList<QCommandLineOption> HealthcheckCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("dry-run"), tr("Only report: send no QR request."))};
}

int HealthcheckCommand::run(CommandContext& context, const QCommandLineParser& parser, const QStringList&)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    // One overall deadline for the whole check, whatever the number of sessions.
    const QDeadlineTimer deadline(std::chrono::milliseconds(context.profile().healthcheckDeadline()));
    const CommandContext::Listing listing = context.refreshSessions();

    health::HealthReport report;
    if (listing.result.ok) {
        QString note = context.activityProblem();
        if (note.isEmpty())
            note = CommandContext::activityNote(listing.activity);
        report = health::HealthReport::fromSessions(listing.sessions, note);
        if (const auto uptimes = context.uptimes(listing.gateway)) {
            QStringList ids;
            for (const sessions::Session& s : listing.sessions)
                ids << s.id;
            report.setUptime24h(history::dayUptimeOf(*uptimes, ids));
        }
    } else {
        report = health::HealthReport::unreachable(listing.result);
    }

    health::HealthCheck check(context.client());
    runtime::LocalLoop loop;
    QObject::connect(&check, &health::HealthCheck::finished, &check, [&](const health::HealthReport& done) {
        report = done;
        loop.quit();
    });
    check.start(report, dryRun);
    // At least a moment for a dry run to finish when the listing used up the deadline.
    const auto left = std::max<std::chrono::milliseconds>(std::chrono::milliseconds(deadline.remainingTime()),
                                                          std::chrono::seconds(1));
    if (!loop.exec(left)) {
        check.cancel(); // the requests in flight are cancelled; the rest are marked not sent
        if (check.isRunning())
            loop.exec(std::chrono::seconds(5));
    }

    // What was asked of the gateway is an operator action: the history keeps it (and who ran it).
    for (const health::SessionResult& s : report.sessions()) {
        if (s.action == health::Action::QrRequested)
            context.recordAction(s.id, QStringLiteral("reconnect"), history::Event::okResult());
        else if (s.action == health::Action::QrFailed)
            context.recordAction(s.id, QStringLiteral("reconnect"), s.actionMessage);
    }

    if (context.options().json)
        context.print(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else
        context.printText(report.toText());
    return report.exitCode();
}

} // namespace cli
