#include "PixelhubDialect.h"

#include "gateway/JobHelpers.h"
#include "gateway/ResponseClassifier.h"
#include "gateway/pixelhub/PixelhubParsers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace gateway::pixelhub {

namespace {
QString encodedId(const QString& id)
{
    // Percent-encode everything but unreserved characters: a space becomes %20, a slash %2F.
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString channelPath(const QString& id, const QString& tail = {})
{
    return QStringLiteral("/api/channels/") + encodedId(id) + tail;
}
} // namespace

Capabilities PixelhubDialect::capabilities() const
{
    return Capabilities{}; // list, create, delete, start; nothing more
}

Request PixelhubDialect::request(Operation op, const QString& id, const QString&) const
{
    Request r;
    switch (op) {
    case Operation::List:
    case Operation::Health:
        r.path = QStringLiteral("/api/channels");
        r.listTimeout = true;
        break;
    case Operation::Get:
        r.path = channelPath(id);
        break;
    case Operation::Create:
        r.verb = "POST";
        r.path = QStringLiteral("/api/channels");
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("channel"), id}}).toJson(QJsonDocument::Compact);
        break;
    case Operation::Delete:
        r.verb = "DELETE";
        r.path = channelPath(id);
        break;
    case Operation::Start:
        r.verb = "POST";
        r.path = channelPath(id, QStringLiteral("/start-session"));
        break;
    case Operation::Qr:
        r.path = channelPath(id, QStringLiteral("/qr"));
        break;
    case Operation::PairingCode:
    case Operation::Restart:
    case Operation::Logout:
    case Operation::LastActivity:
    case Operation::SessionToken:
        break; // not offered: supports() says no
    }
    return r;
}

void PixelhubDialect::authorize(QNetworkRequest& request, const QString& secret, const QString&) const
{
    if (!secret.isEmpty())
        request.setRawHeader("X-Gateway-Secret", secret.toUtf8());
}

Result PixelhubDialect::parseList(Result r, QList<ChannelInfo>& out) const
{
    if (!r.ok)
        return r;
    if (auto channels = parseChannelList(r.json)) {
        out = std::move(*channels);
        return r;
    }
    return failWithBody(std::move(r), text::LiveText::translate("gateway::ListChannelsJob",
                                                                "The gateway answered without a session list. "
                                                                "Check the gateway URL in Settings and the "
                                                                "gateway's version."));
}

std::optional<Result> PixelhubDialect::parseListBody(const QByteArray& body, int httpStatus,
                                                     QList<ChannelInfo>& out) const
{
    // Item by item: a big listing never becomes one JSON document.
    auto channels = parseChannelList(body);
    if (!channels)
        return std::nullopt;
    out = std::move(*channels);
    Result result;
    result.ok = true;
    result.httpStatus = httpStatus;
    return result;
}

Result PixelhubDialect::parseChannel(Result r, const QString& id, std::optional<ChannelInfo>& out) const
{
    if (!r.ok)
        return r;
    out = pixelhub::parseChannel(r.json, id);
    if (out)
        return r;
    return failWithBody(std::move(r),
                        text::LiveText::translate("gateway::GetChannelJob", "The gateway answered without "
                                                                            "the session's status."));
}

Result PixelhubDialect::parseCreate(Result r, bool& alreadyExists) const
{
    if (r.ok)
        r = refusedIfSaysSo(std::move(r));
    const QString text = r.gatewayError.isEmpty() ? gatewayErrorText(r.json) : r.gatewayError;
    alreadyExists =
        !r.ok && (r.kind == ErrorKind::Conflict || text.contains(QLatin1String("already exist"), Qt::CaseInsensitive));
    return r;
}

Result PixelhubDialect::parseStart(Result r, bool& unsupported) const
{
    if (r.ok)
        r = refusedIfSaysSo(std::move(r));
    unsupported = r.kind == ErrorKind::RouteNotFound || r.kind == ErrorKind::NotFound || r.kind == ErrorKind::Http;
    return r;
}

Result PixelhubDialect::parseQr(Result r, QrReply& out) const
{
    out = {};
    if (r.ok) {
        const QrAnswer answer = pixelhub::parseQr(r.json);
        if (!answer.payload.isEmpty() || !answer.status.isEmpty()) {
            out.answer = answer;
            return r;
        }
        // 2xx without QR is "not ready yet", unless the body itself says it failed.
        r = refusedIfSaysSo(std::move(r));
        if (r.ok) {
            out.answer = answer;
            return r;
        }
    }
    out.sessionNotStarted = indicatesSessionNotStarted(r);
    const QString text = r.gatewayError.isEmpty() ? gatewayErrorText(r.json) : r.gatewayError;
    out.invalidQrResponse = text.contains(QLatin1String("Invalid QR code response"), Qt::CaseInsensitive);
    return r;
}

Result PixelhubDialect::parseAction(Operation op, Result r) const
{
    if (!r.ok)
        return r;
    // A false "deleted" loses data: an "error" text in a 2xx without "success" is a failure too.
    return op == Operation::Delete ? refusedUnlessDone(std::move(r)) : refusedIfSaysSo(std::move(r));
}

Result PixelhubDialect::parseHealth(Result r, QString& version) const
{
    Q_UNUSED(version)
    QList<ChannelInfo> ignored;
    return parseList(std::move(r), ignored);
}

} // namespace gateway::pixelhub
