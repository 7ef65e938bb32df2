#include "ControlApi.h"

#include "GatewaySimulator.h"
#include "SessionModel.h"
#include "SimClock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sim {

namespace {

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

HttpReply ok(QJsonObject extra = {})
{
    extra.insert(str("success"), true);
    return HttpReply::json(200, extra);
}

HttpReply actionReply(SessionModel::ActionResult result, const QString& wrongPhase)
{
    switch (result) {
    case SessionModel::ActionResult::Done:
        return ok();
    case SessionModel::ActionResult::UnknownSession:
        return HttpReply::jsonError(404, str("Unknown session"));
    case SessionModel::ActionResult::WrongPhase:
        return HttpReply::jsonError(409, wrongPhase);
    }
    return HttpReply::jsonError(500, str("Unexpected result"));
}

} // namespace

ControlApi::ControlApi(GatewaySimulator& simulator, SessionModel& model)
    : m_simulator(simulator)
    , m_model(model)
{}

HttpReply ControlApi::handle(const SimRequest& request)
{
    const QStringList& s = request.segments; // "", "__sim", ...
    const QByteArray& m = request.method;
    const QString what = s.value(2);
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return HttpReply::jsonError(400, str("The body must be a JSON object"));
        body = document.object();
    }

    if (what == str("sessions")) {
        if (s.size() == 3 && m == "POST")
            return addSession(body);
        if (s.size() == 5 && m == "POST")
            return sessionAction(s.at(3), s.at(4), body);
    } else if (s.size() == 3) {
        if (what == str("latency") && m == "POST")
            return latency(body);
        if (what == str("fault") && m == "POST")
            return fault(body);
        if (what == str("clock") && m == "POST")
            return clock(body);
        if (what == str("fault") && m == "DELETE") {
            m_simulator.clearFaults();
            return ok();
        }
        if (what == str("requests") && m == "GET")
            return requests();
        if (what == str("requests") && m == "DELETE") {
            m_simulator.clearRequests();
            return ok();
        }
        if (what == str("state") && m == "GET")
            return HttpReply::json(200, m_simulator.stateJson());
        if (what == str("scenario") && m == "POST")
            return scenario(body);
    }
    return HttpReply::jsonError(404, str("Route not found"));
}

HttpReply ControlApi::sessionAction(const QString& id, const QString& action, const QJsonObject& body)
{
    if (action == str("scan"))
        return actionReply(m_model.scan(id), str("The session is not showing a QR code"));
    if (action == str("unlink"))
        return actionReply(m_model.unlink(id), str("The session is not connected"));
    if (action == str("silent")) {
        if (!body.value(str("silent")).isBool())
            return HttpReply::jsonError(400, str("Expected {\"silent\": true|false}"));
        return actionReply(m_model.setSilent(id, body.value(str("silent")).toBool()), {});
    }
    if (action == str("inbound")) {
        // {"ageSeconds": N} or {"at": "ISO 8601"}: the newest inbound message; {"at": null}: none;
        // {"reset": true}: what the session's phase implies.
        if (body.value(str("reset")).toBool())
            return actionReply(m_model.setLastInbound(id, std::nullopt), {});
        if (body.value(str("ageSeconds")).isDouble())
            return actionReply(m_model.setLastInbound(
                                   id, SimClock::nowUtc().addSecs(-qint64(body.value(str("ageSeconds")).toDouble()))),
                               {});
        if (body.contains(str("at")) && body.value(str("at")).isNull())
            return actionReply(m_model.setLastInbound(id, QDateTime()), {});
        const QDateTime at = QDateTime::fromString(body.value(str("at")).toString(), Qt::ISODate);
        if (!at.isValid())
            return HttpReply::jsonError(
                400, str("Expected {\"ageSeconds\": N}, {\"at\": \"ISO 8601\"|null} or {\"reset\": true}"));
        return actionReply(m_model.setLastInbound(id, at.toUTC()), {});
    }
    return HttpReply::jsonError(404, str("Route not found"));
}

HttpReply ControlApi::addSession(const QJsonObject& body)
{
    QString error;
    const auto session = SimSession::fromJson(body, &error);
    if (!session)
        return HttpReply::jsonError(400, error);
    if (!m_model.add(*session))
        return HttpReply::jsonError(409, str("Session already exists"));
    return HttpReply::json(201, QJsonObject{{str("success"), true}, {str("id"), session->id}});
}

HttpReply ControlApi::latency(const QJsonObject& body)
{
    if (!body.value(str("ms")).isDouble())
        return HttpReply::jsonError(400, str("Expected {\"ms\": N, \"path\": \"/api/...\"}"));
    m_simulator.setLatency(body.value(str("ms")).toInt(), body.value(str("path")).toString());
    return ok();
}

HttpReply ControlApi::clock(const QJsonObject& body)
{
    if (!body.value(str("skewSeconds")).isDouble())
        return HttpReply::jsonError(400, str("Expected {\"skewSeconds\": N}"));
    SimClock::setSkewSeconds(qint64(body.value(str("skewSeconds")).toDouble()));
    return ok();
}

HttpReply ControlApi::fault(const QJsonObject& body)
{
    const QString kindName = body.value(str("kind")).toString();
    const auto kind = faultKindFromString(kindName);
    if (!kind)
        return HttpReply::jsonError(400, QStringLiteral("Unknown fault kind \"%1\"").arg(kindName));
    FaultSpec spec;
    spec.kind = *kind;
    spec.pathPrefix = body.value(str("path")).toString();
    spec.count = body.value(str("count")).toInt(-1);
    spec.delayMs = qMax(0, body.value(str("delayMs")).toInt(0));
    spec.method = body.value(str("method")).toString().toUpper();
    m_simulator.setFault(spec);
    return ok();
}

HttpReply ControlApi::requests() const
{
    QJsonArray list;
    for (const RequestRecord& record : m_simulator.requests()) {
        list.append(QJsonObject{{str("method"), record.method},
                                {str("path"), record.path},
                                {str("time"), record.time.toString(Qt::ISODateWithMs)},
                                {str("secretOk"), record.secretOk}});
    }
    return ok(QJsonObject{{str("requests"), list}, {str("total"), list.size()}});
}

HttpReply ControlApi::scenario(const QJsonObject& body)
{
    QString error;
    if (!m_simulator.loadScenario(body, &error))
        return HttpReply::jsonError(400, error);
    return ok();
}

} // namespace sim
