#include "activity/MySqlBackend.h"

#include "activity/ActivityTimestamp.h"

#include "activity/ChannelId.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

// MariaDB (production) and MySQL 8. created_at is a DATETIME written by CURRENT_TIMESTAMP in the
// server's time zone; UNIX_TIMESTAMP() reads it back in that same zone, so ages and instants come
// from the server's clock and zone whatever the client's.

namespace activity {

QString MySqlBackend::driverName() const
{
    return QStringLiteral("QMYSQL");
}

void MySqlBackend::configure(QSqlDatabase& db, const Dsn& dsn, int timeoutMs) const
{
    db.setHostName(dsn.host);
    db.setPort(dsn.port);
    db.setUserName(dsn.user);
    db.setDatabaseName(dsn.database);
    const int seconds = std::max(1, (timeoutMs + 999) / 1000);
    db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%1;"
                                        "MYSQL_OPT_WRITE_TIMEOUT=%1")
                             .arg(seconds));
}

QSqlError MySqlBackend::prepareSession(QSqlDatabase& db, int timeoutMs) const
{
    // A server-side bound as well, so a slow query is cancelled on the server and not only
    // abandoned by the client. MariaDB: max_statement_time (s); MySQL: max_execution_time (ms).
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SET SESSION max_statement_time = %1").arg(timeoutMs / 1000.0, 0, 'f', 3)))
        return {};
    if (query.exec(QStringLiteral("SET SESSION max_execution_time = %1").arg(timeoutMs)))
        return {};
    return {}; // neither variable exists: the client read timeout still applies
}

QString MySqlBackend::nowEpochSql() const
{
    return QStringLiteral("SELECT UNIX_TIMESTAMP()");
}

QString MySqlBackend::epochOf(const QString& expression) const
{
    return QStringLiteral("UNIX_TIMESTAMP(%1)").arg(expression);
}

QString MySqlBackend::rowEpochSql() const
{
    return QStringLiteral("SELECT UNIX_TIMESTAMP(created_at) FROM webhook_raw_logs WHERE id = ?");
}

QString MySqlBackend::aggregateSql() const
{
    // JSON_VALUE finds a path without walking the rest of the document; JSON_TYPE keeps only
    // strings (JSON_VALUE would also return numbers and booleans as text).
    QStringList candidates;
    for (const QStringList& path : channelPaths()) {
        const QString p = QStringLiteral("'$.") + path.join(u'.') + u'\'';
        candidates << QStringLiteral("CASE WHEN JSON_VALUE(payload_json, %1) IS NULL THEN NULL "
                                     "WHEN JSON_TYPE(JSON_EXTRACT(payload_json, %1)) = 'STRING' "
                                     "THEN NULLIF(JSON_VALUE(payload_json, %1), '') END")
                          .arg(p);
    }
    // The channel is grouped as bytes: the table collation (utf8mb4_unicode_ci) would merge
    // "josé" with "jose"; case and spaces are folded by the caller's normalisation instead.
    // The newest *usable* created_at: zero dates and rows dated in the future never win.
    const QString usable = usableEpochSql(QStringLiteral("ts"), QStringLiteral("UNIX_TIMESTAMP()"));
    // A Whapi row counts only with an inbound message in its batch.
    const QString inbound =
        QStringLiteral("(event_type COLLATE utf8mb4_bin <> '%1' OR "
                       "JSON_CONTAINS(JSON_EXTRACT(payload_json, '$.messages[*].from_me'), 'false') = 1)")
            .arg(whapiMessagesEventType());
    // The number an inbound row was sent to (the account). JSON_EXTRACT gives the JSON text
    // (true/false), where MariaDB's JSON_VALUE gives 1/0.
    QStringList fromMe;
    for (const QStringList& path : fromMePaths())
        fromMe << QStringLiteral("JSON_EXTRACT(payload_json, '$.%1')").arg(path.join(u'.'));
    QStringList to;
    for (const QStringList& path : accountPaths())
        to << QStringLiteral("NULLIF(JSON_VALUE(payload_json, '$.%1'), '')").arg(path.join(u'.'));
    const QString account = QStringLiteral("CASE WHEN event_type COLLATE utf8mb4_bin IN ('%1') AND "
                                           "COALESCE(%2, 'false') <> 'true' THEN COALESCE(%3) END")
                                .arg(inboundEventTypes().join(QStringLiteral("', '")),
                                     fromMe.join(QStringLiteral(", ")), to.join(QStringLiteral(", ")));
    return QStringLiteral("SELECT ch, MAX(CASE WHEN %2 THEN ts END), COUNT(*), SUM(CASE WHEN %2 THEN 0 ELSE 1 END), "
                          "MAX(acct) "
                          "FROM (SELECT UNIX_TIMESTAMP(created_at) AS ts, CAST(CASE WHEN JSON_VALID(payload_json) "
                          "THEN CASE WHEN %3 THEN COALESCE(%1) END END AS BINARY) AS ch, CASE WHEN "
                          "JSON_VALID(payload_json) THEN %5 END AS acct FROM webhook_raw_logs "
                          "WHERE id > ? AND id <= ? AND event_type COLLATE utf8mb4_bin IN (%4)"
                          ") t WHERE ch IS NOT NULL GROUP BY ch")
        .arg(candidates.join(QStringLiteral(", ")), usable, inbound, eventTypePlaceholders(), account);
}

DbErrorKind MySqlBackend::classify(const QSqlError& error) const
{
    const int code = error.nativeErrorCode().toInt();
    switch (code) {
    case 1044: // access denied to the database
    case 1045: // access denied for the user
    case 1698:
        return DbErrorKind::AccessDenied;
    case 1049:
        return DbErrorKind::NoDatabase;
    case 1146:
        return DbErrorKind::NoTable;
    case 1969: // MariaDB max_statement_time exceeded
    case 3024: // MySQL max_execution_time exceeded
        return DbErrorKind::Timeout;
    case 2002: // no socket / refused
    case 2003: // cannot connect (refused, unreachable, connect timeout)
    case 2005: // unknown host
    case 2006: // server gone away
        return DbErrorKind::Unreachable;
    case 2013: // lost connection during query: the read timeout
        return DbErrorKind::Timeout;
    default:
        break;
    }
    return DbErrorKind::Other;
}

} // namespace activity
