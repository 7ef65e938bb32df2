#pragma once

// How ConnectFlow reads the gateway's answers; shared by the QR and the restart halves of the flow.
#include "gateway/ResponseClassifier.h"
#include "gateway/Result.h"

namespace sessions::flowresults {

// Worth another try within the deadline: the gateway or the network may recover by itself.
inline bool isTransient(const gateway::Result& r)
{
    using gateway::ErrorKind;
    switch (r.kind) {
    case ErrorKind::Timeout:
    case ErrorKind::Network:
    case ErrorKind::ProxyTimeout:
    case ErrorKind::EmptyBody:
    case ErrorKind::BadBody:
        return true;
    case ErrorKind::Http:
        return r.httpStatus >= 500 || r.httpStatus == 408 || r.httpStatus == 429;
    default:
        return false;
    }
}

// The pre-patch gateway's way of saying CONNECTED on /qr (contract §2.5 row c).
inline bool isInvalidQrResponse(const gateway::Result& r)
{
    const QString text = r.gatewayError.isEmpty() ? gateway::gatewayErrorText(r.json) : r.gatewayError;
    return !r.ok && text.contains(QLatin1String("Invalid QR code response"), Qt::CaseInsensitive);
}

inline bool saysAlreadyExists(const gateway::Result& r)
{
    const QString text = r.gatewayError.isEmpty() ? gateway::gatewayErrorText(r.json) : r.gatewayError;
    return r.kind == gateway::ErrorKind::Conflict || text.contains(QLatin1String("already exist"), Qt::CaseInsensitive);
}

} // namespace sessions::flowresults
