#pragma once

namespace sessions {

// Health is an overlay on top of the status: only a Connected session can be a zombie. The
// rules that decide it live in health/ (ZombiePolicy); the value travels with the session.
enum class Health
{
    Healthy,
    Zombie,
    NoActivity, // connected, nothing recorded: not a zombie unless the policy says so
    NotConnected,
    ActivityUnknown, // connected, activity database not configured or unreachable
};

} // namespace sessions
