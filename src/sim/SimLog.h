#pragma once

#include <QLoggingCategory>

namespace sim {
Q_DECLARE_LOGGING_CATEGORY(lcSim)
} // namespace sim
