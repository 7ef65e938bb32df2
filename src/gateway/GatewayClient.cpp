#include "GatewayClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslCertificate>

#include <functional>
#include <memory>

namespace gateway {

namespace {
constexpr int MaxStatusCallsInFlight = 4;
constexpr int MaxStatusCalls = 500; // past it, a session's status stays unknown
} // namespace

GatewayClient::GatewayClient(QNetworkAccessManager& nam, GatewayConfig config, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{
    setConfig(std::move(config));
}

void GatewayClient::setConfig(GatewayConfig config)
{
    const bool newDialect = !m_dialect || config.dialect != m_config.dialect;
    if (config.baseUrl != m_config.baseUrl || config.secret != m_config.secret || newDialect)
        m_sessionTokens.clear();
    m_config = std::move(config);
    if (newDialect) {
        m_dialect = makeDialect(m_config.dialect);
        if (!m_dialect)
            m_dialect = makeDialect(QStringLiteral("pixelhub"));
    }
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
        m_tlsProblem = text::LiveText::translate(
                           "gateway::GatewayClient",
                           "The CA file %1 could not be read or holds no PEM certificate. Check the CA file in "
                           "Settings.")
                           .arg(m_config.caFile);
        return;
    }
    // Added to the system's trusted CAs; verification itself is never relaxed.
    m_ssl.addCaCertificates(certificates);
}

QNetworkRequest GatewayClient::request(const QUrl& url, bool withSecret, const QString& session) const
{
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Content-Type", "application/json");
    // The one place the credential is attached. Redirects to another origin are refused by the job.
    if (withSecret)
        m_dialect->authorize(req, m_config.secret, m_sessionTokens.value(session));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setSslConfiguration(m_ssl);
    return req;
}

bool GatewayClient::sendsSecretInClear() const
{
    return isConfigured() && m_config.allowCleartext && !mayCarrySecret(m_config.baseUrl, m_resolver);
}

GatewayJob::Spec GatewayClient::spec(const Request& r) const
{
    static const QString secretMark = QStringLiteral("{SECRET}");
    QUrl url = m_config.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString path = r.path;
    GatewayJob::Spec s;
    if (path.contains(secretMark)) {
        s.logPath = base + path;
        path.replace(secretMark, QString::fromLatin1(QUrl::toPercentEncoding(m_config.secret)));
    }
    url.setPath(base + path, QUrl::StrictMode);
    if (!r.query.isEmpty())
        url.setQuery(r.query);
    s.verb = r.verb;
    s.request = request(url, true, r.session);
    s.request.setRawHeader("Accept", r.accept);
    s.body = r.body;
    s.timeout = r.listTimeout ? m_config.listTimeout : m_config.requestTimeout;
    s.connectTimeout = m_config.connectTimeout;
    s.maxBodyBytes = m_config.maxBodyBytes;
    s.keepBody = r.keepBody;
    s.expectJson = r.expectJson;
    return s;
}

std::optional<Result> GatewayClient::refusedBeforeStart() const
{
    if (!isConfigured())
        return Result::failure(ErrorKind::NotConfigured,
                               text::LiveText::translate("gateway::GatewayClient",
                                                         "No gateway is configured. Open Settings and enter the "
                                                         "gateway URL and secret."));
    if (!m_tlsProblem.isEmpty())
        return Result::failure(ErrorKind::Tls, m_tlsProblem);
    if (!m_config.allowCleartext && !mayCarrySecret(m_config.baseUrl, m_resolver))
        return Result::failure(
            ErrorKind::Tls,
            text::LiveText::translate(
                "gateway::GatewayClient",
                "The gateway address %1 uses plain http:// to another computer: the secret would travel in clear "
                "text, so nothing was sent. Use https://, or allow clear text for this gateway in the profile "
                "(gateway/allowCleartext=true) if the network is trusted.")
                .arg(m_config.baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath)));
    return std::nullopt;
}

template <typename Job, typename... Extra>
Job* GatewayClient::launch(Operation op, const QString& id, const QString& arg, Extra&&... extra)
{
    const bool supported = m_dialect->supports(op);
    const Request r = supported ? m_dialect->request(op, id, arg) : Request{};
    auto* job = new Job(m_nam, spec(r), m_dialect, std::forward<Extra>(extra)..., this);
    if (auto refusal = refusedBeforeStart())
        job->failBeforeStart(*refusal);
    else if (!supported)
        job->failBeforeStart(Result::failure(ErrorKind::Unsupported, m_dialect->unsupportedMessage(op)));
    else
        startWithCredential(job, r.session);
    return job;
}

