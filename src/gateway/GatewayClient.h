#pragma once

#include "gateway/ActionJob.h"
#include "gateway/Cleartext.h"
#include "gateway/CreateChannelJob.h"
#include "gateway/Dialect.h"
#include "gateway/FetchQrImageJob.h"
#include "gateway/GatewayConfig.h"
#include "gateway/GetChannelJob.h"
#include "gateway/GetQrJob.h"
#include "gateway/ListChannelsJob.h"
#include "gateway/StartSessionJob.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace gateway {

// Asynchronous client of a WhatsApp gateway's HTTP API, in the dialect its configuration names:
// one small job per operation; the dialect makes the request, puts the credential on it and reads
// the answer, the jobs do the transport (timeouts, size cap, redirects, clear-text rule).
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
    text::LiveText tlsProblem() const { return m_tlsProblem; }
    // True when requests go out over plain http:// to a host that is not this computer because the
    // profile allows it: the secret travels in clear, which the caller must keep visible.
    bool sendsSecretInClear() const;
    // How host names are checked for the clear-text rule (tests; by default a name is remote).
    void setHostResolver(HostResolver resolver) { m_resolver = std::move(resolver); }

    // The dialect of the configuration (pixelhub when it names none this build speaks).
    const Dialect& dialect() const { return *m_dialect; }
    Capabilities capabilities() const { return m_dialect->capabilities(); }
    bool supports(Operation op) const { return m_dialect->supports(op); }

    // An operation the dialect lacks ends with ErrorKind::Unsupported, nothing sent.
    ListChannelsJob* listChannels();
    GetChannelJob* getChannel(const QString& id);
    CreateChannelJob* createChannel(const QString& id);
    DeleteChannelJob* deleteChannel(const QString& id);
    StartSessionJob* startSession(const QString& id);
    GetQrJob* getQr(const QString& id);
    PairingCodeJob* requestPairingCode(const QString& id, const QString& phoneDigits);
    ActionJob* restartSession(const QString& id);
    ActionJob* logoutSession(const QString& id);
    LastActivityJob* lastActivity(const QString& id);
    FetchQrImageJob* fetchQrImage(const QUrl& url);

    // Cancels every job still running (each still delivers its Cancelled result).
    void cancelAll();

private:
    GatewayJob::Spec spec(const Request& request) const;
    QNetworkRequest request(const QUrl& url, bool withSecret, const QString& session = {}) const;
    template <typename Job, typename... Extra>
    Job* launch(Operation op, const QString& id, const QString& arg, Extra&&... extra);
    // Starts job, first getting its session's token when the dialect needs one (wppconnect).
    void startWithCredential(GatewayJob* job, const QString& session);
    // A list of names only (wppconnect): each session's status by one Get, at most
    // MaxStatusCallsInFlight at a time and MaxStatusCalls in all, then the list finishes.
    void fillStatuses(ListChannelsJob& list, const Result& result);
    // Why nothing may be sent at all (not configured, TLS, clear text), or nothing.
    std::optional<Result> refusedBeforeStart() const;
    void loadCaFile();

    QNetworkAccessManager& m_nam;
    GatewayConfig m_config;
    QSslConfiguration m_ssl;
    text::LiveText m_tlsProblem;
    HostResolver m_resolver;
    std::shared_ptr<const Dialect> m_dialect;
    QHash<QString, QString> m_sessionTokens; // wppconnect: generated once per session, kept in memory
};

} // namespace gateway
