#include "SimLog.h"

namespace sim {
Q_LOGGING_CATEGORY(lcSim, "phs.sim")
} // namespace sim
