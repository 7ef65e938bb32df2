#pragma once

#include "activity/ActivityConfig.h"
#include "activity/ActivitySnapshot.h"

#include <QObject>

#include <memory>

namespace activity {

class ActivityReader;

// Lives in ActivityIndex's worker thread; owns the reader and so every database connection.
// Deleted in that thread (QThread::finished -> deleteLater), which removes the connections there.
class ActivityWorker : public QObject
{
    Q_OBJECT

public:
    explicit ActivityWorker(ActivityConfig config);
    ~ActivityWorker() override;

    // reachSeconds: how far back the rows must reach (the largest silence threshold); < 0: all.
    void refresh(quint64 generation, qint64 reachSeconds);
    // One slice of the back-fill of older history (ActivityConfig::BackfillSliceMs).
    void backfill(quint64 generation, qint64 reachSeconds);
    void testConnection(quint64 generation);

signals:
    // After each chunk of the newest-first walk of a refresh.
    void progressed(quint64 generation, const activity::ActivitySnapshot& snapshot);
    void refreshed(quint64 generation, const activity::ActivitySnapshot& snapshot);
    void backfilled(quint64 generation, const activity::ActivitySnapshot& snapshot);
    void connectionTested(quint64 generation, bool ok, const QString& message);

private:
    ActivityReader& reader();

    ActivityConfig m_config;
    std::unique_ptr<ActivityReader> m_reader; // created on first use, in the worker thread
};

} // namespace activity
