#include "activity/ActivityReader.h"

#include "activity/ActivityTimestamp.h"

#include "activity/ActivityLog.h"
#include "activity/ChannelId.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <optional>

namespace activity {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// Runs a prepared statement with its bound values; the caller reads the rows.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

QDateTime utcFromEpoch(qint64 epoch)
{
    return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
}

// More new rows than this since the last read: read newest first again instead of forwards.
constexpr qint64 BacklogLimitRows = 50000;
// The horizon of a backward chunk comes from this many of its lowest rows.
constexpr int HorizonRows = 32;

bool isIntegerId(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return value.toULongLong() <= quint64(std::numeric_limits<qint64>::max());
    default:
        return false;
    }
}

// What the rows read so far say, as of the database's now.
ActivitySnapshot makeSnapshot(const CacheState& state, qint64 nowEpoch)
{
    ActivitySnapshot snapshot;
    snapshot.state = ActivitySnapshot::State::Ok;
    snapshot.dbNowUtc = utcFromEpoch(nowEpoch);
    snapshot.wholeHistory = state.bottom;
    snapshot.coveredSeconds = std::max<qint64>(0, nowEpoch - state.horizonEpoch);
    snapshot.channels.reserve(state.lastEpochByChannel.size());
    for (auto it = state.lastEpochByChannel.cbegin(); it != state.lastEpochByChannel.cend(); ++it) {
        ChannelActivity activity;
        activity.ageSeconds = std::max<qint64>(0, nowEpoch - it.value());
        activity.lastAtUtc = utcFromEpoch(nowEpoch - activity.ageSeconds);
        activity.account = state.accountByChannel.value(it.key());
        snapshot.channels.insert(it.key(), activity);
    }
    return snapshot;
}

} // namespace

ActivityReader::ActivityReader(ActivityConfig config)
    : m_config(std::move(config))
{
    const quint64 n = ++s_connectionCounter;
    m_connectionName = QStringLiteral("phs-activity-%1").arg(n);
    m_cacheConnectionName = QStringLiteral("phs-activity-cache-%1").arg(n);
    if (m_config.dsn)
        m_backend = ActivityBackend::create(m_config.dsn->kind);
}

ActivityReader::~ActivityReader()
{
    closeDatabase();
    m_cache.reset();
}

bool ActivityReader::openDatabase(Failure* failure)
{
    if (m_closePending) {
        m_closePending = false;
        closeDatabase();
    }
    if (QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen())
        return true;
    if (!QSqlDatabase::isDriverAvailable(m_backend->driverName())) {
        failure->context = QStringLiteral("driver");
        failure->error = QSqlError(tr("The Qt SQL driver %1 is not installed.").arg(m_backend->driverName()), QString(),
                                   QSqlError::ConnectionError);
        return false;
    }
    {
        if (!QSqlDatabase::contains(m_connectionName))
            QSqlDatabase::addDatabase(m_backend->driverName(), m_connectionName);
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        m_backend->configure(db, *m_config.dsn, m_config.timeoutMs);
        db.setPassword(m_config.password);
        if (!db.open()) {
            failure->context = QStringLiteral("open");
            failure->error = db.lastError();
        } else if (const QSqlError error = m_backend->prepareSession(db, m_config.timeoutMs); error.isValid()) {
            failure->context = QStringLiteral("session setup");
            failure->error = error;
        } else {
            return true;
        }
    } // no handle may outlive the connection it refers to
    closeDatabase();
    return false;
}

void ActivityReader::closeDatabase()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ActivityReader::openCache()
{
    if (m_cache)
        return true;
    m_cache = std::make_unique<ActivityCache>(m_config.cacheDir, m_cacheConnectionName);
    QSqlError error = m_cache->open();
    if (!error.isValid())
        return true;
    // A broken cache must not hide activity: fall back to memory, the database is the truth.
    qCWarning(lcActivity) << "activity cache unusable, keeping it in memory:" << m_cache->filePath() << error.text();
    m_cache.reset();
    m_cache = std::make_unique<ActivityCache>(QString(), m_cacheConnectionName);
    error = m_cache->open();
    return !error.isValid();
}

void ActivityReader::setChunkSize(qint64 rows)
{
    m_minChunk = m_maxChunk = std::max<qint64>(1, rows);
}

ActivitySnapshot ActivityReader::refresh(qint64 reachSeconds, const Progress& progress)
{
    return read(reachSeconds, m_config.backfillMs, progress);
}

