#pragma once

#include "activity/ActivityBackend.h"
#include "activity/ActivityCache.h"
#include "activity/ActivityConfig.h"
#include "activity/ActivitySnapshot.h"

#include <QCoreApplication>
#include <QSqlError>

#include <memory>

namespace activity {

struct ConnectionTest
{
    bool ok = false;
    QString message; // translated, password-free
};

// The blocking core of ActivityIndex: one database connection and one cache connection, both
// owned by the thread that calls it (the worker thread in the app; the test thread in tests and
// benchmarks). A refresh reads only rows with id above the cached watermark, in id-range chunks,
// and stops between chunks once config.timeoutMs is spent (the next refresh resumes there).
class ActivityReader
{
    Q_DECLARE_TR_FUNCTIONS(ActivityReader)

public:
    explicit ActivityReader(ActivityConfig config);
    ~ActivityReader();
    ActivityReader(const ActivityReader&) = delete;
    ActivityReader& operator=(const ActivityReader&) = delete;

    ActivitySnapshot refresh();
    ConnectionTest testConnection();

    // Rows of ids per aggregate query on a cold read; small values exercise resuming in tests.
    void setChunkSize(qint64 ids) { m_chunkSize = ids > 0 ? ids : 1; }

private:
    struct Failure
    {
        QSqlError error;
        QString context; // which step failed, for the log
    };

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
    qint64 m_chunkSize = 500000;
    bool m_closePending = false;
};

} // namespace activity
