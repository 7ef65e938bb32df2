#include "VendorApi.h"

#include "QrRenderer.h"
#include "SessionModel.h"
#include "SimClock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace sim {

namespace {

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

HttpReply bytes(int status, const QJsonValue& value)
{
    HttpReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

// A pairing code grouped as WhatsApp shows it: XXXX-XXXX, from the phone and the session. The
// session keeps the one handed out last, for GET /__sim/state.
QString pairingCodeFor(SimSession& session, bool dashed)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTVWXYZ123456789";
    size_t h = qHash(session.id + session.pairingPhone);
    QString code;
    for (int i = 0; i < 8; ++i) {
        code += QLatin1Char(alphabet[h % 32]);
        h /= 32;
        if (h == 0)
            h = 0x9E3779B9u + size_t(i);
    }
    session.pairingCode = dashed ? code.left(4) + QLatin1Char('-') + code.mid(4) : code;
    return session.pairingCode;
}

// The last-activity endpoints' view of a session's chats, newest first: a message we sent just
// now (outbound proves nothing about delivery, so a reader must skip it), then the newest inbound.
struct ChatTimes
{
    qint64 outboundSecs = 0; // 0: none
    qint64 inboundSecs = 0;  // 0: none
};

ChatTimes chatTimes(const SimSession& session)
{
    ChatTimes t;
    const QDateTime inbound = session.lastInboundUtc();
    if (inbound.isValid())
        t.inboundSecs = inbound.toSecsSinceEpoch();
    if (session.phase() == SimSession::Phase::Connected || session.phase() == SimSession::Phase::Zombie)
        t.outboundSecs = SimClock::nowUtc().toSecsSinceEpoch();
    return t;
}

QJsonValue jid(const SimSession& session, const char* suffix)
{
    if (session.phone.isEmpty())
        return QJsonValue::Null;
    return QString(session.phone + QLatin1String(suffix));
}

} // namespace

bool VendorApi::credentialOk(const SimRequest& request) const
{
    const QByteArray sent = request.header(credentialHeader());
    return !m_secret.isEmpty() && !sent.isEmpty() && QString::fromUtf8(sent) == m_secret;
}

bool VendorApi::advanceToQr(SimSession& session)
{
    if (session.phase() == SimSession::Phase::Qr)
        return true;
    if (session.phase() != SimSession::Phase::Initializing)
        return false;
    if (++session.qrPolls > m_model.scenario().qrAfterPolls) {
        const QString pairing = session.pairingPhone;
        session.setPhase(SimSession::Phase::Qr);
        session.pairingPhone = pairing;
        return true;
    }
    return false;
}

QString VendorApi::pngBase64(SimSession& session)
{
    return QString::fromLatin1(QrRenderer::png(session.qrText(m_model.scenario().qrRotateMs())).toBase64());
}

// --- WAHA ---------------------------------------------------------------------------------------

namespace {
HttpReply wahaError(int status, const QString& message, const char* error)
{
    return bytes(status,
                 QJsonObject{{str("statusCode"), status}, {str("message"), message}, {str("error"), str(error)}});
}
} // namespace

QString WahaApi::statusOf(const SimSession& session)
{
    if (!session.rawStatus.isEmpty())
        return session.rawStatus;
    switch (session.phase()) {
    case SimSession::Phase::NotStarted:
    case SimSession::Phase::Disconnected:
        return str("STOPPED");
    case SimSession::Phase::Initializing:
        return str("STARTING");
    case SimSession::Phase::Qr:
        return str("SCAN_QR_CODE");
    case SimSession::Phase::Connected:
    case SimSession::Phase::Zombie: // the phone is gone; WAHA still says WORKING
        return str("WORKING");
    }
    return str("STOPPED");
}

QJsonObject WahaApi::info(const SimSession& session)
{
    const bool linked = session.phase() == SimSession::Phase::Connected || session.phase() == SimSession::Phase::Zombie;
    return QJsonObject{
        {str("name"), session.id},
        {str("status"), statusOf(session)},
        {str("config"), QJsonObject{{str("webhooks"), QJsonArray{}}, {str("debug"), false}}},
        {str("me"), linked && !session.phone.isEmpty()
                        ? QJsonValue(QJsonObject{{str("id"), jid(session, "@c.us")}, {str("pushName"), session.name}})
                        : QJsonValue(QJsonValue::Null)},
        {str("engine"), QJsonObject{{str("engine"), str("NOWEB")}}},
    };
}

