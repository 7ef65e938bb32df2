#pragma once

#include "activity/ActivityBackend.h"
#include "activity/ActivityCache.h"
#include "activity/ActivityConfig.h"
#include "activity/ActivitySnapshot.h"

#include <QCoreApplication>
#include <QSqlError>

#include <functional>
#include <memory>

class QSqlQuery;

namespace activity {

struct ConnectionTest
{
    bool ok = false;
    QString message; // translated, password-free
};

// The blocking core of ActivityIndex: one database connection and one cache connection, both
// owned by the thread that calls it (the worker thread in the app; the test thread in tests and
// benchmarks).
//
// The rows read form one id range (low, high], kept in the cache. A refresh first reads the rows
// above high (new since the last refresh), then walks backwards from low, newest first, in
// primary-key chunks (keyset pagination: `id <= low ORDER BY id DESC`, so sparse ids cost
// nothing), until the rows reach back further than `reachSeconds` (the largest silence
// threshold): from then on a channel not found is known to be silent for at least that long.
// Then it back-fills older history for at most config.backfillMs; later refreshes (and
// backfill()) continue it. Every read stops between chunks once config.timeoutMs is spent.
class ActivityReader
{
    Q_DECLARE_TR_FUNCTIONS(ActivityReader)

public:
    // An intermediate snapshot after each chunk of the newest-first walk.
    using Progress = std::function<void(const ActivitySnapshot&)>;

    explicit ActivityReader(ActivityConfig config);
    ~ActivityReader();
    ActivityReader(const ActivityReader&) = delete;
    ActivityReader& operator=(const ActivityReader&) = delete;

    // reachSeconds < 0: read the whole history (within the timeout).
    ActivitySnapshot refresh(qint64 reachSeconds = -1, const Progress& progress = {});
    // New rows, then older history for at most budgetMs.
    ActivitySnapshot backfill(qint64 reachSeconds, int budgetMs);
    ConnectionTest testConnection();

    // Fixes the rows per chunk (normally adapted to the table's pace); small values exercise the
    // chunking in tests.
    void setChunkSize(qint64 rows);

private:
    struct Failure
    {
        QSqlError error;
        QString context; // which step failed, for the log
    };

    ActivitySnapshot read(qint64 reachSeconds, int backfillMs, const Progress& progress);
    bool openDatabase(Failure* failure);
    void closeDatabase();
    bool openCache();
    QString describe(const QSqlError& error) const;
    QString scrub(QString text) const;

    ActivityConfig m_config;
    std::unique_ptr<ActivityBackend> m_backend;
    std::unique_ptr<ActivityCache> m_cache;
    QString m_connectionName;
    QString m_cacheConnectionName;
    qint64 m_minChunk = 2000;
    qint64 m_maxChunk = 200000;
    bool m_closePending = false;
};

} // namespace activity
