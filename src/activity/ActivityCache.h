#pragma once

#include <QHash>
#include <QSqlError>
#include <QString>

namespace activity {

// What has been learnt from one activity source (keyed by Dsn::toString()). The rows read are
// one id range (low, high]: new rows are read forwards from high, older history backwards from
// low, newest first.
struct CacheState
{
    bool started = false;                      // false: nothing read yet (the edges mean nothing)
    qint64 high = 0;                           // highest webhook_raw_logs.id read
    qint64 highEpoch = -1;                     // created_at of the row at high (-1: none): detects a replaced table
    qint64 low = 0;                            // rows with id <= low are not read yet
    qint64 lowEpoch = -1;                      // created_at of the row at low (-1: none), the next one to read
    bool bottom = false;                       // nothing below low: the whole table has been read
    qint64 horizonEpoch = 0;                   // every row newer than this (epoch s) has been read
    QHash<QString, qint64> lastEpochByChannel; // normalised channel -> newest activity (epoch s)
    QHash<QString, QString> accountByChannel;  // normalised channel -> the number its inbound rows are sent to

    bool operator==(const CacheState&) const = default;
};

// Local SQLite cache of per-channel results and both edges of the rows read, so a refresh (and the
// next start of the app or the CLI) only reads rows above the high edge, and continues the
// back-fill of older history from the low edge. Schema-versioned: a cache
// written by another version is dropped and rebuilt. Used from one thread only (the worker's).
// With an empty directory the cache lives in memory for the lifetime of the object.
class ActivityCache
{
public:
    static constexpr int SchemaVersion = 3;

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