ActivitySnapshot ActivityReader::backfill(qint64 reachSeconds, int budgetMs)
{
    return read(reachSeconds, budgetMs, {});
}

ActivitySnapshot ActivityReader::read(qint64 reachSeconds, int backfillMs, const Progress& progress)
{
    ActivitySnapshot snapshot;
    if (!m_config.dsn) {
        snapshot.state = ActivitySnapshot::State::NotConfigured;
        snapshot.reason = tr("No activity database is configured. Set one in Settings to see last activity.");
        return snapshot;
    }
    QElapsedTimer timer;
    timer.start();
    const auto unavailable = [&](const Failure& failure) {
        qCWarning(lcActivity) << "activity refresh failed at" << failure.context << scrub(failure.error.text());
        snapshot = {};
        snapshot.state = ActivitySnapshot::State::Unavailable;
        snapshot.reason = describe(failure.error);
        snapshot.elapsedMs = timer.elapsed();
        m_closePending = true; // reconnect from scratch next time, once no handle is alive
        return snapshot;
    };

    Failure failure;
    if (!openDatabase(&failure))
        return unavailable(failure);
    if (!openCache()) {
        failure = {QSqlError(tr("The local activity cache cannot be opened."), {}, QSqlError::UnknownError),
                   QStringLiteral("cache")};
        return unavailable(failure);
    }

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const auto queryFailed = [&](const QString& context) {
        failure = {query.lastError(), context};
        return unavailable(failure);
    };

    if (!run(query, m_backend->nowEpochSql(), {}) || !query.next())
        return queryFailed(QStringLiteral("server clock"));
    const qint64 nowEpoch = epochSeconds(query.value(0)).value_or(0);

    if (!run(query, QStringLiteral("SELECT MAX(id) FROM webhook_raw_logs"), {}) || !query.next())
        return queryFailed(QStringLiteral("max id"));
    const QVariant maxValue = query.value(0);
    const bool hasRows = !maxValue.isNull();
    if (hasRows && !isIntegerId(maxValue)) {
        // Text ids sort as text: neither ranges nor "newest" mean anything.
        query.finish();
        qCWarning(lcActivity) << "webhook_raw_logs.id is not an integer column:" << maxValue.typeName();
        snapshot.state = ActivitySnapshot::State::Unavailable;
        snapshot.reason = tr("The column id of webhook_raw_logs in %1 is not an integer, so its rows cannot be read "
                             "newest first. Point the activity database at the Pixel Hub table, whose id is an "
                             "auto-increment integer.")
                              .arg(m_config.dsn->toString());
        snapshot.elapsedMs = timer.elapsed();
        return snapshot;
    }
    const qint64 maxId = maxValue.toLongLong();

    // created_at of one row, as epoch seconds; nullopt when there is no such row.
    bool rowEpochFailed = false;
    const auto rowEpoch = [&](qint64 id) -> std::optional<qint64> {
        if (!run(query, m_backend->rowEpochSql(), {id})) {
            rowEpochFailed = true;
            return std::nullopt;
        }
        if (!query.next())
            return std::nullopt;
        return epochSeconds(query.value(0));
    };
    const auto stopping = [&] {
        return timer.elapsed() > m_config.timeoutMs || QThread::currentThread()->isInterruptionRequested();
    };

    const QString source = m_config.dsn->toString();
    CacheState state;
    if (const QSqlError error = m_cache->load(source, &state); error.isValid())
        qCWarning(lcActivity) << "activity cache unreadable, reading from scratch:" << error.text();
    // A cache written before the timestamp rule (or against a clock since set back) may hold a
    // date in the future, which would hide a zombie for ever: re-read what it summarised.
    if (const qsizetype dropped = dropUnusableEpochs(state.lastEpochByChannel, nowEpoch);
        dropped > 0 || (state.started && !isUsableActivityEpoch(state.horizonEpoch, nowEpoch))) {
        qCInfo(lcActivity) << dropped << "cached activity times are not usable; discarding the activity cache";
        state = {};
    }
    qint64 unusableRows = 0;
    const CacheState loaded = state;

    // A table truncated or replaced since the last read: what the cache holds is no longer true.
    // The row at the high edge must still be there, unchanged; the row at the low edge may have
    // been purged (retention), but not replaced.
    bool reset = false;
    if (state.started) {
        if (maxId < state.high) {
            reset = true;
        } else {
            if (state.highEpoch >= 0) {
                const auto epoch = rowEpoch(state.high);
                reset = epoch != state.highEpoch;
            }
            if (!reset && !state.bottom && state.lowEpoch >= 0) {
                const auto epoch = rowEpoch(state.low);
                reset = epoch && *epoch != state.lowEpoch;
            }
            if (rowEpochFailed)
                return queryFailed(QStringLiteral("edge check"));
        }
        if (reset)
            qCInfo(lcActivity) << "webhook_raw_logs was truncated or replaced; discarding the activity cache";
    }
    // Too many new rows since the last read (the app was closed for days): reading them all
    // forwards would delay the newest; start again from the newest instead.
    if (!reset && state.started && maxId > state.high) {
        if (!run(query,
                 QStringLiteral("SELECT id FROM webhook_raw_logs WHERE id > ? ORDER BY id LIMIT 1 OFFSET %1")
                     .arg(BacklogLimitRows),
                 {state.high}))
            return queryFailed(QStringLiteral("backlog"));
        reset = query.next();
        if (reset)
            qCInfo(lcActivity) << "more than" << BacklogLimitRows
                               << "new rows since the last read; reading newest first";
    }
    if (!hasRows) {
        // An empty table: nothing to read, nothing to remember (its first rows are read newest first).
        query.finish();
        if (const QSqlError error = m_cache->store(source, CacheState{}); error.isValid())
            qCWarning(lcActivity) << "activity cache not saved:" << error.text();
        state = {};
        state.bottom = true;
        state.horizonEpoch = nowEpoch;
        snapshot = makeSnapshot(state, nowEpoch);
        snapshot.elapsedMs = timer.elapsed();
        return snapshot;
    }
    if (reset || !state.started) {
        state = {};
        state.started = true;
        state.horizonEpoch = nowEpoch; // nothing read yet: nothing known to be silent
        state.high = state.low = maxId;
        state.highEpoch = state.lowEpoch = rowEpoch(maxId).value_or(-1);
        if (rowEpochFailed)
            return queryFailed(QStringLiteral("top row"));
    }

    QVariantList values;
    // Reads the rows after < id <= upto into state; their number is `rows` when known (-1: count).
    const auto readRange = [&](qint64 after, qint64 upto, qint64 rows) -> bool {
        if (rows < 0) {
            if (!run(query, QStringLiteral("SELECT COUNT(*) FROM webhook_raw_logs WHERE id > ? AND id <= ?"),
                     {after, upto}) ||
                !query.next())
                return false;
            rows = query.value(0).toLongLong();
        }
        snapshot.rowsScanned += rows;
        if (rows == 0)
            return true;
        values = {after, upto};
        for (const QString& type : activityEventTypes())
            values << type;
        if (!run(query, m_backend->aggregateSql(), values))
            return false;
        while (query.next()) {
            const QVariant raw = query.value(0);
            // MySQL hands the binary-grouped channel back as bytes.
            const QString text =
                raw.typeId() == QMetaType::QByteArray ? QString::fromUtf8(raw.toByteArray()) : raw.toString();
            const QString channel = normaliseChannelId(text);
            unusableRows += query.value(3).toLongLong();
            if (channel.isEmpty())
                continue;
            // The one place where a row becomes a channel's activity: only a usable timestamp.
            const std::optional<qint64> usable = usableActivityEpoch(query.value(1), nowEpoch);
            if (!usable)
                continue; // every row of this channel in the chunk had an unusable created_at
            const qint64 epoch = *usable;
            auto it = state.lastEpochByChannel.find(channel);
            // The account of the newest rows wins (a channel relinked to another phone); older
            // history only fills a gap.
            const QString account = query.value(4).toString();
            if (!account.isEmpty() &&
                (it == state.lastEpochByChannel.end() || epoch >= *it || !state.accountByChannel.contains(channel)))
                state.accountByChannel.insert(channel, account);
            if (it == state.lastEpochByChannel.end())
                state.lastEpochByChannel.insert(channel, epoch);
            else
                *it = std::max(*it, epoch);
        }
        return true;
    };

    // 1. New rows, forwards from the high edge.
    bool forwardComplete = true;
    const qint64 forwardChunk = std::max(m_maxChunk, m_minChunk);
    while (state.high < maxId) {
        if (stopping()) {
            forwardComplete = false;
            break;
        }
        if (!run(query,
                 QStringLiteral("SELECT id FROM webhook_raw_logs WHERE id > ? AND id < ? ORDER BY id LIMIT 1 OFFSET %1")
                     .arg(forwardChunk - 1),
                 {state.high, maxId}))
            return queryFailed(QStringLiteral("forward edge"));
        const bool more = query.next();
        const qint64 upto = more ? query.value(0).toLongLong() : maxId;
        if (!readRange(state.high, upto, more ? forwardChunk : -1))
            return queryFailed(QStringLiteral("activity aggregate"));
        state.high = upto;
        state.highEpoch = -1;
    }
    if (state.highEpoch < 0) {
        state.highEpoch = rowEpoch(state.high).value_or(-1);
        if (rowEpochFailed)
            return queryFailed(QStringLiteral("high edge"));
    }

    // 2. Older rows, backwards from the low edge: newest first, until they reach back past the
    //    largest threshold; then the back-fill, within its budget.
    const qint64 target = reachSeconds < 0 ? std::numeric_limits<qint64>::min() : nowEpoch - reachSeconds;
    const auto reached = [&] { return state.bottom || state.horizonEpoch < target; };
    QElapsedTimer backfillTimer;
    qint64 chunk = m_minChunk;
    while (forwardComplete && !state.bottom && !stopping()) {
        const bool backfilling = reached();
        if (backfilling) {
            if (!backfillTimer.isValid())
                backfillTimer.start();
            if (backfillTimer.elapsed() >= backfillMs)
                break;
        }
        QElapsedTimer chunkTimer;
        chunkTimer.start();
        // The (chunk + 1)-th row at or below the edge bounds the chunk: an index range scan.
        if (!run(query,
                 QStringLiteral("SELECT id, %1 FROM webhook_raw_logs WHERE id <= ? ORDER BY id DESC LIMIT 1 OFFSET %2")
                     .arg(m_backend->epochOf(QStringLiteral("created_at")))
                     .arg(chunk),
                 {state.low}))
            return queryFailed(QStringLiteral("backward edge"));
        const bool more = query.next();
        qint64 newLow = state.low;
        qint64 newLowEpoch = -1;
        if (more) {
            newLow = query.value(0).toLongLong();
            newLowEpoch = epochSeconds(query.value(1)).value_or(-1);
        } else {
            // The last chunk: down to the first row. Bound values stay within the column's type
            // (PostgreSQL types a parameter after the column it is compared with).
            if (!run(query, QStringLiteral("SELECT MIN(id) FROM webhook_raw_logs WHERE id <= ?"), {state.low}) ||
                !query.next())
                return queryFailed(QStringLiteral("first row"));
            if (!query.value(0).isNull()) {
                const qint64 first = query.value(0).toLongLong();
                newLow = first > std::numeric_limits<qint64>::min() ? first - 1 : first;
            }
        }
        if (!readRange(newLow, state.low, more ? chunk : -1))
            return queryFailed(QStringLiteral("activity aggregate"));
        const qint64 before = state.horizonEpoch;
        if (more) {
            // Every row above the edge is read: the unread ones are older than the newest of the
            // lowest rows read (not their oldest: one row logged late must not stretch the claim).
            if (!run(query,
                     QStringLiteral("SELECT MAX(e) FROM (SELECT %1 AS e FROM webhook_raw_logs WHERE id > ? AND id <= ? "
                                    "ORDER BY id LIMIT %2) lowest")
                         .arg(m_backend->epochOf(QStringLiteral("created_at")))
                         .arg(HorizonRows),
                     {newLow, state.low}) ||
                !query.next())
                return queryFailed(QStringLiteral("horizon"));
            // A poisoned created_at (far past or future) is no horizon: it would claim years of
            // coverage.
            if (const std::optional<qint64> epoch = usableActivityEpoch(query.value(0), nowEpoch))
                state.horizonEpoch = std::min(state.horizonEpoch, *epoch);
        }
        state.low = newLow;
        state.lowEpoch = newLowEpoch;
        state.bottom = !more;

        // The next chunk: enough rows to reach the threshold at the pace seen so far (not more,
        // the first answer waits for it); while back-filling, about 100 ms of work.
        const qint64 elapsed = std::max<qint64>(1, chunkTimer.elapsed());
        if (!reached()) {
            const qint64 covered = before - state.horizonEpoch;
            if (covered > 0) {
                const double rowsPerSecond = double(chunk) / double(covered);
                // In doubles: a target of "everything" is INT64_MIN (UBSan: signed overflow).
                const double needed = (double(state.horizonEpoch) - double(target) + 1.0) * rowsPerSecond * 1.2 + 16.0;
                chunk = std::clamp<qint64>(qint64(std::min(needed, 1e15)), m_minChunk, m_maxChunk);
            } else {
                chunk = std::min(chunk * 2, m_maxChunk);
            }
            if (progress) {
                query.finish();
                ActivitySnapshot partial = makeSnapshot(state, nowEpoch);
                partial.partial = true;
                partial.rowsScanned = snapshot.rowsScanned;
                partial.elapsedMs = timer.elapsed();
                progress(partial);
            }
        } else {
            chunk = std::clamp<qint64>(chunk * 100 / elapsed, m_minChunk, m_maxChunk);
        }
    }
    query.finish();
    if (unusableRows > 0)
        qCInfo(lcActivity) << unusableRows
                           << "activity rows ignored: created_at empty, not a date, before 2000 or later than the "
                              "database's clock";
    if (state != loaded) { // nothing new: no write (a synced transaction costs more than the read)
        if (const QSqlError error = m_cache->store(source, state); error.isValid())
            qCWarning(lcActivity) << "activity cache not saved:" << error.text();
    }

    const qint64 rowsScanned = snapshot.rowsScanned;
    if (!forwardComplete) {
        snapshot.state = ActivitySnapshot::State::Unavailable;
        snapshot.reason = tr("Reading the activity rows written since the last refresh (up to id %1 of %2). Activity "
                             "will show after one of the next refreshes.")
                              .arg(state.high)
                              .arg(maxId);
        snapshot.dbNowUtc = utcFromEpoch(nowEpoch);
    } else {
        snapshot = makeSnapshot(state, nowEpoch);
    }
    snapshot.rowsScanned = rowsScanned;
    snapshot.elapsedMs = timer.elapsed();
    qCInfo(lcActivity).nospace() << "activity: " << rowsScanned << " rows in " << snapshot.elapsedMs << " ms; rows "
                                 << state.low << ".." << state.high << " reach back "
                                 << (state.bottom ? QStringLiteral("to the first row")
                                                  : QStringLiteral("%1 s").arg(snapshot.coveredSeconds));
    return snapshot;
}

