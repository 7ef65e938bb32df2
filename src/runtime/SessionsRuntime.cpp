#include "runtime/SessionsRuntime.h"

#include "gateway/GatewayClient.h"
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
    connect(m_monitor, &runtime::SessionMonitor::refreshFinished, this, [this](const gateway::Result&) {
        m_listed = true;
        maybeFinish();
    });
    connect(m_monitor, &runtime::SessionMonitor::activityUpdated, this, [this] { maybeFinish(); });
}

SessionsRuntime::~SessionsRuntime()
{
    // The monitor goes first: it must not outlive the client and the index it listens to.
    m_monitor->setActivityIndex(nullptr);
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

bool SessionsRuntime::refresh()
{
    if (!m_monitor->refresh())
        return false;
    m_cycle = true;
    m_listed = false;
    return true;
}

bool SessionsRuntime::isRefreshing() const
{
    return m_cycle || m_monitor->isRefreshing();
}

void SessionsRuntime::maybeFinish()
{
    // A failed listing needs no activity: nothing new will be shown.
    if (!m_cycle || !m_listed)
        return;
    if (m_monitor->lastResult().ok && m_monitor->activityPending())
        return;
    m_cycle = false;
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
    s.report = s.result.ok ? health::HealthReport::fromSessions(s.sessions, m_activityNote)
                           : health::HealthReport::unreachable(s.result);
    return s;
}

} // namespace runtime
