#include "WahaDialect.h"

#include "gateway/JobHelpers.h"
#include "gateway/ResponseClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace gateway::waha {

namespace {
// NestJS errors: {"statusCode":422,"message":"...","error":"Unprocessable Entity"}; the QR route's
// 422: {"error":"Session status is not as expected...","status":"WORKING",...}. The message says more.
QString errorText(const Result& r)
{
    const QJsonObject o = r.json.toObject();
    const QString message = stringAt(o, "message");
    return message.isEmpty() ? r.gatewayError : message;
}
} // namespace

QString statusKeyOf(const QString& status)
{
    const QString s = status.trimmed().toUpper();
    if (s == QLatin1String("WORKING"))
        return QStringLiteral("connected");
    if (s == QLatin1String("SCAN_QR_CODE") || s == QLatin1String("PASSKEY_REQUIRED") ||
        s == QLatin1String("PASSKEY_CONFIRMATION_REQUIRED"))
        return QStringLiteral("qr_pending");
    if (s == QLatin1String("STARTING"))
        return QStringLiteral("starting");
    if (s == QLatin1String("STOPPED") || s == QLatin1String("FAILED"))
        return QStringLiteral("disconnected");
    return QStringLiteral("unknown");
}

std::optional<ChannelInfo> sessionFromJson(const QJsonValue& item)
{
    const QJsonObject o = item.toObject();
    ChannelInfo info;
    info.id = stringAt(o, "name");
    if (info.id.isEmpty())
        return std::nullopt;
    info.name = info.id;
    info.rawStatus = stringAt(o, "status");
    info.statusKey = statusKeyOf(info.rawStatus);
    if (info.rawStatus.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) == 0)
        info.extras.setReason(text::LiveText::translate(
            "Dialect", "WAHA gave up on this session: restart it; if that does not help, log it out and "
                       "link it again."));
    const QJsonObject me = o.value(QLatin1String("me")).toObject();
    info.extras.setAccount(accountFromJid(stringAt(me, "id")));
    info.extras.setPushName(stringAt(me, "pushName"));
    return info;
}

Capabilities WahaDialect::capabilities() const
{
    Capabilities c;
    c.restart = true;
    c.logout = true;
    c.pairingCode = true;
    c.lastActivity = true;
    return c;
}

Request WahaDialect::request(Operation op, const QString& id, const QString& arg) const
{
    Request r;
    const QString session = QStringLiteral("/api/sessions/") + encodedSegment(id);
    switch (op) {
    case Operation::List:
        // Without all=true, STOPPED sessions are hidden.
        r.path = QStringLiteral("/api/sessions");
        r.query.addQueryItem(QStringLiteral("all"), QStringLiteral("true"));
        r.listTimeout = true;
        break;
    case Operation::Get:
        r.path = session;
        break;
    case Operation::Create:
        // "start" defaults to false in 2024.10 despite the docs: always say it.
        r.verb = "POST";
        r.path = QStringLiteral("/api/sessions");
        r.body = compactJson({{QStringLiteral("name"), id}, {QStringLiteral("start"), true}});
        break;
    case Operation::Start:
        r.verb = "POST";
        r.path = session + QStringLiteral("/start");
        break;
    case Operation::Qr:
        // The raw string, rendered locally; Accept must be exactly application/json (the default).
        r.path = QStringLiteral("/api/") + encodedSegment(id) + QStringLiteral("/auth/qr");
        r.query.addQueryItem(QStringLiteral("format"), QStringLiteral("raw"));
        r.accept = "application/json";
        break;
    case Operation::PairingCode:
        r.verb = "POST";
        r.path = QStringLiteral("/api/") + encodedSegment(id) + QStringLiteral("/auth/request-code");
        r.body = compactJson({{QStringLiteral("phoneNumber"), arg}});
        break;
    case Operation::Restart:
        r.verb = "POST";
        r.path = session + QStringLiteral("/restart");
        break;
    case Operation::Logout:
        r.verb = "POST";
        r.path = session + QStringLiteral("/logout");
        break;
    case Operation::Delete:
        r.verb = "DELETE";
        r.path = session;
        break;
    case Operation::Health:
        r.path = QStringLiteral("/api/server/version");
        break;
    case Operation::LastActivity:
        // The newest chats; their last messages tell when the last inbound one came.
        r.path = QStringLiteral("/api/") + encodedSegment(id) + QStringLiteral("/chats/overview");
        r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10"));
        break;
    case Operation::SessionToken:
        break;
    }
    return r;
}