QByteArray WahaApi::listingBody()
{
    QJsonArray sessions;
    for (SimSession* session : m_model.sessions()) {
        if (!session->hidden)
            sessions.append(info(*session));
    }
    return QJsonDocument(sessions).toJson(QJsonDocument::Compact);
}

HttpReply WahaApi::unauthorized() const
{
    return wahaError(401, str("Unauthorized"), "Unauthorized");
}

HttpReply WahaApi::handle(const SimRequest& request)
{
    // segments: "", "api", "sessions", name, action | "", "api", name, "auth", "qr" | "", "api", "server", ...
    const QStringList& s = request.segments;
    const QByteArray& m = request.method;
    if (s.size() < 3 || s.at(1) != str("api"))
        return wahaError(404, str("Cannot %1 %2").arg(QString::fromLatin1(m), request.path), "Not Found");
    if (s.at(2) == str("server") && s.size() == 4 && m == "GET")
        return bytes(
            200,
            QJsonObject{{str("version"), str("2024.10.8")}, {str("engine"), str("NOWEB")}, {str("tier"), str("CORE")}});
    if (s.at(2) == str("sessions")) {
        if (s.size() == 3 && m == "GET") {
            HttpReply reply;
            reply.body = listingBody();
            return reply;
        }
        if (s.size() == 3 && m == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QString name = body.value(str("name")).toString(str("default"));
            if (m_model.find(name))
                return wahaError(422, str("Session '%1' already exists. Use PUT to update it.").arg(name),
                                 "Unprocessable Entity");
            SimSession session;
            session.id = name;
            session.name = name;
            // 2024.10: "start" defaults to false, whatever Swagger says.
            session.setPhase(body.value(str("start")).toBool(false) ? SimSession::Phase::Initializing
                                                                    : SimSession::Phase::NotStarted);
            m_model.add(session);
            return bytes(201, info(*m_model.find(name)));
        }
        SimSession* session = s.size() >= 4 ? m_model.find(s.at(3)) : nullptr;
        if (!session)
            return wahaError(404, str("Session not found"), "Not Found");
        if (s.size() == 4 && m == "GET")
            return bytes(200, info(*session));
        if (s.size() == 4 && m == "DELETE") {
            m_model.remove(session->id);
            HttpReply reply; // the handler returns void: 200, no body at all
            reply.body.clear();
            reply.contentType.clear();
            return reply;
        }
        const QString action = s.value(4);
        if (s.size() == 5 && m == "POST") {
            if (action == str("start")) {
                if (session->phase() == SimSession::Phase::NotStarted ||
                    session->phase() == SimSession::Phase::Disconnected)
                    session->setPhase(session->token ? SimSession::Phase::Connected : SimSession::Phase::Initializing);
                return bytes(201, info(*session));
            }
            if (action == str("stop")) {
                session->setPhase(SimSession::Phase::Disconnected);
                return bytes(201, info(*session));
            }
            if (action == str("restart")) {
                // Keeps the auth: a linked phone comes back (a zombie too: a fresh socket).
                session->setPhase(session->token ? SimSession::Phase::Connected : SimSession::Phase::Initializing);
                return bytes(201, info(*session));
            }
            if (action == str("logout")) {
                const bool running = session->phase() != SimSession::Phase::NotStarted &&
                                     session->phase() != SimSession::Phase::Disconnected;
                session->token = false;
                session->phone.clear();
                session->pairingPhone.clear();
                session->pairingCodeGiven = false;
                session->setPhase(running ? SimSession::Phase::Initializing : SimSession::Phase::NotStarted);
                return bytes(201, info(*session));
            }
        }
        return wahaError(404, str("Cannot %1 %2").arg(QString::fromLatin1(m), request.path), "Not Found");
    }
    // /api/{name}/auth/qr, /api/{name}/auth/request-code, /api/{name}/chats/overview
    SimSession* session = m_model.find(s.at(2));
    if (!session)
        return wahaError(404, str("Session not found"), "Not Found");
    const QString tail = s.mid(3).join(QLatin1Char('/'));
    if (tail == str("auth/qr") && m == "GET")
        return qr(request, *session);
    if (tail == str("auth/request-code") && m == "POST") {
        if (!advanceToQr(*session))
            return bytes(422, QJsonObject{{str("error"), str("Session status is not as expected. Try again later or "
                                                             "restart the session")},
                                          {str("session"), session->id},
                                          {str("status"), statusOf(*session)},
                                          {str("expected"), QJsonArray{str("SCAN_QR_CODE")}}});
        session->pairingPhone = QJsonDocument::fromJson(request.body).object().value(str("phoneNumber")).toString();
        if (session->pairingPhone.isEmpty())
            return wahaError(400, str("phoneNumber should not be empty"), "Bad Request");
        session->pairingCodeGiven = true;
        return bytes(201, QJsonObject{{str("code"), pairingCodeFor(*session, true)}});
    }
    if (tail == str("chats/overview") && m == "GET") {
        // [{id, name, lastMessage: {timestamp (s), fromMe, ...}}], newest chat first.
        const ChatTimes t = chatTimes(*session);
        QJsonArray chats;
        if (t.outboundSecs)
            chats.append(QJsonObject{{str("id"), str("5511900000001@c.us")},
                                     {str("name"), str("Cliente A")},
                                     {str("lastMessage"), QJsonObject{{str("timestamp"), t.outboundSecs},
                                                                      {str("fromMe"), true},
                                                                      {str("body"), str("Obrigado!")}}}});
        if (t.inboundSecs)
            chats.append(QJsonObject{{str("id"), str("5511900000002@c.us")},
                                     {str("name"), str("Cliente B")},
                                     {str("lastMessage"), QJsonObject{{str("timestamp"), t.inboundSecs},
                                                                      {str("fromMe"), false},
                                                                      {str("body"), str("Bom dia")}}}});
        return bytes(200, chats);
    }
    return wahaError(404, str("Cannot %1 %2").arg(QString::fromLatin1(m), request.path), "Not Found");
}

