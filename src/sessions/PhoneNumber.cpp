#include "PhoneNumber.h"

#include <QRegularExpression>

namespace sessions {

QString pairingPhone(const QString& typed)
{
    const QString digits = typedPhoneDigits(typed);
    return digits.size() >= 8 && digits.size() <= 15 ? digits : QString();
}

QString typedPhoneDigits(const QString& typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!c.isSpace() && !QStringView(u"+-().").contains(c))
            return {};
    }
    return digits;
}

QString formatPhone(const QString& digits)
{
    static const QRegularExpression brazil(QStringLiteral("^55([1-9][0-9])([0-9]{4,5})([0-9]{4})$"));
    const QRegularExpressionMatch m = brazil.match(digits);
    if (!m.hasMatch())
        return digits;
    return QStringLiteral("+55 %1 %2-%3").arg(m.captured(1), m.captured(2), m.captured(3));
}

} // namespace sessions
