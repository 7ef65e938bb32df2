#pragma once

#include "activity/ActivitySnapshot.h"
#include "gateway/ListChannelsJob.h"
#include "gateway/Result.h"
#include "gateway/Types.h"
#include "health/ZombiePolicy.h"
#include "history/HistoryEvent.h"
#include "sessions/Session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace activity {
class ActivityIndex;
}
namespace gateway {
class GatewayClient;
} // namespace gateway

namespace sessions {
class SessionBook;
}

namespace runtime {

class GatewayActivity;
using sessions::Session;
using sessions::SessionBook;

// One refresh flow for the GUI and the CLI: lists the gateway's sessions, asks the activity index
// (if any) at the same time, applies the zombie policy and merges the result into the SessionBook.
// The connected sessions the activity database does not know (all of them without one) are then
// asked of the gateway, where its dialect can tell the last message (GatewayActivity).
// Never two listings in flight; a failed listing keeps the last good data (marked stale).
// An answer is applied on the next turn of the event loop, not inside the network event that
// parsed it: two shorter stalls of the GUI thread instead of one long one with 1,000 sessions.
class SessionMonitor : public QObject
{
    Q_OBJECT

public:
    SessionMonitor(gateway::GatewayClient& client, SessionBook& book, QObject* parent = nullptr);
    ~SessionMonitor() override;

    void setActivityIndex(activity::ActivityIndex* index); // not owned; nullptr: no activity database
    void setPolicy(const health::ZombiePolicy& policy);    // re-evaluates the sessions already listed
    const health::ZombiePolicy& policy() const { return m_policy; }
    // The sessions' last states in the history (connected since when) and the history clock's
    // offset from this computer's; re-evaluates the sessions already listed.
    void setHistory(const history::SessionStates& states, qint64 clockOffsetMs);
    const history::SessionStates& history() const { return m_history.states; }

    // Starts a refresh; false (and nothing happens) when one is already running.
    bool refresh();
    void cancel();
    bool isRefreshing() const { return !m_listJob.isNull() || m_answerPending; }

    bool hasListing() const { return m_hasListing; }
    bool isStale() const { return m_hasListing && !m_lastResult.ok; }
    const gateway::Result& lastResult() const { return m_lastResult; }
    QDateTime lastSuccessUtc() const { return m_lastSuccessUtc; }
    const activity::ActivitySnapshot& activity() const { return m_activity; }
    bool activityPending() const { return m_activityPending; }

    // The last activity asked of the gateway (never null).
    GatewayActivity& gatewayActivity() { return *m_gateway; }
    const GatewayActivity& gatewayActivity() const { return *m_gateway; }
    // The gateway is being asked (or about to be) for this refresh's sessions.
    bool gatewayActivityPending() const;
    // Spreads the gateway's calls over `spread` (the window: its refresh interval) instead of
    // making them at once, bounded by one request time-out in all (a command-line verb).
    void setGatewayActivitySpread(std::chrono::milliseconds spread);
    // Stops asking the gateway: the sessions not answered yet show why, at once.
    void cancelGatewayActivity();
    // Whether the gateway is to be asked about a judged session: its dialect can tell, the session
    // is connected (only such a one can be a zombie) and the activity database does not know it.
    bool wantsGatewayActivity(const Session& session) const;
    // Asks the gateway about these sessions now, outside a refresh (a verb about one session);
    // gatewayActivityFinished() follows.
    void askGateway(const QStringList& ids);

signals:
    void refreshStarted();
    void refreshFinished(const gateway::Result& result);
    void activityUpdated(const activity::ActivitySnapshot& snapshot);
    void gatewayActivityFinished(); // this refresh's calls to the gateway have all answered

private:
    void onListed(const gateway::Result& result);
    void applyAnswer();
    void onActivity(const activity::ActivitySnapshot& snapshot);
    void onActivityUpdate(const activity::ActivitySnapshot& snapshot);
    void rebuild();
    // Which sessions to ask the gateway about, once the listing and the database's answer are in.
    void planGatewayActivity();

    gateway::GatewayClient& m_client;
    GatewayActivity* m_gateway = nullptr;
    bool m_gatewayPlanDue = false; // a new listing waits for the database before the gateway is asked
    QTimer m_gatewayRebuild;       // answers coming one by one are judged together
    QTimer m_gatewayBudget;        // without a spread, the calls of a refresh end within one request time-out
    SessionBook& m_book;
    QPointer<activity::ActivityIndex> m_index;
    health::ZombiePolicy m_policy;
    QPointer<gateway::ListChannelsJob> m_listJob;
    QList<gateway::ChannelInfo> m_channels; // a new listing, until rebuild() puts it in the book
    bool m_newListing = false;
    gateway::Result m_answer;                     // the listing's answer, until applyAnswer()
    QList<gateway::ChannelInfo> m_answerChannels; // its sessions
    bool m_answerPending = false;
    QTimer m_answerTimer;
    activity::ActivitySnapshot m_activity;
    gateway::Result m_lastResult;
    QDateTime m_lastSuccessUtc;
    bool m_hasListing = false;
    bool m_activityPending = false;
    struct HistoryView
    {
        history::SessionStates states;
        qint64 clockOffsetMs = 0;
    } m_history;
};

// What the zombie rule needs from the history: the sessions' last states and "now" by its clock.
struct HistoryInput
{
    const history::SessionStates* states = nullptr;
    qint64 nowMs = 0;
};

// Pure: one session from the gateway's item, the activity snapshot, the policy and the history;
// `gateway`: what the gateway said of the sessions the snapshot does not know (may be null).
Session evaluateSession(const gateway::ChannelInfo& channel, const activity::ActivitySnapshot& activity,
                        const health::ZombiePolicy& policy, const HistoryInput& history = {},
                        const GatewayActivity* gateway = nullptr);
QList<Session> evaluateSessions(const QList<gateway::ChannelInfo>& channels, const activity::ActivitySnapshot& activity,
                                const health::ZombiePolicy& policy, const HistoryInput& history = {},
                                const GatewayActivity* gateway = nullptr);

} // namespace runtime
