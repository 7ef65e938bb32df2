#pragma once

#include "gateway/GatewayJob.h"

namespace gateway {

// GET of a QR image the gateway gave as an http(s) URL. The body is kept raw; the secret is only
// sent when the URL is on the gateway's own origin.
class FetchQrImageJob : public GatewayJob
{
    Q_OBJECT

public:
    FetchQrImageJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
    {}
};

} // namespace gateway