HttpReply WahaApi::qr(const SimRequest& request, SimSession& session)
{
    if (!advanceToQr(session)) {
        // The route waits up to 5 s for SCAN_QR_CODE, then gives up with 422 and the status.
        return bytes(422, QJsonObject{{str("error"), str("Session status is not as expected. Try again later or "
                                                         "restart the session")},
                                      {str("session"), session.id},
                                      {str("status"), statusOf(session)},
                                      {str("expected"), QJsonArray{str("SCAN_QR_CODE")}}});
    }
    if (request.queryItem(str("format")) == str("raw"))
        return bytes(200, QJsonObject{{str("value"), session.qrText(m_model.scenario().qrRotateMs())}});
    // The interceptor compares the Accept header with == : anything else gets the PNG itself.
    if (request.header("Accept") == "application/json")
        return bytes(200, QJsonObject{{str("mimetype"), str("image/png")}, {str("data"), pngBase64(session)}});
    HttpReply reply;
    reply.contentType = "image/png";
    reply.body = QrRenderer::png(session.qrText(m_model.scenario().qrRotateMs()));
    return reply;
}

// --- Evolution ----------------------------------------------------------------------------------

namespace {
HttpReply evolutionError(int status, const char* error, const QJsonValue& message)
{
    return bytes(status, QJsonObject{{str("status"), status},
                                     {str("error"), str(error)},
                                     {str("response"), QJsonObject{{str("message"), message}}}});
}

HttpReply notExists(const QString& name)
{
    return evolutionError(404, "Not Found", QJsonArray{str("The \"%1\" instance does not exist").arg(name)});
}
} // namespace

QString EvolutionApi::stateOf(const SimSession& session)
{
    if (!session.rawStatus.isEmpty())
        return session.rawStatus;
    switch (session.phase()) {
    case SimSession::Phase::NotStarted:
    case SimSession::Phase::Disconnected:
        return str("close");
    case SimSession::Phase::Initializing:
    case SimSession::Phase::Qr:
        return str("connecting");
    case SimSession::Phase::Connected:
    case SimSession::Phase::Zombie:
        return str("open");
    }
    return str("close");
}

