#pragma once

#include "gateway/GatewayConfig.h"
#include "gateway/Result.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace gateway {
class GatewayClient;
class GatewayJob;
class ListChannelsJob;
} // namespace gateway

namespace runtime {

// "Test connection": lists a gateway's sessions once and reports the latency and the session count,
// or the error. Settings tests a configuration not saved yet (a client of the probe's own); the
// command line's test-connection tests each configured gateway with its own client. One wording
// for both (summary()). Destroying the probe (closing the dialog) cancels the request.
class GatewayProbe : public QObject
{
    Q_OBJECT

public:
    explicit GatewayProbe(QNetworkAccessManager& nam, QObject* parent = nullptr);
    ~GatewayProbe() override;

    // Starts a listing; returns its job (the command line waits for it, bounded).
    gateway::GatewayJob* start(const gateway::GatewayConfig& config);
    gateway::GatewayJob* start(gateway::GatewayClient& client);
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }
    // The number of sessions of the last successful answer.
    qsizetype sessions() const { return m_sessions; }

    // "7 sessions, answered in 12 ms." after a success; the failure's own message otherwise (whole
    // for the command line; without the gateway's raw words for a window, forAgent).
    static QString summary(const gateway::Result& result, qsizetype sessions, bool forAgent = false);

signals:
    // message for an agent; details: what the gateway or the network library said in its own words.
    void finished(bool ok, const QString& message, const QString& details);

private:
    gateway::GatewayJob* listWith(gateway::GatewayClient& client);

    QNetworkAccessManager& m_nam;
    std::unique_ptr<gateway::GatewayClient> m_client;
    QPointer<gateway::GatewayJob> m_job;
    qsizetype m_sessions = 0;
};

} // namespace runtime
