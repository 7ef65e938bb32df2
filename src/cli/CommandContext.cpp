#include "cli/CommandContext.h"

#include "activity/ActivityIndex.h"
#include "cli/Command.h"
#include "cli/CommandRegistry.h"
#include "cli/Diagnostics.h"
#include "cli/Waits.h"
#include "gateway/GatewayClient.h"
#include "history/HistoryStore.h"
#include "runtime/Runtime.h"
#include "sessions/VisibleText.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

namespace cli {

using namespace std::chrono_literals;

namespace {

// A desktop keychain answers in milliseconds; a server without D-Bus fails fast or never answers.
constexpr auto KeychainWait = 5s;

} // namespace

CommandContext::CommandContext(QTextStream& out, QTextStream& err, settings::Profile& profile,
                               settings::SecretStore& secrets)
    : m_out(out)
    , m_err(err)
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
    options.overrides.gatewayUrl = m_options.gatewayUrl;
    options.overrides.dialect = m_options.dialect;
    options.overrides.profile = m_options.profile;
    options.overrides.activityDsn = m_options.activityDsn;
    options.historyFile = m_historyFile;
    if (m_options.silentHours)
        options.overrides.silenceThreshold = std::chrono::seconds(qRound64(*m_options.silentHours * 3600.0));
    m_runtime = std::make_unique<runtime::Runtime>(m_profile, m_secrets, std::move(options));
    if (!m_runtime->reloadBounded(KeychainWait))
        progress(tr("The keychain did not answer within %1 s; using only the secrets set in the environment.")
                     .arg(std::chrono::duration_cast<std::chrono::seconds>(KeychainWait).count()));
    const QList<runtime::SessionsRuntime*> all = m_runtime->gateways();
    for (runtime::SessionsRuntime* g : all) {
        if (g->client().sendsSecretInClear())
            warn(tr("Gateway \"%1\": its credential travels in clear text over http:// (allowed in the settings, "
                    "gateway/allowCleartext). Use https:// unless the network is trusted.")
                     .arg(g->name()));
    }
    if (all.size() == 1)
        m_selected = all.first();
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
    resolve();
    const QList<runtime::SessionsRuntime*> all = m_runtime->gateways();
    if (!m_runtime->config().problem.isEmpty()) {
        m_err << m_runtime->config().problem << '\n';
        m_err.flush();
        return ExitUsage;
    }
    if (all.size() <= 1)
        return ExitSuccess; // the only one, or none (the verb says "no gateway configured")
    QStringList names;
    for (runtime::SessionsRuntime* g : all)
        names << g->name();
    if (creating) {
        m_err << tr("Several gateways are configured (%1): name the one for the new session with --profile NAME.")
                     .arg(names.join(QStringLiteral(", ")))
              << '\n';
        m_err.flush();
        return ExitUsage;
    }
    // Which gateway has it (the exact id): the listings only, all at once, within the verb's own
    // deadline. The activity database is not read here; the verb reads it once, for that gateway.
    const waits::Holders found = waits::gatewaysHolding(all, sessionId, deadline);
    const QStringList& holders = found.holding;
    if (holders.size() > 1) {
        m_err << tr("The session \"%1\" exists on several gateways (%2): name one with --profile NAME.")
                     .arg(sessionId, holders.join(QStringLiteral(", ")))
              << '\n';
        m_err.flush();
        return ExitUsage;
    }
    if (holders.isEmpty() && !found.unanswered.isEmpty())
        return fail(
            tr("The session \"%1\" was not found, and the gateways %2 could not list their sessions just now: it "
               "may be on one of them. Try again, or name the gateway with --profile NAME.")
                .arg(sessionId, found.unanswered.join(QStringLiteral(", "))));
    if (holders.isEmpty())
        return fail(
            tr("No gateway has a session \"%1\" (gateways: %2).").arg(sessionId, names.join(QStringLiteral(", "))));
    m_selected = m_runtime->gateway(holders.first());
    return ExitSuccess;
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
    return runtime().policy();
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

history::SessionStates CommandContext::historyStates(const QString& gateway, qint64* clockOffsetMs)
{
    history::HistoryStore* store = runtime().history();
    return store ? waits::historyStates(*store, gateway, clockOffsetMs) : history::SessionStates();
}

std::optional<history::Uptimes> CommandContext::uptimes(const QString& gateway)
{
    history::HistoryStore* store = runtime().history();
    return store ? waits::uptimes(*store, gateway) : std::nullopt;
}

CommandContext::HistoryPage CommandContext::historyOf(const QString& gateway, const QString& session, qint64 sinceMs)
{
    history::HistoryStore* store = runtime().history();
    return store ? waits::historyOf(*store, gateway, session, sinceMs) : HistoryPage();
}

void CommandContext::recordAction(const QString& session, const QString& action, const QString& result)
{
    if (runtime::SessionsRuntime* g = selected())
        runtime().recordAction(g->name(), session, action, result);
}

QString CommandContext::historyProblem()
{
    QString problem = runtime().config().historyProblem;
    if (problem.isEmpty() && runtime().history())
        problem = runtime().history()->problem();
    return problem;
}

activity::ActivitySnapshot CommandContext::refreshActivity()
{
    activity::ActivityIndex* index = activityIndex();
    return index ? waits::activity(*index) : activity::ActivitySnapshot();
}

QString CommandContext::activityNote(const activity::ActivitySnapshot& snapshot)
{
    if (snapshot.state == activity::ActivitySnapshot::State::Unavailable)
        return snapshot.reason;
    return {};
}

int CommandContext::usage(const QString& message, const Command* command)
{
    m_err << sessions::visibleLines(message) << '\n';
    if (command)
        m_err << tr("Usage: %1 [global options] %2").arg(programName(), command->synopsis()) << '\n';
    m_err << tr("Run \"%1 help%2\" for help.")
                 .arg(programName(), command ? QLatin1Char(' ') + command->name() : QString())
          << '\n';
    m_err.flush();
    return command ? command->usageExitCode() : ExitUsage;
}

int CommandContext::fail(const QString& message)
{
    warn(message);
    return ExitFailure;
}

void CommandContext::warn(const QString& message)
{
    const QStringList lines = message.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Error texts carry what the gateway or the database said: never raw to the terminal.
    for (const QString& line : lines.mid(0, 3))
        m_err << sessions::visibleText(line.trimmed()) << '\n';
    m_err.flush();
}

int CommandContext::fail(const gateway::Result& result)
{
    QString message = result.message;
    if (result.kind == gateway::ErrorKind::Auth)
        message += QLatin1Char('\n') +
                   tr("On the command line the secret comes from PIXELHUB_GATEWAY_SECRET, else the keychain.");
    else if (result.kind == gateway::ErrorKind::NotConfigured)
        message += QLatin1Char('\n') + tr("On the command line: --gateway URL or PIXELHUB_GATEWAY_URL.");
    return fail(message);
}

void CommandContext::applyDiagnosticsPolicy()
{
    if (!m_quietDiagnostics)
        return;
    // Every level and every source (Qt, libpng, our own debug lines); QT_LOGGING_RULES still wins.
    setDiagnosticsQuiet(!m_options.verbose);
}

void CommandContext::progress(const QString& message)
{
    if (!m_interactive && !m_options.verbose)
        return;
    m_err << sessions::visibleLines(message) << '\n';
    m_err.flush();
}

void CommandContext::printText(const QString& text)
{
    print(sessions::visibleLines(text));
}

void CommandContext::print(const QString& text)
{
    m_out << text;
    m_out.flush();
}

} // namespace cli
