#pragma once

#include "gateway/GatewayConfig.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace gateway {
class GatewayClient;
class GatewayJob;
struct Result;
} // namespace gateway

namespace ui {

// "Test connection" for a gateway configuration that is not saved yet: lists the sessions with a
// client of its own and reports the latency and the session count, or the error message.
// Destroying the probe (closing the dialog) cancels the request.
class GatewayProbe : public QObject
{
    Q_OBJECT

public:
    explicit GatewayProbe(QNetworkAccessManager& nam, QObject* parent = nullptr);
    ~GatewayProbe() override;

    void start(const gateway::GatewayConfig& config);
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

signals:
    void finished(bool ok, const QString& message);

private:
    void onFinished(const gateway::Result& result, qsizetype count);

    QNetworkAccessManager& m_nam;
    std::unique_ptr<gateway::GatewayClient> m_client;
    QPointer<gateway::GatewayJob> m_job;
};

} // namespace ui
