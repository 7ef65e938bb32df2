#include "activity/ActivityCache.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace activity {

namespace {

QSqlError execAll(QSqlDatabase& db, const QStringList& statements)
{
    QSqlQuery query(db);
    for (const QString& sql : statements) {
        if (!query.exec(sql))
            return query.lastError();
    }
    return {};
}

} // namespace

ActivityCache::ActivityCache(const QString& cacheDir, const QString& connectionName)
    : m_filePath(cacheDir.isEmpty() ? QStringLiteral(":memory:")
                                    : QDir(cacheDir).filePath(QStringLiteral("activity-cache.sqlite")))
    , m_connectionName(connectionName)
{}

ActivityCache::~ActivityCache()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlError ActivityCache::open()
{
    if (m_filePath != u":memory:")
        QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (db.isOpen())
        return {};
    db.setDatabaseName(m_filePath);
    // The GUI and the CLI may share the cache file.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return db.lastError();
    // A cache: a write lost to a power cut is read again; a synced rollback journal per refresh
    // is not worth its cost. WAL also lets the GUI read while the CLI writes.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return ensureSchema();
}

QSqlError ActivityCache::ensureSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    int version = 0;
    if (query.exec(QStringLiteral("SELECT schema_version FROM meta")) && query.next())
        version = query.value(0).toInt();
    query.finish(); // an active statement would lock meta against the DROP below
    if (version == SchemaVersion)
        return {};
    return execAll(db, {
                           QStringLiteral("BEGIN IMMEDIATE"),
                           QStringLiteral("DROP TABLE IF EXISTS meta"),
                           QStringLiteral("DROP TABLE IF EXISTS sources"),
                           QStringLiteral("DROP TABLE IF EXISTS channels"),
                           QStringLiteral("CREATE TABLE meta (schema_version INTEGER NOT NULL)"),
                           QStringLiteral("INSERT INTO meta (schema_version) VALUES (%1)").arg(SchemaVersion),
                           QStringLiteral("CREATE TABLE sources (source TEXT PRIMARY KEY, high INTEGER NOT NULL, "
                                          "high_epoch INTEGER NOT NULL, low INTEGER NOT NULL, "
                                          "low_epoch INTEGER NOT NULL, bottom INTEGER NOT NULL, "
                                          "horizon_epoch INTEGER NOT NULL)"),
                           QStringLiteral("CREATE TABLE channels (source TEXT NOT NULL, channel TEXT NOT NULL, "
                                          "last_epoch INTEGER NOT NULL, account TEXT, PRIMARY KEY (source, channel))"),
                           QStringLiteral("COMMIT"),
                       });
}

QSqlError ActivityCache::load(const QString& source, CacheState* state) const
{
    *state = {};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT high, high_epoch, low, low_epoch, bottom, horizon_epoch FROM sources WHERE source = ?"));
    query.addBindValue(source);
    if (!query.exec())
        return query.lastError();
    if (!query.next())
        return {};
    state->started = true;
    state->high = query.value(0).toLongLong();
    state->highEpoch = query.value(1).toLongLong();
    state->low = query.value(2).toLongLong();
    state->lowEpoch = query.value(3).toLongLong();
    state->bottom = query.value(4).toBool();
    state->horizonEpoch = query.value(5).toLongLong();
    query.prepare(QStringLiteral("SELECT channel, last_epoch, account FROM channels WHERE source = ?"));
    query.addBindValue(source);
    if (!query.exec())
        return query.lastError();
    while (query.next()) {
        state->lastEpochByChannel.insert(query.value(0).toString(), query.value(1).toLongLong());
        if (const QString account = query.value(2).toString(); !account.isEmpty())
            state->accountByChannel.insert(query.value(0).toString(), account);
    }
    return {};
}

QSqlError ActivityCache::store(const QString& source, const CacheState& state)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return db.lastError();
    QSqlQuery query(db);
    const auto fail = [&db, &query]() {
        const QSqlError error = query.lastError();
        db.rollback();
        return error;
    };
    query.prepare(QStringLiteral("DELETE FROM channels WHERE source = ?"));
    query.addBindValue(source);
    if (!query.exec())
        return fail();
    query.prepare(QStringLiteral("DELETE FROM sources WHERE source = ?"));
    query.addBindValue(source);
    if (!query.exec())
        return fail();
    if (!state.started)
        return db.commit() ? QSqlError() : db.lastError();
    query.prepare(
        QStringLiteral("INSERT INTO sources (source, high, high_epoch, low, low_epoch, bottom, horizon_epoch) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(source);
    query.addBindValue(state.high);
    query.addBindValue(state.highEpoch);
    query.addBindValue(state.low);
    query.addBindValue(state.lowEpoch);
    query.addBindValue(state.bottom ? 1 : 0);
    query.addBindValue(state.horizonEpoch);
    if (!query.exec())
        return fail();
    query.prepare(QStringLiteral("INSERT INTO channels (source, channel, last_epoch, account) VALUES (?, ?, ?, ?)"));
    for (auto it = state.lastEpochByChannel.cbegin(); it != state.lastEpochByChannel.cend(); ++it) {
        const QString account = state.accountByChannel.value(it.key());
        query.addBindValue(source);
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        query.addBindValue(account.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(account));
        if (!query.exec())
            return fail();
    }
    if (!db.commit())
        return db.lastError();
    return {};
}

} // namespace activity
