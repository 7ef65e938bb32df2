#include "SimLog.h"

namespace sim {
Q_LOGGING_CATEGORY(lcSim, "pixelhub.sim")
} // namespace sim