QByteArray EvolutionApi::listingBody()
{
    QJsonArray rows;
    for (SimSession* session : m_model.sessions()) {
        if (session->hidden)
            continue;
        const bool closed = stateOf(*session) == str("close");
        rows.append(QJsonObject{
            {str("id"), QString(str("sim-") + session->id)},
            {str("name"), session->id},
            {str("connectionStatus"), stateOf(*session)},
            {str("ownerJid"), jid(*session, "@s.whatsapp.net")},
            {str("profileName"), session->phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(session->name)},
            {str("integration"), str("WHATSAPP-BAILEYS")},
            {str("number"), QJsonValue::Null},
            {str("disconnectionReasonCode"), closed && session->phase() == SimSession::Phase::Disconnected
                                                 ? QJsonValue(401)
                                                 : QJsonValue(QJsonValue::Null)},
            {str("clientName"), str("evolution_exchange")},
        });
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Compact);
}

HttpReply EvolutionApi::unauthorized() const
{
    return evolutionError(401, "Unauthorized", str("Unauthorized"));
}

bool EvolutionApi::open(const SimRequest& request) const
{
    return request.path == str("/"); // the welcome page needs no key
}

bool EvolutionApi::unknownInstance(const SimRequest& request)
{
    const QStringList& s = request.segments;
    const bool perInstance = s.size() == 4 && (s.at(1) == str("instance") || s.at(1) == str("chat")) &&
                             s.at(2) != str("create") && s.at(2) != str("fetchInstances");
    return perInstance && !m_model.find(s.at(3));
}

HttpReply EvolutionApi::handle(const SimRequest& request)
{
    const QStringList& s = request.segments;
    const QByteArray& m = request.method;
    if (request.path == str("/") && m == "GET")
        return bytes(200, QJsonObject{{str("status"), 200},
                                      {str("message"), str("Welcome to the Evolution API, it is working!")},
                                      {str("version"), str("2.3.6")},
                                      {str("clientName"), str("evolution_exchange")}});
    const QString area = s.value(1);
    const QString op = s.value(2);
    if (area == str("instance") && s.size() == 3 && op == str("fetchInstances") && m == "GET") {
        HttpReply reply;
        reply.body = listingBody();
        return reply;
    }
    if (area == str("instance") && s.size() == 3 && op == str("create") && m == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString name = body.value(str("instanceName")).toString();
        if (name.isEmpty())
            return evolutionError(400, "Bad Request", QJsonArray{str("instanceName is required")});
        if (m_model.find(name))
            return evolutionError(403, "Forbidden", QJsonArray{str("This name \"%1\" is already in use.").arg(name)});
        if (body.value(str("integration")).toString() != str("WHATSAPP-BAILEYS"))
            return evolutionError(400, "Bad Request", QJsonArray{str("Invalid integration")});
        SimSession session;
        session.id = name;
        session.name = name;
        session.setPhase(body.value(str("qrcode")).toBool() ? SimSession::Phase::Initializing
                                                            : SimSession::Phase::NotStarted);
        m_model.add(session);
        return bytes(201, QJsonObject{{str("instance"), QJsonObject{{str("instanceName"), name},
                                                                    {str("instanceId"), QString(str("sim-") + name)},
                                                                    {str("integration"), str("WHATSAPP-BAILEYS")},
                                                                    {str("status"), str("created")}}},
                                      {str("hash"), str("SIM-INSTANCE-TOKEN")}});
    }
    SimSession* session = s.size() == 4 ? m_model.find(s.at(3)) : nullptr;
    if (s.size() == 4 && !session)
        return notExists(s.at(3));
    if (!session)
        return evolutionError(404, "Not Found",
                              QJsonArray{str("Cannot %1 %2").arg(QString::fromLatin1(m), request.path)});
    const QString state = stateOf(*session);
    if (area == str("instance") && op == str("connectionState") && m == "GET")
        return bytes(200, QJsonObject{{str("instance"),
                                       QJsonObject{{str("instanceName"), session->id}, {str("state"), state}}}});
    if (area == str("instance") && op == str("connect") && m == "GET")
        return connect(*session, request.queryItem(str("number")));
    if (area == str("instance") && op == str("restart") && m == "POST") {
        if (state == str("close")) // swallowed into a 200
            return bytes(200, QJsonObject{{str("error"), true},
                                          {str("message"), str("BadRequestException: The \"%1\" instance is not "
                                                               "connected")
                                                               .arg(session->id)}});
        if (session->phase() == SimSession::Phase::Zombie)
            session->setPhase(SimSession::Phase::Connected);
        return connect(*session, {});
    }
    if (area == str("instance") && op == str("logout") && m == "DELETE") {
        if (state == str("close"))
            return evolutionError(400, "Bad Request",
                                  QJsonArray{str("The \"%1\" instance is not connected").arg(session->id)});
        session->token = false;
        session->phone.clear();
        session->pairingPhone.clear();
        session->pairingCodeGiven = false;
        session->setPhase(SimSession::Phase::NotStarted);
        return bytes(200, QJsonObject{{str("status"), str("SUCCESS")},
                                      {str("error"), false},
                                      {str("response"), QJsonObject{{str("message"), str("Instance logged out")}}}});
    }
    if (area == str("instance") && op == str("delete") && m == "DELETE") {
        m_model.remove(session->id);
        return bytes(200, QJsonObject{{str("status"), str("SUCCESS")},
                                      {str("error"), false},
                                      {str("response"), QJsonObject{{str("message"), str("Instance deleted")}}}});
    }
    if (area == str("chat") && op == str("findMessages") && m == "POST") {
        // Ordered by messageTimestamp desc; the server ignores a fromMe:false filter.
        const ChatTimes t = chatTimes(*session);
        QJsonArray records;
        if (t.outboundSecs)
            records.append(QJsonObject{{str("key"), QJsonObject{{str("fromMe"), true}}},
                                       {str("messageTimestamp"), t.outboundSecs}});
        if (t.inboundSecs)
            records.append(QJsonObject{{str("key"), QJsonObject{{str("fromMe"), false}}},
                                       {str("messageTimestamp"), t.inboundSecs}});
        return bytes(200, QJsonObject{{str("messages"), QJsonObject{{str("total"), records.size()},
                                                                    {str("pages"), records.isEmpty() ? 0 : 1},
                                                                    {str("currentPage"), 1},
                                                                    {str("records"), records}}}});
    }
    return evolutionError(404, "Not Found", QJsonArray{str("Cannot %1 %2").arg(QString::fromLatin1(m), request.path)});
}

