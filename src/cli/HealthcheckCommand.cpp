#include "cli/HealthcheckCommand.h"

#include "cli/CommandContext.h"
#include "cli/Waits.h"
#include "gateway/GatewayClient.h"
#include "health/HealthCheck.h"
#include "history/Uptime.h"
#include "runtime/LocalLoop.h"
#include "runtime/Runtime.h"
#include "runtime/SessionsRuntime.h"
#include "settings/Profile.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QJsonDocument>

#include <memory>
#include <vector>

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
              "session with what was done. With several gateways, every one is checked at once and the "
              "verdict is the worst (a gateway that cannot be asked makes it UNKNOWN unless another has a "
              "session not connected). With --json: one object {verdict, exit_code, counts, sessions}.");
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
    // One overall deadline for the whole check, whatever the number of gateways and sessions.
    const QDeadlineTimer deadline(std::chrono::milliseconds(context.profile().healthcheckDeadline()));
    QList<CommandContext::Listing> listings = context.refreshAll(); // every gateway at once
    if (listings.isEmpty())
        listings << context.refreshSessions(); // no gateway: its "not configured" message

    // Each gateway's report; the unhealthy sessions of each are asked to reconnect by their own
    // gateway, all gateways at once, under the one deadline.
    struct Check
    {
        QString gateway;
        health::HealthReport report;
        std::unique_ptr<health::HealthCheck> check;
    };
    std::vector<Check> checks;
    const QString activityProblem = context.activityProblem();
    for (const CommandContext::Listing& listing : std::as_const(listings)) {
        Check c{listing.gateway, {}, nullptr};
        if (listing.result.ok) {
            QString note = activityProblem;
            if (note.isEmpty())
                note = listing.activity.problem();
            c.report = health::HealthReport::fromSessions(listing.sessions, note);
            if (const auto uptimes = waits::uptimes(context.runtime().history(), listing.gateway)) {
                QStringList ids;
                for (const sessions::Session& s : listing.sessions)
                    ids << s.id;
                c.report.setUptime24h(history::dayUptimeOf(*uptimes, ids));
            }
            if (runtime::SessionsRuntime* g = context.runtime().gateway(listing.gateway))
                c.check = std::make_unique<health::HealthCheck>(g->client());
            else if (listings.size() == 1)
                c.check = std::make_unique<health::HealthCheck>(context.client());
        } else {
            c.report = health::HealthReport::unreachable(listing.result);
        }
        checks.push_back(std::move(c));
    }

    runtime::LocalLoop loop;
    int running = 0;
    for (Check& c : checks) {
        if (!c.check) {
            c.report.setDryRun(dryRun);
            continue;
        }
        ++running;
        QObject::connect(c.check.get(), &health::HealthCheck::finished, c.check.get(),
                         [&c, &running, &loop](const health::HealthReport& done) {
                             c.report = done;
                             if (--running == 0)
                                 loop.quit();
                         });
        c.check->start(c.report, dryRun);
    }
    // At least a moment for a dry run to finish when the listing used up the deadline.
    const auto left = std::max<std::chrono::milliseconds>(std::chrono::milliseconds(deadline.remainingTime()),
                                                          std::chrono::seconds(1));
    if (running > 0 && !loop.exec(left)) {
        // The requests in flight are cancelled; the rest are marked not sent.
        for (Check& c : checks) {
            if (c.check && c.check->isRunning())
                c.check->cancel();
        }
        if (running > 0)
            loop.exec(std::chrono::seconds(5));
    }

    // What was asked of each gateway is an operator action: the history keeps it (and who ran it).
    QList<std::pair<QString, health::HealthReport>> reports;
    for (const Check& c : checks) {
        for (const health::SessionResult& s : c.report.sessions()) {
            if (s.action == health::Action::QrRequested)
                context.runtime().recordAction(c.gateway, s.id, QStringLiteral("reconnect"),
                                               history::Event::okResult());
            else if (s.action == health::Action::QrFailed)
                context.runtime().recordAction(c.gateway, s.id, QStringLiteral("reconnect"), s.actionMessage);
        }
        reports.append({c.gateway, c.report});
    }
    const health::HealthReport report = health::HealthReport::combine(reports);

    if (context.options().json)
        context.print(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else
        context.printText(report.toText());
    return report.exitCode();
}

} // namespace cli
