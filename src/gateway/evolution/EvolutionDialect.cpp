#include "EvolutionDialect.h"

#include "gateway/JobHelpers.h"
#include "gateway/ResponseClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace gateway::evolution {

namespace {
// The error envelope {status, error, response: {message: "..." | ["..."]}}: the message says more
// than "error" ("Not Found", "Forbidden").
QString envelopeMessage(const QJsonValue& body)
{
    const QJsonValue message =
        body.toObject().value(QLatin1String("response")).toObject().value(QLatin1String("message"));
    if (message.isString())
        return message.toString().trimmed();
    QStringList parts;
    const QJsonArray array = message.toArray();
    for (const QJsonValue& v : array) {
        if (v.isString())
            parts << v.toString().trimmed();
    }
    return parts.join(QStringLiteral("; "));
}

Result withEnvelopeText(Result r)
{
    if (!r.ok) {
        const QString text = envelopeMessage(r.json);
        if (!text.isEmpty())
            r.gatewayError = text;
    }
    return r;
}

QString reasonOf(const QJsonObject& row, const QString& state)
{
    // Baileys' DisconnectReason: 401 logged out on the phone; 403, 402, 406 are not reconnected either.
    const QString code = stringAt(row, "disconnectionReasonCode");
    if (code.isEmpty() || state == QLatin1String("open"))
        return {};
    if (code == QLatin1String("401"))
        return text::LiveText::translate("Dialect", "The phone logged this device out (code 401): link it again.");
    if (code == QLatin1String("403") || code == QLatin1String("402") || code == QLatin1String("406"))
        return text::LiveText::translate(
                   "Dialect", "WhatsApp refused this session (code %1); Evolution will not reconnect it by itself.")
            .arg(code);
    return text::LiveText::translate("Dialect", "The link dropped (code %1).").arg(code);
}
} // namespace

QString statusKeyOf(const QString& state)
{
    const QString s = state.trimmed().toLower();
    if (s == QLatin1String("open"))
        return QStringLiteral("connected");
    if (s == QLatin1String("connecting"))
        return QStringLiteral("starting");
    if (s == QLatin1String("close") || s == QLatin1String("refused"))
        return QStringLiteral("disconnected");
    return QStringLiteral("unknown");
}

Result failedIfErrorFlag(Result r)
{
    if (!r.ok)
        return r;
    const QJsonObject o = r.json.toObject();
    const QJsonValue error = o.value(QLatin1String("error"));
    if (!(error.isBool() && error.toBool()))
        return r;
    return refused(std::move(r));
}

std::optional<ChannelInfo> instanceFromJson(const QJsonValue& item)
{
    QJsonObject o = item.toObject();
    ChannelInfo info;
    if (o.value(QLatin1String("instance")).isObject()) { // v1.8
        const QJsonObject v1 = o.value(QLatin1String("instance")).toObject();
        info.id = stringAt(v1, "instanceName");
        info.rawStatus = stringAt(v1, "status");
        info.extras.setAccount(accountFromJid(stringAt(v1, "owner")));
        info.extras.setPushName(stringAt(v1, "profileName"));
    } else {
        info.id = stringAt(o, "name");
        if (info.id.isEmpty())
            info.id = stringAt(o, "instanceName");
        info.rawStatus = stringAt(o, "connectionStatus");
        info.extras.setAccount(accountFromJid(stringAt(o, "ownerJid")));
        info.extras.setPushName(stringAt(o, "profileName"));
        info.extras.setReason(reasonOf(o, info.rawStatus));
    }
    if (info.id.isEmpty())
        return std::nullopt;
    info.name = info.id;
    info.statusKey = statusKeyOf(info.rawStatus);
    return info;
}

Capabilities EvolutionDialect::capabilities() const
{
    Capabilities c;
    c.restart = true;
    c.logout = true;
    c.pairingCode = true;
    c.lastActivity = true;
    return c;
}

