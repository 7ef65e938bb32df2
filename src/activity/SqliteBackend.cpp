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
    // A Whapi row counts only with an inbound message in its batch (CASE is evaluated lazily, so
    // json_each never sees malformed JSON).
    const QString inbound = QStringLiteral("(event_type <> '%1' OR EXISTS (SELECT 1 FROM json_each(payload_json, "
                                           "'$.messages') WHERE json_type(value, '$.from_me') = 'false'))")
                                .arg(whapiMessagesEventType());
    // The number an inbound row was sent to (the account), from the same lazily evaluated CASE.
    QStringList fromMe;
    for (const QStringList& path : fromMePaths())
        fromMe << QStringLiteral("json_extract(payload_json, '$.%1')").arg(path.join(u'.'));
    QStringList to;
    for (const QStringList& path : accountPaths())
        to << QStringLiteral("CASE WHEN json_type(payload_json, '$.%1') = 'text' "
                             "THEN NULLIF(json_extract(payload_json, '$.%1'), '') END")
                  .arg(path.join(u'.'));
    const QString account =
        QStringLiteral("CASE WHEN event_type IN ('%1') AND COALESCE(%2, 0) = 0 THEN COALESCE(%3) END")
            .arg(inboundEventTypes().join(QStringLiteral("', '")), fromMe.join(QStringLiteral(", ")),
                 to.join(QStringLiteral(", ")));
    return QStringLiteral("SELECT ch, MAX(CASE WHEN %2 THEN ts END), COUNT(*), SUM(CASE WHEN %2 THEN 0 ELSE 1 END), "
                          "MAX(acct) "
                          "FROM (SELECT CAST(strftime('%s', created_at) AS INTEGER) AS ts, CASE WHEN "
                          "json_valid(payload_json) AND json_type(payload_json) = 'object' THEN CASE WHEN %3 THEN "
                          "COALESCE(%1) END END AS ch, CASE WHEN json_valid(payload_json) AND "
                          "json_type(payload_json) = 'object' THEN %5 END AS acct "
                          "FROM webhook_raw_logs WHERE id > ? AND id <= ? AND event_type IN (%4)"
                          ") WHERE ch IS NOT NULL GROUP BY ch")
        .arg(candidates.join(QStringLiteral(", ")), usable, inbound, eventTypePlaceholders(), account);
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
