#pragma once

#include "gateway/Cleartext.h"
#include "gateway/CreateChannelJob.h"
#include "gateway/DeleteChannelJob.h"
#include "gateway/FetchQrImageJob.h"
#include "gateway/GatewayConfig.h"
#include "gateway/GetChannelJob.h"
#include "gateway/GetQrJob.h"
#include "gateway/ListChannelsJob.h"
#include "gateway/StartSessionJob.h"

#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;

namespace gateway {

// Asynchronous client of the WhatsApp gateway's HTTP API: one small job per endpoint.
// Usage:
//   auto* job = client.listChannels();
//   connect(job, &GatewayJob::finished, this, [](const gateway::Result& r) { ... });
// Jobs delete themselves after finished(); keep a QPointer to cancel one.
class GatewayClient : public QObject
{
    Q_OBJECT

public:
    GatewayClient(QNetworkAccessManager& nam, GatewayConfig config, QObject* parent = nullptr);

    void setConfig(GatewayConfig config);
    const GatewayConfig& config() const { return m_config; }
    bool isConfigured() const { return m_config.isConfigured(); }
    // Empty when the CA file loads (or none is set); otherwise a translated reason.
    QString tlsProblem() const { return m_tlsProblem; }
    // True when requests go out over plain http:// to a host that is not this computer because the
    // profile allows it: the secret travels in clear, which the caller must keep visible.
    bool sendsSecretInClear() const;
    // How host names are checked for the clear-text rule (tests; by default a name is remote).
    void setHostResolver(HostResolver resolver) { m_resolver = std::move(resolver); }

    ListChannelsJob* listChannels();
    GetChannelJob* getChannel(const QString& id);
    CreateChannelJob* createChannel(const QString& id);
    DeleteChannelJob* deleteChannel(const QString& id);
    StartSessionJob* startSession(const QString& id);
    GetQrJob* getQr(const QString& id);
    FetchQrImageJob* fetchQrImage(const QUrl& url);

    // Cancels every job still running (each still delivers its Cancelled result).
    void cancelAll();

private:
    GatewayJob::Spec spec(const QByteArray& verb, const QString& path, std::chrono::milliseconds timeout) const;
    QNetworkRequest request(const QUrl& url, bool withSecret) const;
    template <typename Job, typename... Extra> Job* launch(GatewayJob::Spec spec, Extra&&... extra);
    void loadCaFile();

    QNetworkAccessManager& m_nam;
    GatewayConfig m_config;
    QSslConfiguration m_ssl;
    QString m_tlsProblem;
    HostResolver m_resolver;
};

} // namespace gateway
