#pragma once

#include <QDateTime>

namespace sim {

// The simulated gateway's own clock: this computer's, moved by a skew, so a test or a trainee can
// play a gateway whose clock is wrong (`--clock-skew`, POST /__sim/clock). Everything the gateway
// itself dates goes through it: the HTTP Date header and the times of the messages it reports.
// From the client's side a gateway N s ahead looks exactly like a desktop clock N s behind, so
// this also plays the common case: a support PC whose clock is wrong. One per process.
namespace SimClock {
QDateTime nowUtc();
qint64 skewSeconds();
void setSkewSeconds(qint64 seconds);
} // namespace SimClock

} // namespace sim
