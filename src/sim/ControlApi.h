#pragma once

#include "HttpReply.h"
#include "SimRequest.h"

#include <QJsonObject>

namespace sim {

class GatewaySimulator;
class SessionModel;

// The /__sim/ endpoints: act as the phone and the network from another process. No secret needed;
// the simulator only listens on loopback.
class ControlApi
{
public:
    ControlApi(GatewaySimulator& simulator, SessionModel& model);

    HttpReply handle(const SimRequest& request);

private:
    HttpReply sessionAction(const QString& id, const QString& action, const QJsonObject& body);
    HttpReply addSession(const QJsonObject& body);
    HttpReply latency(const QJsonObject& body);
    HttpReply clock(const QJsonObject& body);
    HttpReply fault(const QJsonObject& body);
    HttpReply requests() const;
    HttpReply scenario(const QJsonObject& body);

    GatewaySimulator& m_simulator;
    SessionModel& m_model;
};

} // namespace sim
