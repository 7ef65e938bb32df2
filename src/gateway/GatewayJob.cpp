#include "GatewayJob.h"

#include "gateway/GatewayLog.h"
#include "gateway/ResponseClassifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace gateway {

using text::LiveText;

namespace {
// Same-origin redirects a GET follows at most.
constexpr int MaxRedirects = 5;
} // namespace

GatewayJob::GatewayJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_spec(std::move(spec))
{
    m_timer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(false); });
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(true); });
}

GatewayJob::~GatewayJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString GatewayJob::description() const
{
    return QString::fromLatin1(m_spec.verb) + QLatin1Char(' ') + path();
}

QString GatewayJob::path() const
{
    return m_spec.logPath.isEmpty() ? m_spec.request.url().path() : m_spec.logPath;
}

Result GatewayJob::tooManyRedirects() const
{
    return Result::failure(
        ErrorKind::Redirect,
        LiveText::translate("gateway::GatewayJob",
                            "The gateway at %1 answered with too many redirects (a redirect loop); the request was "
                            "given up. Check the gateway URL in Settings.")
            .arg(hostPort()));
}

QString GatewayJob::hostPort() const
{
    const QUrl url = m_spec.request.url();
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

void GatewayJob::start()
{
    m_clock.start();
    // Qt stops inflating a compressed answer past this (when it also inflates 40 times or more): the
    // same cap as the answer's own size.
    if (m_spec.maxBodyBytes > 0)
        m_spec.request.setDecompressedSafetyCheckThreshold(m_spec.maxBodyBytes);
    // Redirects are followed here, one request at a time, so they are counted exactly (under Qt's
    // user-verified policy a loop sent about 13 requests and ended as "HTTP 100").
    m_spec.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    send();
    m_timer.start(m_spec.timeout);
    m_connectTimer.start(m_spec.connectTimeout);
}

void GatewayJob::send()
{
    if (m_spec.verb == "GET")
        m_reply = m_nam.get(m_spec.request);
    else if (m_spec.verb == "DELETE")
        m_reply = m_nam.deleteResource(m_spec.request);
    else
        m_reply = m_nam.sendCustomRequest(m_spec.request, m_spec.verb, m_spec.body);

    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, &GatewayJob::onFinished);
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_connectTimer.stop(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        m_connectTimer.stop();
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (m_spec.maxBodyBytes > 0 && announced > m_spec.maxBodyBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (m_spec.maxBodyBytes > 0 && received > m_spec.maxBodyBytes && !m_tooLarge) {
            m_tooLarge = true;
            reply->abort();
        }
    });
}

bool GatewayJob::followRedirect(QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute);
    if (status < 300 || status >= 400 || !location.isValid())
        return false;
    const QUrl target = reply->url().resolved(location.toUrl());
    // A create, start or delete is never sent twice, and a 301/302/303 would turn it into a GET
    // that "succeeds" without doing anything: a mutating request follows no redirect at all.
    if (m_spec.verb != "GET") {
        finish(Result::failure(
            ErrorKind::Redirect,
            LiveText::translate(
                "gateway::GatewayJob",
                "The gateway answered %1 %2 with a redirect (HTTP %3 to %4); it was not followed, so nothing "
                "was done. Check the gateway URL in Settings.")
                .arg(QString::fromLatin1(m_spec.verb), path())
                .arg(status)
                .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
            status));
        return true;
    }
    // Only same-origin redirects are followed: the secret header must never reach another host.
    const QUrl from = m_spec.request.url();
    if (target.scheme() != from.scheme() || target.host() != from.host() || target.port() != from.port()) {
        finish(Result::failure(
            ErrorKind::Redirect,
            from.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http")
                ? LiveText::translate(
                      "gateway::GatewayJob",
                      "The gateway at %1 redirected from https:// to http://; it was not followed, so the secret "
                      "was not sent in clear. Check the gateway URL in Settings.")
                      .arg(hostPort())
                : LiveText::translate(
                      "gateway::GatewayJob",
                      "The gateway redirected the request to another address (%1); it was not followed, so the "
                      "secret was not sent there. Check the gateway URL in Settings.")
                      .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemovePath)),
            status));
        return true;
    }
    if (++m_redirects > MaxRedirects) {
        finish(tooManyRedirects());
        return true;
    }
    qCDebug(lcGateway).noquote() << description() << "redirect" << m_redirects << "to"
                                 << (m_spec.logPath.isEmpty() ? target.path() : QStringLiteral("(path not logged)"));
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    m_spec.request.setUrl(target);
    send(); // within the same overall time-out
    return true;
}

