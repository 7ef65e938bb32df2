#pragma once

#include "sessions/Health.h"

#include <QString>

namespace health {

using Health = sessions::Health;

struct Verdict
{
    Health health = Health::NotConnected;
    QString reason; // translated: why, e.g. "silent for 5 h 12 min (threshold 4 h)"
};

} // namespace health