HttpReply EvolutionApi::connect(SimSession& session, const QString& number)
{
    switch (session.phase()) {
    case SimSession::Phase::Connected:
    case SimSession::Phase::Zombie:
        return bytes(200, QJsonObject{{str("instance"),
                                       QJsonObject{{str("instanceName"), session.id}, {str("state"), str("open")}}}});
    case SimSession::Phase::NotStarted:
    case SimSession::Phase::Disconnected:
        // connectToWhatsapp(number): the number is only taken from a closed instance.
        session.setPhase(session.token ? SimSession::Phase::Connected : SimSession::Phase::Initializing);
        session.pairingPhone = number;
        if (session.token)
            return bytes(200, QJsonObject{{str("instance"), QJsonObject{{str("instanceName"), session.id},
                                                                        {str("state"), str("open")}}}});
        return bytes(200, QJsonObject{{str("count"), 0}});
    case SimSession::Phase::Initializing:
    case SimSession::Phase::Qr:
        break;
    }
    if (!advanceToQr(session))
        return bytes(200, QJsonObject{{str("count"), 0}});
    const QString text = session.qrText(m_model.scenario().qrRotateMs());
    session.pairingCodeGiven = !session.pairingPhone.isEmpty();
    return bytes(200,
                 QJsonObject{
                     {str("pairingCode"), session.pairingPhone.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(pairingCodeFor(session, false))},
                     {str("code"), text},
                     {str("base64"), QString(str("data:image/png;base64,") + pngBase64(session))},
                     {str("count"), session.qrRotation(m_model.scenario().qrRotateMs()) + 1},
                 });
}

// --- Whapi.Cloud -------------------------------------------------------------------------------

namespace {
HttpReply whapiError(int status, const QString& message)
{
    return bytes(status, QJsonObject{{str("error"), QJsonObject{{str("code"), status}, {str("message"), message}}}});
}

void forgetLink(SimSession& session)
{
    session.token = false;
    session.phone.clear();
    session.pairingPhone.clear();
    session.pairingCodeGiven = false;
}

bool linked(const SimSession& session)
{
    return session.phase() == SimSession::Phase::Connected || session.phase() == SimSession::Phase::Zombie;
}

bool stopped(const SimSession& session)
{
    return session.phase() == SimSession::Phase::NotStarted || session.phase() == SimSession::Phase::Disconnected;
}
} // namespace

