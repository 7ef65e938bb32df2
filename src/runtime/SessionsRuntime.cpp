#include "runtime/SessionsRuntime.h"

#include "gateway/GatewayClient.h"
#include "history/HistoryStore.h"
#include "runtime/GatewayActivity.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"

namespace runtime {

SessionsRuntime::SessionsRuntime(const GatewaySetup& setup, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_setup(setup)
{
    static const int registered = qRegisterMetaType<runtime::RefreshSnapshot>();
    Q_UNUSED(registered)
    m_client = new gateway::GatewayClient(network, setup.config, this);
    m_book = new sessions::SessionBook(this);
    m_monitor = new runtime::SessionMonitor(*m_client, *m_book, this);
    // A cycle starts with every listing, whoever asked for it: the window's RefreshController
    // refreshes the monitors themselves, and what they see must reach the history too.
    connect(m_monitor, &runtime::SessionMonitor::refreshStarted, this, [this] {
        m_cycle = true;
        m_listed = false;
        m_recorded = false;
    });
    connect(m_monitor, &runtime::SessionMonitor::refreshFinished, this, [this](const gateway::Result&) {
        m_listed = true;
        if (m_statesDue && m_history && m_monitor->lastResult().ok) {
            m_statesDue = false;
            m_statesTicket = m_history->requestStates(name());
        }
        maybeFinish();
    });
    connect(m_monitor, &runtime::SessionMonitor::activityUpdated, this, [this] { maybeFinish(); });
    connect(m_monitor, &runtime::SessionMonitor::gatewayActivityFinished, this, [this] { maybeFinish(); });
    m_historyWait.setSingleShot(true);
    connect(&m_historyWait, &QTimer::timeout, this, [this] {
        m_statesTicket = m_observeTicket = 0;
        if (m_cycle) {
            m_cycle = false;
            finish();
        }
    });
}

SessionsRuntime::~SessionsRuntime()
{
    // The monitor goes first: it must not outlive the client and the index it listens to (its
    // destructor leaves the index without evaluating the sessions again).
    delete m_monitor;
    m_monitor = nullptr;
}

void SessionsRuntime::apply(const GatewaySetup& setup)
{
    const bool changed = setup.config.baseUrl != m_client->config().baseUrl ||
                         setup.config.secret != m_client->config().secret ||
                         setup.profile.dialect != m_setup.profile.dialect;
    if (changed && m_monitor->isRefreshing())
        m_monitor->cancel(); // its answer would be about the old gateway
    m_setup = setup;
    m_client->setConfig(setup.config);
}

bool SessionsRuntime::isConfigured() const
{
    return m_setup.problem.isEmpty() && m_client->isConfigured();
}

void SessionsRuntime::setActivityIndex(activity::ActivityIndex* index)
{
    m_monitor->setActivityIndex(index);
}

void SessionsRuntime::setPolicy(const health::ZombiePolicy& policy)
{
    m_monitor->setPolicy(policy);
}

void SessionsRuntime::setHistory(history::HistoryStore* store, bool afterListing)
{
    m_statesAfterListing = afterListing;
    if (store == m_history)
        return;
    if (m_history)
        m_history->disconnect(this);
    m_history = store;
    m_statesTicket = m_observeTicket = 0;
    m_statesDue = false;
    if (!m_history)
        return;
    connect(m_history, &history::HistoryStore::observed, this, &SessionsRuntime::onHistory);
    connect(m_history, &history::HistoryStore::statesLoaded, this, &SessionsRuntime::onHistory);
    // Known before the first listing answers, so the first verdicts already know who relinked;
    // or, asked for, once it is in the book (the verdicts are judged again when they come).
    if (m_statesAfterListing)
        m_statesDue = true;
    else
        m_statesTicket = m_history->requestStates(name());
}

void SessionsRuntime::onHistory(quint64 ticket, const QString& gateway, const history::SessionStates& states,
                                qint64 clockOffsetMs)
{
    if (gateway != name() || (ticket != m_statesTicket && ticket != m_observeTicket))
        return;
    const bool observed = ticket == m_observeTicket;
    (observed ? m_observeTicket : m_statesTicket) = 0;
    m_monitor->setHistory(states, clockOffsetMs); // a relinked session's badge clears here
    // The answer to an earlier cycle's record (a refresh started before it came) does not end
    // this cycle: its own listing is recorded next.
    if (observed && m_cycle && m_recorded) {
        m_historyWait.stop();
        m_cycle = false;
        finish();
    } else {
        maybeFinish();
    }
}

bool SessionsRuntime::refresh()
{
    return m_monitor->refresh(); // refreshStarted begins the cycle
}

bool SessionsRuntime::isRefreshing() const
{
    return m_cycle || m_monitor->isRefreshing();
}

void SessionsRuntime::maybeFinish()
{
    // A failed listing needs no activity: nothing new will be shown.
    if (!m_cycle || !m_listed || m_observeTicket)
        return;
    if (m_monitor->lastResult().ok && m_monitor->activityPending())
        return;
    // Without a spread (a command-line verb) the gateway's last-activity answers are part of the
    // cycle; the window shows them as they come instead.
    if (m_monitor->lastResult().ok && m_monitor->gatewayActivityPending() &&
        m_monitor->gatewayActivity().spread().count() == 0)
        return;
    if (!m_history || !m_monitor->lastResult().ok) {
        m_cycle = false;
        finish();
        return;
    }
    if (m_statesTicket) { // the sessions' last states first: the verdicts to record depend on them
        if (!m_historyWait.isActive())
            m_historyWait.start(std::max(5000, 2 * m_history->config().timeoutMs));
        return;
    }
    // What this cycle saw goes to the history (each change once), and the snapshot follows its
    // answer, so the command line's verdicts already know of a relink the history just learnt.
    m_observeTicket = m_history->observe(name(), m_book->sessions());
    m_recorded = true;
    m_historyWait.start(std::max(5000, 2 * m_history->config().timeoutMs));
}

void SessionsRuntime::finish()
{
    emit snapshotReady(snapshot());
}

RefreshSnapshot SessionsRuntime::snapshot() const
{
    RefreshSnapshot s;
    s.gateway = m_setup.profile.name;
    s.dialect = m_setup.profile.dialect;
    s.result = m_monitor->lastResult();
    s.sessions = m_book->sessions();
    s.activity = m_monitor->activity();
    s.stale = m_monitor->isStale();
    s.lastSuccessUtc = m_monitor->lastSuccessUtc();
    s.history = m_monitor->history();
    return s;
}

} // namespace runtime
