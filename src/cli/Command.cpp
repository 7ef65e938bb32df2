#include "cli/Command.h"

#include <QRegularExpression>

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
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9_-]{1,64}\\z"));
    return pattern.match(id).hasMatch();
}

} // namespace cli
