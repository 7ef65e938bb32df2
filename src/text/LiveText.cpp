#include "text/LiveText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace text {

namespace {

// %1 .. %99 filled in one pass: the lowest placeholder number gets the first argument, the next
// one the second, as QString::arg(a, b, ...) does. Placeholders without an argument stay.
QString fill(const QString& pattern, const QStringList& args)
{
    if (args.isEmpty())
        return pattern;
    // The placeholder numbers used, lowest first.
    QList<int> numbers;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern.at(i) != u'%' || !pattern.at(i + 1).isDigit())
            continue;
        int number = pattern.at(i + 1).digitValue();
        if (i + 2 < pattern.size() && pattern.at(i + 2).isDigit())
            number = number * 10 + pattern.at(i + 2).digitValue();
        if (number > 0 && !numbers.contains(number))
            numbers.append(number);
    }
    std::sort(numbers.begin(), numbers.end());
    QString out;
    out.reserve(pattern.size() + 16 * args.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            int number = pattern.at(i + 1).digitValue();
            qsizetype length = 2;
            if (i + 2 < pattern.size() && pattern.at(i + 2).isDigit()) {
                number = number * 10 + pattern.at(i + 2).digitValue();
                length = 3;
            }
            const qsizetype index = numbers.indexOf(number);
            if (number > 0 && index >= 0 && index < args.size()) {
                out += args.at(index);
                i += length - 1;
                continue;
            }
        }
        out += pattern.at(i);
    }
    return out;
}

// Stands for raw words while a message is rendered for an agent: a private-use character that no
// translation or gateway text uses.
constexpr char16_t kRawMark = u'\uE000';

// The message without its raw-word marks and the punctuation that framed them, as messages frame
// them: "… not trusted (raw). …", "(HTTP 500: raw)", "(HTTP 200, “raw”)", "… a failure: raw".
QString withoutRawMarks(QString text)
{
    if (!text.contains(QChar(kRawMark)))
        return text;
    static const QRegularExpression inParentheses(QStringLiteral("\\s*\\(\uE000\\)"));
    static const QRegularExpression inQuotes(QStringLiteral(",?\\s*“\uE000”"));
    static const QRegularExpression inside(QStringLiteral(":\\s*\uE000(?=[).,;!?])"));
    static const QRegularExpression sentenceEnd(QStringLiteral(":\\s*\uE000"));
    static const QRegularExpression bare(QStringLiteral("\\s*\uE000"));
    text.remove(inParentheses).remove(inQuotes).remove(inside);
    text.replace(sentenceEnd, QStringLiteral("."));
    text.remove(bare);
    text = text.trimmed();
    if (!text.isEmpty() && !QStringLiteral(".!?…)").contains(text.back()))
        text += u'.';
    return text;
}

} // namespace

LiveText LiveText::raw(QString words)
{
    LiveText t = verbatim(std::move(words));
    t.m_raw = true;
    return t;
}

LiveText LiveText::translate(const char* context, const char* sourceText, const char* disambiguation, int n)
{
    LiveText t;
    t.m_context = context;
    t.m_source = sourceText;
    t.m_disambiguation = disambiguation;
    t.m_n = n;
    return t;
}

LiveText LiveText::verbatim(QString words)
{
    LiveText t;
    t.m_verbatim = std::move(words);
    return t;
}

LiveText LiveText::arg(const LiveText& a) const
{
    LiveText t = *this;
    t.m_args.push_back(a);
    return t;
}

QString LiveText::render(bool agent) const
{
    if (agent && m_raw)
        return QString(QChar{kRawMark});
    const QString pattern =
        m_source ? QCoreApplication::translate(m_context, m_source, m_disambiguation, m_n) : m_verbatim;
    QStringList args;
    args.reserve(qsizetype(m_args.size()));
    for (const LiveText& a : m_args)
        args.append(a.render(agent));
    return fill(pattern, args);
}

QString LiveText::toString() const
{
    return render(false);
}

QString LiveText::toAgentString() const
{
    return withoutRawMarks(render(true));
}

QStringList LiveText::rawWords() const
{
    if (m_raw)
        return m_verbatim.isEmpty() ? QStringList() : QStringList{m_verbatim};
    QStringList words;
    for (const LiveText& a : m_args)
        words += a.rawWords();
    return words;
}

bool LiveText::isEmpty() const
{
    return m_source ? *m_source == '\0' : m_verbatim.isEmpty();
}

} // namespace text
