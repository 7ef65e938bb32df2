#pragma once

#include "history/HistoryEvent.h"

#include <QHash>
#include <QList>

#include <optional>

namespace history {

// One stretch of a session's timeline in one status.
struct Segment
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    sessions::Status status = sessions::Status::Unknown;
    bool zombie = false;

    bool isUp() const { return status == sessions::Status::Connected && !zombie; }
    bool operator==(const Segment&) const = default;
};

// The stretches of one session within [fromMs, toMs] (toMs: "now" by the history database's
// clock). `events` are that session's status changes, oldest first, from fromMs on; `current` its
// last state, for a window in which nothing changed. The state before the first change in the
// window is that change's `from`; a session first seen inside the window has no stretch before
// it (it did not exist yet, or the app had never seen it). A change stamped after toMs (a desk
// with a clock ahead) counts at toMs; changes out of order are taken in time order.
QList<Segment> timeline(QList<Event> events, const std::optional<SessionState>& current, qint64 fromMs, qint64 toMs);

// Connected and not possibly disconnected, over the time the history knows of.
struct Uptime
{
    qint64 knownMs = 0;
    qint64 upMs = 0;

    bool isKnown() const { return knownMs > 0; }
    double percent() const { return knownMs > 0 ? 100.0 * double(upMs) / double(knownMs) : 0.0; }
};
Uptime uptimeOf(const QList<Segment>& segments);

// The 24-hour and 7-day uptime of every session of a gateway, from its status changes of the
// last 7 days (any order, every session mixed) and its last states.
struct UptimePair
{
    Uptime day;
    Uptime week;
};
using Uptimes = QHash<QString, UptimePair>;
Uptimes uptimes(const QList<Event>& weekOfEvents, const SessionStates& states, qint64 nowMs);

// The 24-hour uptime of a set of sessions together (their known time added up); nullopt when
// the history knows none of them.
std::optional<double> dayUptimeOf(const Uptimes& uptimes, const QStringList& sessions);

// The drops of a timeline: where a connected session stopped being connected.
QList<qint64> drops(const QList<Segment>& segments);

} // namespace history

Q_DECLARE_METATYPE(history::Uptimes)
