#include "activity/PostgresBackend.h"

#include "activity/ActivityTimestamp.h"
#include "activity/ChannelId.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

// PostgreSQL. created_at may be timestamp (local time of the server's TimeZone, as MySQL's
// DATETIME) or timestamptz; the cast to timestamptz reads it in the session's zone, which is the
// server's default since we never set one. A cast of invalid JSON to jsonb raises an error, so a
// temporary helper turns it into NULL (pg_input_is_valid() only exists from PostgreSQL 16).

namespace activity {

QString PostgresBackend::driverName() const
{
    return QStringLiteral("QPSQL");
}

void PostgresBackend::configure(QSqlDatabase& db, const Dsn& dsn, int timeoutMs) const
{
    db.setHostName(dsn.host);
    db.setPort(dsn.port);
    db.setUserName(dsn.user);
    db.setDatabaseName(dsn.database);
    const int seconds = std::max(2, (timeoutMs + 999) / 1000); // libpq ignores values below 2
    db.setConnectOptions(QStringLiteral("connect_timeout=%1").arg(seconds));
}

QSqlError PostgresBackend::prepareSession(QSqlDatabase& db, int timeoutMs) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET statement_timeout = %1").arg(timeoutMs)))
        return query.lastError();
    if (!query.exec(QStringLiteral("CREATE OR REPLACE FUNCTION pg_temp.phs_try_jsonb(t text) RETURNS jsonb "
                                   "LANGUAGE plpgsql IMMUTABLE AS $f$ BEGIN RETURN t::jsonb; "
                                   "EXCEPTION WHEN others THEN RETURN NULL; END $f$")))
        return query.lastError();
    return {};
}

QString PostgresBackend::nowEpochSql() const
{
    return QStringLiteral("SELECT CAST(FLOOR(EXTRACT(EPOCH FROM now())) AS BIGINT)");
}

QString PostgresBackend::epochOf(const QString& expression) const
{
    return QStringLiteral("CAST(FLOOR(EXTRACT(EPOCH FROM CAST(%1 AS timestamptz))) AS BIGINT)").arg(expression);
}

QString PostgresBackend::rowEpochSql() const
{
    return QStringLiteral("SELECT CAST(FLOOR(EXTRACT(EPOCH FROM CAST(created_at AS timestamptz))) AS BIGINT) "
                          "FROM webhook_raw_logs WHERE id = ?");
}

QString PostgresBackend::aggregateSql() const
{
    QStringList candidates;
    for (const QStringList& path : channelPaths()) {
        const QString p = u"'{" + path.join(u',') + u"}'";
        candidates << QStringLiteral("CASE WHEN jsonb_typeof(j #> %1) = 'string' THEN NULLIF(j #>> %1, '') END").arg(p);
    }
    // The newest *usable* created_at: rows dated in the future never win.
    const QString usable = usableEpochSql(QStringLiteral("ts"), QStringLiteral("FLOOR(EXTRACT(EPOCH FROM now()))"));
    // A Whapi row counts only with an inbound message in its batch.
    const QString inbound =
        QStringLiteral("(w.event_type <> '%1' OR jsonb_path_exists(j, '$.messages[*] ? (@.from_me == false)'))")
            .arg(whapiMessagesEventType());
    // The number an inbound row was sent to (the account).
    QStringList fromMe;
    for (const QStringList& path : fromMePaths())
        fromMe << QStringLiteral("j #>> '{%1}'").arg(path.join(u','));
    QStringList to;
    for (const QStringList& path : accountPaths())
        to << QStringLiteral("CASE WHEN jsonb_typeof(j #> '{%1}') = 'string' THEN NULLIF(j #>> '{%1}', '') END")
                  .arg(path.join(u','));
    const QString account =
        QStringLiteral("CASE WHEN w.event_type IN ('%1') AND COALESCE(%2, 'false') = 'false' THEN COALESCE(%3) END")
            .arg(inboundEventTypes().join(QStringLiteral("', '")), fromMe.join(QStringLiteral(", ")),
                 to.join(QStringLiteral(", ")));
    return QStringLiteral("SELECT ch, CAST(MAX(CASE WHEN %2 THEN ts END) AS BIGINT), COUNT(*), "
                          "SUM(CASE WHEN %2 THEN 0 ELSE 1 END), MAX(acct) FROM (SELECT "
                          "FLOOR(EXTRACT(EPOCH FROM CAST(w.created_at AS timestamptz))) AS ts, "
                          "CASE WHEN %3 THEN COALESCE(%1) END AS ch, %5 AS acct "
                          "FROM webhook_raw_logs w "
                          "CROSS JOIN LATERAL (SELECT pg_temp.phs_try_jsonb(CAST(w.payload_json AS text)) AS j) x "
                          "WHERE w.id > ? AND w.id <= ? AND w.event_type IN (%4)) t "
                          "WHERE ch IS NOT NULL GROUP BY ch")
        .arg(candidates.join(QStringLiteral(", ")), usable, inbound, eventTypePlaceholders(), account);
}

DbErrorKind PostgresBackend::classify(const QSqlError& error) const
{
    const QString state = error.nativeErrorCode();
    if (state == u"28P01" || state == u"28000" || state == u"42501")
        return DbErrorKind::AccessDenied;
    if (state == u"3D000")
        return DbErrorKind::NoDatabase;
    if (state == u"42P01")
        return DbErrorKind::NoTable;
    if (state == u"57014")
        return DbErrorKind::Timeout;
    if (state.startsWith(u"08"))
        return DbErrorKind::Unreachable;
    const QString text = error.databaseText();
    if (text.contains(u"password authentication failed"))
        return DbErrorKind::AccessDenied;
    if (text.contains(u"does not exist") && text.contains(u"database"))
        return DbErrorKind::NoDatabase;
    if (text.contains(u"timeout expired"))
        return DbErrorKind::Timeout;
    if (error.type() == QSqlError::ConnectionError)
        return DbErrorKind::Unreachable;
    return DbErrorKind::Other;
}

} // namespace activity
