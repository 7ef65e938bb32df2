#pragma once

#include "activity/Dsn.h"
#include "history/HistoryEvent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace history {

// One connection to one history database (the local SQLite file or a team MariaDB/PostgreSQL),
// synchronous: it lives in the history worker's thread (HistoryWorker), and in tests. The schema
// is the same everywhere and is created when absent:
//   phs_history_meta    (name, value)                    schema_version
//   phs_history_events  one row per status change or action, keyed by its unique event_id
//   phs_history_last    the last status seen per (gateway, session), and since when; what makes
//                       a change recorded once even when a desktop and a cron job both see it
//   phs_history_outbox  the event ids not delivered to the team database yet (local file only)
// Times are integer milliseconds since the epoch (UTC): no time zone, on any engine.
class HistoryDb
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDb)

public:
    static constexpr int SchemaVersion = 1;

    HistoryDb(activity::Dsn dsn, QString password, int timeoutMs);
    ~HistoryDb();
    HistoryDb(const HistoryDb&) = delete;
    HistoryDb& operator=(const HistoryDb&) = delete;

    // Connects (SQLite: creates the file and its folder, WAL mode, busy timeout) and creates the
    // schema if it is absent. false: lastError() says why (translated, without the password).
    bool open();
    // What the settings' "Test team database" may learn without changing anything: connects
    // (read-only; a SQLite file that does not exist is not created) and reads which version of
    // the history tables the database holds, creating nothing. Closes again.
    struct Probe
    {
        bool reachable = false;
        int schemaVersion = 0; // 0: no history tables yet (open() creates them)
        QString error;         // when not reachable or not readable (translated, without the password)
    };
    Probe probe();
    bool isOpen() const;
    void close();
    QString lastError() const { return m_error; }
    const activity::Dsn& dsn() const { return m_dsn; }

    // The database's clock (SQLite: this computer's), ms since the epoch; nullopt on error.
    std::optional<qint64> nowMs();

    // Compares what a refresh saw of a gateway's sessions with the last status seen of each and
    // records each change once, at atMs. queue: also put the new events in the outbox. Returns how
    // many events it wrote (not the events: the first refresh of 200,000 sessions writes 200,000),
    // or nullopt on error (nothing written). after (SQLite, which reads every state under the write
    // lock anyway): also gets the gateway's states as this call left them, so the caller need not
    // read them all again; elsewhere it is left as it was.
    std::optional<qsizetype> observe(const QString& gateway, const Observations& seen, qint64 atMs, bool queue,
                                     SessionStates* after = nullptr);
    // Records operator actions (idempotent by id). A successful create or reconnect marks the
    // session linked at that time (SessionState::linkedMs).
    bool addActions(const QList<Event>& actions, bool queue);
    // The team database's side of delivery: stores each event once (by id). A status change the
    // team already holds (another desk or the cron job saw the same) is not stored again.
    bool deliver(const QList<Event>& events);

    // The outbox, oldest first.
    std::optional<QList<Event>> pending(int limit);
    bool markDelivered(const QStringList& ids);
    int pendingCount();

    // The last status seen of every session of a gateway.
    std::optional<SessionStates> states(const QString& gateway);
    // SQLite only: keep each gateway's states once read or written here, and answer states() and
    // observe() from them, shared with whoever holds them, until another connection commits a
    // change (PRAGMA data_version) or this one writes a state. For the worker's local file when it
    // is also the one read: the states of a gateway of 200,000 sessions are then held once, not
    // read into a second copy for every refresh. Off by default.
    void keepStates(bool keep);
    // The events of one session (every session of the gateway when `session` is empty) with
    // atMs >= sinceMs, oldest first. kinds: statuses only when statusOnly.
    std::optional<QList<Event>> events(const QString& gateway, const QString& session, qint64 sinceMs,
                                       bool statusOnly = false);
    // The last `limit` events of every gateway and session (diagnostics), oldest first.
    std::optional<QList<Event>> recent(int limit);
    // The last action on a session, if any.
    std::optional<Event> lastAction(const QString& gateway, const QString& session);
    // Deletes at most maxRows events older than beforeMs (never one still in the outbox).
    // Returns how many, or -1 on error.
    int prune(qint64 beforeMs, int maxRows);

private:
    QSqlDatabase database() const;
    bool exec(QSqlQuery& query, const QString& what);
    bool execSql(const QString& sql);
    bool begin();
    bool commit();
    bool transaction(bool begin);
    template <typename F> auto retrying(F&& once) -> decltype(once());
    void rollback();
    // Connects (forWriting: SQLite creates the file, WAL mode), creating nothing in the database.
    bool connectDatabase(bool forWriting);
    bool createSchema();
    // The version the tables say they are; 0 without tables; nullopt on error.
    std::optional<int> readSchemaVersion();
    QString insertIgnore() const;     // "INSERT OR IGNORE INTO" / "INSERT IGNORE INTO" / "INSERT INTO"
    QString onConflictIgnore() const; // PostgreSQL's " ON CONFLICT DO NOTHING"
    QString forUpdate() const;        // " FOR UPDATE" where rows can be locked
    bool insertEvent(const Event& e, bool queue);
    // gatewayStatus: the gateway's word with a status change; nullptr: the row keeps its own (NULL
    // for a new row).
    bool writeState(const QString& gateway, const QString& session, bool exists, const SessionState& state,
                    const QString* gatewayStatus, qint64 updatedMs);
    std::optional<std::pair<bool, SessionState>> lockedState(const QString& gateway, const QString& session,
                                                             qint64* updatedMs);
    void fail(const QString& what, const QSqlError& error);
    void fail(const QString& what);
    // The last error was a deadlock or a serialisation failure: the transaction can be run again.
    bool transient() const;
    bool deliverOnce(const QList<Event>& events);
    std::optional<qsizetype> observeOnce(const QString& gateway, const Observations& seen, qint64 atMs, bool queue,
                                         SessionStates* after);
    bool addActionsOnce(const QList<Event>& actions, bool queue);
    // SELECT of every state of a gateway (states() without the kept copy).
    std::optional<SessionStates> readStates(const QString& gateway);
    // SQLite's PRAGMA data_version: moves when another connection commits; nullopt on error.
    std::optional<qint64> dataVersion();

    activity::Dsn m_dsn;
    QString m_password;
    int m_timeoutMs;
    QString m_connection;
    QString m_error;
    QString m_nativeError; // the driver's code of the last error
    bool m_open = false;
    // keepStates(): the states of each gateway and the data_version they were read or written at.
    struct Kept
    {
        SessionStates states;
        qint64 version = 0;
    };
    bool m_keepStates = false;
    QHash<QString, Kept> m_kept;
};

// The columns of phs_history_events in the order eventFrom() reads them.
QString eventColumns();

} // namespace history
