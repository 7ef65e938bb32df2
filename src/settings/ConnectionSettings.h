#pragma once

#include "gateway/GatewayConfig.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <functional>
#include <optional>

namespace settings {

// What the command line said, if anything. Secrets are never among them: they leak into `ps`.
struct CommandLineOverrides
{
    std::optional<QUrl> gatewayUrl;
    std::optional<QString> activityDsn;
};

// Where the gateway and activity settings of this run come from, resolved once, in the design's
// order of precedence: command-line flags, then PIXELHUB_* environment variables, then the profile.
struct ConnectionSettings
{
    gateway::GatewayConfig gateway;
    QString gatewaySource; // "flag", "environment", "profile" or "" (none)
    QString activityDsn;   // password-free
    QString activityPassword;
};

// Reads the environment (PIXELHUB_GATEWAY_URL, PIXELHUB_GATEWAY_SECRET, PIXELHUB_ACTIVITY_DSN,
// PIXELHUB_ACTIVITY_PASSWORD), then the keychain for what is still missing; calls back once.
// Secrets from the environment are handed to the store as run-time values, never persisted.
void resolveConnectionSettings(const Profile& profile, SecretStore& secrets, const CommandLineOverrides& flags,
                               std::function<void(const ConnectionSettings&)> done);

// The gateway part of the profile (timeouts, CA file), without URL or secret.
void applyProfileTimeouts(const Profile& profile, gateway::GatewayConfig& config);

} // namespace settings