QString WhapiApi::statusOf(const SimSession& session)
{
    if (!session.rawStatus.isEmpty())
        return session.rawStatus;
    switch (session.phase()) {
    case SimSession::Phase::NotStarted:
    case SimSession::Phase::Disconnected:
        return str("NOT_INIT");
    case SimSession::Phase::Initializing:
        return str("LAUNCH");
    case SimSession::Phase::Qr:
        return str("QR");
    case SimSession::Phase::Connected:
    case SimSession::Phase::Zombie: // the phone is gone; the channel still says AUTH
        return str("AUTH");
    }
    return str("NOT_INIT");
}

bool WhapiApi::credentialOk(const SimRequest& request) const
{
    return !m_secret.isEmpty() && request.header("Authorization") == QByteArray("Bearer " + m_secret.toUtf8());
}

SimSession* WhapiApi::channel()
{
    for (SimSession* session : m_model.sessions()) {
        if (!session->hidden)
            return session;
    }
    return nullptr;
}

QByteArray WhapiApi::listingBody()
{
    SimSession* session = channel();
    if (!session)
        return "{}";
    const QString text = statusOf(*session);
    static const QStringList codes = {str("INIT"), str("LAUNCH"), str("QR"), str("AUTH")};
    QJsonObject body{{str("channel_id"), session->id},
                     {str("start_at"), 1764633600},
                     {str("uptime"), 3600},
                     {str("version"), QJsonObject{{str("number"), str("1.8.7")}}},
                     {str("status"), QJsonObject{{str("code"), codes.indexOf(text) + 1}, {str("text"), text}}}};
    if (linked(*session) && !session->phone.isEmpty())
        body.insert(str("user"), QJsonObject{{str("id"), session->phone}, {str("name"), session->name}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HttpReply WhapiApi::unauthorized() const
{
    return whapiError(401, str("Unauthorized"));
}

HttpReply WhapiApi::handle(const SimRequest& request)
{
    const QByteArray& m = request.method;
    SimSession* session = channel();
    if (!session)
        return whapiError(404, str("Channel not found"));
    // wakeup defaults to true: a read-only poll must say false, or it launches the channel.
    const bool wakeup = request.queryItem(str("wakeup")) != str("false");
    if (request.path == str("/health") && m == "GET") {
        if (wakeup && stopped(*session))
            session->setPhase(session->token ? SimSession::Phase::Connected : SimSession::Phase::Initializing);
        HttpReply reply;
        reply.body = listingBody();
        return reply;
    }
    if (request.path.startsWith(str("/users/login")) && m == "GET") {
        if (linked(*session))
            return whapiError(409, str("Channel already authenticated"));
        if (stopped(*session)) {
            if (!wakeup)
                return whapiError(400, str("Channel not launched"));
            session->setPhase(SimSession::Phase::Initializing);
        }
        if (!advanceToQr(*session))
            return bytes(200, QJsonObject{{str("status"), str("WAITING")}});
        const QString tail = request.segments.value(3);
        if (request.segments.size() == 4 && tail != str("rowdata") && tail != str("image")) {
            session->pairingPhone = tail; // GET /users/login/{phone}: a pairing code
            session->pairingCodeGiven = true;
            return bytes(200, QJsonObject{{str("status"), str("OK")}, {str("code"), pairingCodeFor(*session, true)}});
        }
        const int rotateMs = m_model.scenario().qrRotateMs();
        return bytes(200, QJsonObject{{str("status"), str("OK")},
                                      {str("rowdata"), session->qrText(rotateMs)},
                                      {str("base64"), pngBase64(*session)},
                                      {str("expire"), qMax(1, rotateMs / 1000)}});
    }
    if (request.path == str("/users/logout") && m == "POST") {
        if (!linked(*session) && session->phase() != SimSession::Phase::Qr)
            return whapiError(409, str("Channel already logged out"));
        forgetLink(*session);
        session->setPhase(SimSession::Phase::Initializing);
        return bytes(200, QJsonObject{{str("success"), true}});
    }
    if (request.path == str("/chats") && m == "GET") {
        // {"chats": [{id, last_message: {timestamp (s), from_me}}]}, newest first.
        const ChatTimes t = chatTimes(*session);
        QJsonArray chats;
        if (t.outboundSecs)
            chats.append(QJsonObject{{str("id"), str("5511900000001@s.whatsapp.net")},
                                     {str("last_message"), QJsonObject{{str("timestamp"), t.outboundSecs},
                                                                       {str("from_me"), true},
                                                                       {str("source"), str("api")}}}});
        if (t.inboundSecs)
            chats.append(QJsonObject{{str("id"), str("5511900000002@s.whatsapp.net")},
                                     {str("last_message"), QJsonObject{{str("timestamp"), t.inboundSecs},
                                                                       {str("from_me"), false},
                                                                       {str("source"), str("mobile")}}}});
        return bytes(200,
                     QJsonObject{{str("chats"), chats}, {str("count"), chats.size()}, {str("total"), chats.size()}});
    }
    return whapiError(404, str("Not found"));
}

// --- wppconnect-server ----------------------------------------------------------------------------

QString WppconnectApi::statusOf(const SimSession& session)
{
    if (!session.rawStatus.isEmpty())
        return session.rawStatus;
    switch (session.phase()) {
    case SimSession::Phase::NotStarted:
    case SimSession::Phase::Disconnected:
        return str("CLOSED");
    case SimSession::Phase::Initializing:
        return str("INITIALIZING");
    case SimSession::Phase::Qr:
        return session.pairingPhone.isEmpty() ? str("QRCODE") : str("PHONECODE");
    case SimSession::Phase::Connected:
    case SimSession::Phase::Zombie: // the phone is gone; the server still says CONNECTED
        return str("CONNECTED");
    }
    return str("CLOSED");
}

QString WppconnectApi::tokenFor(const QString& session, const QString& secret)
{
    // bcrypt in the real server; any stable hash of session + secret serves here. '/' -> '_', '+' -> '-'.
    const QByteArray hash = QCryptographicHash::hash((session + secret).toUtf8(), QCryptographicHash::Sha256);
    return str("$2b$10$") + QString::fromLatin1(hash.toBase64().left(53))
                                .replace(QLatin1Char('/'), QLatin1Char('_'))
                                .replace(QLatin1Char('+'), QLatin1Char('-'));
}

bool WppconnectApi::secretRoute(const SimRequest& request) const
{
    const QStringList& s = request.segments;
    return (s.size() == 4 && s.at(3) == str("show-all-sessions")) ||
           (s.size() == 5 && (s.at(4) == str("generate-token") || s.at(4) == str("clear-session-data")));
}

bool WppconnectApi::credentialOk(const SimRequest& request) const
{
    const QStringList& s = request.segments;
    if (m_secret.isEmpty() || s.size() < 4 || s.at(1) != str("api"))
        return false;
    if (secretRoute(request))
        return s.at(s.size() == 4 ? 2 : 3) == m_secret;
    return request.header("Authorization") == QByteArray("Bearer " + tokenFor(s.at(2), m_secret).toUtf8());
}

QByteArray WppconnectApi::listingBody()
{
    QJsonArray names;
    for (SimSession* session : m_model.sessions()) {
        if (!session->hidden)
            names.append(session->id);
    }
    return QJsonDocument(QJsonObject{{str("response"), names}}).toJson(QJsonDocument::Compact);
}

HttpReply WppconnectApi::unauthorized() const
{
    return bytes(401, QJsonObject{{str("error"), str("Check that the Session and Token are correct")}});
}

QJsonObject WppconnectApi::status(SimSession& session)
{
    if (session.phase() == SimSession::Phase::Initializing && m_started.contains(session.id))
        advanceToQr(session); // the browser gets to the QR after a few looks
    const QString word = statusOf(session);
    QJsonObject o{{str("status"), word}, {str("version"), str("2.8.6")}};
    if (session.phase() == SimSession::Phase::Qr && session.pairingPhone.isEmpty()) {
        o.insert(str("qrcode"), QString(str("data:image/png;base64,") + pngBase64(session)));
        o.insert(str("urlcode"), session.qrText(m_model.scenario().qrRotateMs()));
    } else {
        o.insert(str("qrcode"), QJsonValue::Null);
    }
    return o;
}

HttpReply WppconnectApi::handle(const SimRequest& request)
{
    const QStringList& s = request.segments;
    const QByteArray& m = request.method;
    if (request.path == str("/healthz") && m == "GET")
        return bytes(200,
                     QJsonObject{{str("uptime"), 3600}, {str("message"), str("OK")}, {str("timestamp"), 1764633600}});
    if (s.size() < 4 || s.at(1) != str("api"))
        return bytes(404, QJsonObject{{str("message"), str("Not found")}});
    const bool ok = credentialOk(request);
    if (secretRoute(request)) {
        if (!ok)
            return bytes(400, QJsonObject{{str("response"), false},
                                          {str("message"), s.size() == 4 ? str("The token is incorrect")
                                                                         : str("The SECRET_KEY is incorrect")}});
        if (s.size() == 4 && m == "GET") {
            HttpReply reply;
            reply.body = listingBody();
            return reply;
        }
        const QString name = s.at(2);
        if (s.at(4) == str("generate-token") && m == "POST") {
            const QString token = tokenFor(name, m_secret);
            return bytes(201, QJsonObject{{str("status"), str("success")},
                                          {str("session"), name},
                                          {str("token"), token},
                                          {str("full"), QString(name + QLatin1Char(':') + token)}});
        }
        if (s.at(4) == str("clear-session-data") && m == "POST") {
            m_model.remove(name);
            return bytes(200, QJsonObject{{str("success"), true}});
        }
        return bytes(404, QJsonObject{{str("message"), str("Not found")}});
    }
    if (request.header("Authorization").isEmpty())
        return bytes(401, QJsonObject{{str("message"), str("Token is not present. Check your header and try again")}});
    if (!ok)
        return unauthorized();
    const QString name = s.at(2);
    const QString action = s.value(3);
    SimSession* session = m_model.find(name);
    if (action == str("start-session") && m == "POST") {
        if (!session) {
            SimSession created;
            created.id = name;
            created.name = name;
            m_model.add(created);
            session = m_model.find(name);
        }
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString phone = body.value(str("phone")).toString();
        m_started.insert(name);
        // A no-op unless CLOSED or no client; the reply is the status at call time.
        if (!stopped(*session) || !body.value(str("waitQrCode")).toBool()) {
            const QJsonObject now = status(*session);
            if (stopped(*session)) {
                session->setPhase(session->token ? SimSession::Phase::Connected : SimSession::Phase::Initializing);
                session->pairingPhone = phone;
            }
            return bytes(201, now);
        }
        // waitQrCode: held until the first QR, or the pairing code when a phone was given.
        session->setPhase(session->token ? SimSession::Phase::Connected : SimSession::Phase::Qr);
        session->pairingPhone = phone;
        if (linked(*session))
            return bytes(201, QJsonObject{{str("status"), str("CONNECTED")}, {str("session"), name}});
        if (!phone.isEmpty()) {
            session->pairingCodeGiven = true;
            return bytes(201, QJsonObject{{str("status"), str("phoneCode")},
                                          {str("phone"), phone},
                                          {str("phoneCode"), pairingCodeFor(*session, true)},
                                          {str("session"), name}});
        }
        return bytes(201, QJsonObject{{str("status"), str("qrcode")},
                                      {str("qrcode"), pngBase64(*session)},
                                      {str("urlcode"), session->qrText(m_model.scenario().qrRotateMs())},
                                      {str("session"), name}});
    }
    if (!session) // the server answers for any name with a token; an unknown one has no client
        return bytes(200, QJsonObject{{str("status"), QJsonValue::Null}, {str("qrcode"), QJsonValue::Null}});
    if (action == str("status-session") && m == "GET")
        return bytes(200, status(*session));
    if (action == str("logout-session") && m == "POST") {
        forgetLink(*session);
        session->setPhase(SimSession::Phase::NotStarted);
        return bytes(200, QJsonObject{{str("status"), true}, {str("message"), str("Session successfully closed")}});
    }
    if (action == str("close-session") && m == "POST") {
        session->setPhase(SimSession::Phase::Disconnected);
        return bytes(200, QJsonObject{{str("status"), true}, {str("message"), str("Session successfully closed")}});
    }
    return bytes(404, QJsonObject{{str("message"), str("Not found")}});
}

} // namespace sim
