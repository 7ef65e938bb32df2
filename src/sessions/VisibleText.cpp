#include "sessions/VisibleText.h"

namespace sessions {

namespace {

bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isHidden(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || isBidiControl(c);
}

void appendEscape(QString& out, char16_t c)
{
    switch (c) {
    case u'\n':
        out += QLatin1String("\\n");
        return;
    case u'\r':
        out += QLatin1String("\\r");
        return;
    case u'\t':
        out += QLatin1String("\\t");
        return;
    default:
        break;
    }
    if (c <= 0xFF)
        out += QLatin1String("\\x") + QString::number(c, 16).rightJustified(2, QLatin1Char('0'));
    else
        out += QLatin1String("\\u") + QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

bool needsEscaping(QStringView text)
{
    for (const QChar c : text) {
        if (isHidden(c.unicode()))
            return true;
    }
    return false;
}

QString visibleText(QStringView text)
{
    if (!needsEscaping(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isHidden(c.unicode()))
            appendEscape(out, c.unicode());
        else
            out += c;
    }
    return out;
}

QString visibleLines(QStringView text)
{
    if (!needsEscaping(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        out += visibleText(text.mid(start, end - start));
        if (end < text.size())
            out += QLatin1Char('\n');
        start = end + 1;
    }
    return out;
}

} // namespace sessions