Request EvolutionDialect::request(Operation op, const QString& id, const QString& arg) const
{
    Request r;
    switch (op) {
    case Operation::List:
        r.path = QStringLiteral("/instance/fetchInstances");
        r.listTimeout = true;
        break;
    case Operation::Get:
        // The in-memory state; fetchInstances' connectionStatus is the database's copy.
        r.path = QStringLiteral("/instance/connectionState/") + encodedSegment(id);
        break;
    case Operation::Create:
        // Without "integration" the create fails with 400 "Invalid integration". Without "qrcode"
        // the instance stays closed until connect, which can then start it for a QR or, with
        // ?number=, for a pairing code (a connecting instance ignores the number).
        r.verb = "POST";
        r.path = QStringLiteral("/instance/create");
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("instanceName"), id},
                                           {QStringLiteral("integration"), QStringLiteral("WHATSAPP-BAILEYS")}})
                     .toJson(QJsonDocument::Compact);
        break;
    case Operation::Start:
    case Operation::Qr:
        // connect starts a closed instance and answers its QR; never used by a status poll.
        r.path = QStringLiteral("/instance/connect/") + encodedSegment(id);
        break;
    case Operation::PairingCode:
        r.path = QStringLiteral("/instance/connect/") + encodedSegment(id);
        r.query.addQueryItem(QStringLiteral("number"), arg);
        break;
    case Operation::Restart:
        r.verb = "POST"; // v1 used PUT
        r.path = QStringLiteral("/instance/restart/") + encodedSegment(id);
        break;
    case Operation::Logout:
        r.verb = "DELETE";
        r.path = QStringLiteral("/instance/logout/") + encodedSegment(id);
        break;
    case Operation::Delete:
        r.verb = "DELETE";
        r.path = QStringLiteral("/instance/delete/") + encodedSegment(id);
        break;
    case Operation::Health:
        r.path = QStringLiteral("/");
        break;
    case Operation::LastActivity:
        // Newest first; the fromMe filter is ignored by the server, so a page is read and filtered here.
        r.verb = "POST";
        r.path = QStringLiteral("/chat/findMessages/") + encodedSegment(id);
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("where"), QJsonObject{}},
                                           {QStringLiteral("offset"), 20},
                                           {QStringLiteral("page"), 1}})
                     .toJson(QJsonDocument::Compact);
        break;
    case Operation::SessionToken:
        break;
    }
    return r;
}

void EvolutionDialect::authorize(QNetworkRequest& request, const QString& secret, const QString&) const
{
    if (!secret.isEmpty())
        request.setRawHeader("apikey", secret.toUtf8());
}

Result EvolutionDialect::parseList(Result r, QList<ChannelInfo>& out) const
{
    r = failedIfErrorFlag(withEnvelopeText(std::move(r)));
    if (!r.ok)
        return r;
    if (!r.json.isArray())
        return failWithBody(
            std::move(r),
            text::LiveText::translate("Dialect", "The Evolution gateway answered without an instance list. Check the "
                                                 "gateway URL and the dialect in Settings."));
    const QJsonArray items = r.json.toArray();
    for (const QJsonValue& item : items) {
        if (auto info = instanceFromJson(item))
            out.append(*info);
    }
    return r;
}

Result EvolutionDialect::parseChannel(Result r, const QString& id, std::optional<ChannelInfo>& out) const
{
    r = failedIfErrorFlag(withEnvelopeText(std::move(r)));
    if (!r.ok)
        return r;
    // {"instance": {"instanceName": "x", "state": "open"}}
    const QJsonObject instance = r.json.toObject().value(QLatin1String("instance")).toObject();
    ChannelInfo info;
    info.id = stringAt(instance, "instanceName");
    if (info.id.isEmpty())
        info.id = id;
    info.name = info.id;
    info.rawStatus = stringAt(instance, "state");
    if (info.rawStatus.isEmpty())
        return failWithBody(
            std::move(r),
            text::LiveText::translate("Dialect", "The Evolution gateway answered without the instance's state."));
    info.statusKey = statusKeyOf(info.rawStatus);
    out = info;
    return r;
}

