#pragma once

#include "gateway/GatewayConfig.h"
#include "settings/Profile.h"

namespace settings {

// The gateway part of the saved settings (timeouts, CA file), without URL or credential: those
// come per gateway profile, resolved by runtime::ConfigResolver.
void applyProfileTimeouts(const Profile& profile, gateway::GatewayConfig& config);

} // namespace settings
