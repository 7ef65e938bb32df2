#include "activity/ActivityReader.h"

#include "activity/ActivityLog.h"
#include "activity/ActivityTimestamp.h"
#include "activity/ChannelId.h"
#include "activity/TableShape.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

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

ActivitySnapshot ActivityReader::refresh()
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
    const qint64 nowEpoch = query.value(0).toLongLong();

    if (!run(query, QStringLiteral("SELECT MAX(id) FROM webhook_raw_logs"), {}) || !query.next())
        return queryFailed(QStringLiteral("max id"));
    const std::optional<qint64> highest = highestRowId(query.value(0)); // NULL (empty table) reads as 0
    if (!highest) {
        failure = {QSqlError(tr("The table webhook_raw_logs has an id column that is not a whole number (its highest "
                                "id is \"%1\"), so activity cannot be read in order. Check that the address points "
                                "at the Pixel Hub database.")
                                 .arg(query.value(0).toString().left(40)),
                             {}, QSqlError::UnknownError),
                   QStringLiteral("table shape")};
        return unavailable(failure);
    }
    const qint64 maxId = *highest;

    const QString source = m_config.dsn->toString();
    CacheState state;
    if (const QSqlError error = m_cache->load(source, &state); error.isValid())
        qCWarning(lcActivity) << "activity cache unreadable, reading from scratch:" << error.text();

    // A table truncated or replaced since the last read: what the cache holds is no longer true.
    bool reset = state.watermark > maxId;
    if (!reset && state.watermark > 0 && state.watermarkEpoch >= 0) {
        if (!run(query, m_backend->rowEpochSql(), {state.watermark}))
            return queryFailed(QStringLiteral("watermark check"));
        reset = !query.next() || query.value(0).toLongLong() != state.watermarkEpoch;
    }
    if (reset) {
        qCInfo(lcActivity) << "webhook_raw_logs was truncated or replaced; discarding the activity cache";
        state = {};
    }
    // A cache written before the timestamp rule (or against a clock since set back) may hold a
    // date in the future, which would hide a zombie for ever: re-read what it summarised.
    if (const qsizetype dropped = dropUnusableEpochs(state.lastEpochByChannel, nowEpoch); dropped > 0) {
        qCInfo(lcActivity) << dropped << "cached activity times are not usable; discarding the activity cache";
        state = {};
    }
    qint64 unusableRows = 0;

    bool complete = true;
    QVariantList values;
    while (state.watermark < maxId) {
        const qint64 upto = std::min(maxId, state.watermark + m_chunkSize);
        if (!run(query, QStringLiteral("SELECT COUNT(*) FROM webhook_raw_logs WHERE id > ? AND id <= ?"),
                 {state.watermark, upto}) ||
            !query.next())
            return queryFailed(QStringLiteral("row count"));
        snapshot.rowsScanned += query.value(0).toLongLong();

        values = {state.watermark, upto};
        for (const QString& type : activityEventTypes())
            values << type;
        if (!run(query, m_backend->aggregateSql(), values))
            return queryFailed(QStringLiteral("activity aggregate"));
        while (query.next()) {
            const QVariant raw = query.value(0);
            // MySQL hands the binary-grouped channel back as bytes.
            const QString text =
                raw.typeId() == QMetaType::QByteArray ? QString::fromUtf8(raw.toByteArray()) : raw.toString();
            const QString channel = normaliseChannelId(text);
            if (channel.isEmpty())
                continue;
            unusableRows += query.value(3).toLongLong();
            const std::optional<qint64> epoch = usableActivityEpoch(query.value(1), nowEpoch);
            if (!epoch)
                continue; // every row of this channel in the chunk had an unusable created_at
            auto it = state.lastEpochByChannel.find(channel);
            if (it == state.lastEpochByChannel.end())
                state.lastEpochByChannel.insert(channel, *epoch);
            else
                *it = std::max(*it, *epoch);
        }
        state.watermark = upto;
        state.watermarkEpoch = -1; // the chunk end may be a gap; fingerprinted below at maxId
        // Also stop when the index is being destroyed (the process may be about to exit).
        if (state.watermark < maxId &&
            (timer.elapsed() > m_config.timeoutMs || QThread::currentThread()->isInterruptionRequested())) {
            complete = false;
            break;
        }
    }
    if (complete && maxId > 0 && state.watermarkEpoch < 0) {
        if (!run(query, m_backend->rowEpochSql(), {maxId}))
            return queryFailed(QStringLiteral("watermark fingerprint"));
        state.watermarkEpoch = query.next() ? query.value(0).toLongLong() : -1;
    }
    query.finish();
    if (unusableRows > 0)
        qCInfo(lcActivity) << unusableRows
                           << "activity rows ignored: created_at empty, not a date, before 2000 or later than the "
                              "database's clock";
    if (const QSqlError error = m_cache->store(source, state); error.isValid())
        qCWarning(lcActivity) << "activity cache not saved:" << error.text();

    snapshot.elapsedMs = timer.elapsed();
    snapshot.dbNowUtc = utcFromEpoch(nowEpoch);
    if (!complete) {
        const int percent = maxId > 0 ? static_cast<int>(state.watermark * 100 / maxId) : 0;
        snapshot.state = ActivitySnapshot::State::Unavailable;
        snapshot.reason = tr("Reading the activity history for the first time (%1% done). Activity will show after "
                             "one of the next refreshes.")
                              .arg(percent);
        return snapshot;
    }
    snapshot.state = ActivitySnapshot::State::Ok;
    snapshot.channels.reserve(state.lastEpochByChannel.size());
    for (auto it = state.lastEpochByChannel.cbegin(); it != state.lastEpochByChannel.cend(); ++it) {
        ChannelActivity activity;
        activity.ageSeconds = std::max<qint64>(0, nowEpoch - it.value());
        activity.lastAtUtc = utcFromEpoch(nowEpoch - activity.ageSeconds);
        snapshot.channels.insert(it.key(), activity);
    }
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
