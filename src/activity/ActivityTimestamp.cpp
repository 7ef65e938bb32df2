#include "activity/ActivityTimestamp.h"

namespace activity {

bool isUsableActivityEpoch(qint64 epoch, qint64 dbNowEpoch)
{
    return epoch >= MinUsableEpoch && epoch <= dbNowEpoch + MaxClockSkewSeconds;
}

std::optional<qint64> usableActivityEpoch(const QVariant& value, qint64 dbNowEpoch)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    bool ok = false;
    const qint64 epoch = value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray
                             ? value.toString().trimmed().toLongLong(&ok)
                             : value.toLongLong(&ok);
    if (!ok || !isUsableActivityEpoch(epoch, dbNowEpoch))
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
