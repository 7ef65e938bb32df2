#include "GatewayProbe.h"

#include "gateway/GatewayClient.h"
#include "gateway/Types.h"

namespace ui {

GatewayProbe::GatewayProbe(QNetworkAccessManager& nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{}

GatewayProbe::~GatewayProbe()
{
    // Nobody listens any more: drop the answer, stop the request.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void GatewayProbe::start(const gateway::GatewayConfig& config)
{
    cancel();
    m_client = std::make_unique<gateway::GatewayClient>(m_nam, config);
    auto* job = m_client->listChannels();
    m_job = job;
    connect(job, &gateway::GatewayJob::finished, this,
            [this, job](const gateway::Result& result) { onFinished(result, job->channels().size()); });
}

void GatewayProbe::cancel()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    m_job = nullptr;
}

void GatewayProbe::onFinished(const gateway::Result& result, qsizetype count)
{
    m_job = nullptr;
    if (!result.ok) {
        // A 2xx without a list is a failure already, with its own message (ListChannelsJob).
        emit finished(false, result.message);
        return;
    }
    emit finished(true, count == 1
                            ? tr("Connected in %1 ms; the gateway has 1 session.").arg(result.elapsedMs)
                            : tr("Connected in %1 ms; the gateway has %2 sessions.").arg(result.elapsedMs).arg(count));
}

} // namespace ui
