#include "cli/ShowCommand.h"

#include "cli/CommandContext.h"
#include "cli/SessionFormat.h"
#include "cli/Waits.h"
#include "gateway/GatewayClient.h"
#include "gateway/Types.h"
#include "health/HealthReport.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"
#include "sessions/VisibleText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cli {

QString ShowCommand::summary() const
{
    return tr("One session, with the raw gateway answer.");
}

QString ShowCommand::description() const
{
    return tr("Shows one session: its status (normalised and as the gateway says it), name, last activity, "
              "whether it is a zombie and why, and the gateway's raw answer about it.\n"
              "With --json: one object with the keys id, name, status, gateway_status, last_activity_at, "
              "silent_for_at_least_s, is_zombie, health, reason, gateway_reason (what the gateway's state means, or "
              "null) and gateway_answer.");
}

int ShowCommand::run(CommandContext& context, const QCommandLineParser&, const QStringList& args)
{
    const QString id = args.value(0); // checked by the registry, like every verb's session id
    auto* job = context.client().getChannel(id);
    std::optional<gateway::ChannelInfo> channel; // parsed once, by the job
    QObject::connect(job, &gateway::GatewayJob::finished, job, [&channel, job] { channel = job->channel(); });
    const gateway::Result result = context.await(job);
    if (!result.ok)
        return context.fail(result);
    const activity::ActivitySnapshot snapshot = context.refreshActivity();
    if (!channel)
        return context.fail(tr("The gateway's answer does not describe the session \"%1\".").arg(id));
    if (channel->id != id) // never show another session's data as this one's
        return context.fail(tr("The gateway answered about the session \"%1\" when asked for \"%2\"; nothing is shown.")
                                .arg(sessions::visibleText(channel->id), id));

    // Since when it is connected, from the history: a session relinked a moment ago is no zombie.
    qint64 clockOffsetMs = 0;
    const runtime::SessionsRuntime* holder = context.selected();
    const history::SessionStates states =
        holder ? waits::historyStates(context.runtime().history(), holder->name(), &clockOffsetMs)
               : history::SessionStates();
    const runtime::HistoryInput history{&states, QDateTime::currentMSecsSinceEpoch() + clockOffsetMs};
    sessions::Session s = runtime::evaluateSession(*channel, snapshot, context.policy(), history);
    // What the database does not know, the gateway may tell (the runtime's rule and calls).
    if (runtime::SessionsRuntime* g = context.selected(); g && g->monitor().wantsGatewayActivity(s)) {
        g->monitor().askGateway({id});
        waits::gatewayActivity(g->monitor(), context.client().config().requestTimeout);
        s = runtime::evaluateSession(*channel, snapshot, context.policy(), history,
                                     &std::as_const(g->monitor()).gatewayActivity());
    }
    QString note = context.activityProblem();
    if (note.isEmpty())
        note = snapshot.problem();

    if (context.options().json) {
        const runtime::SessionsRuntime* from = context.selected();
        QJsonObject object =
            SessionFormat::toJson(s, from ? from->name() : QString(), from ? from->setup().profile.dialect : QString());
        object.insert(QStringLiteral("health"), health::healthKey(s.health));
        object.insert(QStringLiteral("reason"), s.healthReason);
        object.insert(QStringLiteral("gateway_reason"),
                      s.extras.reason().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.extras.reason()));
        object.insert(QStringLiteral("gateway_answer"), result.json);
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        if (!note.isEmpty())
            context.warn(tr("Note: %1").arg(note)); // stdout stays one JSON document
        return ExitSuccess;
    }

    const QString last =
        s.activity == sessions::ActivityState::Known
            ? tr("%1 (%2)").arg(SessionFormat::lastActivity(s), s.lastActivityUtc.toUTC().toString(Qt::ISODate))
            : SessionFormat::lastActivity(s);
    QList<QStringList> rows{
        {tr("Session:"), s.id},
        {tr("Name:"), s.name},
        {tr("Status:"), tr("%1 (%2)").arg(sessions::statusLabel(s.status, s.rawStatus), sessions::statusKey(s.status))},
        {tr("Gateway status:"), s.rawStatus.isEmpty() ? tr("(none)") : s.rawStatus},
        {tr("Last activity:"), last},
        {tr("Zombie:"), s.isZombie() ? tr("yes, possibly disconnected") : tr("no")},
        {tr("Status since:"),
         s.statusSinceUtc.isValid() ? s.statusSinceUtc.toUTC().toString(Qt::ISODate) : tr("unknown")},
        {tr("Health:"), s.healthReason},
    };
    if (!s.extras.reason().isEmpty()) // what the gateway's state means (WAHA FAILED, Evolution's code, ...)
        rows.insert(4, {tr("Gateway note:"), s.extras.reason()});
    QString text = SessionFormat::table(rows);
    if (!note.isEmpty())
        text += tr("Note: %1").arg(note) + QLatin1Char('\n');
    const QString answer = result.json.isObject()  ? QString::fromUtf8(QJsonDocument(result.json.toObject()).toJson())
                           : result.json.isArray() ? QString::fromUtf8(QJsonDocument(result.json.toArray()).toJson())
                                                   : result.json.toVariant().toString() + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Gateway answer (as received):") + QLatin1Char('\n') + answer;
    context.printText(text);
    return ExitSuccess;
}

} // namespace cli
