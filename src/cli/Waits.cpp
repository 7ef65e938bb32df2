#include "cli/Waits.h"

#include "activity/ActivityIndex.h"
#include "gateway/GatewayClient.h"
#include "gateway/ListChannelsJob.h"
#include "history/HistoryStore.h"
#include "runtime/GatewayActivity.h"
#include "runtime/LocalLoop.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"

#include <QCoreApplication>
#include <QPointer>

namespace cli::waits {

using namespace std::chrono_literals;

namespace {

// The texts keep the translation context of the CommandContext they came from (translate()).

// Beyond the activity index's own timeout and watchdog, and the history database's timeouts.
constexpr auto ActivityWait = 90s;
constexpr auto HistoryWait = 60s;

std::chrono::milliseconds listBound(runtime::SessionsRuntime& g)
{
    const gateway::GatewayConfig& config = g.client().config();
    std::chrono::milliseconds bound = std::chrono::duration_cast<std::chrono::milliseconds>(config.listTimeout);
    // Then the last-activity calls to the gateway, which the monitor ends within one request time-out.
    if (g.monitor().gatewayActivity().available())
        bound += std::chrono::duration_cast<std::chrono::milliseconds>(config.requestTimeout);
    return bound;
}

// Runs loop until `slot` (connected to the store's `signal`) quits it, or the history wait ends.
template <typename Signal, typename Slot>
bool awaitStore(history::HistoryStore& store, Signal signal, runtime::LocalLoop& loop, Slot slot)
{
    const QMetaObject::Connection c = QObject::connect(&store, signal, &store, slot);
    const bool answered = loop.exec(HistoryWait);
    QObject::disconnect(c);
    return answered;
}

} // namespace

gateway::Result job(gateway::GatewayJob* job, std::chrono::milliseconds bound)
{
    QPointer<gateway::GatewayJob> guard(job);
    gateway::Result out;
    runtime::LocalLoop loop;
    QObject::connect(job, &gateway::GatewayJob::finished, job, [&out, &loop](const gateway::Result& r) {
        out = r;
        loop.quit();
    });
    if (!loop.exec(bound)) {
        if (guard) {
            guard->disconnect();
            guard->cancel();
        }
        out = gateway::Result::failure(
            gateway::ErrorKind::Timeout,
            QCoreApplication::translate("cli::CommandContext",
                                        "The gateway did not answer in time. Check the gateway and try again."));
    }
    return out;
}

QList<Listing> refresh(const QList<runtime::SessionsRuntime*>& gateways,
                       std::optional<std::chrono::milliseconds> within)
{
    QList<Listing> out(gateways.size());
    qsizetype pending = 0;
    runtime::LocalLoop loop;
    std::chrono::milliseconds bound{0};
    QList<QMetaObject::Connection> connections;
    for (qsizetype i = 0; i < gateways.size(); ++i) {
        runtime::SessionsRuntime* g = gateways.at(i);
        out[i].gateway = g->name();
        out[i].dialect = g->setup().profile.dialect;
        if (!g->setup().problem.isEmpty()) {
            out[i].result = gateway::Result::failure(gateway::ErrorKind::NotConfigured, g->setup().problem);
            continue;
        }
        connections << QObject::connect(g, &runtime::SessionsRuntime::snapshotReady, g,
                                        [&out, &pending, &loop, i](const runtime::RefreshSnapshot& s) {
                                            out[i].result = s.result;
                                            out[i].sessions = s.sessions;
                                            out[i].activity = s.activity;
                                            out[i].history = s.history;
                                            if (--pending == 0)
                                                loop.quit();
                                        });
        bound = std::max(bound, listBound(*g));
        if (g->refresh())
            ++pending;
    }
    const std::chrono::milliseconds wait = within ? std::min<std::chrono::milliseconds>(*within, bound + SafetyMargin)
                                                  : std::chrono::milliseconds(bound + SafetyMargin);
    if (pending > 0 && !loop.exec(wait)) {
        for (qsizetype i = 0; i < gateways.size(); ++i) {
            runtime::SessionsRuntime* g = gateways.at(i);
            if (!g->isRefreshing())
                continue;
            g->monitor().cancel();
            out[i].result = gateway::Result::failure(
                gateway::ErrorKind::Timeout,
                QCoreApplication::translate("cli::CommandContext",
                                            "The gateway did not list its sessions in time. Check "
                                            "the gateway and try again."));
        }
    }
    for (const auto& c : std::as_const(connections))
        QObject::disconnect(c);
    return out;
}

Holders gatewaysHolding(const QList<runtime::SessionsRuntime*>& gateways, const QString& sessionId,
                        QDeadlineTimer deadline)
{
    Holders holders;
    QStringList answered;
    qsizetype pending = 0;
    runtime::LocalLoop loop;
    std::chrono::milliseconds bound{0};
    QList<QPointer<gateway::ListChannelsJob>> jobs;
    for (runtime::SessionsRuntime* g : gateways) {
        auto* job = g->client().listChannels();
        jobs << job;
        ++pending;
        bound = std::max(bound, listBound(*g));
        QObject::connect(job, &gateway::GatewayJob::finished, job,
                         [&, job, name = g->name()](const gateway::Result& r) {
                             if (r.ok) {
                                 answered << name;
                                 for (const gateway::ChannelInfo& c : job->channels()) {
                                     if (c.id == sessionId) {
                                         holders.holding << name;
                                         break;
                                     }
                                 }
                             }
                             if (--pending == 0)
                                 loop.quit();
                         });
    }
    const auto left = std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime()));
    const auto wait = deadline.isForever() ? bound + SafetyMargin : std::min(left, bound + SafetyMargin);
    if (!loop.exec(wait)) {
        for (const auto& job : std::as_const(jobs)) {
            if (job) {
                job->disconnect();
                job->cancel();
            }
        }
    }
    for (runtime::SessionsRuntime* g : gateways) {
        if (!answered.contains(g->name()))
            holders.unanswered << g->name();
    }
    return holders;
}

