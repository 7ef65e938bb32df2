#pragma once

#include <QHash>
#include <QSqlError>
#include <QString>

namespace activity {

// What has been learnt from one activity source (keyed by Dsn::toString()).
struct CacheState
{
    qint64 watermark = 0;                      // highest webhook_raw_logs.id already read
    qint64 watermarkEpoch = 0;                 // created_at of that row: detects a table replaced behind our back
    QHash<QString, qint64> lastEpochByChannel; // normalised channel -> newest activity (epoch s)
};

// Local SQLite cache of per-channel results and the watermark, so a refresh (and the next start
// of the app or the CLI) only reads rows newer than the watermark. Schema-versioned: a cache
// written by another version is dropped and rebuilt. Used from one thread only (the worker's).
// With an empty directory the cache lives in memory for the lifetime of the object.
class ActivityCache
{
public:
    static constexpr int SchemaVersion = 1;

    ActivityCache(const QString& cacheDir, const QString& connectionName);
    ~ActivityCache();
    ActivityCache(const ActivityCache&) = delete;
    ActivityCache& operator=(const ActivityCache&) = delete;

    // Opens (and creates or migrates) the cache. Errors are returned, never thrown.
    QSqlError open();
    QSqlError load(const QString& source, CacheState* state) const;
    // Replaces the stored state of source in one transaction.
    QSqlError store(const QString& source, const CacheState& state);

    QString filePath() const { return m_filePath; }

private:
    QSqlError ensureSchema();

    QString m_filePath;
    QString m_connectionName;
};

} // namespace activity