void WahaDialect::authorize(QNetworkRequest& request, const QString& secret, const QString&) const
{
    if (!secret.isEmpty())
        request.setRawHeader("X-Api-Key", secret.toUtf8());
}

Result WahaDialect::parseList(Result r, QList<ChannelInfo>& out) const
{
    if (!r.ok)
        return r;
    if (!r.json.isArray())
        return failWithBody(
            std::move(r),
            text::LiveText::translate("Dialect", "The WAHA gateway answered without a session list. Check the gateway "
                                                 "URL and the dialect in Settings."));
    const QJsonArray items = r.json.toArray();
    for (const QJsonValue& item : items) {
        if (auto info = sessionFromJson(item))
            out.append(*info);
    }
    return r;
}

Result WahaDialect::parseChannel(Result r, const QString&, std::optional<ChannelInfo>& out) const
{
    if (!r.ok)
        return r;
    out = sessionFromJson(r.json);
    if (out)
        return r;
    return failWithBody(
        std::move(r), text::LiveText::translate("Dialect", "The WAHA gateway answered without the session's status."));
}

Result WahaDialect::parseCreate(Result r, bool& alreadyExists) const
{
    // 422 "Session 'x' already exists. Use PUT to update it."
    alreadyExists = !r.ok && r.httpStatus == 422 && errorText(r).contains(QLatin1String("already exists"));
    if (alreadyExists)
        r.kind = ErrorKind::Conflict;
    return r;
}

Result WahaDialect::parseStart(Result r, bool& unsupported) const
{
    unsupported = false; // WAHA starts any session it knows; a QR never needs delete + create
    // Old Core: 422 "Session 'default' is already started." - it runs, which is what was asked.
    if (!r.ok && r.httpStatus == 422 && errorText(r).contains(QLatin1String("already started")))
        return asState(std::move(r));
    return r;
}

Result WahaDialect::parseQr(Result r, QrReply& out) const
{
    out = {};
    const QJsonObject o = r.json.toObject();
    if (!r.ok) {
        // 422 when the session is not in SCAN_QR_CODE: its status is a state, not an error.
        const QString status = stringAt(o, "status");
        if (r.httpStatus == 422 && !status.isEmpty()) {
            const QString key = statusKeyOf(status);
            if (key == QLatin1String("disconnected")) {
                out.sessionNotStarted = true; // STOPPED / FAILED: start it, then ask again
                r.gatewayError = errorText(r);
                return r;
            }
            out.answer.status = status.toUpper();
            out.answer.statusKey = key;
            return asState(std::move(r));
        }
        return r;
    }
    // ?format=raw: {"value": "2@..."}; the JSON image form: {"mimetype": "image/png", "data": "<base64>"}.
    out.answer.payload = stringAt(o, "value");
    if (out.answer.payload.isEmpty())
        out.answer.payload = stringAt(o, "data");
    if (!out.answer.payload.isEmpty())
        out.answer.statusKey = QStringLiteral("qr_pending");
    return r;
}

Result WahaDialect::parsePairingCode(Result r, PairingCode& out) const
{
    if (!r.ok)
        return r;
    out.code = stringAt(r.json.toObject(), "code");
    if (out.code.isEmpty())
        return failWithBody(std::move(r),
                            text::LiveText::translate("Dialect", "The WAHA gateway answered without a pairing code."));
    return r;
}

Result WahaDialect::parseAction(Operation op, Result r) const
{
    // DELETE answers 200 with an empty body (the handler returns nothing): that is success.
    if (op == Operation::Delete && !r.ok && r.kind == ErrorKind::EmptyBody && r.httpStatus >= 200 && r.httpStatus < 300)
        return asState(std::move(r));
    return r;
}

Result WahaDialect::parseHealth(Result r, QString& version) const
{
    if (r.ok)
        version = stringAt(r.json.toObject(), "version");
    return r;
}

Result WahaDialect::parseLastActivity(Result r, QDateTime& out) const
{
    if (!r.ok)
        return r;
    // [{id, name, lastMessage: {timestamp (s), fromMe, ...}}]; only inbound messages count.
    const QJsonArray chats = r.json.toArray();
    for (const QJsonValue& chat : chats) {
        const QJsonObject last = chat.toObject().value(QLatin1String("lastMessage")).toObject();
        if (last.value(QLatin1String("fromMe")).toBool())
            continue;
        const QDateTime at = timeFromEpoch(last.value(QLatin1String("timestamp")));
        if (at.isValid() && (!out.isValid() || at > out))
            out = at;
    }
    return r;
}

} // namespace gateway::waha
