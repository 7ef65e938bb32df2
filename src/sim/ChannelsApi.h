#pragma once

#include "HttpReply.h"
#include "SimRequest.h"

namespace sim {

class SessionModel;
class SimSession;

// The gateway wrapper's /api/channels routes, once the secret has been accepted.
class ChannelsApi
{
public:
    explicit ChannelsApi(SessionModel& model);

    HttpReply handle(const SimRequest& request);
    // The body GET /api/channels would return now (also the source of the "truncated" fault).
    QByteArray listingBody();

    static HttpReply routeNotFound();

private:
    HttpReply list();
    HttpReply getOne(const QString& id);
    HttpReply create(const QByteArray& body);
    HttpReply remove(const QString& id);
    HttpReply startSession(const QString& id);
    HttpReply qr(const QString& id);
    HttpReply qrImage(SimSession& session);
    static HttpReply notActive();

    SessionModel& m_model;
};

} // namespace sim
