#include "Result.h"

namespace gateway {

QString Result::agentMessage() const
{
    QString text = message.toString();
    if (details.isEmpty() || !text.contains(details))
        return text;
    // As the classifier frames them: "… not trusted (raw). …", "(HTTP 404: raw)", "(HTTP 200, “raw”)".
    for (const QString& framed :
         {QStringLiteral(" (%1)").arg(details), QStringLiteral("(%1)").arg(details),
          QStringLiteral(": %1").arg(details), QStringLiteral(", “%1”").arg(details), details}) {
        if (text.contains(framed)) {
            text.remove(framed);
            break;
        }
    }
    return text;
}

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
