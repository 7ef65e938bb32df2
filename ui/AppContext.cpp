#include "AppContext.h"

#include "activity/ActivityIndex.h"
#include "gateway/GatewayClient.h"
#include "runtime/SessionMonitor.h"

#include <algorithm>

namespace ui {

AppContext::AppContext(Options options, QObject* parent)
    : QObject(parent)
    , m_profile(options.profile ? std::move(options.profile) : std::make_unique<settings::Profile>())
    , m_demo(options.demo)
{
    m_secrets = new settings::SecretStore(options.secretService, this);
    for (const auto& [key, value] : options.runtimeSecrets)
        m_secrets->setRuntimeValue(key, value);
    runtime::Runtime::Options ro;
    ro.overrides = std::move(options.overrides);
    ro.activityCacheDir = options.activityCacheDir;
    ro.historyFile = options.historyFile;
    if (options.environment)
        ro.environment = *options.environment;
    ro.keepPrimary = true;
    ro.backgroundBackfill = true; // older activity history fills in between refreshes
    m_runtime = new runtime::Runtime(*m_profile, *m_secrets, std::move(ro), this);
    connect(m_runtime, &runtime::Runtime::configured, this, &AppContext::configured);
}

AppContext::~AppContext()
{
    delete m_runtime; // before the secret store and the profile it refers to
    m_runtime = nullptr;
}

bool AppContext::isConfigured() const
{
    const QList<runtime::SessionsRuntime*> gateways = m_runtime->gateways();
    return std::any_of(gateways.begin(), gateways.end(), [](const auto* g) { return g->isConfigured(); });
}

runtime::Source AppContext::gatewaySource() const
{
    const auto gateways = m_runtime->config().gateways;
    return gateways.isEmpty() ? runtime::Source::None : gateways.first().urlSource;
}

QString AppContext::activityNote() const
{
    if (!m_runtime->activityProblem().isEmpty())
        return m_runtime->activityProblem() + QLatin1Char(' ') + tr("Correct it in Settings.");
    if (!m_runtime->activityIndex())
        return tr("No activity database is configured, so the last activity is unknown. Set one up in Settings.");
    const activity::ActivitySnapshot& snapshot = m_runtime->primary()->monitor().activity();
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

} // namespace ui
