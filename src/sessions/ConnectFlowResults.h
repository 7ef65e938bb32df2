#pragma once

// How ConnectFlow reads the gateway's answers; shared by the QR and the restart halves of the flow.
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

} // namespace sessions::flowresults
