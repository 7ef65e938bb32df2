#include "cli/HealthcheckCommand.h"

#include "cli/CommandContext.h"
#include "gateway/GatewayClient.h"
#include "health/HealthCheck.h"
#include "runtime/LocalLoop.h"

#include <QCommandLineParser>
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
    const CommandContext::Listing listing = context.refreshSessions();

    health::HealthReport report;
    if (listing.result.ok) {
        QString note = context.activityProblem();
        if (note.isEmpty())
            note = CommandContext::activityNote(listing.activity);
        report = health::HealthReport::fromSessions(listing.sessions, note);
    } else {
        report = health::HealthReport::unreachable(listing.result);
    }

    health::HealthCheck check(context.client());
    runtime::LocalLoop loop;
    QObject::connect(&check, &health::HealthCheck::finished, &check, [&](const health::HealthReport& done) {
        report = done;
        loop.quit();
    });
    const qsizetype requests = dryRun ? 0 : report.unhealthySessions().size();
    check.start(report, dryRun);
    const auto perRequest = context.client().config().requestTimeout + std::chrono::seconds(10);
    if (!loop.exec(perRequest * (requests + 1)))
        check.cancel(); // its requests end with their own timeouts; the report keeps what was done

    if (context.options().json)
        context.print(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else
        context.printText(report.toText());
    return report.exitCode();
}

} // namespace cli
