#include "health/HealthCheck.h"

#include "gateway/GatewayClient.h"
#include "sessions/Status.h"

namespace health {

HealthCheck::HealthCheck(gateway::GatewayClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<health::HealthReport>();
}

HealthCheck::~HealthCheck()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

bool HealthCheck::start(HealthReport report, bool dryRun)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_report = std::move(report);
    m_report.setDryRun(dryRun);
    m_queue.clear();
    if (!dryRun && m_report.level() != Level::Unknown) {
        for (const SessionResult& s : m_report.sessions()) {
            if (s.needsAction())
                m_queue.append(s.id);
        }
    }
    // Always asynchronous, so a caller can connect after start() in any case.
    QMetaObject::invokeMethod(this, &HealthCheck::next, Qt::QueuedConnection);
    return true;
}

void HealthCheck::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel(); // its result arrives as Cancelled and ends the run
}

void HealthCheck::next()
{
    if (!m_running || m_job)
        return;
    if (m_cancelled) {
        for (const QString& id : std::as_const(m_queue))
            m_report.setAction(id, Action::NotSent, tr("not sent (cancelled)"));
        m_queue.clear();
    }
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const QString id = m_queue.takeFirst();
    auto* job = m_client.getQr(id);
    m_job = job;
    connect(job, &gateway::GatewayJob::finished, this,
            [this, id, job](const gateway::Result& r) { onQr(id, r, job->reply()); });
}

void HealthCheck::onQr(const QString& id, const gateway::Result& result, const gateway::QrReply& reply)
{
    m_job = nullptr;
    Action action = Action::QrRequested;
    QString message;
    if (result.ok) {
        const gateway::QrAnswer& answer = reply.answer;
        if (sessions::statusFromGateway(answer.status) == sessions::Status::Connected && answer.payload.isEmpty())
            message = tr("asked the gateway for a QR: it still says connected, so no reconnect was triggered (run "
                         "\"reconnect %1\" to recreate the session)")
                          .arg(id);
        else
            message = tr("asked the gateway for a QR (reconnect triggered)");
    } else {
        action = Action::QrFailed;
        message = tr("asked the gateway for a QR, failed: %1").arg(result.message);
    }
    m_report.setAction(id, action, message);
    emit sessionHandled(id, action, message);
    next();
}

void HealthCheck::finish()
{
    m_running = false;
    emit finished(m_report);
}

} // namespace health
