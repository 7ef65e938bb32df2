#include "ChannelsApi.h"

#include "QrRenderer.h"
#include "SessionModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace sim {

namespace {

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

ChannelsApi::ChannelsApi(SessionModel& model)
    : m_model(model)
{}

HttpReply ChannelsApi::routeNotFound()
{
    return HttpReply::jsonError(404, str("Route not found"));
}

HttpReply ChannelsApi::notActive()
{
    return HttpReply::json(404, QJsonObject{
                                    {str("success"), false},
                                    {str("error"), QString::fromUtf8("A sessão do WhatsApp não está ativa.")},
                                    {str("correlationId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                });
}

HttpReply ChannelsApi::handle(const SimRequest& request)
{
    // segments: "", "api", "channels", id, action
    const QStringList& s = request.segments;
    if (s.size() < 3 || s.at(1) != str("api") || s.at(2) != str("channels"))
        return routeNotFound();
    const QByteArray& m = request.method;
    if (s.size() == 3) {
        if (m == "GET")
            return list();
        if (m == "POST")
            return create(request.body);
        return routeNotFound();
    }
    const QString& id = s.at(3);
    if (s.size() == 4 && !id.isEmpty()) {
        if (m == "GET")
            return getOne(id);
        if (m == "DELETE")
            return remove(id);
        return routeNotFound();
    }
    if (s.size() == 5 && !id.isEmpty()) {
        if (m == "GET" && s.at(4) == str("qr"))
            return qr(id);
        if (m == "POST" && s.at(4) == str("start-session"))
            return startSession(id);
    }
    return routeNotFound();
}

QByteArray ChannelsApi::listingBody()
{
    QJsonArray channels;
    for (const SimSession* session : m_model.sessions()) {
        if (session->hidden)
            continue;
        channels.append(QJsonObject{
            {str("id"), session->id},
            {str("name"), session->name},
            {str("status"), session->listedStatus()},
        });
    }
    const QJsonObject body{{str("success"), true}, {str("channels"), channels}, {str("total"), channels.size()}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HttpReply ChannelsApi::list()
{
    HttpReply reply;
    reply.body = listingBody();
    // The wrapper asks WPPConnect about each registered session in turn.
    int listed = 0;
    for (const SimSession* session : m_model.sessions())
        listed += session->hidden ? 0 : 1;
    reply.delayMs = listed * m_model.scenario().listDelayPerSessionMs;
    return reply;
}

HttpReply ChannelsApi::getOne(const QString& id)
{
    const SimSession* session = m_model.find(id);
    if (!session)
        return notActive();
    return HttpReply::json(200, QJsonObject{
                                    {str("success"), true},
                                    {str("channel"), QJsonObject{{str("id"), session->id},
                                                                 {str("name"), session->name},
                                                                 {str("status"), session->listedStatus()}}},
                                });
}

HttpReply ChannelsApi::create(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject())
        return HttpReply::jsonError(400, str("Invalid JSON body: expected {\"channel\":\"<id>\"}"));
    const QString id = document.object().value(str("channel")).toString().trimmed();
    if (id.isEmpty())
        return HttpReply::jsonError(400, str("Field \"channel\" is required"));
    if (m_model.find(id))
        return HttpReply::jsonError(409, str("Session already exists"));
    SimSession session;
    session.id = id;
    session.name = id;
    session.hidden = m_model.scenario().createdHidden;
    session.setPhase(SimSession::Phase::Initializing);
    m_model.add(session);
    return HttpReply::json(201, QJsonObject{
                                    {str("success"), true},
                                    {str("message"), str("Session created successfully")},
                                    {str("qr_required"), true},
                                });
}

HttpReply ChannelsApi::remove(const QString& id)
{
    if (!m_model.remove(id))
        return notActive();
    return HttpReply::json(200, QJsonObject{{str("success"), true}, {str("message"), str("Session deleted")}});
}

HttpReply ChannelsApi::startSession(const QString& id)
{
    SimSession* session = m_model.find(id);
    if (!session)
        return notActive();
    QString status;
    switch (session->phase()) {
    case SimSession::Phase::NotStarted:
        session->setPhase(SimSession::Phase::Initializing);
        status = str("INITIALIZING");
        break;
    case SimSession::Phase::Disconnected:
        // A surviving token lets WPPConnect log straight back in.
        session->setPhase(session->token ? SimSession::Phase::Connected : SimSession::Phase::Initializing);
        status = session->token ? str("CONNECTED") : str("INITIALIZING");
        break;
    case SimSession::Phase::Initializing:
        status = str("INITIALIZING");
        break;
    case SimSession::Phase::Qr:
        status = str("QRCODE");
        break;
    case SimSession::Phase::Connected:
    case SimSession::Phase::Zombie:
        status = str("CONNECTED");
        break;
    }
    return HttpReply::json(200, QJsonObject{{str("success"), true}, {str("status"), status}});
}

HttpReply ChannelsApi::qr(const QString& id)
{
    SimSession* session = m_model.find(id);
    if (!session)
        return notActive();
    const Scenario& scenario = m_model.scenario();
    switch (session->phase()) {
    case SimSession::Phase::Disconnected:
        if (session->token) {
            // The contract's side effect: asking for a QR reconnects silently, no QR shown.
            session->setPhase(SimSession::Phase::Connected);
            return HttpReply::json(200, QJsonObject{{str("success"), true},
                                                    {str("qr"), QJsonValue::Null},
                                                    {str("status"), str("INITIALIZING")}});
        }
        [[fallthrough]];
    case SimSession::Phase::NotStarted:
        return HttpReply::jsonError(
            500, str("WPPConnect getQRCode failed: Session not started. Please, use the /start-session route"));
    case SimSession::Phase::Initializing: {
        if (session->qrPolls >= scenario.qrAfterPolls) {
            session->setPhase(SimSession::Phase::Qr);
            return qrImage(*session);
        }
        const bool alternate = session->qrPolls % 2 == 1;
        ++session->qrPolls;
        if (session->qrPolls >= scenario.qrAfterPolls)
            session->setPhase(SimSession::Phase::Qr);
        if (!alternate)
            return HttpReply::json(200, QJsonObject{{str("success"), true}});
        return HttpReply::json(
            200,
            QJsonObject{{str("success"), true}, {str("qr"), QJsonValue::Null}, {str("status"), str("INITIALIZING")}});
    }
    case SimSession::Phase::Qr:
        return qrImage(*session);
    case SimSession::Phase::Connected:
    case SimSession::Phase::Zombie:
        if (!scenario.qrPatched)
            return HttpReply::jsonError(500, str("WPPConnect getQRCode failed: Invalid QR code response from server"));
        return HttpReply::json(200, QJsonObject{
                                        {str("success"), true},
                                        {str("qr"), QJsonValue::Null},
                                        {str("status"), str("CONNECTED")},
                                        {str("message"), str("Session is connected. Restart session to generate "
                                                             "new QR code.")},
                                    });
    }
    return routeNotFound();
}

HttpReply ChannelsApi::qrImage(SimSession& session)
{
    const QString text = session.qrText(m_model.scenario().qrRotateMs());
    const QString format = m_model.qrFormatFor(session);
    if (format == str("text"))
        return HttpReply::json(200, QJsonObject{{str("success"), true}, {str("qr"), text}});
    const QString base64 = QString::fromLatin1(QrRenderer::png(text).toBase64());
    if (format == str("dataurl"))
        return HttpReply::json(
            200, QJsonObject{{str("success"), true}, {str("qrcode"), QString(str("data:image/png;base64,") + base64)}});
    if (format == str("data"))
        return HttpReply::json(200,
                               QJsonObject{{str("success"), true}, {str("data"), QJsonObject{{str("qr"), base64}}}});
    return HttpReply::json(200, QJsonObject{{str("success"), true}, {str("qr"), base64}});
}

} // namespace sim
