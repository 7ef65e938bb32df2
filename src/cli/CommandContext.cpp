#include "cli/CommandContext.h"

#include "activity/ActivityIndex.h"
#include "cli/GatewayChoice.h"
#include "cli/Waits.h"
#include "gateway/GatewayClient.h"
#include "history/HistoryStore.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

namespace cli {

CommandContext::CommandContext(QTextStream& out, QTextStream& err, settings::Profile& profile,
                               settings::SecretStore& secrets)
    : Output(out, err)
    , m_profile(profile)
    , m_secrets(secrets)
{}

CommandContext::~CommandContext()
{
    if (m_runtime) {
        for (runtime::SessionsRuntime* g : m_runtime->gateways())
            g->client().cancelAll();
    }
}

void CommandContext::resolve()
{
    if (m_runtime)
        return;
    runtime::Runtime::Options options;
    options.overrides = m_options.overrides;
    options.historyFile = m_historyFile;
    options.statesAfterListing = true; // nothing is shown before the cycle ends
    m_runtime = std::make_unique<runtime::Runtime>(m_profile, m_secrets, std::move(options));
    if (!m_runtime->reloadBounded(waits::KeychainRead))
        progress(tr("The keychain did not answer within %1 s; using only the secrets set in the environment.")
                     .arg(waits::KeychainRead.count()));
    for (const QString& name : m_runtime->gatewaysSendingSecretInClear())
        warn(tr("Gateway \"%1\": its credential travels in clear text over http:// (allowed in the settings, "
                "gateway/allowCleartext). Use https:// unless the network is trusted.")
                 .arg(name));
    if (m_runtime->gateways().size() == 1)
        m_selected = m_runtime->gateways().first();
}

runtime::Runtime& CommandContext::runtime()
{
    resolve();
    return *m_runtime;
}

QList<runtime::SessionsRuntime*> CommandContext::gateways()
{
    return runtime().gateways();
}

runtime::SessionsRuntime* CommandContext::selected()
{
    resolve();
    if (!m_selected && !m_runtime->gateways().isEmpty())
        m_selected = m_runtime->gateways().first();
    return m_selected;
}

int CommandContext::selectGatewayFor(const QString& sessionId, bool creating, QDeadlineTimer deadline)
{
    const GatewayChoice choice = GatewayChoice::choose(*this, runtime(), sessionId, creating, deadline);
    if (choice.gateway)
        m_selected = choice.gateway;
    return choice.exitCode;
}

gateway::GatewayClient& CommandContext::client()
{
    if (runtime::SessionsRuntime* g = selected())
        return g->client();
    // No gateway at all: an unconfigured client answers "not configured" to every request.
    if (!m_unconfigured)
        m_unconfigured = std::make_unique<gateway::GatewayClient>(runtime().network(), gateway::GatewayConfig{});
    return *m_unconfigured;
}

QString CommandContext::gatewayDisplay()
{
    const QUrl url = client().config().baseUrl;
    if (url.isEmpty())
        return tr("(no gateway configured)");
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

activity::ActivityIndex* CommandContext::activityIndex()
{
    return runtime().activityIndex();
}

QString CommandContext::activityProblem()
{
    const QString problem = runtime().activityProblem();
    return problem.isEmpty() ? problem : problem + QLatin1Char(' ') + tr("Last activity is unknown.");
}

health::ZombiePolicy CommandContext::policy()
{
    runtime::SessionsRuntime* g = selected();
    return g ? g->monitor().policy() : runtime().config().policy;
}

gateway::Result CommandContext::await(gateway::GatewayJob* job)
{
    return waits::job(job,
                      std::max(client().config().listTimeout, client().config().requestTimeout) + waits::SafetyMargin);
}

CommandContext::Listing CommandContext::refreshSessions(std::optional<std::chrono::milliseconds> within)
{
    runtime::SessionsRuntime* g = selected();
    if (!g) {
        Listing none;
        none.result = await(client().listChannels()); // the unconfigured client's own message
        return none;
    }
    return waits::refresh({g}, within).first();
}

QList<CommandContext::Listing> CommandContext::refreshAll()
{
    return waits::refresh(gateways());
}

void CommandContext::recordAction(const QString& session, const QString& action, const QString& result)
{
    if (runtime::SessionsRuntime* g = selected())
        runtime().recordAction(g->name(), session, action, result);
}

activity::ActivitySnapshot CommandContext::refreshActivity()
{
    activity::ActivityIndex* index = activityIndex();
    return index ? waits::activity(*index) : activity::ActivitySnapshot();
}

} // namespace cli
