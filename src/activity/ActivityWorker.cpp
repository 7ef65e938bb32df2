#include "activity/ActivityWorker.h"

#include "activity/ActivityReader.h"

#include <QThread>

namespace activity {

ActivityWorker::ActivityWorker(ActivityConfig config)
    : m_config(std::move(config))
{}

ActivityWorker::~ActivityWorker() = default;

ActivityReader& ActivityWorker::reader()
{
    if (!m_reader)
        m_reader = std::make_unique<ActivityReader>(m_config);
    return *m_reader;
}

namespace {
// The index was destroyed: what is still queued has nobody to answer to.
bool stopping()
{
    return QThread::currentThread()->isInterruptionRequested();
}
} // namespace

void ActivityWorker::refresh(quint64 generation, qint64 reachSeconds)
{
    if (stopping())
        return;
    const ActivitySnapshot snapshot = reader().refresh(
        reachSeconds, [this, generation](const ActivitySnapshot& partial) { emit progressed(generation, partial); });
    emit refreshed(generation, snapshot);
}

void ActivityWorker::backfill(quint64 generation, qint64 reachSeconds)
{
    if (stopping())
        return;
    emit backfilled(generation, reader().backfill(reachSeconds, ActivityConfig::BackfillSliceMs));
}

void ActivityWorker::testConnection(quint64 generation)
{
    if (stopping())
        return;
    const ConnectionTest result = reader().testConnection();
    emit connectionTested(generation, result.ok, result.message);
}

} // namespace activity
