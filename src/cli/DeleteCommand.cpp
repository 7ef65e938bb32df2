#include "cli/DeleteCommand.h"

#include "cli/CommandContext.h"
#include "gateway/DeletionCheck.h"
#include "gateway/GatewayClient.h"
#include "history/HistoryEvent.h"
#include "sessions/SessionId.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

QString DeleteCommand::summary() const
{
    return tr("Delete a session from the gateway (needs --yes).");
}

QString DeleteCommand::description() const
{
    return tr("Deletes the session ID from the gateway: its WhatsApp link is lost and its QR must be scanned again "
              "after a create. Nothing is sent without --yes.");
}

QList<QCommandLineOption> DeleteCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("yes"), tr("Confirm the deletion."))};
}

int DeleteCommand::run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    const QString id = args.value(0); // checked by the registry, like every verb's session id
    if (!parser.isSet(QStringLiteral("yes"))) {
        context.err() << tr("Refusing to delete \"%1\" without --yes: the WhatsApp link would be lost. Nothing was "
                            "sent.")
                             .arg(id)
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    // Whatever happens, the history keeps the attempt and its result.
    const gateway::Result result = context.await(context.client().deleteChannel(id));
    if (!result.ok) {
        context.recordAction(id, QStringLiteral("delete"), result.message);
        return context.fail(result);
    }
    // "Deleted" only once the gateway no longer knows the session: a 2xx alone has lied before.
    if (const gateway::Result gone = gateway::confirmDeletion(id, context.await(context.client().getChannel(id)));
        !gone.ok) {
        context.recordAction(id, QStringLiteral("delete"), gone.message);
        return context.fail(gone.message);
    }
    context.recordAction(id, QStringLiteral("delete"), history::Event::okResult());
    if (context.options().json) {
        const QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}};
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else {
        context.printText(tr("Session \"%1\" deleted.").arg(id) + QLatin1Char('\n'));
    }
    return ExitSuccess;
}

} // namespace cli
