#include "ResponseClassifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cstdlib>

namespace gateway {

using text::LiveText;

namespace {

// Gateway texts go into messages quoted and bounded: they are data, not prose of ours.
QString quoted(const QString& text)
{
    QString clean = text.simplified();
    if (clean.size() > 200)
        clean = clean.left(200) + QStringLiteral("…");
    return clean;
}

bool looksLikeHtml(const RawResponse& r)
{
    if (r.contentType.toLower().contains("text/html"))
        return true;
    const QByteArray trimmed = r.body.trimmed();
    return trimmed.startsWith('<');
}

QString htmlTitle(const QByteArray& body)
{
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

Result transportFailure(const RawResponse& r)
{
    using E = QNetworkReply::NetworkError;
    const QString host = r.host;
    switch (r.networkError) {
    case E::ConnectionRefusedError: {
        Result res =
            Result::failure(ErrorKind::Network,
                            LiveText::translate("ResponseClassifier",
                                                "Cannot reach the gateway at %1: the connection was refused. Check the "
                                                "gateway URL in Settings and that the gateway is running.")
                                .arg(host));
        res.refused = true;
        return res;
    }
    case E::HostNotFoundError:
        return Result::failure(
            ErrorKind::Network,
            LiveText::translate("ResponseClassifier",
                                "The gateway host in %1 was not found. Check the gateway URL in Settings and "
                                "this computer's network connection.")
                .arg(host));
    case E::RemoteHostClosedError:
        return Result::failure(ErrorKind::Network,
                               LiveText::translate("ResponseClassifier",
                                                   "The gateway at %1 closed the connection before answering "
                                                   "completely. Try again; if it persists, the gateway may "
                                                   "be restarting.")
                                   .arg(host));
    case E::SslHandshakeFailedError:
        return Result::failure(ErrorKind::Tls,
                               LiveText::translate("ResponseClassifier",
                                                   "The gateway's certificate at %1 is not trusted (%2). If the "
                                                   "gateway uses a private certificate authority, set its CA file "
                                                   "in Settings.")
                                   .arg(host, gatewayWords(r.networkErrorText)));
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
        return Result::failure(
            ErrorKind::Network,
            LiveText::translate("ResponseClassifier",
                                "This computer seems to be offline. Check the network connection and try again."));
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
        return Result::failure(
            ErrorKind::Network,
            LiveText::translate("ResponseClassifier",
                                "The network proxy failed (%1). Check this computer's proxy settings.")
                .arg(gatewayWords(r.networkErrorText)));
    default:
        break;
    }
    return Result::failure(ErrorKind::Network,
                           LiveText::translate("ResponseClassifier",
                                               "Cannot talk to the gateway at %1 (%2). Check the gateway URL "
                                               "in Settings and the network connection.")
                               .arg(host, gatewayWords(r.networkErrorText)));
}

bool isTransportError(QNetworkReply::NetworkError e)
{
    // 1..199 are connection and proxy problems; 200+ are HTTP-level and come with a status.
    const int code = static_cast<int>(e);
    return code > 0 && code < 200;
}

} // namespace

qint64 clockAheadSeconds(const QByteArray& dateHeader, const QDateTime& receivedUtc)
{
    const QString text = QString::fromLatin1(dateHeader.trimmed());
    if (text.isEmpty() || !receivedUtc.isValid())
        return 0;
    // The form every current server sends (RFC 9110 IMF-fixdate), else the older RFC 2822 one.
    QDateTime sent = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (sent.isValid())
        sent.setTimeSpec(Qt::UTC);
    else
        sent = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!sent.isValid())
        return 0;
    const qint64 ahead = receivedUtc.secsTo(sent);
    return std::abs(ahead) < 2 ? 0 : ahead;
}

LiveText gatewayWords(const QString& text)
{
    return LiveText::raw(quoted(text));
}

QString gatewayErrorText(const QJsonValue& body)
{
    const QJsonObject o = body.toObject();
    for (const char* key : {"error", "message", "error_message", "details"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
        if (v.isObject()) {
            const QString nested = gatewayErrorText(v);
            if (!nested.isEmpty())
                return nested;
        }
    }
    const QJsonValue dataError = o.value(QLatin1String("data")).toObject().value(QLatin1String("error"));
    if (dataError.isString())
        return dataError.toString().trimmed();
    return {};
}

bool indicatesSessionNotStarted(const Result& result)
{
    if (result.ok)
        return false;
    const QString text = result.gatewayError.isEmpty() ? gatewayErrorText(result.json) : result.gatewayError;
    return text.contains(QLatin1String("session not started"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("start-session"), Qt::CaseInsensitive);
}

Result classifyResponse(const RawResponse& r)
{
    if (isTransportError(r.networkError))
        return transportFailure(r);
    if (r.networkError == QNetworkReply::UnknownNetworkError || r.httpStatus == 0) {
        if (r.networkError != QNetworkReply::NoError)
            return transportFailure(r);
        return Result::failure(
            ErrorKind::Network,
            LiveText::translate("ResponseClassifier",
                                "The gateway at %1 sent no HTTP answer. Check the gateway URL in Settings.")
                .arg(r.host));
    }

    const int status = r.httpStatus;
    const bool html = looksLikeHtml(r);

    if (status >= 300 && status < 400) // a redirect that was not followed (or one too many)
        return Result::failure(
            ErrorKind::Redirect,
            LiveText::translate("ResponseClassifier",
                                "The gateway answered with a redirect (HTTP %1) that was not followed. Check "
                                "the gateway URL in Settings.")
                .arg(status),
            status);

    if (status == 401) {
        if (html || r.wwwAuthenticate.toLower().startsWith("basic")) {
            Result res = Result::failure(
                ErrorKind::ProxyAuth,
                LiveText::translate(
                    "ResponseClassifier",
                    "The web server in front of the gateway asks for a password (HTTP 401). The gateway's /api/ "
                    "address must not require one: ask whoever runs the gateway's nginx to turn off Basic Auth "
                    "there."),
                status);
            return res;
        }
        Result res = Result::failure(ErrorKind::Auth, text::LiveText(), status);
        const auto doc = QJsonDocument::fromJson(r.body);
        res.json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
        res.gatewayError = gatewayErrorText(res.json);
        if (res.gatewayError.contains(QLatin1String("missing"), Qt::CaseInsensitive))
            res.message = LiveText::translate(
                "ResponseClassifier",
                "The gateway did not receive a secret (HTTP 401). Enter the gateway secret in Settings.");
        else
            res.message = LiveText::translate(
                "ResponseClassifier", "The gateway refused the secret (HTTP 401). Check the secret in Settings.");
        return res;
    }

    if (r.body.trimmed().isEmpty()) {
        return Result::failure(
            ErrorKind::EmptyBody,
            LiveText::translate("ResponseClassifier",
                                "The gateway sent an empty answer (HTTP %1). A healthy gateway always answers "
                                "with data: check that it is running properly, then try again.")
                .arg(status),
            status);
    }

    if (html) {
        const QString title = htmlTitle(r.body);
        if (status == 504 || (title.contains(QLatin1String("504")))) {
            return Result::failure(
                ErrorKind::ProxyTimeout,
                LiveText::translate("ResponseClassifier",
                                    "The gateway took too long and its web server gave up (HTTP 504 Gateway "
                                    "Time-out). The gateway is busy or stuck: try again in a minute; if it "
                                    "persists, ask for the gateway to be restarted."),
                status);
        }
        if (status == 502 || status == 503) {
            return Result::failure(
                ErrorKind::ProxyTimeout,
                LiveText::translate("ResponseClassifier",
                                    "The gateway's web server cannot reach the gateway (HTTP %1). The gateway "
                                    "is probably down or restarting: try again in a minute.")
                    .arg(status),
                status);
        }
        Result page = Result::failure(
            ErrorKind::Html,
            LiveText::translate("ResponseClassifier",
                                "The gateway answered with a web page instead of data (HTTP %1%2). Check the "
                                "gateway URL in Settings: it usually ends with :8443.")
                .arg(status)
                .arg(title.isEmpty() ? LiveText()
                                     : LiveText::verbatim(QStringLiteral(", “%1”")).arg(gatewayWords(title))),
            status);
        return page;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (status >= 500) {
            return Result::failure(
                ErrorKind::Http,
                LiveText::translate("ResponseClassifier",
                                    "The gateway reported an internal error (HTTP %1). Try again; if it "
                                    "persists, tell whoever runs the gateway.")
                    .arg(status),
                status);
        }
        return Result::failure(
            ErrorKind::BadBody,
            LiveText::translate("ResponseClassifier",
                                "The gateway's answer is not valid data (%1 at byte %2); it may have been cut "
                                "off. Try again; if it persists, check the gateway.")
                .arg(parseError.errorString())
                .arg(parseError.offset),
            status);
    }

    Result res;
    res.httpStatus = status;
    res.json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (status >= 200 && status < 300) {
        res.ok = true;
        return res;
    }

    res.gatewayError = gatewayErrorText(res.json);
    const LiveText detail = res.gatewayError.isEmpty()
                                ? LiveText()
                                : LiveText::verbatim(QStringLiteral(": %1")).arg(gatewayWords(res.gatewayError));
    if (status == 404 && res.gatewayError.contains(QLatin1String("route not found"), Qt::CaseInsensitive)) {
        res.kind = ErrorKind::RouteNotFound;
        res.message =
            LiveText::translate("ResponseClassifier",
                                "The gateway does not know this request (HTTP 404, Route not found). Check the gateway "
                                "URL in Settings and the gateway's version.");
    } else if (status == 404) {
        res.kind = ErrorKind::NotFound;
        res.message = LiveText::translate("ResponseClassifier",
                                          "The gateway does not know this session (HTTP 404%1). Refresh the list.")
                          .arg(detail);
    } else if (status == 409) {
        res.kind = ErrorKind::Conflict;
        res.message =
            LiveText::translate("ResponseClassifier", "The gateway refused: the session already exists (HTTP 409%1).")
                .arg(detail);
    } else if (status == 403) {
        res.kind = ErrorKind::Auth;
        res.message = LiveText::translate("ResponseClassifier",
                                          "The gateway refused access (HTTP 403%1). Check the secret in Settings.")
                          .arg(detail);
    } else if (status >= 500) {
        res.kind = ErrorKind::Http;
        res.message =
            LiveText::translate("ResponseClassifier",
                                "The gateway reported an internal error (HTTP %1%2). Try again; if it persists, tell "
                                "whoever runs the gateway.")
                .arg(status)
                .arg(detail);
    } else {
        res.kind = ErrorKind::Http;
        res.message = LiveText::translate("ResponseClassifier", "The gateway refused the request (HTTP %1%2).")
                          .arg(status)
                          .arg(detail);
    }
    return res;
}

} // namespace gateway
