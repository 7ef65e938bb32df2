#include "cli/CommandContext.h"

#include "activity/ActivityIndex.h"
#include "cli/Command.h"
#include "cli/CommandRegistry.h"
#include "cli/Diagnostics.h"
#include "gateway/GatewayClient.h"
#include "gateway/ListChannelsJob.h"
#include "history/HistoryStore.h"
#include "runtime/LocalLoop.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"
#include "sessions/VisibleText.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QStandardPaths>

namespace cli {

using namespace std::chrono_literals;

namespace {

// A desktop keychain answers in milliseconds; a server without D-Bus fails fast or never answers.
constexpr auto KeychainWait = 5s;
// Beyond the jobs' own timeouts, which always end them: only a safety net.
constexpr auto SafetyMargin = 30s;
constexpr auto ActivityWait = 90s;

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

int CommandContext::selectGatewayFor(const QString& sessionId, bool creating)
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
    // Which gateway has it (the exact id): the listings only, all at once. The activity database
    // is not read here; the verb reads it once, for the gateway it works with.
    QStringList holders;
    qsizetype pending = 0;
    runtime::LocalLoop loop;
    std::chrono::milliseconds bound{0};
    QList<QPointer<gateway::ListChannelsJob>> jobs;
    for (runtime::SessionsRuntime* g : all) {
        auto* job = g->client().listChannels();
        jobs << job;
        ++pending;
        bound =
            std::max(bound, std::chrono::duration_cast<std::chrono::milliseconds>(g->client().config().listTimeout));
        QObject::connect(job, &gateway::GatewayJob::finished, job,
                         [&, job, name = g->name()](const gateway::Result& r) {
                             if (r.ok) {
                                 for (const gateway::ChannelInfo& c : job->channels()) {
                                     if (c.id == sessionId) {
                                         holders << name;
                                         break;
                                     }
                                 }
                             }
                             if (--pending == 0)
                                 loop.quit();
                         });
    }
    if (!loop.exec(bound + SafetyMargin)) {
        for (const auto& job : std::as_const(jobs)) {
            if (job) {
                job->disconnect();
                job->cancel();
            }
        }
    }
    if (holders.size() > 1) {
        m_err << tr("The session \"%1\" exists on several gateways (%2): name one with --profile NAME.")
                     .arg(sessionId, holders.join(QStringLiteral(", ")))
              << '\n';
        m_err.flush();
        return ExitUsage;
    }
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
    QPointer<gateway::GatewayJob> guard(job);
    gateway::Result out;
    runtime::LocalLoop loop;
    QObject::connect(job, &gateway::GatewayJob::finished, job, [&out, &loop](const gateway::Result& r) {
        out = r;
        loop.quit();
    });
    const auto bound = std::max(client().config().listTimeout, client().config().requestTimeout) + SafetyMargin;
    if (!loop.exec(bound)) {
        if (guard) {
            guard->disconnect();
            guard->cancel();
        }
        out = gateway::Result::failure(gateway::ErrorKind::Timeout,
                                       tr("The gateway did not answer in time. Check the gateway and try again."));
    }
    return out;
}

CommandContext::Listing CommandContext::refreshSessions(std::optional<std::chrono::milliseconds> within)
{
    runtime::SessionsRuntime* g = selected();
    if (!g) {
        Listing none;
        none.result = await(client().listChannels()); // the unconfigured client's own message
        return none;
    }
    return refresh({g}, within).first();
}

QList<CommandContext::Listing> CommandContext::refreshAll()
{
    return refresh(gateways());
}

QList<CommandContext::Listing> CommandContext::refresh(const QList<runtime::SessionsRuntime*>& gateways,
                                                       std::optional<std::chrono::milliseconds> within)
{
    // Every gateway at once; each is bounded by its own listing time-out, so a slow one delays
    // only itself and the answer is the slowest bound, not their sum.
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
        bound =
            std::max(bound, std::chrono::duration_cast<std::chrono::milliseconds>(g->client().config().listTimeout));
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
            out[i].result = gateway::Result::failure(gateway::ErrorKind::Timeout,
                                                     tr("The gateway did not list its sessions in time. Check the "
                                                        "gateway and try again."));
        }
    }
    for (const auto& c : std::as_const(connections))
        QObject::disconnect(c);
    return out;
}

namespace {
constexpr auto HistoryWait = 60s; // beyond the history database's own timeouts: a safety net
} // namespace

history::SessionStates CommandContext::historyStates(const QString& gateway, qint64* clockOffsetMs)
{
    history::HistoryStore* store = runtime().history();
    if (!store)
        return {};
    history::SessionStates states;
    runtime::LocalLoop loop;
    const quint64 ticket = store->requestStates(gateway);
    const auto c = QObject::connect(store, &history::HistoryStore::statesLoaded, store,
                                    [&](quint64 t, const QString&, const history::SessionStates& s, qint64 offset) {
                                        if (t != ticket)
                                            return;
                                        states = s;
                                        if (clockOffsetMs)
                                            *clockOffsetMs = offset;
                                        loop.quit();
                                    });
    loop.exec(HistoryWait);
    QObject::disconnect(c);
    return states;
}

std::optional<history::Uptimes> CommandContext::uptimes(const QString& gateway)
{
    history::HistoryStore* store = runtime().history();
    if (!store)
        return std::nullopt;
    std::optional<history::Uptimes> out;
    runtime::LocalLoop loop;
    const quint64 ticket = store->requestUptimes(gateway);
    const auto c = QObject::connect(store, &history::HistoryStore::uptimesLoaded, store,
                                    [&](quint64 t, const QString&, const history::Uptimes& u) {
                                        if (t != ticket)
                                            return;
                                        out = u;
                                        loop.quit();
                                    });
    loop.exec(HistoryWait);
    QObject::disconnect(c);
    return out;
}

CommandContext::HistoryPage CommandContext::historyOf(const QString& gateway, const QString& session, qint64 sinceMs)
{
    HistoryPage page;
    history::HistoryStore* store = runtime().history();
    if (!store)
        return page;
    runtime::LocalLoop loop;
    const quint64 ticket = store->requestEvents(gateway, session, sinceMs);
    const auto c = QObject::connect(
        store, &history::HistoryStore::eventsLoaded, store,
        [&](quint64 t, const QList<history::Event>& events, const history::SessionStates& states, qint64 nowMs) {
            if (t != ticket)
                return;
            page = {true, events, states, nowMs};
            loop.quit();
        });
    loop.exec(HistoryWait);
    QObject::disconnect(c);
    return page;
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
    if (!index)
        return {};
    activity::ActivitySnapshot snapshot;
    runtime::LocalLoop loop;
    const QMetaObject::Connection connection =
        QObject::connect(index, &activity::ActivityIndex::ready, index, [&](const activity::ActivitySnapshot& s) {
            snapshot = s;
            loop.quit();
        });
    index->refresh();
    // The index answers within its own timeout plus a grace (its watchdog), even if the database hangs.
    if (!loop.exec(ActivityWait)) {
        snapshot.state = activity::ActivitySnapshot::State::Unavailable;
        snapshot.reason = tr("The activity database did not answer in time.");
    }
    QObject::disconnect(connection);
    return snapshot;
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
