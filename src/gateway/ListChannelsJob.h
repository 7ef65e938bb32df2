#pragma once

#include "gateway/GatewayJob.h"

namespace gateway {

// GET /api/channels: the session list; a 2xx without a list is a failure.
class ListChannelsJob : public GatewayJob
{
    Q_OBJECT

public:
    ListChannelsJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
    {}

protected:
    Result interpret(Result result) const override;
};

} // namespace gateway