void gatewayActivity(runtime::SessionMonitor& monitor, std::chrono::milliseconds requestTimeout)
{
    if (!monitor.gatewayActivityPending())
        return;
    runtime::LocalLoop loop;
    const QMetaObject::Connection c = QObject::connect(&monitor, &runtime::SessionMonitor::gatewayActivityFinished,
                                                       &monitor, [&loop] { loop.quit(); });
    if (!loop.exec(requestTimeout + SafetyMargin))
        monitor.cancelGatewayActivity();
    QObject::disconnect(c);
}

activity::ActivitySnapshot activity(activity::ActivityIndex& index)
{
    activity::ActivitySnapshot snapshot;
    runtime::LocalLoop loop;
    const QMetaObject::Connection connection =
        QObject::connect(&index, &activity::ActivityIndex::ready, &index, [&](const activity::ActivitySnapshot& s) {
            snapshot = s;
            loop.quit();
        });
    index.refresh();
    // The index answers within its own timeout plus a grace (its watchdog), even if the database hangs.
    if (!loop.exec(ActivityWait)) {
        snapshot.state = activity::ActivitySnapshot::State::Unavailable;
        snapshot.reason =
            QCoreApplication::translate("cli::CommandContext", "The activity database did not answer in time.");
    }
    QObject::disconnect(connection);
    return snapshot;
}

history::SessionStates historyStates(history::HistoryStore* store, const QString& gateway, qint64* clockOffsetMs)
{
    history::SessionStates states;
    if (!store)
        return states;
    runtime::LocalLoop loop;
    const quint64 ticket = store->requestStates(gateway);
    awaitStore(*store, &history::HistoryStore::statesLoaded, loop,
               [&](quint64 t, const QString&, const history::SessionStates& s, qint64 offset) {
                   if (t != ticket)
                       return;
                   states = s;
                   if (clockOffsetMs)
                       *clockOffsetMs = offset;
                   loop.quit();
               });
    return states;
}

std::optional<history::Uptimes> uptimes(history::HistoryStore* store, const QString& gateway)
{
    std::optional<history::Uptimes> out;
    if (!store)
        return out;
    runtime::LocalLoop loop;
    const quint64 ticket = store->requestUptimes(gateway);
    awaitStore(*store, &history::HistoryStore::uptimesLoaded, loop,
               [&](quint64 t, const QString&, const history::Uptimes& u) {
                   if (t != ticket)
                       return;
                   out = u;
                   loop.quit();
               });
    return out;
}

HistoryPage historyOf(history::HistoryStore* store, const QString& gateway, const QString& session, qint64 sinceMs)
{
    HistoryPage page;
    if (!store)
        return page;
    runtime::LocalLoop loop;
    const quint64 ticket = store->requestEvents(gateway, session, sinceMs);
    awaitStore(*store, &history::HistoryStore::eventsLoaded, loop,
               [&](quint64 t, const QList<history::Event>& events, const history::SessionStates& states, qint64 nowMs) {
                   if (t != ticket)
                       return;
                   page = {true, events, states, nowMs};
                   loop.quit();
               });
    return page;
}

} // namespace cli::waits
