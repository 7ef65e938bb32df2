#include "cli/TestConnectionCommand.h"

#include "cli/CommandContext.h"
#include "gateway/GatewayClient.h"
#include "gateway/Types.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

QString TestConnectionCommand::summary() const
{
    return tr("Check the gateway (latency, session count) and the activity database.");
}

QString TestConnectionCommand::description() const
{
    return tr("Lists the gateway's sessions once and reports the latency and the number of sessions, or the "
              "error. When an activity database is configured, reads it once too. Exit code 0 when everything "
              "configured answers, 1 otherwise.");
}

int TestConnectionCommand::run(CommandContext& context, const QCommandLineParser&, const QStringList&)
{
    const QString where = context.gatewayDisplay();
    auto* job = context.client().listChannels();
    qsizetype count = 0; // parsed once, by the job
    QObject::connect(job, &gateway::GatewayJob::finished, job, [&count, job] { count = job->channels().size(); });
    const gateway::Result result = context.await(job);

    const bool activityConfigured = context.activityIndex() != nullptr || !context.activityProblem().isEmpty();
    activity::ActivitySnapshot snapshot;
    if (context.activityIndex())
        snapshot = context.refreshActivity();
    QString activityError = context.activityProblem();
    if (activityError.isEmpty() && snapshot.state == activity::ActivitySnapshot::State::Unavailable)
        activityError = snapshot.reason;
    const bool activityOk = activityConfigured && activityError.isEmpty();
    const bool ok = result.ok && (!activityConfigured || activityOk);

    if (context.options().json) {
        QJsonObject gatewayObject{{QStringLiteral("url"), where},
                                  {QStringLiteral("ok"), result.ok},
                                  {QStringLiteral("latency_ms"), result.elapsedMs}};
        if (result.ok)
            gatewayObject.insert(QStringLiteral("sessions"), count);
        else
            gatewayObject.insert(QStringLiteral("error"), result.message);
        QJsonObject activityObject{{QStringLiteral("configured"), activityConfigured}};
        if (activityConfigured) {
            activityObject.insert(QStringLiteral("ok"), activityOk);
            if (activityOk)
                activityObject.insert(QStringLiteral("channels"), snapshot.channels.size());
            else
                activityObject.insert(QStringLiteral("error"), activityError);
        }
        const QJsonObject object{{QStringLiteral("ok"), ok},
                                 {QStringLiteral("gateway"), gatewayObject},
                                 {QStringLiteral("activity"), activityObject}};
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return ok ? ExitSuccess : ExitFailure;
    }

    if (result.ok)
        context.printText(
            tr("Gateway %1: answered in %2 ms, %3 sessions.").arg(where).arg(result.elapsedMs).arg(count) +
            QLatin1Char('\n'));
    if (activityOk)
        context.printText(
            tr("Activity database: answered, activity known for %1 channels.").arg(snapshot.channels.size()) +
            QLatin1Char('\n'));
    else if (!activityConfigured)
        context.printText(tr("Activity database: not configured (zombies cannot be detected).") + QLatin1Char('\n'));

    if (!result.ok)
        context.fail(tr("Gateway %1: %2").arg(where, result.message));
    if (activityConfigured && !activityOk)
        context.fail(tr("Activity database: %1").arg(activityError));
    return ok ? ExitSuccess : ExitFailure;
}

} // namespace cli
