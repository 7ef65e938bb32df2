#include "activity/SqliteBackend.h"

#include "activity/ActivityTimestamp.h"

#include "activity/ChannelId.h"

#include <QSqlDatabase>
#include <QStringList>

// SQLite: the embedded default (demo, tests). created_at is CURRENT_TIMESTAMP text in UTC.
// json_extract() raises an error on malformed JSON, so every JSON call sits behind a CASE on
// json_valid(), which SQLite evaluates lazily.

namespace activity {

QString SqliteBackend::driverName() const
{
    return QStringLiteral("QSQLITE");
}

void SqliteBackend::configure(QSqlDatabase& db, const Dsn& dsn, int timeoutMs) const
{
    db.setDatabaseName(dsn.database);
    // Read-only: a wrong path fails instead of creating an empty database.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(timeoutMs));
}

QSqlError SqliteBackend::prepareSession(QSqlDatabase&, int) const
{
    return {};
}

QString SqliteBackend::nowEpochSql() const
{
    return QStringLiteral("SELECT CAST(strftime('%s', 'now') AS INTEGER)");
}

QString SqliteBackend::epochOf(const QString& expression) const
{
    return QStringLiteral("CAST(strftime('%s', %1) AS INTEGER)").arg(expression);
}

QString SqliteBackend::rowEpochSql() const
{
    return QStringLiteral("SELECT CAST(strftime('%s', created_at) AS INTEGER) FROM webhook_raw_logs WHERE id = ?");
}

QString SqliteBackend::aggregateSql() const
{
    QStringList candidates;
    for (const QStringList& path : channelPaths()) {
        const QString p = QStringLiteral("'$.") + path.join(u'.') + u'\'';
        candidates << QStringLiteral("CASE WHEN json_type(payload_json, %1) = 'text' "
                                     "THEN NULLIF(json_extract(payload_json, %1), '') END")
                          .arg(p);
    }
    // The newest *usable* created_at: text compares ('garbage' > '2026-…') and dates in 2100 never win.
    const QString usable =
        usableEpochSql(QStringLiteral("ts"), QStringLiteral("CAST(strftime('%s', 'now') AS INTEGER)"));
    return QStringLiteral("SELECT ch, MAX(CASE WHEN %2 THEN ts END), COUNT(*), SUM(CASE WHEN %2 THEN 0 ELSE 1 END) "
                          "FROM (SELECT CAST(strftime('%s', created_at) AS INTEGER) AS ts, CASE WHEN "
                          "json_valid(payload_json) AND json_type(payload_json) = 'object' THEN COALESCE(%1) END AS ch "
                          "FROM webhook_raw_logs WHERE id > ? AND id <= ? AND event_type IN (?, ?, ?, ?, ?)"
                          ") WHERE ch IS NOT NULL GROUP BY ch")
        .arg(candidates.join(QStringLiteral(", ")), usable);
}

DbErrorKind SqliteBackend::classify(const QSqlError& error) const
{
    const QString text = error.databaseText();
    if (text.contains(u"no such table"))
        return DbErrorKind::NoTable;
    if (error.type() == QSqlError::ConnectionError || text.contains(u"unable to open"))
        return DbErrorKind::Unreachable;
    return DbErrorKind::Other;
}

} // namespace activity
