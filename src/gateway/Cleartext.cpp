#include "gateway/Cleartext.h"

namespace gateway {

bool mayCarrySecret(const QUrl& url, const HostResolver& resolver)
{
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return true; // https (other schemes never get this far: GatewayUrlCheck refuses them)
    const QString host = url.host().toLower();
    QHostAddress literal;
    if (literal.setAddress(host))
        return literal.isLoopback();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    if (!resolver)
        return false;
    const QList<QHostAddress> addresses = resolver(host);
    if (addresses.isEmpty())
        return false;
    for (const QHostAddress& address : addresses) {
        if (!address.isLoopback())
            return false;
    }
    return true;
}

} // namespace gateway
