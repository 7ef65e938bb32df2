#pragma once

#include <QString>

namespace sessions {

// The ids we create or change on the gateway: [A-Za-z0-9_-], 1 to 64 characters (PixelHub sanitised
// ids to the same set). One rule for the CLI's usage check and the new-session dialog.
inline constexpr int MaxSessionIdLength = 64;

inline bool isSessionIdCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
}

inline bool isValidSessionId(const QString& id)
{
    if (id.isEmpty() || id.size() > MaxSessionIdLength)
        return false;
    for (const QChar c : id) {
        if (!isSessionIdCharacter(c))
            return false;
    }
    return true;
}

} // namespace sessions
