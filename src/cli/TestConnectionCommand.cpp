#include "cli/TestConnectionCommand.h"

#include "cli/CommandContext.h"
#include "gateway/GatewayClient.h"
#include "gateway/Types.h"
#include "runtime/GatewayProbe.h"
#include "runtime/Runtime.h"
#include "runtime/SessionsRuntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace cli {

QString TestConnectionCommand::summary() const
{
    return tr("Check the gateways (latency, session count) and the activity database.");
}

QString TestConnectionCommand::description() const
{
    return tr("Lists the sessions of every gateway once (all at once; --profile NAME for one) and reports "
              "each one's latency and number of sessions, or its error. When an activity database is configured, "
              "reads it once too. Exit code 0 when everything configured answers, 1 otherwise.");
}

namespace {
struct Probe
{
    QString name; // the profile's name; empty without any gateway
    QString where;
    gateway::Result result;
    qsizetype count = 0;
};
} // namespace

int TestConnectionCommand::run(CommandContext& context, const QCommandLineParser&, const QStringList&)
{
    // Every gateway of the run at once (each bounded alone), or the unconfigured client's message.
    // The probe is the Settings dialog's (runtime::GatewayProbe): one listing, one wording.
    QList<Probe> probes;
    std::vector<std::unique_ptr<runtime::GatewayProbe>> running;
    QList<QPointer<gateway::GatewayJob>> jobs;
    const auto probe = [&](const QString& name, const QString& where, gateway::GatewayClient& client) {
        probes.append({name, where, {}, 0});
        running.push_back(std::make_unique<runtime::GatewayProbe>(context.runtime().network()));
        gateway::GatewayJob* job = running.back()->start(client);
        // Each answer is kept as it comes: one may come while another is awaited, and a job that
        // has finished says nothing more (awaiting it waited for the whole time-out).
        QObject::connect(job, &gateway::GatewayJob::finished, job,
                         [&probes, index = probes.size() - 1](const gateway::Result& r) { probes[index].result = r; });
        jobs.append(job);
    };
    const QList<runtime::SessionsRuntime*> gateways = context.gateways();
    if (gateways.isEmpty())
        probe(QString(), context.gatewayDisplay(), context.client());
    for (runtime::SessionsRuntime* g : gateways)
        probe(g->name(), g->client().config().baseUrl.toDisplayString(QUrl::RemoveUserInfo), g->client());
    bool gatewaysOk = true;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        // The others run meanwhile: waiting for one after another costs the slowest, not the sum.
        if (jobs.at(i) && !jobs.at(i)->isFinished())
            probes[i].result = context.await(jobs.at(i));
        probes[i].count = running.at(size_t(i))->sessions();
        gatewaysOk = gatewaysOk && probes.at(i).result.ok;
    }

    const bool activityConfigured = context.activityIndex() != nullptr || !context.activityProblem().isEmpty();
    activity::ActivitySnapshot snapshot;
    if (context.activityIndex())
        snapshot = context.refreshActivity();
    QString activityError = context.activityProblem();
    if (activityError.isEmpty())
        activityError = snapshot.problem();
    const bool activityOk = activityConfigured && activityError.isEmpty();
    const bool ok = gatewaysOk && (!activityConfigured || activityOk);

    if (context.options().json) {
        QJsonArray all;
        for (const Probe& p : std::as_const(probes)) {
            QJsonObject object{{QStringLiteral("name"), p.name.isEmpty() ? QJsonValue() : QJsonValue(p.name)},
                               {QStringLiteral("url"), p.where},
                               {QStringLiteral("ok"), p.result.ok},
                               {QStringLiteral("latency_ms"), p.result.elapsedMs}};
            if (p.result.ok)
                object.insert(QStringLiteral("sessions"), p.count);
            else
                object.insert(QStringLiteral("error"), p.result.message.toString());
            all.append(object);
        }
        QJsonObject activityObject{{QStringLiteral("configured"), activityConfigured}};
        if (activityConfigured) {
            activityObject.insert(QStringLiteral("ok"), activityOk);
            if (activityOk)
                activityObject.insert(QStringLiteral("channels"), snapshot.channels.size());
            else
                activityObject.insert(QStringLiteral("error"), activityError);
        }
        // "gateway": the first one (one gateway, as before); "gateways": every one, named.
        const QJsonObject object{{QStringLiteral("ok"), ok},
                                 {QStringLiteral("gateway"), all.first()},
                                 {QStringLiteral("gateways"), all},
                                 {QStringLiteral("activity"), activityObject}};
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return ok ? ExitSuccess : ExitFailure;
    }

    const bool several = probes.size() > 1;
    const auto named = [several](const Probe& p) {
        return several ? tr("%1 (%2)", "a gateway's name and its address").arg(p.name, p.where) : p.where;
    };
    for (const Probe& p : std::as_const(probes)) {
        if (p.result.ok)
            context.printText(tr("Gateway %1: %2").arg(named(p), runtime::GatewayProbe::summary(p.result, p.count)) +
                              QLatin1Char('\n'));
    }
    if (activityOk)
        context.printText(
            tr("Activity database: answered, activity known for %1 channels.").arg(snapshot.channels.size()) +
            QLatin1Char('\n'));
    else if (!activityConfigured)
        context.printText(tr("Activity database: not configured (zombies cannot be detected).") + QLatin1Char('\n'));

    // stderr keeps at most three lines: the failing gateways in one message.
    QStringList failures;
    for (const Probe& p : std::as_const(probes)) {
        if (!p.result.ok)
            failures << tr("Gateway %1: %2").arg(named(p), p.result.message);
    }
    if (activityConfigured && !activityOk)
        failures << tr("Activity database: %1").arg(activityError);
    if (!failures.isEmpty())
        context.fail(failures.join(QLatin1Char('\n')));
    return ok ? ExitSuccess : ExitFailure;
}

} // namespace cli
