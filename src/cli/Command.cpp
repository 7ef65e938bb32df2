#include "cli/Command.h"

#include "cli/CommandContext.h"
#include "sessions/SessionId.h"
#include "sessions/VisibleText.h"

namespace cli {

QString Command::synopsis() const
{
    QStringList parts{name()};
    parts << arguments();
    for (const QCommandLineOption& o : options()) {
        const QString flag = QStringLiteral("--") + o.names().constLast();
        parts << QStringLiteral("[") + flag + (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName()) +
                     QStringLiteral("]");
    }
    return parts.join(QLatin1Char(' '));
}

bool Command::isValidSessionId(const QString& id)
{
    return sessions::isValidSessionId(id);
}

bool Command::checkSessionId(CommandContext& context, const QString& id)
{
    if (isValidSessionId(id))
        return true;
    context.err() << sessions::visibleText(
                         tr("\"%1\" is not a valid session id: use 1 to 64 letters, digits, \"_\" or \"-\".").arg(id))
                  << '\n';
    context.err().flush();
    return false;
}

} // namespace cli