Result EvolutionDialect::parseCreate(Result r, bool& alreadyExists) const
{
    r = failedIfErrorFlag(withEnvelopeText(std::move(r)));
    // 403 'This name "x" is already in use.'
    alreadyExists = !r.ok && (r.httpStatus == 403 || r.httpStatus == 409) &&
                    r.gatewayError.contains(QLatin1String("already in use"), Qt::CaseInsensitive);
    if (alreadyExists)
        r.kind = ErrorKind::Conflict;
    return r;
}

Result EvolutionDialect::parseStart(Result r, bool& unsupported) const
{
    unsupported = false;
    return failedIfErrorFlag(withEnvelopeText(std::move(r)));
}

Result EvolutionDialect::parseQr(Result r, QrReply& out) const
{
    out = {};
    r = failedIfErrorFlag(withEnvelopeText(std::move(r)));
    if (!r.ok)
        return r;
    const QJsonObject o = r.json.toObject();
    // Open: the connectionState body instead of a QR.
    const QString state = stringAt(o.value(QLatin1String("instance")).toObject(), "state");
    if (!state.isEmpty()) {
        out.answer.status = state.toUpper();
        out.answer.statusKey = statusKeyOf(state);
        return r;
    }
    // {"pairingCode", "code": "2@...", "base64": "data:image/png;base64,...", "count"}; {"count": 0}
    // while nothing is generated yet (not ready: ask again).
    out.answer.payload = stringAt(o, "code");
    if (out.answer.payload.isEmpty())
        out.answer.payload = stringAt(o, "base64");
    if (!out.answer.payload.isEmpty())
        out.answer.statusKey = QStringLiteral("qr_pending");
    return r;
}

Result EvolutionDialect::parsePairingCode(Result r, PairingCode& out) const
{
    r = failedIfErrorFlag(withEnvelopeText(std::move(r)));
    if (!r.ok)
        return r;
    const QJsonObject o = r.json.toObject();
    // Open: the connectionState body; there is nothing to pair.
    const QString state = stringAt(o.value(QLatin1String("instance")).toObject(), "state");
    if (!state.isEmpty() && statusKeyOf(state) == QLatin1String("connected")) {
        r.ok = false;
        r.kind = ErrorKind::Conflict;
        r.message = text::LiveText::translate("Dialect", "The session is connected: there is nothing to link.");
        return r;
    }
    // Filled on the QR event after connect?number=: often null on the first answer (ask again).
    // An instance already connecting ignores the number: the code then never comes.
    out.code = stringAt(o, "pairingCode");
    out.qrWithoutCode = out.code.isEmpty() && !stringAt(o, "code").isEmpty();
    return r;
}

Result EvolutionDialect::parseAction(Operation op, Result r) const
{
    r = failedIfErrorFlag(withEnvelopeText(std::move(r)));
    // Logout of an instance already closed: 400 'The "x" instance is not connected'. It is out.
    if (op == Operation::Logout && !r.ok && r.httpStatus == 400 &&
        r.gatewayError.contains(QLatin1String("not connected"), Qt::CaseInsensitive))
        return asState(std::move(r));
    return r;
}

Result EvolutionDialect::parseHealth(Result r, QString& version) const
{
    if (r.ok)
        version = stringAt(r.json.toObject(), "version");
    return r;
}

Result EvolutionDialect::parseLastActivity(Result r, QDateTime& out) const
{
    r = failedIfErrorFlag(withEnvelopeText(std::move(r)));
    if (!r.ok)
        return r;
    // {"messages": {"records": [{"key": {"fromMe": false}, "messageTimestamp": 1768512935}]}}
    const QJsonArray records =
        r.json.toObject().value(QLatin1String("messages")).toObject().value(QLatin1String("records")).toArray();
    for (const QJsonValue& v : records) {
        const QJsonObject record = v.toObject();
        if (record.value(QLatin1String("key")).toObject().value(QLatin1String("fromMe")).toBool())
            continue;
        const QDateTime at = timeFromEpoch(record.value(QLatin1String("messageTimestamp")));
        if (at.isValid() && (!out.isValid() || at > out))
            out = at;
    }
    return r;
}

} // namespace gateway::evolution
