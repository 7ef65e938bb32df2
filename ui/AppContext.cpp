#include "AppContext.h"

#include "activity/ActivityIndex.h"
#include "activity/Dsn.h"
#include "gateway/GatewayClient.h"
#include "sessions/SessionBook.h"
#include "sessions/SessionMonitor.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace ui {

AppContext::AppContext(Options options, QObject* parent)
    : QObject(parent)
    , m_profile(options.profile ? std::move(options.profile) : std::make_unique<settings::Profile>())
    , m_overrides(std::move(options.overrides))
    , m_activityCacheDir(options.activityCacheDir)
    , m_demo(options.demo)
{
    if (m_activityCacheDir.isEmpty())
        m_activityCacheDir =
            QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("activity"));
    m_nam = new QNetworkAccessManager(this);
    m_secrets = new settings::SecretStore(options.secretService, this);
    for (const auto& [key, value] : options.runtimeSecrets)
        m_secrets->setRuntimeValue(key, value);

    gateway::GatewayConfig config;
    settings::applyProfileTimeouts(*m_profile, config); // the URL and secret come with reload()
    m_client = new gateway::GatewayClient(*m_nam, config, this);
    m_book = new sessions::SessionBook(this);
    m_monitor = new sessions::SessionMonitor(*m_client, *m_book, this);
    m_monitor->setPolicy(policyFromProfile(*m_profile));
}

AppContext::~AppContext()
{
    // The monitor goes first: it must not outlive the client and index it listens to.
    m_monitor->setActivityIndex(nullptr);
    delete m_monitor;
    m_monitor = nullptr;
}

activity::ActivityIndex* AppContext::activityIndex() const
{
    return m_index;
}

bool AppContext::isConfigured() const
{
    return m_client->isConfigured();
}

void AppContext::reload()
{
    const quint64 generation = ++m_reloadGeneration;
    QPointer<AppContext> self(this);
    settings::resolveConnectionSettings(*m_profile, *m_secrets, m_overrides,
                                        [self, generation](const settings::ConnectionSettings& resolved) {
                                            // A newer reload() supersedes this answer.
                                            if (self && generation == self->m_reloadGeneration)
                                                self->apply(resolved);
                                        });
}

void AppContext::apply(const settings::ConnectionSettings& resolved)
{
    const bool gatewayChanged =
        resolved.gateway.baseUrl != m_client->config().baseUrl || resolved.gateway.secret != m_client->config().secret;
    if (gatewayChanged && m_monitor->isRefreshing())
        m_monitor->cancel(); // its answer would be about the old gateway
    m_client->setConfig(resolved.gateway);
    m_gatewaySource = resolved.gatewaySource;
    applyActivity(resolved.activityDsn.trimmed(), resolved.activityPassword);
    m_monitor->setPolicy(policyFromProfile(*m_profile));
    m_resolved = true;
    emit configured();
}

void AppContext::applyActivity(const QString& dsnText, const QString& password)
{
    const int timeoutMs = int(std::chrono::milliseconds(m_profile->activityTimeout()).count());
    if (m_resolved && dsnText == m_activityDsn && password == m_activityPassword && timeoutMs == m_activityTimeoutMs &&
        (m_index || dsnText.isEmpty()))
        return; // unchanged: keep the index and its incremental cache warm
    m_activityDsn = dsnText;
    m_activityPassword = password;
    m_activityTimeoutMs = timeoutMs;
    m_activityProblem.clear();

    activity::ActivityIndex* old = m_index;
    activity::ActivityIndex* next = nullptr;
    if (!dsnText.isEmpty()) {
        QString error;
        if (const auto dsn = activity::Dsn::parse(dsnText, &error)) {
            activity::ActivityConfig config;
            config.dsn = dsn;
            config.password = password;
            config.cacheDir = m_activityCacheDir;
            config.timeoutMs = timeoutMs;
            next = new activity::ActivityIndex(config, this);
        } else {
            m_activityProblem = tr("The activity database setting is not valid: %1 Correct it in Settings.").arg(error);
        }
    }
    m_index = next;
    m_monitor->setActivityIndex(next);
    if (old)
        retireIndex(old);
}

void AppContext::retireIndex(activity::ActivityIndex* index)
{
    index->disconnect(this);
    // Deleting an index waits for its worker thread; let a running query answer first so the GUI
    // thread never waits on the database.
    if (index->isBusy())
        connect(index, &activity::ActivityIndex::ready, index, &QObject::deleteLater);
    else
        index->deleteLater();
}

void AppContext::applyPolicy()
{
    m_monitor->setPolicy(policyFromProfile(*m_profile));
}

QString AppContext::activityNote() const
{
    if (!m_activityProblem.isEmpty())
        return m_activityProblem;
    if (!m_index)
        return tr("No activity database is configured, so the last activity is unknown. Set one up in Settings.");
    const activity::ActivitySnapshot& snapshot = m_monitor->activity();
    switch (snapshot.state) {
    case activity::ActivitySnapshot::State::Ok:
        return {};
    case activity::ActivitySnapshot::State::Unavailable:
        return snapshot.reason.isEmpty() ? tr("The activity database is not available right now.") : snapshot.reason;
    case activity::ActivitySnapshot::State::NotConfigured:
        break;
    }
    return tr("Reading the activity database…");
}

health::ZombiePolicy AppContext::policyFromProfile(const settings::Profile& profile)
{
    health::ZombiePolicy policy;
    policy.setThreshold(profile.silenceThreshold());
    policy.setNoActivityIsZombie(profile.noActivityIsZombie());
    for (const QString& id : profile.sessionsWithOverride()) {
        if (const auto threshold = profile.silenceOverride(id))
            policy.setOverride(id, *threshold);
    }
    return policy;
}

bool AppContext::gatewayConfiguredAnywhere(const settings::Profile& profile,
                                           const settings::CommandLineOverrides& overrides)
{
    if (overrides.gatewayUrl && overrides.gatewayUrl->isValid() && !overrides.gatewayUrl->host().isEmpty())
        return true;
    if (!qEnvironmentVariable("PIXELHUB_GATEWAY_URL").trimmed().isEmpty())
        return true;
    const QUrl url = profile.gatewayUrl();
    return url.isValid() && !url.host().isEmpty();
}

} // namespace ui
