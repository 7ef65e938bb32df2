#pragma once

#include <QString>

namespace health {

enum class Health
{
    Healthy,
    Zombie,
    NoActivity, // connected, nothing recorded: not a zombie unless the policy says so
    NotConnected,
    ActivityUnknown, // connected, activity database not configured or unreachable
};

struct Verdict
{
    Health health = Health::NotConnected;
    QString reason; // translated: why, e.g. "silent for 5 h 12 min (threshold 4 h)"
};

} // namespace health
