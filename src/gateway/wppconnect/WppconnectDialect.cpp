#include "WppconnectDialect.h"

#include "gateway/JobHelpers.h"
#include "gateway/ResponseClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace gateway::wppconnect {

namespace {
// {"response": false, "message": "The SECRET_KEY is incorrect"} (400), {"error": "Check that the
// Session and Token are correct"} (401): the text says more than the status.
QString errorText(const Result& r)
{
    const QJsonObject o = r.json.toObject();
    QString text = stringAt(o, "message");
    if (text.isEmpty())
        text = stringAt(o, "error");
    return text.isEmpty() ? r.gatewayError : text;
}

// A 400 whose text names the secret or the token is a credential problem, not a bad request.
Result withCredentialKind(Result r)
{
    if (!r.ok && r.httpStatus == 400) {
        const QString text = errorText(r);
        if (text.contains(QLatin1String("SECRET_KEY"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("token is incorrect"), Qt::CaseInsensitive)) {
            r.kind = ErrorKind::Auth;
            r.gatewayError = text;
            r.message = text::LiveText::translate(
                            "Dialect", "The wppconnect server refused the secret (%1). Check the secret (SECRET_KEY) "
                                       "of this gateway in Settings.")
                            .arg(gatewayWords(text));
        }
    }
    return r;
}

Request perSession(const QString& id, const QString& tail)
{
    Request r;
    r.path = QStringLiteral("/api/") + encodedSegment(id) + tail;
    r.session = id;
    return r;
}
} // namespace

QString statusKeyOf(const QJsonValue& status)
{
    if (status.isNull() || status.isUndefined())
        return QStringLiteral("disconnected"); // null: no client for the session
    const QString s = status.toString().trimmed().toUpper();
    if (s == QLatin1String("CONNECTED") || s == QLatin1String("INCHAT") || s == QLatin1String("ISLOGGED"))
        return QStringLiteral("connected");
    if (s == QLatin1String("QRCODE") || s == QLatin1String("PHONECODE"))
        return QStringLiteral("qr_pending");
    if (s == QLatin1String("INITIALIZING"))
        return QStringLiteral("starting");
    if (s == QLatin1String("CLOSED") || s == QLatin1String("DISCONNECTED"))
        return QStringLiteral("disconnected");
    return QStringLiteral("unknown");
}

Capabilities WppconnectDialect::capabilities() const
{
    Capabilities c;
    c.listHasStatus = false; // show-all-sessions gives names; the client asks status-session of each
    c.restart = false;       // close-session + start-session: two calls, see the class comment
    c.logout = true;
    c.pairingCode = true;
    c.lastActivity = false; // webhooks only (dialects.md §4.4)
    return c;
}

Request WppconnectDialect::request(Operation op, const QString& id, const QString& arg) const
{
    Request r;
    switch (op) {
    case Operation::List:
        r.path = QStringLiteral("/api/{SECRET}/show-all-sessions");
        r.listTimeout = true;
        break;
    case Operation::Get:
    case Operation::Qr:
        // status-session: the status, and while QRCODE the raw QR text (urlcode). No side effect.
        r = perSession(id, QStringLiteral("/status-session"));
        break;
    case Operation::Create:
    case Operation::Start:
        // A no-op unless the session is CLOSED or has no client; the reply is its status now.
        r = perSession(id, QStringLiteral("/start-session"));
        r.verb = "POST";
        r.body = compactJson({{QStringLiteral("waitQrCode"), false}});
        break;
    case Operation::PairingCode:
        // The code is only in the held reply (waitQrCode:true), never in status-session.
        r = perSession(id, QStringLiteral("/start-session"));
        r.verb = "POST";
        r.body = compactJson({{QStringLiteral("waitQrCode"), true}, {QStringLiteral("phone"), arg}});
        r.listTimeout = true;
        break;
    case Operation::Logout:
        r = perSession(id, QStringLiteral("/logout-session"));
        r.verb = "POST";
        break;
    case Operation::Delete:
        r = perSession(id, QStringLiteral("/{SECRET}/clear-session-data"));
        r.verb = "POST";
        break;
    case Operation::Health:
        r.path = QStringLiteral("/healthz");
        break;
    case Operation::SessionToken:
        r = perSession(id, QStringLiteral("/{SECRET}/generate-token"));
        r.verb = "POST";
        r.session.clear(); // generating the token needs no token
        break;
    case Operation::Restart:
    case Operation::LastActivity:
        break;
    }
    return r;
}

void WppconnectDialect::authorize(QNetworkRequest& request, const QString&, const QString& sessionToken) const
{
    // The secret travels only in the paths that need it; per-session calls carry the session's token.
    if (!sessionToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + sessionToken.toUtf8());
}

Result WppconnectDialect::parseList(Result r, QList<ChannelInfo>& out) const
{
    r = withCredentialKind(std::move(r));
    if (!r.ok)
        return r;
    const QJsonValue response = r.json.toObject().value(QLatin1String("response"));
    if (!response.isArray())
        return failWithBody(
            std::move(r), text::LiveText::translate("Dialect", "The wppconnect server answered without a session list. "
                                                               "Check the gateway URL, the secret and the dialect in "
                                                               "Settings."));
    // Names only: the status of each is one status-session call (Get).
    const QJsonArray names = response.toArray();
    for (const QJsonValue& name : names) {
        ChannelInfo info;
        info.id = name.toString().trimmed();
        if (info.id.isEmpty())
            continue;
        info.name = info.id;
        info.statusKey = QStringLiteral("unknown");
        out.append(info);
    }
    return r;
}

Result WppconnectDialect::parseChannel(Result r, const QString& id, std::optional<ChannelInfo>& out) const
{
    r = withCredentialKind(std::move(r));
    if (!r.ok)
        return r;
    const QJsonObject o = r.json.toObject();
    if (!o.contains(QLatin1String("status")))
        return failWithBody(
            std::move(r),
            text::LiveText::translate("Dialect", "The wppconnect server answered without the session's status."));
    ChannelInfo info;
    info.id = id;
    info.name = id;
    const QJsonValue status = o.value(QLatin1String("status"));
    info.rawStatus = status.isNull() ? QStringLiteral("null") : status.toString();
    info.statusKey = statusKeyOf(status);
    out = info;
    if (status.isNull()) {
        // No client: never started since the server started, or deleted (a token stays valid for
        // any name). Not found for a lookup, which confirms a deletion; a listed name (it is in the
        // token store) is shown disconnected from `out`.
        r.ok = false;
        r.kind = ErrorKind::NotFound;
        r.message =
            text::LiveText::translate("Dialect", "The wppconnect server has no client for the session %1.").arg(id);
    }
    return r;
}

Result WppconnectDialect::parseCreate(Result r, bool& alreadyExists) const
{
    alreadyExists = false; // start-session on a known session is a no-op answering its status
    return withCredentialKind(std::move(r));
}

Result WppconnectDialect::parseStart(Result r, bool& unsupported) const
{
    unsupported = false;
    return withCredentialKind(std::move(r));
}

Result WppconnectDialect::parseQr(Result r, QrReply& out) const
{
    out = {};
    r = withCredentialKind(std::move(r));
    if (!r.ok)
        return r;
    const QJsonObject o = r.json.toObject();
    const QJsonValue status = o.value(QLatin1String("status"));
    const QString key = statusKeyOf(status);
    if (key == QLatin1String("disconnected")) {
        // CLOSED or no client: start-session first (the ~60 s autoClose of an unscanned QR lands here).
        out.sessionNotStarted = true;
        r.ok = false;
        r.kind = ErrorKind::Http;
        r.message = text::LiveText::translate("Dialect", "The wppconnect session is closed; it must be started first.");
        return r;
    }
    out.answer.status = status.toString().toUpper();
    out.answer.statusKey = key;
    // The raw text (urlcode) first; the data URL (qrcode) only where it is missing.
    out.answer.payload = stringAt(o, "urlcode");
    if (out.answer.payload.isEmpty() && key == QLatin1String("qr_pending"))
        out.answer.payload = stringAt(o, "qrcode");
    return r;
}

Result WppconnectDialect::parsePairingCode(Result r, PairingCode& out) const
{
    r = withCredentialKind(std::move(r));
    if (!r.ok)
        return r;
    // {"status":"phoneCode","phone":"…","phoneCode":"ABCD-EFGH","session":"s"}, or the QR form
    // {"status":"qrcode",…} when the session was already waiting for a scan (the phone is ignored).
    const QJsonObject o = r.json.toObject();
    out.code = stringAt(o, "phoneCode");
    if (!out.code.isEmpty())
        return r;
    if (statusKeyOf(o.value(QLatin1String("status"))) == QLatin1String("qr_pending") ||
        o.contains(QLatin1String("qrcode"))) {
        out.qrWithoutCode = true;
        return r;
    }
    return failWithBody(std::move(r),
                        text::LiveText::translate("Dialect", "The wppconnect server answered without a pairing code."));
}

Result WppconnectDialect::parseAction(Operation op, Result r) const
{
    r = withCredentialKind(std::move(r));
    if (!r.ok)
        return r;
    // {"status": true, "message": "Session successfully closed"}; {"status": false, ...} or
    // {"status": "error", ...} is the server saying no.
    const QJsonValue status = r.json.toObject().value(QLatin1String("status"));
    if ((status.isBool() && !status.toBool()) || status.toString() == QLatin1String("error")) {
        Q_UNUSED(op)
        return refused(std::move(r));
    }
    return r;
}

Result WppconnectDialect::parseHealth(Result r, QString& version) const
{
    Q_UNUSED(version) // /healthz carries no version
    return r;
}

Result WppconnectDialect::parseSessionToken(Result r, QString& token) const
{
    r = withCredentialKind(std::move(r));
    if (!r.ok)
        return r;
    token = stringAt(r.json.toObject(), "token");
    if (token.isEmpty())
        return failWithBody(std::move(r),
                            text::LiveText::translate("Dialect", "The wppconnect server generated no token."));
    return r;
}

} // namespace gateway::wppconnect
