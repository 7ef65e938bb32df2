#pragma once

#include "gateway/GatewayJob.h"

namespace gateway {

// DELETE /api/channels/{id}: removes a session for good.
class DeleteChannelJob : public GatewayJob
{
    Q_OBJECT

public:
    DeleteChannelJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
    {}

protected:
    Result interpret(Result result) const override;
};

} // namespace gateway
