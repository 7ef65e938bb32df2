#include "cli/CommandContext.h"

#include "activity/ActivityIndex.h"
#include "cli/Command.h"
#include "cli/LocalLoop.h"
#include "gateway/GatewayClient.h"
#include "sessions/SessionBook.h"
#include "sessions/SessionMonitor.h"
#include "settings/ConnectionSettings.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QLoggingCategory>
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

std::optional<settings::ConnectionSettings> resolveBounded(const settings::Profile& profile,
                                                           settings::SecretStore& secrets,
                                                           const settings::CommandLineOverrides& flags,
                                                           std::chrono::milliseconds wait)
{
    struct Pending
    {
        std::optional<settings::ConnectionSettings> settings;
        LocalLoop* loop = nullptr;
    };
    // The callback may come after we stopped waiting: it only touches this shared state.
    auto pending = std::make_shared<Pending>();
    LocalLoop loop;
    pending->loop = &loop;
    settings::resolveConnectionSettings(profile, secrets, flags, [pending](const settings::ConnectionSettings& s) {
        pending->settings = s;
        if (pending->loop)
            pending->loop->quit();
    });
    loop.exec(wait);
    pending->loop = nullptr;
    return pending->settings;
}

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
    if (m_ownedClient)
        m_ownedClient->cancelAll();
}

void CommandContext::setClient(gateway::GatewayClient* client)
{
    m_client = client;
}

void CommandContext::resolve()
{
    if (m_resolved)
        return;
    m_resolved = true;

    settings::CommandLineOverrides flags;
    flags.gatewayUrl = m_options.gatewayUrl;
    flags.activityDsn = m_options.activityDsn;

    // SQLite has no password: do not ask the keychain for one.
    const QString envDsn = qEnvironmentVariable("PIXELHUB_ACTIVITY_DSN").trimmed();
    const QString dsn = flags.activityDsn ? *flags.activityDsn : (!envDsn.isEmpty() ? envDsn : m_profile.activityDsn());
    if (dsn.startsWith(QStringLiteral("sqlite:"), Qt::CaseInsensitive) &&
        qEnvironmentVariableIsEmpty("PIXELHUB_ACTIVITY_PASSWORD"))
        m_secrets.setRuntimeValue(settings::SecretStore::Key::ActivityPassword, QString());

    auto resolved = resolveBounded(m_profile, m_secrets, flags, KeychainWait);
    if (!resolved) {
        progress(tr("The keychain did not answer within %1 s; using only PIXELHUB_GATEWAY_SECRET and "
                    "PIXELHUB_ACTIVITY_PASSWORD from the environment.")
                     .arg(std::chrono::duration_cast<std::chrono::seconds>(KeychainWait).count()));
        settings::SecretStore environmentOnly;
        environmentOnly.setRuntimeValue(settings::SecretStore::Key::GatewaySecret,
                                        qEnvironmentVariable("PIXELHUB_GATEWAY_SECRET"));
        environmentOnly.setRuntimeValue(settings::SecretStore::Key::ActivityPassword,
                                        qEnvironmentVariable("PIXELHUB_ACTIVITY_PASSWORD"));
        resolved = resolveBounded(m_profile, environmentOnly, flags, KeychainWait);
    }
    const settings::ConnectionSettings s = resolved.value_or(settings::ConnectionSettings{});
    if (!m_client) {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_ownedClient = std::make_unique<gateway::GatewayClient>(*m_nam, s.gateway);
        m_client = m_ownedClient.get();
    }
    m_activityDsn = s.activityDsn;
    m_activityPassword = s.activityPassword;
}

gateway::GatewayClient& CommandContext::client()
{
    resolve();
    return *m_client;
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
    resolve();
    if (m_index || m_activityDsn.isEmpty() || !m_activityProblem.isEmpty())
        return m_index.get();
    QString error;
    const std::optional<activity::Dsn> dsn = activity::Dsn::parse(m_activityDsn, &error);
    if (!dsn) {
        m_activityProblem =
            tr("The activity database setting is not valid, so last activity is unknown: %1").arg(error);
        return nullptr;
    }
    activity::ActivityConfig config;
    config.dsn = dsn;
    config.password = m_activityPassword;
    config.timeoutMs = int(std::chrono::milliseconds(m_profile.activityTimeout()).count());
    config.cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    m_index = std::make_unique<activity::ActivityIndex>(config);
    return m_index.get();
}

QString CommandContext::activityProblem()
{
    activityIndex();
    return m_activityProblem;
}

health::ZombiePolicy CommandContext::policy() const
{
    health::ZombiePolicy policy;
    policy.setThreshold(m_profile.silenceThreshold());
    policy.setNoActivityIsZombie(m_profile.noActivityIsZombie());
    for (const QString& id : m_profile.sessionsWithOverride()) {
        if (const auto threshold = m_profile.silenceOverride(id))
            policy.setOverride(id, *threshold);
    }
    if (m_options.silentHours)
        policy.setThreshold(std::chrono::seconds(qRound64(*m_options.silentHours * 3600.0)));
    return policy;
}

gateway::Result CommandContext::await(gateway::GatewayJob* job)
{
    QPointer<gateway::GatewayJob> guard(job);
    gateway::Result out;
    LocalLoop loop;
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

CommandContext::Listing CommandContext::refreshSessions()
{
    Listing out;
    sessions::SessionBook book;
    sessions::SessionMonitor monitor(client(), book);
    monitor.setPolicy(policy());
    activity::ActivityIndex* index = activityIndex();
    monitor.setActivityIndex(index);

    LocalLoop loop;
    bool listed = false;
    auto check = [&] {
        // A failed listing needs no activity: nothing will be shown.
        if (listed && (!out.result.ok || !monitor.activityPending()))
            loop.quit();
    };
    QObject::connect(&monitor, &sessions::SessionMonitor::refreshFinished, &monitor, [&](const gateway::Result& r) {
        out.result = r;
        listed = true;
        check();
    });
    QObject::connect(&monitor, &sessions::SessionMonitor::activityUpdated, &monitor,
                     [&](const activity::ActivitySnapshot&) { check(); });
    monitor.refresh();
    const auto bound = client().config().listTimeout + SafetyMargin;
    if (!loop.exec(bound)) {
        monitor.disconnect();
        monitor.cancel();
        if (!listed)
            out.result = gateway::Result::failure(gateway::ErrorKind::Timeout,
                                                  tr("The gateway did not list its sessions in time. Check the "
                                                     "gateway and try again."));
    }
    out.sessions = book.sessions();
    out.activity = monitor.activity();
    return out;
}

activity::ActivitySnapshot CommandContext::refreshActivity()
{
    activity::ActivityIndex* index = activityIndex();
    if (!index)
        return {};
    activity::ActivitySnapshot snapshot;
    LocalLoop loop;
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

int CommandContext::fail(const QString& message)
{
    warn(message);
    return ExitFailure;
}

void CommandContext::warn(const QString& message)
{
    const QStringList lines = message.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines.mid(0, 3))
        m_err << line.trimmed() << '\n';
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
    if (!m_quietDiagnostics || m_options.verbose)
        return;
    // QT_LOGGING_RULES still wins over these rules.
    QLoggingCategory::setFilterRules(QStringLiteral("pixelhub.*.info=false\npixelhub.*.warning=false"));
}

void CommandContext::progress(const QString& message)
{
    if (!m_interactive && !m_options.verbose)
        return;
    m_err << message << '\n';
    m_err.flush();
}

void CommandContext::print(const QString& text)
{
    m_out << text;
    m_out.flush();
}

} // namespace cli
