#include "settings/GatewayUrlCheck.h"

namespace settings {

GatewayUrlCheck GatewayUrlCheck::check(const QString& text)
{
    GatewayUrlCheck result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    result.verdict = Verdict::Invalid;
    if (!url.isValid() || scheme.isEmpty() || !trimmed.contains(QLatin1String("://"))) {
        result.message = tr("Enter a full address that starts with https://, e.g. https://wpp.example.com:8443");
        return result;
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        result.message =
            tr("The gateway is reached over https:// (or http://); \"%1://\" is not supported.").arg(url.scheme());
        return result;
    }
    if (url.host().isEmpty()) {
        result.message = tr("The address has no host name. Enter it as https://host[:port].");
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.message = tr("Leave the user name and password out of the address: the secret has its own field "
                            "and is kept in the keychain.");
        return result;
    }
    if (url.hasQuery() || url.hasFragment()) {
        result.message = tr("The address must not contain \"?\" or \"#\" parts.");
        return result;
    }

    result.url = url;
    if (scheme == QLatin1String("http")) {
        result.verdict = Verdict::Insecure;
        result.message = tr("http:// is not encrypted: the gateway secret and your sessions travel in clear text. "
                            "Use https:// unless the gateway runs on this computer or a trusted network.");
        return result;
    }
    result.verdict = Verdict::Ok;
    return result;
}

} // namespace settings
