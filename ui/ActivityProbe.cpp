#include "ActivityProbe.h"

#include "activity/ActivityIndex.h"

namespace ui {

ActivityProbe::ActivityProbe(QObject* parent)
    : QObject(parent)
{}

ActivityProbe::~ActivityProbe()
{
    release();
}

void ActivityProbe::release()
{
    if (!m_index)
        return;
    activity::ActivityIndex* index = m_index;
    m_index = nullptr;
    index->disconnect(this);
    // Its worker may be inside a driver call: delete it once it has answered.
    connect(index, &activity::ActivityIndex::connectionTested, index, &QObject::deleteLater);
}

void ActivityProbe::start(activity::ActivityConfig config)
{
    release();
    config.cacheDir.clear(); // a test never touches the real cache
    auto* index = new activity::ActivityIndex(std::move(config));
    m_index = index;
    connect(index, &activity::ActivityIndex::connectionTested, this, [this, index](bool ok, const QString& message) {
        if (m_index == index)
            m_index = nullptr;
        index->deleteLater();
        emit finished(ok, message);
    });
    index->testConnection();
}

} // namespace ui
