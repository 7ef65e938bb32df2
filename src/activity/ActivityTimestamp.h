#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <optional>

namespace activity {

// The one rule for an activity row's timestamp (created_at, as epoch seconds on the database's
// clock). Unusable, and so ignored (counted in the verbose log): NULL, empty, text that is not a
// date, anything before 2000 (an epoch integer or a zero date read as 1970), and anything later
// than the database's own NOW() plus a small skew (a row dated 2100 would hide a zombie for ever).
// Applied by the SQL of every backend (usableEpochSql), where rows are turned into activity,
// and to what the cache holds when it is loaded.
inline constexpr qint64 MinUsableEpoch = 946684800; // 2000-01-01T00:00:00Z
inline constexpr qint64 MaxClockSkewSeconds = 300;  // clocks of writers ahead of the database's

bool isUsableActivityEpoch(qint64 epoch, qint64 dbNowEpoch);
// Epoch seconds as the driver gave them, floored to whole seconds: an integer, integer text, a
// decimal (MariaDB's UNIX_TIMESTAMP of a DATETIME(6)/TIMESTAMP(6) is "1733100000.123456") or a
// double; nullopt when NULL, empty, or not a number. Every epoch read from a backend goes
// through this, so an edge check and the rows agree to the second.
std::optional<qint64> epochSeconds(const QVariant& value);
// epochSeconds(value), when usable against dbNowEpoch; nullopt otherwise.
std::optional<qint64> usableActivityEpoch(const QVariant& value, qint64 dbNowEpoch);
// A SQL condition true only for a usable epoch: epochSql and nowEpochSql are expressions in the
// backend's dialect (NULL epochs make it NULL, which CASE WHEN treats as false).
QString usableEpochSql(const QString& epochSql, const QString& nowEpochSql);
// Removes the unusable epochs from a cached map; returns how many were removed.
qsizetype dropUnusableEpochs(QHash<QString, qint64>& lastEpochByChannel, qint64 dbNowEpoch);

} // namespace activity
