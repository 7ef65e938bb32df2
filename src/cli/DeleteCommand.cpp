#include "cli/DeleteCommand.h"

#include "cli/CommandContext.h"
#include "gateway/GatewayClient.h"

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
    const QString id = args.value(0);
    if (!isValidSessionId(id)) {
        context.err() << tr("\"%1\" is not a valid session id: use 1 to 64 letters, digits, \"_\" or \"-\".").arg(id)
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        context.err() << tr("Refusing to delete \"%1\" without --yes: the WhatsApp link would be lost. Nothing was "
                            "sent.")
                             .arg(id)
                      << '\n';
        context.err().flush();
        return ExitUsage;
    }
    const gateway::Result result = context.await(context.client().deleteChannel(id));
    if (!result.ok)
        return context.fail(result);
    if (context.options().json) {
        const QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}};
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else {
        context.printText(tr("Session \"%1\" deleted.").arg(id) + QLatin1Char('\n'));
    }
    return ExitSuccess;
}

} // namespace cli
