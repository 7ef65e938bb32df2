#pragma once

#include "health/HealthReport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace gateway {
class GatewayClient;
class GatewayJob;
struct QrReply;
struct Result;
} // namespace gateway

namespace health {

// The healthcheck's one action: for every unhealthy session of a report (not connected, or a
// zombie), exactly one GET /api/channels/{id}/qr, which is what makes the gateway reconnect. At
// most MaxConcurrent requests at a time (fifty stalled sessions must not outlast a 15-minute cron
// interval), never a retry, never a delete, create or start-session (gateway-contract.md 4.3). The classification
// itself is HealthReport::fromSessions; the listing is SessionMonitor's.
//
//   auto* check = new health::HealthCheck(client, this);
//   connect(check, &health::HealthCheck::finished, this, &Panel::showReport);
//   check->start(health::HealthReport::fromSessions(book.sessions()), /*dryRun=*/false);
//
// finished() comes exactly once per start(), also for a dry run, an UNKNOWN report or cancel()
// (asynchronously in every case).
class HealthCheck : public QObject
{
    Q_OBJECT

public:
    explicit HealthCheck(gateway::GatewayClient& client, QObject* parent = nullptr);
    ~HealthCheck() override;

    // false (and nothing happens) while a check is running.
    bool start(HealthReport report, bool dryRun);
    static constexpr int MaxConcurrent = 4;

    // Cancels the requests in flight; the rest are marked not sent.
    void cancel();
    bool isRunning() const { return m_running; }
    const HealthReport& report() const { return m_report; }

signals:
    void sessionHandled(const QString& id, health::Action action, const QString& message);
    void finished(const health::HealthReport& report);

private:
    void next();
    void onQr(const QString& id, const gateway::Result& result, const gateway::QrReply& reply);
    void finish();

    gateway::GatewayClient& m_client;
    HealthReport m_report;
    QStringList m_queue;
    QList<QPointer<gateway::GatewayJob>> m_jobs; // in flight, at most MaxConcurrent
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace health
