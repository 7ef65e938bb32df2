#include "runtime/Runtime.h"

#include "activity/ActivityIndex.h"
#include "activity/Dsn.h"
#include "gateway/GatewayClient.h"
#include "history/HistoryStore.h"
#include "runtime/SessionMonitor.h"
#include "settings/ConnectionSettings.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>

#include <utility>

namespace runtime {

Runtime::Runtime(settings::Profile& profile, settings::SecretStore& secrets, Options options, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_options(std::move(options))
{
    m_network = new QNetworkAccessManager(this);
    if (m_options.keepPrimary) {
        // Rows need a book before the first resolution; the URL and credential come with reload().
        GatewaySetup empty;
        empty.profile.name = settings::GatewayProfile::defaultName();
        empty.profile.dialect = settings::GatewayProfile::defaultDialect();
        settings::applyProfileTimeouts(m_profile, empty.config);
        auto* primary = new SessionsRuntime(empty, *m_network, this);
        primary->setPolicy(
            ConfigResolver::policyFor(m_profile, empty.profile.name, ConfigResolver::policyFrom(m_profile)));
        m_gateways << primary;
    }
}

Runtime::~Runtime()
{
    // The gateways' monitors listen to the index and the history: they go first.
    qDeleteAll(m_gateways);
    m_gateways.clear();
    delete m_history; // lets the writes already asked for finish
}

SessionsRuntime* Runtime::gateway(const QString& name) const
{
    for (SessionsRuntime* g : m_gateways) {
        if (g->name() == name)
            return g;
    }
    return nullptr;
}

QStringList Runtime::gatewaysSendingSecretInClear() const
{
    QStringList names;
    for (SessionsRuntime* g : m_gateways) {
        if (g->client().sendsSecretInClear())
            names << g->name();
    }
    return names;
}

void Runtime::reload()
{
    const quint64 generation = ++m_generation;
    QPointer<Runtime> self(this);
    ConfigResolver resolver(m_profile, m_options.overrides, m_options.environment);
    resolver.resolve(m_secrets, [self, generation](const RuntimeConfig& config) {
        // A newer reload() supersedes this answer.
        if (self && generation == self->m_generation)
            self->apply(config);
    });
}

bool Runtime::reloadBounded(std::chrono::milliseconds wait)
{
    ++m_generation;
    bool timedOut = false;
    ConfigResolver resolver(m_profile, m_options.overrides, m_options.environment);
    apply(resolver.resolveBounded(m_secrets, wait, &timedOut));
    return !timedOut;
}

void Runtime::apply(const RuntimeConfig& resolved)
{
    m_config = resolved;
    if (!m_options.activityCacheDir.isEmpty())
        m_config.activityCacheDir = m_options.activityCacheDir;
    if (!m_options.historyFile.isEmpty())
        m_config.history.localPath = m_options.historyFile;

    // Keep the runtimes of the profiles that remain (their rows, their monitors); add and remove
    // the others. With keepPrimary, the first one is reused for the first gateway.
    QList<SessionsRuntime*> next;
    bool changed = false;
    for (const GatewaySetup& setup : std::as_const(m_config.gateways)) {
        SessionsRuntime* existing = gateway(setup.profile.name);
        if (!existing && m_options.keepPrimary && next.isEmpty() && !m_gateways.isEmpty() &&
            !m_config.find(m_gateways.first()->name()))
            existing = m_gateways.first();
        if (existing) {
            m_gateways.removeOne(existing);
            existing->apply(setup);
        } else {
            existing = new SessionsRuntime(setup, *m_network, this);
            changed = true;
        }
        next << existing;
    }
    if (next.isEmpty() && m_options.keepPrimary && !m_gateways.isEmpty()) {
        GatewaySetup empty = m_gateways.first()->setup();
        empty.config.baseUrl = QUrl();
        empty.config.secret.clear();
        empty.problem.clear();
        m_gateways.first()->apply(empty);
        next << m_gateways.takeFirst();
    }
    changed = changed || !m_gateways.isEmpty();
    const QList<SessionsRuntime*> removed = std::exchange(m_gateways, next);
    for (SessionsRuntime* gone : removed) {
        emit gatewayAboutToBeRemoved(gone);
        delete gone;
    }

    applyActivity(m_config);
    applyHistory(m_config);
    applyPolicies();
    m_resolved = true;
    if (changed)
        emit gatewaysChanged();
    emit configured();
}

void Runtime::applyActivity(const RuntimeConfig& config)
{
    // The index and its incremental cache stay warm while nothing about the database changes.
    const QString key =
        config.activityDsn + QLatin1Char('\n') +
        QString::fromLatin1(
            QCryptographicHash::hash(config.activityPassword.toUtf8(), QCryptographicHash::Sha256).toHex()) +
        QLatin1Char('\n') + QString::number(config.activityTimeout.count()) + QLatin1Char('\n') +
        config.activityCacheDir;
    if (key == m_activityKey && (m_index || config.activityDsn.isEmpty() || !m_activityProblem.isEmpty())) {
        applyReach();
        for (SessionsRuntime* g : std::as_const(m_gateways))
            g->setActivityIndex(m_index);
        return;
    }
    m_activityKey = key;
    m_activityProblem.clear();

    activity::ActivityIndex* old = m_index;
    activity::ActivityIndex* next = nullptr;
    if (!config.activityDsn.isEmpty()) {
        QString error;
        if (const auto dsn = activity::Dsn::parse(config.activityDsn, &error)) {
            activity::ActivityConfig ac;
            ac.dsn = dsn;
            ac.password = config.activityPassword;
            ac.cacheDir = config.activityCacheDir;
            ac.timeoutMs = int(std::chrono::milliseconds(config.activityTimeout).count());
            ac.backgroundBackfill = m_options.backgroundBackfill;
            next = new activity::ActivityIndex(ac, this);
        } else {
            m_activityProblem = tr("The activity database setting is not valid: %1").arg(error);
        }
    }
    m_index = next;
    applyReach();
    for (SessionsRuntime* g : std::as_const(m_gateways))
        g->setActivityIndex(next);
    if (old)
        retireIndex(old);
}

void Runtime::applyHistory(const RuntimeConfig& config)
{
    const history::HistoryConfig& h = config.history;
    const QString key =
        h.localPath + u'\n' + h.teamDsn + u'\n' +
        QString::fromLatin1(QCryptographicHash::hash(h.teamPassword.toUtf8(), QCryptographicHash::Sha256).toHex()) +
        u'\n' + QString::number(h.retention.count()) + u'\n' + QString::number(h.timeoutMs);
    if (key != m_historyKey || !m_history) {
        m_historyKey = key;
        // The old store finishes the writes it was given on its own thread, then goes.
        history::HistoryStore::retire(m_history);
        m_history = new history::HistoryStore(h, this);
    }
    for (SessionsRuntime* g : std::as_const(m_gateways))
        g->setHistory(m_history, m_options.statesAfterListing);
}

void Runtime::recordAction(const QString& gateway, const QString& session, const QString& action, const QString& result)
{
    if (m_history)
        m_history->recordAction(gateway, session, action, result);
}

QString Runtime::historyProblem() const
{
    if (!m_config.historyProblem.isEmpty())
        return m_config.historyProblem;
    return m_history ? m_history->problem() : QString();
}

void Runtime::applyReach()
{
    // Rows are read newest first until they reach back past the largest threshold of any gateway:
    // from then on every verdict is settled.
    if (!m_index)
        return;
    std::chrono::seconds reach = m_config.policy.largestThreshold();
    for (const SessionsRuntime* g : std::as_const(m_gateways))
        reach = std::max(reach, g->monitor().policy().largestThreshold());
    m_index->setReach(reach.count());
}

void Runtime::retireIndex(activity::ActivityIndex* index)
{
    index->disconnect(this);
    // Deleting an index waits for its worker thread; let a running query answer first so the GUI
    // thread never waits on the database.
    if (index->isBusy())
        connect(index, &activity::ActivityIndex::ready, index, &QObject::deleteLater);
    else
        index->deleteLater();
}

void Runtime::applyPolicy()
{
    m_config.policy = ConfigResolver::policyFrom(m_profile, m_options.overrides.silenceThreshold);
    applyPolicies();
}

void Runtime::applyPolicies()
{
    // Each gateway's sessions with their own thresholds: "vendas" on two gateways are two numbers.
    for (SessionsRuntime* g : std::as_const(m_gateways))
        g->setPolicy(ConfigResolver::policyFor(m_profile, g->name(), m_config.policy));
    applyReach();
}

} // namespace runtime
