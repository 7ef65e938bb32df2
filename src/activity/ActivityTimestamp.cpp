#include "activity/ActivityTimestamp.h"

#include <cmath>
#include <limits>

namespace activity {

bool isUsableActivityEpoch(qint64 epoch, qint64 dbNowEpoch)
{
    return epoch >= MinUsableEpoch && epoch <= dbNowEpoch + MaxClockSkewSeconds;
}

namespace {

// "123", "-5", "1733100000.123456", "1733100000." is not; no exponent, no spaces inside.
std::optional<qint64> epochFromText(const QString& text)
{
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = QStringView(text).left(dot < 0 ? text.size() : dot);
    const QStringView fraction = dot < 0 ? QStringView() : QStringView(text).mid(dot + 1);
    if (dot >= 0 && fraction.isEmpty())
        return std::nullopt;
    bool fractionIsZero = true;
    for (const QChar c : fraction) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        fractionIsZero = fractionIsZero && c == u'0';
    }
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const QChar c = whole.at(i);
        if ((c < u'0' || c > u'9') && !(i == 0 && c == u'-' && whole.size() > 1))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    // Floor: -1.5 is -2 (such an epoch is unusable anyway, but the rule is one).
    if (whole.startsWith(u'-') && !fractionIsZero) {
        if (seconds == std::numeric_limits<qint64>::min())
            return std::nullopt;
        return seconds - 1;
    }
    return seconds;
}

} // namespace

std::optional<qint64> epochSeconds(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::QByteArray:
        return epochFromText(value.toString().trimmed());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = std::floor(value.toDouble());
        // 2^63 is exactly representable: anything at or above it does not fit.
        if (!std::isfinite(d) || d < -9223372036854775808.0 || d >= 9223372036854775808.0)
            return std::nullopt;
        return qint64(d);
    }
    default:
        break;
    }
    bool ok = false;
    const qint64 epoch = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(epoch) : std::nullopt;
}

std::optional<qint64> usableActivityEpoch(const QVariant& value, qint64 dbNowEpoch)
{
    const std::optional<qint64> epoch = epochSeconds(value);
    if (!epoch || !isUsableActivityEpoch(*epoch, dbNowEpoch))
        return std::nullopt;
    return epoch;
}

QString usableEpochSql(const QString& epochSql, const QString& nowEpochSql)
{
    return QStringLiteral("(%1) >= %2 AND (%1) <= (%3) + %4")
        .arg(epochSql)
        .arg(MinUsableEpoch)
        .arg(nowEpochSql)
        .arg(MaxClockSkewSeconds);
}

qsizetype dropUnusableEpochs(QHash<QString, qint64>& lastEpochByChannel, qint64 dbNowEpoch)
{
    return lastEpochByChannel.removeIf([dbNowEpoch](const QHash<QString, qint64>::iterator& it) {
        return !isUsableActivityEpoch(it.value(), dbNowEpoch);
    });
}

} // namespace activity
