#include "Result.h"

namespace gateway {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::NotConfigured:
        return QStringLiteral("not_configured");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::Redirect:
        return QStringLiteral("redirect");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::ProxyAuth:
        return QStringLiteral("proxy_auth");
    case ErrorKind::ProxyTimeout:
        return QStringLiteral("proxy_timeout");
    case ErrorKind::Html:
        return QStringLiteral("html");
    case ErrorKind::RouteNotFound:
        return QStringLiteral("route_not_found");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::Http:
        return QStringLiteral("http");
    case ErrorKind::EmptyBody:
        return QStringLiteral("empty_body");
    case ErrorKind::BadBody:
        return QStringLiteral("bad_body");
    case ErrorKind::TooLarge:
        return QStringLiteral("too_large");
    case ErrorKind::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("unknown");
}

} // namespace gateway
