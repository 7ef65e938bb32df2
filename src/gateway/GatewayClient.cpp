#include "GatewayClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace gateway {

GatewayClient::GatewayClient(QNetworkAccessManager& nam, GatewayConfig config, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{
    setConfig(std::move(config));
}

void GatewayClient::setConfig(GatewayConfig config)
{
    m_config = std::move(config);
    loadCaFile();
}

void GatewayClient::loadCaFile()
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_tlsProblem.clear();
    if (m_config.caFile.isEmpty())
        return;
    const auto certificates = QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        m_tlsProblem = tr("The CA file %1 could not be read or holds no PEM certificate. Check the CA file in "
                          "Settings.")
                           .arg(m_config.caFile);
        return;
    }
    // Added to the system's trusted CAs; verification itself is never relaxed.
    m_ssl.addCaCertificates(certificates);
}

QNetworkRequest GatewayClient::request(const QUrl& url, bool withSecret) const
{
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Content-Type", "application/json");
    // The one place the secret is attached. Redirects to another origin are refused by the job.
    if (withSecret && !m_config.secret.isEmpty())
        req.setRawHeader("X-Gateway-Secret", m_config.secret.toUtf8());
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setSslConfiguration(m_ssl);
    return req;
}

bool GatewayClient::sendsSecretInClear() const
{
    return isConfigured() && m_config.allowCleartext && !mayCarrySecret(m_config.baseUrl, m_resolver);
}

GatewayJob::Spec GatewayClient::spec(const QByteArray& verb, const QString& path,
                                     std::chrono::milliseconds timeout) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::StrictMode);
    GatewayJob::Spec s;
    s.verb = verb;
    s.request = request(url, true);
    s.timeout = timeout;
    s.connectTimeout = m_config.connectTimeout;
    s.maxBodyBytes = m_config.maxBodyBytes;
    return s;
}

template <typename Job, typename... Extra> Job* GatewayClient::launch(GatewayJob::Spec spec, Extra&&... extra)
{
    auto* job = new Job(m_nam, std::move(spec), std::forward<Extra>(extra)..., this);
    if (!isConfigured()) {
        job->failBeforeStart(Result::failure(ErrorKind::NotConfigured,
                                             tr("No gateway is configured. Open Settings and enter the gateway "
                                                "URL and secret.")));
    } else if (!m_tlsProblem.isEmpty()) {
        job->failBeforeStart(Result::failure(ErrorKind::Tls, m_tlsProblem));
    } else if (!m_config.allowCleartext && !mayCarrySecret(m_config.baseUrl, m_resolver)) {
        job->failBeforeStart(Result::failure(
            ErrorKind::Tls,
            tr("The gateway address %1 uses plain http:// to another computer: the secret would travel in clear "
               "text, so nothing was sent. Use https://, or allow clear text for this gateway in the profile "
               "(gateway/allowCleartext=true) if the network is trusted.")
                .arg(m_config.baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath))));
    } else {
        job->start();
    }
    return job;
}

namespace {
QString encodedId(const QString& id)
{
    // Percent-encode everything but unreserved characters: a space becomes %20, a slash %2F.
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

ListChannelsJob* GatewayClient::listChannels()
{
    return launch<ListChannelsJob>(spec("GET", QStringLiteral("/api/channels"), m_config.listTimeout));
}

GetChannelJob* GatewayClient::getChannel(const QString& id)
{
    return launch<GetChannelJob>(spec("GET", QStringLiteral("/api/channels/") + encodedId(id), m_config.requestTimeout),
                                 id);
}

CreateChannelJob* GatewayClient::createChannel(const QString& id)
{
    auto s = spec("POST", QStringLiteral("/api/channels"), m_config.requestTimeout);
    s.body = QJsonDocument(QJsonObject{{QStringLiteral("channel"), id}}).toJson(QJsonDocument::Compact);
    return launch<CreateChannelJob>(std::move(s));
}

DeleteChannelJob* GatewayClient::deleteChannel(const QString& id)
{
    return launch<DeleteChannelJob>(
        spec("DELETE", QStringLiteral("/api/channels/") + encodedId(id), m_config.requestTimeout));
}

StartSessionJob* GatewayClient::startSession(const QString& id)
{
    return launch<StartSessionJob>(
        spec("POST", QStringLiteral("/api/channels/") + encodedId(id) + QStringLiteral("/start-session"),
             m_config.requestTimeout));
}

GetQrJob* GatewayClient::getQr(const QString& id)
{
    return launch<GetQrJob>(
        spec("GET", QStringLiteral("/api/channels/") + encodedId(id) + QStringLiteral("/qr"), m_config.requestTimeout));
}

FetchQrImageJob* GatewayClient::fetchQrImage(const QUrl& url)
{
    const QUrl base = m_config.baseUrl;
    const bool sameOrigin = url.scheme() == base.scheme() && url.host() == base.host() && url.port() == base.port();
    GatewayJob::Spec s;
    s.verb = "GET";
    s.request = request(url, sameOrigin);
    s.request.setRawHeader("Accept", "image/png, image/*");
    s.timeout = m_config.requestTimeout;
    s.connectTimeout = m_config.connectTimeout;
    s.maxBodyBytes = 2 * 1024 * 1024;
    s.keepBody = true;
    s.expectJson = false;
    return launch<FetchQrImageJob>(std::move(s));
}

void GatewayClient::cancelAll()
{
    const auto jobs = findChildren<GatewayJob*>(Qt::FindDirectChildrenOnly);
    for (GatewayJob* job : jobs)
        job->cancel();
}

} // namespace gateway
