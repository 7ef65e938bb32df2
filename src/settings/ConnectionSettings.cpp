#include "ConnectionSettings.h"

#include <QtGlobal>

#include <memory>

namespace settings {

void applyProfileTimeouts(const Profile& profile, gateway::GatewayConfig& config)
{
    config.listTimeout = profile.listTimeout();
    config.requestTimeout = profile.requestTimeout();
    config.connectTimeout = profile.connectTimeout();
    config.caFile = profile.caFile();
}

void resolveConnectionSettings(const Profile& profile, SecretStore& secrets, const CommandLineOverrides& flags,
                               std::function<void(const ConnectionSettings&)> done)
{
    auto result = std::make_shared<ConnectionSettings>();
    applyProfileTimeouts(profile, result->gateway);

    const QString envUrl = qEnvironmentVariable("PIXELHUB_GATEWAY_URL").trimmed();
    if (flags.gatewayUrl) {
        result->gateway.baseUrl = *flags.gatewayUrl;
        result->gatewaySource = QStringLiteral("flag");
    } else if (!envUrl.isEmpty()) {
        result->gateway.baseUrl = QUrl(envUrl);
        result->gatewaySource = QStringLiteral("environment");
    } else if (profile.gatewayUrl().isValid() && !profile.gatewayUrl().isEmpty()) {
        result->gateway.baseUrl = profile.gatewayUrl();
        result->gatewaySource = QStringLiteral("profile");
    }

    const QString envDsn = qEnvironmentVariable("PIXELHUB_ACTIVITY_DSN").trimmed();
    result->activityDsn = flags.activityDsn ? *flags.activityDsn : (!envDsn.isEmpty() ? envDsn : profile.activityDsn());

    // The secret and password: environment first (values for this run only), then the keychain.
    const QString envSecret = qEnvironmentVariable("PIXELHUB_GATEWAY_SECRET");
    const QString envPassword = qEnvironmentVariable("PIXELHUB_ACTIVITY_PASSWORD");
    if (!envSecret.isEmpty())
        secrets.setRuntimeValue(SecretStore::Key::GatewaySecret, envSecret);
    if (!envPassword.isEmpty())
        secrets.setRuntimeValue(SecretStore::Key::ActivityPassword, envPassword);

    SecretStore* store = &secrets;
    store->read(SecretStore::Key::GatewaySecret, [result, store, done](const QString& secret, bool) {
        result->gateway.secret = secret;
        if (result->activityDsn.isEmpty()) {
            done(*result);
            return;
        }
        store->read(SecretStore::Key::ActivityPassword, [result, done](const QString& password, bool) {
            result->activityPassword = password;
            done(*result);
        });
    });
}

} // namespace settings
