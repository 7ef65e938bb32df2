#include "ConnectionSettings.h"

namespace settings {

void applyProfileTimeouts(const Profile& profile, gateway::GatewayConfig& config)
{
    config.listTimeout = profile.listTimeout();
    config.requestTimeout = profile.requestTimeout();
    config.connectTimeout = profile.connectTimeout();
    config.caFile = profile.caFile();
    config.allowCleartext = profile.allowCleartextGateway();
}

} // namespace settings
