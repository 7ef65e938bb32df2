#pragma once

#include "activity/ActivitySnapshot.h"
#include "gateway/Result.h"
#include "health/HealthReport.h"
#include "history/HistoryEvent.h"
#include "history/HistoryStore.h"
#include "runtime/ConfigResolver.h"
#include "sessions/Session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace activity {
class ActivityIndex;
}
namespace gateway {
class GatewayClient;
}
namespace sessions {
class SessionBook;
} // namespace sessions

namespace runtime {

class SessionMonitor;

// What one refresh cycle of one gateway came to, once both the listing and the activity are in.
struct RefreshSnapshot
{
    QString gateway; // the profile's name
    QString dialect;
    gateway::Result result;
    QList<sessions::Session> sessions; // the book's rows (the last good ones when stale)
    activity::ActivitySnapshot activity;
    bool stale = false; // the listing failed: sessions are the last good data
    QDateTime lastSuccessUtc;
    history::SessionStates history; // the sessions' last states in the history, after this refresh
};

// One gateway profile at run time: its client, its session book, its refresh monitor, and the
// shared activity index. The desktop app holds one per profile; the command line builds the ones
// it needs. emits snapshotReady() once per refresh cycle.
class SessionsRuntime : public QObject
{
    Q_OBJECT

public:
    SessionsRuntime(const GatewaySetup& setup, QNetworkAccessManager& network, QObject* parent = nullptr);
    ~SessionsRuntime() override;

    const GatewaySetup& setup() const { return m_setup; }
    QString name() const { return m_setup.profile.name; }
    // A new configuration for the same profile: an answer in flight about the old one is dropped.
    void apply(const GatewaySetup& setup);
    bool isConfigured() const;

    gateway::GatewayClient& client() { return *m_client; }
    sessions::SessionBook& book() { return *m_book; }
    SessionMonitor& monitor() { return *m_monitor; }
    const SessionMonitor& monitor() const { return *m_monitor; }

    void setActivityIndex(activity::ActivityIndex* index); // shared, not owned
    // Shared, not owned. Each refresh cycle records what it saw there (status changes, once)
    // before snapshotReady(), and the zombie rule reads since when each session is connected.
    // afterListing: the sessions' last states are read once a listing is in the book (see
    // Runtime::Options::statesAfterListing), not at once.
    void setHistory(history::HistoryStore* store, bool afterListing = false);
    history::HistoryStore* history() const { return m_history; }
    void setPolicy(const health::ZombiePolicy& policy);

    // Starts a refresh cycle; false when one is running.
    bool refresh();
    bool isRefreshing() const;
    RefreshSnapshot snapshot() const;

signals:
    void snapshotReady(const runtime::RefreshSnapshot& snapshot);

private:
    void maybeFinish();
    void onHistory(quint64 ticket, const QString& gateway, const history::SessionStates& states, qint64 clockOffsetMs);
    void finish();

    GatewaySetup m_setup;
    gateway::GatewayClient* m_client = nullptr;
    sessions::SessionBook* m_book = nullptr;
    SessionMonitor* m_monitor = nullptr;
    bool m_cycle = false;    // a cycle is running
    bool m_listed = false;   // its listing has answered
    bool m_recorded = false; // its listing went to the history
    QPointer<history::HistoryStore> m_history;
    quint64 m_statesTicket = 0; // the first read of the sessions' last states, until it answers
    bool m_statesAfterListing = false;
    bool m_statesDue = false;    // m_statesAfterListing: the first read waits for a listing
    quint64 m_observeTicket = 0; // this cycle's record, until it answers
    QTimer m_historyWait;        // a history that does not answer never holds a cycle for long
};

} // namespace runtime

Q_DECLARE_METATYPE(runtime::RefreshSnapshot)
