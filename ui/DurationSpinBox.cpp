#include "DurationSpinBox.h"

#include "health/ZombiePolicy.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace ui {

namespace {
// The arrows' step at a value, going up (or down from it): fine below a minute, coarser above.
int stepAt(int value, bool up)
{
    const int v = up ? value : value - 1;
    if (v < 60)
        return 5;
    if (v < 600)
        return 30;
    if (v < 3600)
        return 60;
    if (v < 6 * 3600)
        return 15 * 60;
    return 3600;
}
} // namespace

DurationSpinBox::DurationSpinBox(QWidget* parent)
    : QSpinBox(parent)
{
    setAccelerated(true);
}

QString DurationSpinBox::textFromValue(int value) const
{
    return health::ZombiePolicy::formatDuration(std::chrono::seconds(value));
}

int DurationSpinBox::parse(const QString& text, int bareUnit)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    static const QRegularExpression bare(QStringLiteral("^\\d{1,7}$"));
    if (bare.match(t).hasMatch())
        return t.toInt() * bareUnit;
    // "1 d 2 h", "1 h 30 min", "45 s", "2h15min": a number, then a unit word (d, h, min, s; the
    // first letter is enough, as in every language the app speaks).
    static const QRegularExpression part(QStringLiteral("\\s*(\\d{1,7})\\s*([^\\d\\s]+)\\s*"));
    qint64 total = 0;
    int at = 0;
    while (at < t.size()) {
        const QRegularExpressionMatch m =
            part.match(t, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return -1;
        const QChar unit = m.captured(2).at(0).toLower();
        const qint64 n = m.captured(1).toLongLong();
        if (unit == QLatin1Char('d'))
            total += n * 86400;
        else if (unit == QLatin1Char('h'))
            total += n * 3600;
        else if (unit == QLatin1Char('m'))
            total += n * 60;
        else if (unit == QLatin1Char('s'))
            total += n;
        else
            return -1;
        at = int(m.capturedEnd());
    }
    return total > std::numeric_limits<int>::max() ? -1 : int(total);
}

int DurationSpinBox::valueFromText(const QString& text) const
{
    if (!specialValueText().isEmpty() && text == specialValueText())
        return minimum();
    const int v = parse(text, m_bareUnit);
    return v < 0 ? value() : v;
}

QValidator::State DurationSpinBox::validate(QString& input, int&) const
{
    if (!specialValueText().isEmpty() && input == specialValueText())
        return QValidator::Acceptable;
    const int v = parse(input, m_bareUnit);
    if (v >= minimum() && v <= maximum())
        return QValidator::Acceptable;
    return QValidator::Intermediate; // still typing ("1 h 3"), or out of range
}

void DurationSpinBox::stepBy(int steps)
{
    int v = value();
    for (; steps > 0; --steps) {
        const int step = stepAt(v, true);
        v = (v / step + 1) * step; // to the next whole step
    }
    for (; steps < 0; ++steps) {
        const int step = stepAt(v, false);
        v = ((v + step - 1) / step - 1) * step;
    }
    setValue(std::clamp(v, minimum(), maximum()));
    selectAll();
}

} // namespace ui