void GatewayJob::failBeforeStart(Result result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

void GatewayJob::cancel()
{
    if (m_held) {
        finishHeld(Result::failure(ErrorKind::Cancelled, LiveText::translate("gateway::GatewayJob", "Cancelled.")));
        return;
    }
    if (m_finished)
        return;
    finish(Result::failure(ErrorKind::Cancelled, LiveText::translate("gateway::GatewayJob", "Cancelled.")));
}

void GatewayJob::onTimeout(bool connectPhase)
{
    if (m_finished)
        return;
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(connectPhase ? m_spec.connectTimeout : m_spec.timeout).count();
    Result r = Result::failure(
        ErrorKind::Timeout,
        connectPhase
            ? LiveText::translate(
                  "gateway::GatewayJob",
                  "Could not connect to the gateway at %1 within %2 s. Check the gateway URL and that the "
                  "gateway is reachable from this computer.")
                  .arg(hostPort())
                  .arg(seconds)
            : LiveText::translate("gateway::GatewayJob",
                                  "The gateway did not answer within %1 s. It may be overloaded: wait a moment and try "
                                  "again; if it persists, check that the gateway is running.")
                  .arg(seconds));
    finish(r);
}

void GatewayJob::onFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply* reply = m_reply;
    qCDebug(lcGateway).noquote() << description() << "transport:" << reply->error() << reply->errorString()
                                 << "encoding:" << reply->rawHeader("Content-Encoding");
    if (followRedirect(reply))
        return;
    m_clockAheadSeconds = clockAheadSeconds(reply->rawHeader("Date"), QDateTime::currentDateTimeUtc());
    // Past the size cap. A compressed answer that inflates past it, or that Qt's decompression check
    // stopped (a compression bomb: a small body, a huge answer), says so, not what the remains parse as.
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool compressed = !encoding.isEmpty() && encoding != "identity";
    if (m_tooLarge || (compressed && reply->error() == QNetworkReply::UnknownContentError)) {
        const QString text =
            compressed ? LiveText::translate(
                             "gateway::GatewayJob",
                             "The gateway's answer is too large once decompressed (more than %1 MiB) and was refused. "
                             "Check the gateway URL: this is not what the gateway normally sends.")
                       : LiveText::translate(
                             "gateway::GatewayJob",
                             "The gateway's answer is larger than %1 MiB and was refused. Check the gateway URL: this "
                             "is not what the gateway normally sends.");
        finish(Result::failure(ErrorKind::TooLarge, text.arg(m_spec.maxBodyBytes / (1024 * 1024)),
                               reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
        return;
    }
    RawResponse raw;
    raw.networkError = reply->error();
    raw.networkErrorText = reply->errorString();
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.contentType = reply->rawHeader("Content-Type");
    raw.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    raw.body = reply->readAll();
    raw.host = hostPort();
    // Qt can finish an answer that the connection cut mid-body without an error (when it reads the
    // closed socket before the error): a success shorter than its announced length is a dropped
    // connection. (An error status keeps its own meaning: a cut 401 still says "check the secret".)
    bool announcedKnown = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&announcedKnown);
    const bool success = raw.httpStatus >= 200 && raw.httpStatus < 300 && raw.httpStatus != 204;
    if (raw.networkError == QNetworkReply::NoError && success && !compressed && announcedKnown &&
        raw.body.size() < announced) {
        qCDebug(lcGateway).noquote() << description() << "answer cut at" << raw.body.size() << "of" << announced
                                     << "bytes";
        raw.networkError = QNetworkReply::RemoteHostClosedError;
    }
    Result result;
    const bool transportOk = raw.networkError == QNetworkReply::NoError;
    if (transportOk && m_spec.expectJson && raw.httpStatus >= 200 && raw.httpStatus < 300) {
        if (std::optional<Result> direct = interpretBody(raw.body, raw.httpStatus)) {
            raw.body.clear();
            finish(std::move(*direct));
            return;
        }
    }
    if (!m_spec.expectJson && transportOk && raw.httpStatus >= 200 && raw.httpStatus < 300) {
        result.ok = true;
        result.httpStatus = raw.httpStatus;
    } else {
        result = classifyResponse(raw);
    }
    if (m_spec.keepBody)
        result.body = raw.body;
    // Only what the gateway answered goes to the dialect's parser; a transport failure is final.
    if (result.ok || result.httpStatus > 0)
        result = interpret(std::move(result));
    finish(std::move(result));
}

void GatewayJob::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_connectTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    result.clockAheadSeconds = m_clockAheadSeconds;
    qCDebug(lcGateway).noquote() << description() << "->" << result.httpStatus << errorKindName(result.kind)
                                 << result.elapsedMs << "ms";
    if (hold(result)) {
        m_held = true;
        return;
    }
    read(result);
    emit finished(result);
    deleteLater();
}

void GatewayJob::finishHeld(Result result)
{
    if (!m_held)
        return;
    m_held = false;
    read(result);
    emit finished(result);
    deleteLater();
}

} // namespace gateway
