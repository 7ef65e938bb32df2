#include "history/HistoryDb.h"

#include "activity/ActivityBackend.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>

namespace history {

using activity::DbKind;

namespace {

std::atomic<int> connectionCounter{0};

const QString Meta = QStringLiteral("phs_history_meta");
const QString Events = QStringLiteral("phs_history_events");
const QString Last = QStringLiteral("phs_history_last");
const QString Outbox = QStringLiteral("phs_history_outbox");

constexpr int MaxWord = 255; // the raw gateway word and the actor are kept to this many characters

QVariant nullableStatus(const std::optional<sessions::Status>& s)
{
    return s ? QVariant(sessions::statusKey(*s)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableMs(qint64 ms)
{
    return ms >= 0 ? QVariant(ms) : QVariant(QMetaType::fromType<qint64>());
}

qint64 msOf(const QVariant& v)
{
    return v.isNull() ? -1 : v.toLongLong();
}

sessions::Status statusOf(const QVariant& v)
{
    return sessions::statusFromKey(v.toString()).value_or(sessions::Status::Unknown);
}

Event eventFrom(const QSqlQuery& q)
{
    Event e;
    e.id = q.value(0).toString();
    e.atMs = q.value(1).toLongLong();
    e.gateway = q.value(2).toString();
    e.session = q.value(3).toString();
    e.kind = q.value(4).toString() == u"action" ? Event::Kind::Action : Event::Kind::Status;
    if (e.isStatus()) {
        if (!q.value(5).isNull())
            e.from = statusOf(q.value(5));
        e.fromZombie = q.value(6).toInt() != 0;
        e.to = statusOf(q.value(7));
        e.toZombie = q.value(8).toInt() != 0;
        e.gatewayStatus = q.value(9).toString();
    } else {
        e.action = q.value(10).toString();
        e.actor = q.value(11).toString();
        e.result = q.value(12).toString();
    }
    return e;
}

} // namespace

QString eventColumns()
{
    return QStringLiteral("event_id, at_ms, gateway, session, kind, from_status, from_zombie, to_status, to_zombie, "
                          "gateway_status, action, actor, result");
}

HistoryDb::HistoryDb(activity::Dsn dsn, QString password, int timeoutMs)
    : m_dsn(std::move(dsn))
    , m_password(std::move(password))
    , m_timeoutMs(timeoutMs)
    , m_connection(QStringLiteral("phs-history-%1").arg(++connectionCounter))
{}

HistoryDb::~HistoryDb()
{
    close();
}

QSqlDatabase HistoryDb::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool HistoryDb::isOpen() const
{
    return m_open;
}

void HistoryDb::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
    m_kept.clear();
}

void HistoryDb::fail(const QString& what, const QSqlError& error)
{
    m_error = tr("%1: %2").arg(what, error.text());
    m_nativeError = error.nativeErrorCode();
}

void HistoryDb::fail(const QString& what)
{
    m_error = what;
    m_nativeError.clear();
}

template <typename F> auto HistoryDb::retrying(F&& once) -> decltype(once())
{
    // Two programs writing at once may deadlock on the same rows: the server cancels one
    // transaction, which runs again.
    for (int attempt = 0;; ++attempt) {
        auto result = once();
        if (result || attempt >= 4 || !transient())
            return result;
        QThread::msleep(50 * (attempt + 1));
    }
}

bool HistoryDb::transient() const
{
    switch (m_dsn.kind) {
    case DbKind::MySql: // deadlock, lock wait timeout
        return m_nativeError == u"1213" || m_nativeError == u"1205";
    case DbKind::Postgres: // serialization_failure, deadlock_detected, unique_violation (a concurrent first insert)
        return m_nativeError == u"40001" || m_nativeError == u"40P01" || m_nativeError == u"23505";
    case DbKind::Sqlite:
        break;
    }
    return false;
}

bool HistoryDb::open()
{
    if (!connectDatabase(true))
        return false;
    m_open = true;
    // Two programs creating the schema at once: the loser of a race sees the winner's tables.
    if (!createSchema() && !createSchema()) {
        m_open = false;
        return false;
    }
    return true;
}

HistoryDb::Probe HistoryDb::probe()
{
    Probe out;
    if (m_dsn.kind == DbKind::Sqlite && !QFileInfo::exists(m_dsn.database)) {
        // Nothing to read, and a test must not leave a file behind: it is created on first use.
        if (!QFileInfo(QFileInfo(m_dsn.database).absolutePath()).isDir()) {
            out.error = tr("The folder of the history file %1 does not exist").arg(m_dsn.database);
            return out;
        }
        out.reachable = true;
        return out;
    }
    if (connectDatabase(false)) {
        out.reachable = true;
        if (const std::optional<int> version = readSchemaVersion())
            out.schemaVersion = *version;
        else
            out.error = m_error;
    } else {
        out.error = m_error;
    }
    close();
    return out;
}

bool HistoryDb::connectDatabase(bool forWriting)
{
    close();
    m_error.clear();
    const auto backend = activity::ActivityBackend::create(m_dsn.kind);
    if (!QSqlDatabase::isDriverAvailable(backend->driverName())) {
        fail(tr("This installation cannot reach a history database of this type (%1)").arg(m_dsn.toString()));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(backend->driverName(), m_connection);
    if (m_dsn.kind == DbKind::Sqlite) {
        // Writable, unlike the activity database: created with its folder when absent.
        if (forWriting && !QDir().mkpath(QFileInfo(m_dsn.database).absolutePath())) {
            fail(tr("Cannot create the folder of the history file %1").arg(m_dsn.database));
            return false;
        }
        db.setDatabaseName(m_dsn.database);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_timeoutMs);
        if (!forWriting)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
    } else {
        backend->configure(db, m_dsn, m_timeoutMs);
        db.setPassword(m_password);
    }
    if (!db.open()) {
        fail(tr("Cannot open the history database %1").arg(m_dsn.location()), db.lastError());
        return false;
    }
    if (m_dsn.kind == DbKind::Sqlite) {
        if (!forWriting)
            return true;
        // WAL: the desktop app reads while a cron healthcheck writes; the busy timeout above makes
        // two writers wait for each other instead of failing.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
            !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
            fail(tr("Cannot prepare the history file %1").arg(m_dsn.database), q.lastError());
            return false;
        }
    } else if (const QSqlError e = backend->prepareSession(db, m_timeoutMs); e.isValid()) {
        fail(tr("Cannot prepare the history database %1").arg(m_dsn.location()), e);
        return false;
    }
    return true;
}

bool HistoryDb::exec(QSqlQuery& query, const QString& what)
{
    if (query.exec())
        return true;
    fail(what, query.lastError());
    return false;
}

bool HistoryDb::execSql(const QString& sql)
{
    QSqlQuery q(database());
    if (q.exec(sql))
        return true;
    fail(tr("The history database refused a statement"), q.lastError());
    return false;
}

bool HistoryDb::begin()
{
    return transaction(true);
}

bool HistoryDb::commit()
{
    return transaction(false);
}

bool HistoryDb::transaction(bool begin)
{
    // SQLite: take the write lock at once, so two programs comparing with the last status cannot
    // both decide to record the same change (a deferred transaction would upgrade and deadlock).
    if (m_dsn.kind == DbKind::Sqlite)
        return execSql(begin ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("COMMIT"));
    QSqlDatabase db = database();
    if (begin ? db.transaction() : db.commit())
        return true;
    fail(tr("The history database refused a transaction"), db.lastError());
    return false;
}

void HistoryDb::rollback()
{
    if (m_dsn.kind == DbKind::Sqlite) {
        QSqlQuery q(database());
        q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    database().rollback();
}

QString HistoryDb::insertIgnore() const
{
    switch (m_dsn.kind) {
    case DbKind::Sqlite:
        return QStringLiteral("INSERT OR IGNORE INTO ");
    case DbKind::MySql:
        return QStringLiteral("INSERT IGNORE INTO ");
    case DbKind::Postgres:
        break;
    }
    return QStringLiteral("INSERT INTO ");
}

QString HistoryDb::onConflictIgnore() const
{
    return m_dsn.kind == DbKind::Postgres ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString();
}

QString HistoryDb::forUpdate() const
{
    return m_dsn.kind == DbKind::Sqlite ? QString() : QStringLiteral(" FOR UPDATE");
}

bool HistoryDb::createSchema()
{
    const bool my = m_dsn.kind == DbKind::MySql;
    const QString bigint = m_dsn.kind == DbKind::Sqlite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");
    // Session ids are case-sensitive: MySQL's default collation is not.
    const QString bin = my ? QStringLiteral(" COLLATE utf8mb4_bin") : QString();
    const QString table = my ? QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4") : QString();
    const QString id = QStringLiteral("VARCHAR(64)") + bin;
    const QString gw = QStringLiteral("VARCHAR(64)") + bin;
    const QString ses = QStringLiteral("VARCHAR(191)") + bin;

    QStringList ddl;
    ddl << QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (name VARCHAR(64) NOT NULL PRIMARY KEY, value VARCHAR(255))%2")
               .arg(Meta, table);
    // MySQL 8 has no CREATE INDEX IF NOT EXISTS: its indexes are declared with the table.
    ddl << QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (event_id %2 NOT NULL PRIMARY KEY, at_ms %3 NOT NULL, "
                          "gateway %4 NOT NULL, session %5 NOT NULL, kind VARCHAR(8) NOT NULL, "
                          "from_status VARCHAR(16), from_zombie SMALLINT NOT NULL DEFAULT 0, to_status VARCHAR(16), "
                          "to_zombie SMALLINT NOT NULL DEFAULT 0, gateway_status VARCHAR(255), action VARCHAR(16), "
                          "actor VARCHAR(255), result TEXT%6)%7")
               .arg(Events, id, bigint, gw, ses,
                    my ? QStringLiteral(", INDEX phs_history_events_session (gateway, session, at_ms), "
                                        "INDEX phs_history_events_at (at_ms)")
                       : QString(),
                    table);
    if (!my) {
        ddl << QStringLiteral("CREATE INDEX IF NOT EXISTS phs_history_events_session ON %1 (gateway, session, at_ms)")
                   .arg(Events);
        ddl << QStringLiteral("CREATE INDEX IF NOT EXISTS phs_history_events_at ON %1 (at_ms)").arg(Events);
    }
    // status NULL: a session acted on (created) but not seen by a refresh yet.
    ddl << QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (gateway %2 NOT NULL, session %3 NOT NULL, "
                          "status VARCHAR(16), zombie SMALLINT NOT NULL DEFAULT 0, gateway_status VARCHAR(255), "
                          "since_ms %4, zombie_since_ms %4, linked_ms %4, updated_ms %4 NOT NULL, "
                          "PRIMARY KEY (gateway, session))%5")
               .arg(Last, gw, ses, bigint, table);
    ddl << QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (event_id %2 NOT NULL PRIMARY KEY)%3").arg(Outbox, id, table);
    for (const QString& sql : ddl) {
        if (!execSql(sql))
            return false;
    }

    const std::optional<int> version = readSchemaVersion();
    if (!version)
        return false;
    if (*version > SchemaVersion) {
        fail(tr("The history database %1 was created by a newer version of Pixel Hub Sessions (schema %2); "
                "update this one")
                 .arg(m_dsn.location())
                 .arg(*version));
        return false;
    }
    if (*version > 0)
        return true;
    QSqlQuery insert(database());
    insert.prepare(insertIgnore() + Meta + QStringLiteral(" (name, value) VALUES (?, ?)") + onConflictIgnore());
    insert.addBindValue(QStringLiteral("schema_version"));
    insert.addBindValue(QString::number(SchemaVersion));
    return exec(insert, tr("Cannot write the history schema version"));
}

std::optional<int> HistoryDb::readSchemaVersion()
{
    // Asking the driver for the table list reads the catalogue only: no statement that could fail
    // half-way in a transaction, and nothing created.
    if (!database().tables(QSql::Tables).contains(Meta, Qt::CaseInsensitive))
        return 0;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM %1 WHERE name = ?").arg(Meta));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!exec(q, tr("Cannot read the history schema version")))
        return std::nullopt;
    return q.next() ? std::max(1, q.value(0).toInt()) : 0;
}

std::optional<qint64> HistoryDb::nowMs()
{
    QString sql;
    switch (m_dsn.kind) {
    case DbKind::Sqlite:
        return QDateTime::currentMSecsSinceEpoch();
    case DbKind::MySql:
        sql = QStringLiteral("SELECT CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)");
        break;
    case DbKind::Postgres:
        sql = QStringLiteral("SELECT CAST(FLOOR(EXTRACT(EPOCH FROM clock_timestamp()) * 1000) AS BIGINT)");
        break;
    }
    QSqlQuery q(database());
    if (!q.exec(sql) || !q.next()) {
        fail(tr("Cannot read the history database's clock"), q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool HistoryDb::insertEvent(const Event& e, bool queue)
{
    QSqlQuery q(database());
    q.prepare(insertIgnore() + Events + QStringLiteral(" (") + eventColumns() +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") + onConflictIgnore());
    q.addBindValue(e.id);
    q.addBindValue(e.atMs);
    q.addBindValue(e.gateway);
    q.addBindValue(e.session);
    const QVariant noText(QMetaType::fromType<QString>());
    if (e.isStatus()) {
        q.addBindValue(QStringLiteral("status"));
        q.addBindValue(nullableStatus(e.from));
        q.addBindValue(e.fromZombie ? 1 : 0);
        q.addBindValue(sessions::statusKey(e.to));
        q.addBindValue(e.toZombie ? 1 : 0);
        q.addBindValue(e.gatewayStatus.left(MaxWord));
        q.addBindValue(noText);
        q.addBindValue(noText);
        q.addBindValue(noText);
    } else {
        q.addBindValue(QStringLiteral("action"));
        q.addBindValue(noText);
        q.addBindValue(0);
        q.addBindValue(noText);
        q.addBindValue(0);
        q.addBindValue(noText);
        q.addBindValue(e.action);
        q.addBindValue(e.actor.left(MaxWord));
        q.addBindValue(e.result);
    }
    if (!exec(q, tr("Cannot write to the history database")))
        return false;
    if (!queue)
        return true;
    QSqlQuery o(database());
    o.prepare(insertIgnore() + Outbox + QStringLiteral(" (event_id) VALUES (?)") + onConflictIgnore());
    o.addBindValue(e.id);
    return exec(o, tr("Cannot write to the history database"));
}

std::optional<std::pair<bool, SessionState>> HistoryDb::lockedState(const QString& gateway, const QString& session,
                                                                    qint64* updatedMs)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT status, zombie, since_ms, zombie_since_ms, linked_ms, updated_ms "
                             "FROM %1 WHERE gateway = ? AND session = ?")
                  .arg(Last) +
              forUpdate());
    q.addBindValue(gateway);
    q.addBindValue(session);
    if (!exec(q, tr("Cannot read the history database")))
        return std::nullopt;
    SessionState s;
    if (!q.next())
        return std::pair{false, s};
    s.status = statusOf(q.value(0));
    s.zombie = q.value(1).toInt() != 0;
    s.sinceMs = msOf(q.value(2));
    s.zombieSinceMs = msOf(q.value(3));
    s.linkedMs = msOf(q.value(4));
    s.seen = !q.value(0).isNull();
    if (updatedMs)
        *updatedMs = q.value(5).toLongLong();
    // A row without a status: acted on, never seen by a refresh.
    return std::pair{!q.value(0).isNull(), s};
}

bool HistoryDb::writeState(const QString& gateway, const QString& session, bool exists, const SessionState& s,
                           const QString* gatewayStatus, qint64 updatedMs)
{
    m_kept.remove(gateway); // observeOnce() keeps what it leaves once committed
    QSqlQuery q(database());
    // The gateway's word comes with a status change; a link alone leaves the row's as it is.
    const QString word = gatewayStatus ? QStringLiteral("gateway_status, ") : QString();
    if (exists)
        q.prepare(QStringLiteral("UPDATE %1 SET status = ?, zombie = ?, %2since_ms = ?, "
                                 "zombie_since_ms = ?, linked_ms = ?, updated_ms = ? WHERE gateway = ? AND session = ?")
                      .arg(Last, gatewayStatus ? QStringLiteral("gateway_status = ?, ") : QString()));
    else
        q.prepare(QStringLiteral("INSERT INTO %1 (status, zombie, %2since_ms, zombie_since_ms, linked_ms, "
                                 "updated_ms, gateway, session) VALUES (?, ?, %3?, ?, ?, ?, ?, ?)")
                      .arg(Last, word, gatewayStatus ? QStringLiteral("?, ") : QString()));
    q.addBindValue(s.seen ? QVariant(sessions::statusKey(s.status)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(s.zombie ? 1 : 0);
    if (gatewayStatus)
        q.addBindValue(gatewayStatus->left(MaxWord));
    q.addBindValue(nullableMs(s.sinceMs));
    q.addBindValue(nullableMs(s.zombieSinceMs));
    q.addBindValue(nullableMs(s.linkedMs));
    q.addBindValue(updatedMs);
    q.addBindValue(gateway);
    q.addBindValue(session);
    return exec(q, tr("Cannot write to the history database"));
}

std::optional<qsizetype> HistoryDb::observe(const QString& gateway, const Observations& seen, qint64 atMs, bool queue,
                                            SessionStates* after)
{
    return retrying([&] { return observeOnce(gateway, seen, atMs, queue, after); });
}

std::optional<qsizetype> HistoryDb::observeOnce(const QString& gateway, const Observations& seen, qint64 atMs,
                                                bool queue, SessionStates* after)
{
    if (!begin())
        return std::nullopt;
    // SQLite: every row at once, under the write lock (the kept states when nothing changed them);
    // elsewhere row by row, each locked.
    const bool sqlite = m_dsn.kind == DbKind::Sqlite;
    const bool track = sqlite && (after || m_keepStates); // `known` follows the writes
    const std::optional<qint64> version = m_keepStates ? dataVersion() : std::optional<qint64>(0);
    std::optional<SessionStates> known = sqlite && version ? states(gateway) : SessionStates();
    if (!known || !version) {
        rollback();
        return std::nullopt;
    }
    // A gateway seen for the first time: every observation is a new row, so room for all at once
    // (no rehash of a growing table of 200,000).
    if (track && known->isEmpty())
        known->reserve(seen.size());
    qsizetype written = 0;
    for (const sessions::Session& o : seen) {
        SessionState state;
        bool observed = false; // a row with a status exists
        bool rowExists = false;
        if (m_dsn.kind != DbKind::Sqlite) {
            const auto locked = lockedState(gateway, o.id, nullptr);
            if (!locked) {
                rollback();
                return std::nullopt;
            }
            observed = locked->first;
            state = locked->second;
            rowExists = observed || state.linkedMs >= 0;
        } else if (const auto it = known->constFind(o.id); it != known->constEnd()) {
            state = *it;
            rowExists = true;
            observed = state.seen;
        }
        if (observed && state.status == o.status && state.zombie == o.isZombie())
            continue;
        Event e;
        e.id = Event::newId();
        e.atMs = atMs;
        e.gateway = gateway;
        e.session = o.id;
        if (observed) {
            e.from = state.status;
            e.fromZombie = state.zombie;
        }
        e.to = o.status;
        e.toZombie = o.isZombie();
        e.gatewayStatus = o.rawStatus;

        SessionState next = state;
        next.seen = true;
        next.status = o.status;
        next.zombie = o.isZombie();
        // The first sight of a session says nothing about since when it is in that status.
        if (!observed)
            next.sinceMs = next.zombieSinceMs = -1;
        else {
            if (state.status != o.status)
                next.sinceMs = atMs;
            if (state.zombie != o.isZombie())
                next.zombieSinceMs = atMs;
        }
        if (!insertEvent(e, queue) || !writeState(gateway, o.id, rowExists, next, &o.rawStatus, atMs)) {
            rollback();
            return std::nullopt;
        }
        if (track)
            known->insert(o.id, next); // the key shares the caller's id string
        ++written;
    }
    if (!commit()) {
        rollback();
        return std::nullopt;
    }
    // This connection's own commit leaves data_version as it was.
    if (m_keepStates)
        m_kept.insert(gateway, {*known, *version});
    if (sqlite && after)
        *after = std::move(*known);
    return written;
}

bool HistoryDb::addActions(const QList<Event>& actions, bool queue)
{
    return retrying([&] { return addActionsOnce(actions, queue); });
}

bool HistoryDb::addActionsOnce(const QList<Event>& actions, bool queue)
{
    if (!begin())
        return false;
    for (const Event& a : actions) {
        if (!insertEvent(a, queue)) {
            rollback();
            return false;
        }
        const bool link = a.ok() && (a.action == u"create" || a.action == u"reconnect");
        if (!link)
            continue;
        qint64 updated = 0;
        const auto locked = lockedState(a.gateway, a.session, &updated);
        if (!locked) {
            rollback();
            return false;
        }
        SessionState s = locked->second;
        const bool rowExists = locked->first || s.linkedMs >= 0;
        if (s.linkedMs >= a.atMs)
            continue;
        s.linkedMs = a.atMs;
        s.seen = locked->first; // a row without a status until a refresh sees the session
        if (!writeState(a.gateway, a.session, rowExists, s, nullptr, std::max(updated, a.atMs))) {
            rollback();
            return false;
        }
    }
    if (commit())
        return true;
    rollback();
    return false;
}

bool HistoryDb::deliver(const QList<Event>& events)
{
    return retrying([&] { return deliverOnce(events); });
}

bool HistoryDb::deliverOnce(const QList<Event>& events)
{
    QList<Event> actions;
    if (!begin())
        return false;
    for (const Event& e : events) {
        if (!e.isStatus()) {
            actions << e;
            continue;
        }
        qint64 updated = 0;
        const auto locked = lockedState(e.gateway, e.session, &updated);
        if (!locked) {
            rollback();
            return false;
        }
        const auto& [observed, state] = *locked;
        if (observed && state.status == e.to && state.zombie == e.toZombie)
            continue; // the team has this state already: the same change, seen by another program
        if (observed && updated > e.atMs) {
            // Late (buffered while the team database was down): history, but not the current state.
            if (!insertEvent(e, false)) {
                rollback();
                return false;
            }
            continue;
        }
        SessionState next = state;
        next.seen = true;
        next.status = e.to;
        next.zombie = e.toZombie;
        if (!observed) {
            next.sinceMs = next.zombieSinceMs = -1;
        } else {
            if (state.status != e.to)
                next.sinceMs = e.atMs;
            if (state.zombie != e.toZombie)
                next.zombieSinceMs = e.atMs;
        }
        const bool rowExists = observed || state.linkedMs >= 0;
        Event stored = e;
        if (observed) { // the team's own view of where it came from
            stored.from = state.status;
            stored.fromZombie = state.zombie;
        }
        if (!insertEvent(stored, false) ||
            !writeState(e.gateway, e.session, rowExists, next, &e.gatewayStatus, e.atMs)) {
            rollback();
            return false;
        }
    }
    if (!commit()) {
        rollback();
        return false;
    }
    return actions.isEmpty() || addActionsOnce(actions, false);
}

std::optional<QList<Event>> HistoryDb::pending(int limit)
{
    QSqlQuery q(database());
    QStringList cols = eventColumns().split(QStringLiteral(", "));
    for (QString& c : cols)
        c.prepend(QStringLiteral("e."));
    q.prepare(QStringLiteral("SELECT %1 FROM %2 o JOIN %3 e ON e.event_id = o.event_id ORDER BY e.at_ms, e.event_id "
                             "LIMIT %4")
                  .arg(cols.join(QStringLiteral(", ")), Outbox, Events)
                  .arg(limit));
    if (!exec(q, tr("Cannot read the history database")))
        return std::nullopt;
    QList<Event> out;
    while (q.next())
        out << eventFrom(q);
    return out;
}

bool HistoryDb::markDelivered(const QStringList& ids)
{
    if (ids.isEmpty())
        return true;
    if (!begin())
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE event_id = ?").arg(Outbox));
    for (const QString& id : ids) {
        q.addBindValue(id);
        if (!exec(q, tr("Cannot write to the history database"))) {
            rollback();
            return false;
        }
    }
    if (commit())
        return true;
    rollback();
    return false;
}

int HistoryDb::pendingCount()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(Outbox)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void HistoryDb::keepStates(bool keep)
{
    m_keepStates = keep && m_dsn.kind == DbKind::Sqlite;
    if (!m_keepStates)
        m_kept.clear();
}

std::optional<qint64> HistoryDb::dataVersion()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        fail(tr("Cannot read the history database"), q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<SessionStates> HistoryDb::states(const QString& gateway)
{
    if (!m_keepStates)
        return readStates(gateway);
    // The version first: a commit of another connection between it and the SELECT only makes the
    // next call read again.
    const std::optional<qint64> version = dataVersion();
    if (!version)
        return std::nullopt;
    if (const auto kept = m_kept.constFind(gateway); kept != m_kept.cend() && kept->version == *version)
        return kept->states;
    std::optional<SessionStates> read = readStates(gateway);
    if (read)
        m_kept.insert(gateway, {*read, *version});
    return read;
}

std::optional<SessionStates> HistoryDb::readStates(const QString& gateway)
{
    QSqlQuery q(database());
    // Forward only: a gateway of 200,000 sessions is not cached a second time as rows of values.
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT session, status, zombie, since_ms, zombie_since_ms, linked_ms "
                             "FROM %1 WHERE gateway = ?")
                  .arg(Last));
    q.addBindValue(gateway);
    if (!exec(q, tr("Cannot read the history database")))
        return std::nullopt;
    SessionStates out;
    while (q.next()) {
        SessionState s;
        s.status = statusOf(q.value(1));
        s.zombie = q.value(2).toInt() != 0;
        s.seen = !q.value(1).isNull();
        s.sinceMs = msOf(q.value(3));
        s.zombieSinceMs = msOf(q.value(4));
        s.linkedMs = msOf(q.value(5));
        out.insert(q.value(0).toString(), s);
    }
    return out;
}

std::optional<QList<Event>> HistoryDb::events(const QString& gateway, const QString& session, qint64 sinceMs,
                                              bool statusOnly)
{
    QSqlQuery q(database());
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE gateway = ? AND at_ms >= ?").arg(eventColumns(), Events);
    if (!session.isEmpty())
        sql += QStringLiteral(" AND session = ?");
    if (statusOnly)
        sql += QStringLiteral(" AND kind = 'status'");
    sql += QStringLiteral(" ORDER BY at_ms, event_id");
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(gateway);
    q.addBindValue(sinceMs);
    if (!session.isEmpty())
        q.addBindValue(session);
    if (!exec(q, tr("Cannot read the history database")))
        return std::nullopt;
    QList<Event> out;
    while (q.next())
        out << eventFrom(q);
    return out;
}

std::optional<QList<Event>> HistoryDb::recent(int limit)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY at_ms DESC, event_id DESC LIMIT %3")
                  .arg(eventColumns(), Events)
                  .arg(std::max(0, limit)));
    if (!exec(q, tr("Cannot read the history database")))
        return std::nullopt;
    QList<Event> out;
    while (q.next())
        out.prepend(eventFrom(q));
    return out;
}

std::optional<Event> HistoryDb::lastAction(const QString& gateway, const QString& session)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE gateway = ? AND session = ? AND kind = 'action' "
                             "ORDER BY at_ms DESC, event_id DESC LIMIT 1")
                  .arg(eventColumns(), Events));
    q.addBindValue(gateway);
    q.addBindValue(session);
    if (!exec(q, tr("Cannot read the history database")) || !q.next())
        return std::nullopt;
    return eventFrom(q);
}

int HistoryDb::prune(qint64 beforeMs, int maxRows)
{
    QSqlQuery q(database());
    if (m_dsn.kind == DbKind::MySql)
        q.prepare(
            QStringLiteral("DELETE FROM %1 WHERE at_ms < ? AND event_id NOT IN (SELECT event_id FROM %2) LIMIT %3")
                .arg(Events, Outbox)
                .arg(maxRows));
    else
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE event_id IN (SELECT event_id FROM %1 WHERE at_ms < ? AND "
                                 "event_id NOT IN (SELECT event_id FROM %2) LIMIT %3)")
                      .arg(Events, Outbox)
                      .arg(maxRows));
    q.addBindValue(beforeMs);
    if (!exec(q, tr("Cannot prune the history database")))
        return -1;
    return q.numRowsAffected();
}

} // namespace history
