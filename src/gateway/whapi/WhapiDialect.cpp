#include "WhapiDialect.h"

#include "gateway/JobHelpers.h"
#include "gateway/ResponseClassifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace gateway::whapi {

namespace {
Request health(bool wakeup)
{
    Request r;
    r.path = QStringLiteral("/health");
    r.query.addQueryItem(QStringLiteral("wakeup"), wakeup ? QStringLiteral("true") : QStringLiteral("false"));
    return r;
}
} // namespace

QString statusKeyOf(const QString& text)
{
    const QString s = text.trimmed().toUpper();
    if (s == QLatin1String("AUTH"))
        return QStringLiteral("connected");
    if (s == QLatin1String("QR"))
        return QStringLiteral("qr_pending");
    if (s == QLatin1String("INIT") || s == QLatin1String("LAUNCH"))
        return QStringLiteral("starting");
    if (s == QLatin1String("NOT_INIT") || s == QLatin1String("ERROR") || s == QLatin1String("SYNC_ERROR") ||
        s == QLatin1String("STOP"))
        return QStringLiteral("disconnected");
    return QStringLiteral("unknown");
}

std::optional<ChannelInfo> channelFromHealth(const QJsonValue& body)
{
    const QJsonObject o = body.toObject();
    const QJsonValue status = o.value(QLatin1String("status"));
    if (!status.isObject())
        return std::nullopt;
    ChannelInfo info;
    info.id = stringAt(o, "channel_id");
    info.name = info.id;
    info.rawStatus = stringAt(status.toObject(), "text");
    info.statusKey = statusKeyOf(info.rawStatus);
    const QString word = info.rawStatus.toUpper();
    if (word == QLatin1String("SYNC_ERROR"))
        info.extras.setReason(text::LiveText::translate(
            "Dialect", "Sending still works but reading does not: log the session out and link it again."));
    else if (word == QLatin1String("STOP"))
        info.extras.setReason(text::LiveText::translate(
            "Dialect", "The Whapi.Cloud account has this number deactivated (trial over or billing); linking it "
                       "again will not fix it."));
    else if (word == QLatin1String("ERROR"))
        info.extras.setReason(text::LiveText::translate(
            "Dialect", "The session failed: log it out and link it again, or contact Whapi.Cloud support."));
    const QJsonObject user = o.value(QLatin1String("user")).toObject();
    info.extras.setAccount(accountFromJid(stringAt(user, "id")));
    const QString pushName = stringAt(user, "pushname");
    info.extras.setPushName(pushName.isEmpty() ? stringAt(user, "name") : pushName);
    return info;
}

Capabilities WhapiDialect::capabilities() const
{
    Capabilities c;
    c.create = false; // the partner API only; a channel is made in the Whapi.Cloud dashboard
    c.remove = false;
    c.logout = true;
    c.pairingCode = true;
    c.lastActivity = true;
    return c;
}

Request WhapiDialect::request(Operation op, const QString&, const QString& arg) const
{
    Request r;
    switch (op) {
    case Operation::List:
    case Operation::Get:
    case Operation::Health:
        return health(false); // never launches a sleeping channel
    case Operation::Start:
        return health(true); // the explicit "reconnect": launch it
    case Operation::Qr:
        r.path = QStringLiteral("/users/login/rowdata"); // the raw string first
        r.query.addQueryItem(QStringLiteral("wakeup"), QStringLiteral("true"));
        break;
    case Operation::PairingCode:
        r.path = QStringLiteral("/users/login/") + QString::fromLatin1(QUrl::toPercentEncoding(arg));
        break;
    case Operation::Logout:
        r.verb = "POST";
        r.path = QStringLiteral("/users/logout");
        break;
    case Operation::LastActivity:
        r.path = QStringLiteral("/chats");
        r.query.addQueryItem(QStringLiteral("count"), QStringLiteral("10"));
        break;
    case Operation::Create:
    case Operation::Restart:
    case Operation::Delete:
    case Operation::SessionToken:
        break;
    }
    return r;
}

