#include "activity/ActivityWorker.h"

#include "activity/ActivityReader.h"

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

void ActivityWorker::refresh(quint64 generation, qint64 reachSeconds)
{
    const ActivitySnapshot snapshot = reader().refresh(
        reachSeconds, [this, generation](const ActivitySnapshot& partial) { emit progressed(generation, partial); });
    emit refreshed(generation, snapshot);
}

void ActivityWorker::backfill(quint64 generation, qint64 reachSeconds)
{
    emit backfilled(generation, reader().backfill(reachSeconds, ActivityConfig::BackfillSliceMs));
}

void ActivityWorker::testConnection(quint64 generation)
{
    const ConnectionTest result = reader().testConnection();
    emit connectionTested(generation, result.ok, result.message);
}

} // namespace activity
