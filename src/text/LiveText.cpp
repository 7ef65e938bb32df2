#include "text/LiveText.h"

#include <QCoreApplication>
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

} // namespace

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

QString LiveText::toString() const
{
    const QString pattern =
        m_source ? QCoreApplication::translate(m_context, m_source, m_disambiguation, m_n) : m_verbatim;
    QStringList args;
    args.reserve(qsizetype(m_args.size()));
    for (const LiveText& a : m_args)
        args.append(a.toString());
    return fill(pattern, args);
}

bool LiveText::isEmpty() const
{
    return m_source ? *m_source == '\0' : m_verbatim.isEmpty();
}

} // namespace text
