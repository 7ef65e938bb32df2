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
    for (const QPointer<gateway::GatewayJob>& job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
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
    // Their results arrive as Cancelled; the last one ends the run.
    const QList<QPointer<gateway::GatewayJob>> jobs = m_jobs;
    for (const QPointer<gateway::GatewayJob>& job : jobs) {
        if (job)
            job->cancel();
    }
    if (m_jobs.isEmpty())
        QMetaObject::invokeMethod(this, &HealthCheck::next, Qt::QueuedConnection);
}

void HealthCheck::next()
{
    if (!m_running)
        return;
    if (m_cancelled) {
        for (const QString& id : std::as_const(m_queue))
            m_report.setAction(id, Action::NotSent, tr("not sent (cancelled)"));
        m_queue.clear();
    }
    while (!m_queue.isEmpty() && m_jobs.size() < MaxConcurrent) {
        const QString id = m_queue.takeFirst();
        auto* job = m_client.getQr(id);
        m_jobs.append(job);
        connect(job, &gateway::GatewayJob::finished, this, [this, job, id](const gateway::Result& r) {
            m_jobs.removeAll(job);
            onQr(id, r, job->reply()); // parsed once, by the job
        });
    }
    if (m_queue.isEmpty() && m_jobs.isEmpty())
        finish();
}

void HealthCheck::onQr(const QString& id, const gateway::Result& result, const gateway::QrReply& reply)
{
    Action action = Action::QrRequested;
    QString message;
    if (result.ok) {
        const gateway::QrAnswer& answer = reply.answer;
        if (sessions::statusOf(answer.statusKey, answer.status) == sessions::Status::Connected &&
            answer.payload.isEmpty())
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
