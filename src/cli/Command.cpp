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

} // namespace cli
