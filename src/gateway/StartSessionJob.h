#pragma once

#include "gateway/GatewayJob.h"

namespace gateway {

// POST /api/channels/{id}/start-session (no body): starts a session that is not running.
class StartSessionJob : public GatewayJob
{
    Q_OBJECT

public:
    StartSessionJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
    {}

protected:
    Result interpret(Result result) const override;
};

} // namespace gateway