void GatewayClient::startWithCredential(GatewayJob* job, const QString& session)
{
    if (!m_dialect->needsSessionToken() || session.isEmpty() || m_sessionTokens.contains(session)) {
        job->start();
        return;
    }
    // The session's token comes first; the job starts when it is known, or ends with its failure.
    const Request tokenRequest = m_dialect->request(Operation::SessionToken, session, {});
    auto* tokenJob = new SessionTokenJob(m_nam, spec(tokenRequest), m_dialect, this);
    QPointer<GatewayJob> waiting = job;
    connect(tokenJob, &GatewayJob::finished, this, [this, tokenJob, waiting, session](const Result& r) {
        if (!waiting || waiting->isFinished())
            return;
        if (!r.ok || tokenJob->token().isEmpty()) {
            waiting->failBeforeStart(
                r.ok ? Result::failure(ErrorKind::BadBody,
                                       text::LiveText::translate("gateway::GatewayClient",
                                                                 "The gateway gave no token for the session %1.")
                                           .arg(session))
                     : r);
            return;
        }
        m_sessionTokens.insert(session, tokenJob->token());
        QNetworkRequest authorized;
        m_dialect->authorize(authorized, m_config.secret, tokenJob->token());
        for (const QByteArray& header : authorized.rawHeaderList())
            waiting->setRawHeader(header, authorized.rawHeader(header));
        waiting->start();
    });
    // Cancelling the job while its token is on the way cancels the token request too.
    connect(job, &GatewayJob::finished, tokenJob, [tokenJob] { tokenJob->cancel(); });
    tokenJob->start();
}

ListChannelsJob* GatewayClient::listChannels()
{
    auto* job = launch<ListChannelsJob>(Operation::List, {}, {});
    if (!m_dialect->capabilities().listHasStatus)
        job->setStatusFiller([this](ListChannelsJob& list, const Result& r) { fillStatuses(list, r); });
    return job;
}

void GatewayClient::fillStatuses(ListChannelsJob& list, const Result& result)
{
    struct Fill
    {
        QPointer<ListChannelsJob> job;
        Result result;
        int next = 0;
        int inFlight = 0;
        int limit = 0;
    };
    auto fill = std::make_shared<Fill>();
    fill->job = &list;
    fill->result = result;
    fill->limit = std::min<int>(int(list.channels().size()), MaxStatusCalls);
    // The pump is owned by the Get jobs' connections (it only holds itself weakly), so it ends with them.
    auto pump = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakPump = pump;
    *pump = [this, fill, weakPump] {
        const auto self = weakPump.lock();
        if (!fill->job || !self)
            return;
        while (fill->inFlight < MaxStatusCallsInFlight && fill->next < fill->limit) {
            const int index = fill->next++;
            ++fill->inFlight;
            GetChannelJob* get = getChannel(fill->job->channels().at(index).id);
            connect(get, &GatewayJob::finished, this, [fill, self, get, index](const Result& r) {
                --fill->inFlight;
                if (r.kind == ErrorKind::Cancelled)
                    fill->next = fill->limit;      // the client is being torn down: no more calls
                if (fill->job && get->channel()) { // a name without a client comes with its status too
                    ChannelInfo& row = fill->job->mutableChannels()[index];
                    const ChannelInfo& got = *get->channel();
                    row.rawStatus = got.rawStatus;
                    row.statusKey = got.statusKey;
                    if (row.extras == ChannelExtras()) {
                        row.extras = got.extras; // shared, not copied
                    } else {
                        row.extras.setReason(got.extras.reason());
                        if (!got.extras.account().isEmpty())
                            row.extras.setAccount(got.extras.account());
                        if (!got.extras.pushName().isEmpty())
                            row.extras.setPushName(got.extras.pushName());
                    }
                }
                (*self)();
            });
        }
        if (fill->inFlight == 0 && fill->next >= fill->limit && fill->job)
            fill->job->finishHeld(fill->result);
    };
    (*pump)();
}

GetChannelJob* GatewayClient::getChannel(const QString& id)
{
    return launch<GetChannelJob>(Operation::Get, id, {}, id);
}

CreateChannelJob* GatewayClient::createChannel(const QString& id)
{
    return launch<CreateChannelJob>(Operation::Create, id, {});
}

DeleteChannelJob* GatewayClient::deleteChannel(const QString& id)
{
    return launch<DeleteChannelJob>(Operation::Delete, id, {});
}

StartSessionJob* GatewayClient::startSession(const QString& id)
{
    return launch<StartSessionJob>(Operation::Start, id, {});
}

GetQrJob* GatewayClient::getQr(const QString& id)
{
    return launch<GetQrJob>(Operation::Qr, id, {});
}

PairingCodeJob* GatewayClient::requestPairingCode(const QString& id, const QString& phoneDigits)
{
    return launch<PairingCodeJob>(Operation::PairingCode, id, phoneDigits);
}

ActionJob* GatewayClient::restartSession(const QString& id)
{
    return launch<ActionJob>(Operation::Restart, id, {}, Operation::Restart);
}

ActionJob* GatewayClient::logoutSession(const QString& id)
{
    return launch<ActionJob>(Operation::Logout, id, {}, Operation::Logout);
}

LastActivityJob* GatewayClient::lastActivity(const QString& id)
{
    return launch<LastActivityJob>(Operation::LastActivity, id, {});
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
    auto* job = new FetchQrImageJob(m_nam, std::move(s), this);
    if (auto refusal = refusedBeforeStart())
        job->failBeforeStart(*refusal);
    else
        job->start();
    return job;
}

void GatewayClient::cancelAll()
{
    const auto jobs = findChildren<GatewayJob*>(Qt::FindDirectChildrenOnly);
    for (GatewayJob* job : jobs)
        job->cancel();
}

} // namespace gateway
