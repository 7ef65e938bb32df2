#pragma once

#include "gateway/GatewayJob.h"

namespace gateway {

// POST /api/channels {"channel": id}: asks the gateway to create a session.
class CreateChannelJob : public GatewayJob
{
    Q_OBJECT

public:
    CreateChannelJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
    {}

protected:
    Result interpret(Result result) const override;
};

} // namespace gateway
