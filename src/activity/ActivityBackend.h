#pragma once

#include "activity/Dsn.h"

#include <QSqlError>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace activity {

// What a database error means for the user; each backend maps its own native codes.
enum class DbErrorKind
{
    Unreachable,
    AccessDenied,
    NoDatabase,
    NoTable,
    Timeout,
    Other,
};

// The SQL dialect of one database kind. Every query the reader runs comes from here, so the
// server does the JSON work (extraction, validation, GROUP BY) in its own syntax.
//
// Shared query contract (positional bound values):
//   nowEpochSql()       -> one row: the server's current time, integer seconds since the epoch
//   epochOf(expr)       -> the SQL expression of a created_at value (or aggregate) as epoch seconds
//   rowEpochSql()       (id) -> created_at of that row as epoch seconds, or no row
//   aggregateSql()      (after, upto, the activity event types) -> rows of
//                       (raw channel text, epoch seconds of the newest usable created_at or NULL,
//                       row count, rows whose created_at is not usable), one per distinct raw
//                       channel among valid-JSON activity rows with after < id <= upto (a
//                       Whapi messages row only with an inbound message, whapiMessagesEventType()). The raw
//                       channel is normalised by the caller; "usable" is usableEpochSql().
class ActivityBackend
{
public:
    virtual ~ActivityBackend() = default;

    static std::unique_ptr<ActivityBackend> create(DbKind kind);
    // Whether this installation has the Qt SQL driver for that kind (the Windows build has only
    // SQLite: Debian does not cross-build the MariaDB and PostgreSQL client libraries).
    static bool driverAvailable(DbKind kind);

    virtual QString driverName() const = 0;
    // Driver options set before open(): connect and read timeouts, read-only mode.
    virtual void configure(QSqlDatabase& db, const Dsn& dsn, int timeoutMs) const = 0;
    // Runs once after open() (statement timeouts, helper functions). Returns the error, if any.
    virtual QSqlError prepareSession(QSqlDatabase& db, int timeoutMs) const = 0;

    virtual QString nowEpochSql() const = 0;
    virtual QString epochOf(const QString& expression) const = 0;
    virtual QString rowEpochSql() const = 0;
    virtual QString aggregateSql() const = 0;

    virtual DbErrorKind classify(const QSqlError& error) const = 0;
};

} // namespace activity
