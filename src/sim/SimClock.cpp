#include "SimClock.h"

#include <atomic>

namespace sim::SimClock {

namespace {
std::atomic<qint64> g_skewSeconds{0};
} // namespace

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc().addSecs(g_skewSeconds.load());
}

qint64 skewSeconds()
{
    return g_skewSeconds.load();
}

void setSkewSeconds(qint64 seconds)
{
    g_skewSeconds.store(seconds);
}

} // namespace sim::SimClock
