#pragma once

#include "gateway/GatewayJob.h"

namespace gateway {

// GET /api/channels/{id}/qr: a QR, or a status (INITIALIZING, CONNECTED), or nothing yet.
class GetQrJob : public GatewayJob
{
    Q_OBJECT

public:
    GetQrJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
    {}

protected:
    Result interpret(Result result) const override;
};

} // namespace gateway
