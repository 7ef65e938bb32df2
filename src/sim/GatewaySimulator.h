#pragma once

#include "FaultSpec.h"
#include "HttpReply.h"
#include "RequestRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QTcpSocket;

namespace sim {

class ChannelsApi;
class VendorApi;
class ControlApi;
class FaultInjector;
class SessionModel;
class SimHttpServer;
class WebhookWriter;
struct SimRequest;

// A stateful fake of the Pixel Hub WPP gateway (docs/gateway-contract.md), quirks included, on
// 127.0.0.1 only. Tests and demos drive it in process or over /__sim/ control endpoints:
//
//   sim::GatewaySimulator gateway;
//   gateway.setSecret(QStringLiteral("s3cret"));
//   gateway.loadScenarioFile(QStringLiteral(":/sim/basic.json"));
//   const quint16 port = gateway.listen();
//   gateway.setFault({sim::FaultKind::Html504, QStringLiteral("/api/channels"), 1, 0, {}});
class GatewaySimulator : public QObject
{
    Q_OBJECT

public:
    explicit GatewaySimulator(QObject* parent = nullptr);
    ~GatewaySimulator() override;

    bool loadScenario(const QJsonObject& scenario, QString* error = nullptr); // replaces all sessions
    bool loadScenarioFile(const QString& path, QString* error = nullptr);     // also ":/sim/demo.json"
    void setSecret(const QString& secret); // empty (the default) rejects every /api request
    // The dialect it speaks: pixelhub (the default), waha, evolution, whapi or wppconnect (dialects.md), each with its
    // own routes, credential header and quirks, over the same sessions and /__sim/ controls.
    bool setDialect(const QString& dialect);
    QString dialect() const { return m_dialect; }
    static QStringList dialects();

    quint16 listen(quint16 port = 0); // 127.0.0.1 only; the bound port, or 0
    QUrl baseUrl() const;

    bool scan(const QString& id);
    bool unlink(const QString& id);
    bool setSilent(const QString& id, bool silent);
    // The newest inbound message the last-activity endpoints report (POST /__sim/sessions/{id}/inbound):
    // nullopt: what the session's phase implies; an invalid time: none.
    bool setLastInbound(const QString& id, std::optional<QDateTime> at);
    bool addSession(const QJsonObject& session);

    // Extra delay before every answer whose path starts with pathPrefix (empty = all); ms <= 0 removes.
    void setLatency(int ms, const QString& pathPrefix = {});
    void setFault(const FaultSpec& fault);
    void clearFaults();
    QList<FaultSpec> faults() const;

    QList<RequestRecord> requests() const;
    void clearRequests();

    int sessionCount() const;
    QStringList sessionIds() const;
    // Sessions with their internal phase and current QR text, settings, faults (GET /__sim/state).
    QJsonObject stateJson() const;

    bool attachActivityDatabase(const QString& connectionName, int intervalMs = 15000, QString* error = nullptr);
    int activityRowsWritten() const;

signals:
    void requestReceived(const sim::RequestRecord& record);

private:
    void dispatch(const SimRequest& request, QTcpSocket* socket);
    HttpReply vendorReply(const SimRequest& request);
    int latencyFor(const QString& path) const;

    std::unique_ptr<SessionModel> m_model;
    std::unique_ptr<ChannelsApi> m_channels;
    std::unique_ptr<VendorApi> m_vendor; // null for pixelhub
    QString m_dialect = QStringLiteral("pixelhub");
    std::unique_ptr<ControlApi> m_control;
    SimHttpServer* m_server = nullptr;
    WebhookWriter* m_writer = nullptr;
    std::unique_ptr<FaultInjector> m_faults;
    QString m_secret;
    QList<QPair<QString, int>> m_latency;
    QList<RequestRecord> m_requests;
    quint16 m_port = 0;
};

} // namespace sim
