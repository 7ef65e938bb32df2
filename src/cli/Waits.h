#pragma once

#include "activity/ActivitySnapshot.h"
#include "gateway/Result.h"
#include "history/HistoryEvent.h"
#include "history/Uptime.h"
#include "sessions/Session.h"

#include <QDeadlineTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace activity {
class ActivityIndex;
}
namespace gateway {
class GatewayJob;
}
namespace history {
class HistoryStore;
}
namespace runtime {
class SessionMonitor;
class SessionsRuntime;
} // namespace runtime

// The command line's blocking waits over the runtime (runtime::LocalLoop): the one place a verb
// waits for a job, a refresh, the activity index or the history. Every wait is bounded; what
// runs out of time is cancelled, never left running. The window never waits: it takes the same
// signals asynchronously.
namespace cli::waits {

// The keychain: a desktop's answers in milliseconds; a server without D-Bus fails fast or never
// answers. A write (gateway add/remove) may first have to unlock it, so it gets longer.
inline constexpr std::chrono::seconds KeychainRead{5};
inline constexpr std::chrono::seconds KeychainWrite{10};

// A safety net beyond the jobs' and databases' own timeouts, which always end them.
inline constexpr std::chrono::seconds SafetyMargin{30};

// One job; on time-out it is cancelled and a Timeout failure is returned.
gateway::Result job(gateway::GatewayJob* job, std::chrono::milliseconds bound);

// One gateway's refresh, as the verbs print it.
struct Listing
{
    QString gateway; // the profile's name
    QString dialect;
    gateway::Result result;
    QList<sessions::Session> sessions;
    activity::ActivitySnapshot activity;
    history::SessionStates history; // the sessions' last states, after this refresh recorded its own
};
// Refreshes every gateway at once (listing and activity together, runtime::SessionsRuntime), each
// bounded by its own listing time-out, so a slow one delays only itself. `within`: a tighter
// bound of the caller's own (the rest of a verb's deadline).
QList<Listing> refresh(const QList<runtime::SessionsRuntime*>& gateways,
                       std::optional<std::chrono::milliseconds> within = std::nullopt);

// Which gateways list exactly `sessionId`: the listings only, all at once, within `deadline`.
struct Holders
{
    QStringList holding;    // the names of the gateways that list it
    QStringList unanswered; // the gateways that failed or did not answer in time: they may hold it too
};
Holders gatewaysHolding(const QList<runtime::SessionsRuntime*>& gateways, const QString& sessionId,
                        QDeadlineTimer deadline);

// The last-activity calls the monitor is making to the gateway, bounded by one request time-out
// (then cancelled: the sessions not answered say so).
void gatewayActivity(runtime::SessionMonitor& monitor, std::chrono::milliseconds requestTimeout);

// The activity index's next snapshot; Unavailable with a reason when it did not answer in time.
activity::ActivitySnapshot activity(activity::ActivityIndex& index);

// The history, each read bounded: the sessions' last states of a gateway (and the history clock's
// offset), the 24-hour and 7-day uptimes of its sessions, the events of one session. Without a
// store (runtime::Runtime::history() is null): nothing, at once.
history::SessionStates historyStates(history::HistoryStore* store, const QString& gateway,
                                     qint64* clockOffsetMs = nullptr);
std::optional<history::Uptimes> uptimes(history::HistoryStore* store, const QString& gateway);
struct HistoryPage
{
    bool ok = false; // false: the history did not answer in time
    QList<history::Event> events;
    history::SessionStates states;
    qint64 nowMs = 0;
};
HistoryPage historyOf(history::HistoryStore* store, const QString& gateway, const QString& session, qint64 sinceMs);

} // namespace cli::waits
