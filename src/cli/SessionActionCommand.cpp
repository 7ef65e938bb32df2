#include "cli/SessionActionCommand.h"

#include "cli/CommandContext.h"
#include "gateway/GatewayClient.h"
#include "history/HistoryEvent.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {
const QString YesOption = QStringLiteral("yes");
}

SessionActionCommand::SessionActionCommand(gateway::Operation op)
    : m_op(op)
{
    Q_ASSERT(op == gateway::Operation::Restart || op == gateway::Operation::Logout);
}

QString SessionActionCommand::name() const
{
    return gateway::operationName(m_op);
}

QString SessionActionCommand::summary() const
{
    return m_op == gateway::Operation::Restart
               ? tr("Restart a session on the gateway (keeps the link with the phone).")
               : tr("Log a session out: unlink the phone, keep the session (needs --yes).");
}

QString SessionActionCommand::description() const
{
    return m_op == gateway::Operation::Restart
               ? tr("Asks the gateway to restart the session ID: it stops and starts again, keeping the link with "
                    "the phone. Only for gateways whose dialect can restart (waha, evolution).")
               : tr("Logs the session ID out: the phone's link is dropped (it leaves WhatsApp's Linked devices) but "
                    "the session and its settings stay, ready for a new QR code or pairing code. Nothing is sent "
                    "without --yes. Only for gateways whose dialect can log out (waha, evolution).");
}

QList<QCommandLineOption> SessionActionCommand::options() const
{
    if (m_op == gateway::Operation::Logout)
        return {QCommandLineOption(YesOption, tr("Confirm the logout."))};
    return {};
}

int SessionActionCommand::run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    const QString id = args.value(0); // checked by the registry, like every verb's session id
    gateway::GatewayClient& client = context.client();
    if (!client.supports(m_op))
        return context.fail(client.dialect().unsupportedMessage(m_op));
    if (m_op == gateway::Operation::Logout && !parser.isSet(YesOption)) {
        context.err() << tr("Refusing to log \"%1\" out without --yes: the phone's link would be dropped. Nothing "
                            "was sent.")
                             .arg(id)
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    const gateway::Result result =
        context.await(m_op == gateway::Operation::Restart ? client.restartSession(id) : client.logoutSession(id));
    // The history keeps what was done to the session, failed or not.
    context.recordAction(id, gateway::operationName(m_op), result.ok ? history::Event::okResult() : result.message);
    if (!result.ok)
        return context.fail(result);
    if (context.options().json) {
        const QJsonObject object{
            {QStringLiteral("id"), id},
            {m_op == gateway::Operation::Restart ? QStringLiteral("restarted") : QStringLiteral("logged_out"), true}};
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else {
        context.printText(
            (m_op == gateway::Operation::Restart ? tr("Session \"%1\" restarted.") : tr("Session \"%1\" logged out."))
                .arg(id) +
            QLatin1Char('\n'));
    }
    return ExitSuccess;
}

} // namespace cli