void WhapiDialect::authorize(QNetworkRequest& request, const QString& secret, const QString&) const
{
    if (!secret.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
}

Result WhapiDialect::parseList(Result r, QList<ChannelInfo>& out) const
{
    std::optional<ChannelInfo> channel;
    r = parseChannel(std::move(r), {}, channel);
    if (channel)
        out.append(*channel);
    return r;
}

Result WhapiDialect::parseChannel(Result r, const QString& id, std::optional<ChannelInfo>& out) const
{
    if (!r.ok)
        return r;
    out = channelFromHealth(r.json);
    if (!out)
        return failWithBody(
            std::move(r),
            text::LiveText::translate("Dialect", "The Whapi.Cloud gateway answered without the session's status. Check "
                                                 "the gateway URL and the dialect in Settings."));
    if (out->id.isEmpty())
        out->id = out->name = id;
    return r;
}

Result WhapiDialect::parseCreate(Result r, bool& alreadyExists) const
{
    alreadyExists = false;
    return r;
}

Result WhapiDialect::parseStart(Result r, bool& unsupported) const
{
    unsupported = false;
    return r;
}

Result WhapiDialect::parseQr(Result r, QrReply& out) const
{
    out = {};
    // 409: the channel is already authenticated, a state.
    if (!r.ok && r.httpStatus == 409) {
        out.answer.status = QStringLiteral("AUTH");
        out.answer.statusKey = QStringLiteral("connected");
        return asState(std::move(r));
    }
    if (!r.ok)
        return r;
    // {"status": "OK" | "TIMEOUT" | "WAITING" | "ERROR", "rowdata": "2@...", "base64": "...", "expire": s}
    const QJsonObject o = r.json.toObject();
    const QString status = stringAt(o, "status").toUpper();
    if (status == QLatin1String("ERROR")) {
        r.ok = false;
        r.kind = ErrorKind::Http;
        r.gatewayError = gatewayErrorText(r.json);
        // Its own words, when it gives some, for the command line and behind the window's Details.
        r.message =
            r.gatewayError.isEmpty()
                ? text::LiveText::translate("Dialect", "The Whapi.Cloud gateway could not make a QR code. Try again.")
                : text::LiveText::translate("Dialect",
                                            "The Whapi.Cloud gateway could not make a QR code (%1). Try again.")
                      .arg(gatewayWords(r.gatewayError));
        return r;
    }
    if (status == QLatin1String("TIMEOUT") || status == QLatin1String("WAITING"))
        return r; // not ready, or expired: ask again
    out.answer.payload = stringAt(o, "rowdata");
    if (out.answer.payload.isEmpty())
        out.answer.payload = stringAt(o, "base64"); // with or without a data: prefix: both are decoded
    if (!out.answer.payload.isEmpty())
        out.answer.statusKey = QStringLiteral("qr_pending");
    const QJsonValue expire = o.value(QLatin1String("expire"));
    if (expire.isDouble() && expire.toInteger() > 0)
        out.answer.expiresInSec = int(expire.toInteger());
    return r;
}

Result WhapiDialect::parsePairingCode(Result r, PairingCode& out) const
{
    if (!r.ok)
        return r;
    out.code = stringAt(r.json.toObject(), "code");
    if (out.code.isEmpty())
        return failWithBody(std::move(r), text::LiveText::translate(
                                              "Dialect", "The Whapi.Cloud gateway answered without a pairing code."));
    return r;
}

Result WhapiDialect::parseAction(Operation op, Result r) const
{
    // 409 on logout: already logged out, which is what was asked.
    if (op == Operation::Logout && !r.ok && r.httpStatus == 409)
        return asState(std::move(r));
    return r.ok ? refusedIfSaysSo(std::move(r)) : r;
}

Result WhapiDialect::parseHealth(Result r, QString& version) const
{
    if (r.ok)
        version = stringAt(r.json.toObject(), "version");
    return r;
}

Result WhapiDialect::parseLastActivity(Result r, QDateTime& out) const
{
    if (!r.ok)
        return r;
    // {"chats": [{"id", "last_message": {"timestamp": s, "from_me": bool}}]}; inbound only.
    const QJsonArray chats = r.json.toObject().value(QLatin1String("chats")).toArray();
    for (const QJsonValue& chat : chats) {
        const QJsonObject last = chat.toObject().value(QLatin1String("last_message")).toObject();
        if (last.value(QLatin1String("from_me")).toBool())
            continue;
        const QDateTime at = timeFromEpoch(last.value(QLatin1String("timestamp")));
        if (at.isValid() && (!out.isValid() || at > out))
            out = at;
    }
    return r;
}

} // namespace gateway::whapi
