#include "runtime/GatewayProbe.h"

#include "gateway/GatewayClient.h"
#include "gateway/ListChannelsJob.h"

namespace runtime {

GatewayProbe::GatewayProbe(QNetworkAccessManager& nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{}

GatewayProbe::~GatewayProbe()
{
    cancel(); // nobody listens any more: drop the answer, stop the request
}

gateway::GatewayJob* GatewayProbe::start(const gateway::GatewayConfig& config)
{
    cancel();
    m_client = std::make_unique<gateway::GatewayClient>(m_nam, config);
    return listWith(*m_client);
}

gateway::GatewayJob* GatewayProbe::start(gateway::GatewayClient& client)
{
    cancel();
    return listWith(client);
}

gateway::GatewayJob* GatewayProbe::listWith(gateway::GatewayClient& client)
{
    m_sessions = 0;
    gateway::ListChannelsJob* job = client.listChannels();
    m_job = job;
    connect(job, &gateway::GatewayJob::finished, this, [this, job](const gateway::Result& result) {
        m_job = nullptr;
        m_sessions = result.ok ? job->channels().size() : 0;
        // A 2xx without a list is a failure already, with its own message (ListChannelsJob).
        emit finished(result.ok, summary(result, m_sessions, true), result.details());
    });
    return job;
}

void GatewayProbe::cancel()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    m_job = nullptr;
}

QString GatewayProbe::summary(const gateway::Result& result, qsizetype sessions, bool forAgent)
{
    if (!result.ok)
        return forAgent ? result.agentMessage() : result.message.toString();
    const int n = int(sessions);
    // English is the source language and loads no translation: its singular is a text of its own.
    return (n == 1 ? tr("%n session, answered in %1 ms.", nullptr, n)
                   : tr("%n sessions, answered in %1 ms.", nullptr, n))
        .arg(result.elapsedMs);
}

} // namespace runtime