ConnectionTest ActivityReader::testConnection()
{
    if (!m_config.dsn)
        return {false, tr("No activity database is configured.")};
    Failure failure;
    if (!openDatabase(&failure))
        return {false, describe(failure.error)};
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!run(query, QStringLiteral("SELECT COUNT(*) FROM webhook_raw_logs WHERE id = 0"), {})) {
        m_closePending = true;
        return {false, describe(query.lastError())};
    }
    return {true, tr("Connected to %1; the table webhook_raw_logs is readable.").arg(m_config.dsn->toString())};
}

QString ActivityReader::scrub(QString text) const
{
    if (!m_config.password.isEmpty())
        text.replace(m_config.password, QStringLiteral("***"));
    return text.simplified(); // one line: drivers add newlines and tabs
}

QString ActivityReader::describe(const QSqlError& error) const
{
    const Dsn& dsn = *m_config.dsn;
    QString detail = scrub(error.databaseText());
    if (detail.isEmpty())
        detail = scrub(error.driverText());
    const bool file = dsn.kind == DbKind::Sqlite;
    switch (m_backend->classify(error)) {
    case DbErrorKind::Unreachable:
        return file ? tr("Cannot open the activity database file %1 (%2). Check the path in Settings.")
                          .arg(dsn.location(), detail)
                    : tr("Cannot reach the activity database at %1 (%2). Check the address in Settings.")
                          .arg(dsn.location(), detail);
    case DbErrorKind::AccessDenied:
        return tr("The activity database at %1 refused the user %2 (%3). Check the user and password in Settings.")
            .arg(dsn.location(), dsn.user, detail);
    case DbErrorKind::NoDatabase:
        return tr("The database %1 does not exist on %2. Check the database name in Settings.")
            .arg(dsn.database, dsn.location());
    case DbErrorKind::NoTable:
        return tr("The activity database %1 has no table webhook_raw_logs. Check that the address points at the "
                  "Pixel Hub database.")
            .arg(dsn.toString());
    case DbErrorKind::Timeout:
        return tr("The activity database at %1 did not answer within %2 s (%3). The list still works; if it "
                  "persists, check the database server's load.")
            .arg(dsn.location())
            .arg(m_config.timeoutMs / 1000.0, 0, 'f', 1)
            .arg(detail);
    case DbErrorKind::Other:
        break;
    }
    return tr("Reading activity from %1 failed (%2). Check the address in Settings or ask the database "
              "administrator.")
        .arg(dsn.location(), detail);
}

} // namespace activity
