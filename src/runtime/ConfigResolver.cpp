#include "runtime/ConfigResolver.h"

#include "activity/Dsn.h"
#include "runtime/LocalLoop.h"
#include "settings/ConnectionSettings.h"
#include "settings/GatewayUrlCheck.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QDir>
#include <QStandardPaths>

#include <memory>

namespace runtime {

namespace {
const QString EnvUrl = QStringLiteral("PIXELHUB_GATEWAY_URL");
const QString EnvSecret = QStringLiteral("PIXELHUB_GATEWAY_SECRET");
const QString EnvDialect = QStringLiteral("PIXELHUB_GATEWAY_DIALECT");
const QString EnvDsn = QStringLiteral("PIXELHUB_ACTIVITY_DSN");
const QString EnvPassword = QStringLiteral("PIXELHUB_ACTIVITY_PASSWORD");
const QString EnvHistoryDsn = QStringLiteral("PIXELHUB_HISTORY_DSN");
const QString EnvHistoryPassword = QStringLiteral("PIXELHUB_HISTORY_PASSWORD");

struct ReadChain
{
    std::shared_ptr<RuntimeConfig> config;
    QList<std::pair<QString, std::function<void(const QString&, bool)>>> reads;
    settings::SecretStore* store = nullptr;
    std::function<void(const RuntimeConfig&)> done;

    static void step(const std::shared_ptr<ReadChain>& chain, qsizetype i)
    {
        if (i >= chain->reads.size()) {
            chain->done(*chain->config);
            return;
        }
        chain->store->read(chain->reads.at(i).first, [chain, i](const QString& value, bool found) {
            chain->reads.at(i).second(value, found);
            step(chain, i + 1);
        });
    }
};
} // namespace

QString sourceName(Source source)
{
    switch (source) {
    case Source::None:
        return {};
    case Source::Default:
        return QStringLiteral("default");
    case Source::Saved:
        return QStringLiteral("saved");
    case Source::Keychain:
        return QStringLiteral("keychain");
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::Flag:
        return QStringLiteral("flag");
    case Source::Given:
        return QStringLiteral("given");
    }
    return {};
}

const GatewaySetup* RuntimeConfig::find(const QString& name) const
{
    for (const GatewaySetup& g : gateways) {
        if (g.profile.name == name)
            return &g;
    }
    return nullptr;
}

ConfigResolver::ConfigResolver(const settings::Profile& profile, Overrides overrides, QProcessEnvironment environment)
    : m_profile(profile)
    , m_overrides(std::move(overrides))
    , m_env(std::move(environment))
{}

GatewaySetup ConfigResolver::setupFor(const settings::GatewayProfile& profile, Source urlSource,
                                      Source dialectSource) const
{
    GatewaySetup setup;
    setup.profile = profile;
    setup.urlSource = urlSource;
    setup.dialectSource = dialectSource;
    settings::applyProfileTimeouts(m_profile, setup.config);
    setup.config.dialect = profile.dialect;

    const settings::GatewayUrlCheck url = settings::GatewayUrlCheck::check(profile.url.toString());
    if (!url.isAcceptable()) {
        setup.problem = url.message;
    } else {
        setup.config.baseUrl = url.url;
        if (!settings::isKnownDialect(profile.dialect))
            setup.problem = settings::GatewayProfiles::problem(profile);
    }

    // The credential: the variable the profile names; for "default", PIXELHUB_GATEWAY_SECRET; else
    // the profile's own keychain entry (read later, by resolve()).
    QString envName = profile.secretEnv;
    if (envName.isEmpty() && profile.name == settings::GatewayProfile::defaultName())
        envName = EnvSecret;
    const QString fromEnv = envName.isEmpty() ? QString() : m_env.value(envName);
    if (!fromEnv.isEmpty()) {
        setup.config.secret = fromEnv;
        setup.secretSource = Source::Environment;
    } else if (!profile.secretEnv.isEmpty()) {
        setup.problem = tr("The credential of gateway \"%1\" comes from the environment variable %2, which is not "
                           "set.")
                            .arg(profile.name, profile.secretEnv);
    } else {
        setup.secretAccount = settings::SecretStore::gatewaySecretAccount(profile.name);
    }
    return setup;
}

RuntimeConfig ConfigResolver::resolveWithoutKeychain() const
{
    RuntimeConfig config;
    const QString envUrl = m_env.value(EnvUrl).trimmed();
    const QString envDialect = m_env.value(EnvDialect).trimmed();

    auto dialect = [&](const QString& saved, Source* source) {
        if (m_overrides.dialect) {
            *source = Source::Flag;
            return *m_overrides.dialect;
        }
        if (!envDialect.isEmpty()) {
            *source = Source::Environment;
            return envDialect;
        }
        if (!saved.isEmpty()) {
            *source = Source::Saved;
            return saved;
        }
        *source = Source::Default;
        return settings::GatewayProfile::defaultDialect();
    };

    settings::GatewayProfiles saved = m_profile.gatewayProfiles();
    if (m_overrides.gatewayUrl || (!m_overrides.profile && !envUrl.isEmpty())) {
        // One profile "default", alone, for this run.
        config.fromOverride = true;
        Source dialectSource = Source::None;
        const QString d = dialect({}, &dialectSource);
        const settings::GatewayProfile p{settings::GatewayProfile::defaultName(),
                                         d,
                                         m_overrides.gatewayUrl ? *m_overrides.gatewayUrl : QUrl(envUrl),
                                         {}};
        config.gateways << setupFor(p, m_overrides.gatewayUrl ? Source::Flag : Source::Environment, dialectSource);
    } else if (m_overrides.profile) {
        if (const auto p = saved.find(*m_overrides.profile)) {
            settings::GatewayProfile profile = *p;
            Source dialectSource = Source::Saved;
            if (m_overrides.dialect)
                profile.dialect = dialect(p->dialect, &dialectSource);
            config.gateways << setupFor(profile, Source::Saved, dialectSource);
        } else {
            QStringList names;
            for (const auto& g : saved.all())
                names << g.name;
            config.problem = names.isEmpty()
                                 ? tr("There is no gateway \"%1\": no gateway is saved yet.").arg(*m_overrides.profile)
                                 : tr("There is no gateway \"%1\". Gateways: %2.")
                                       .arg(*m_overrides.profile, names.join(QStringLiteral(", ")));
        }
    } else {
        for (const settings::GatewayProfile& p : saved.all())
            config.gateways << setupFor(p, Source::Saved, Source::Saved);
    }

    // The activity database: flag, environment, saved.
    const QString envDsn = m_env.value(EnvDsn).trimmed();
    if (m_overrides.activityDsn) {
        config.activityDsn = m_overrides.activityDsn->trimmed();
        config.activityDsnSource = Source::Flag;
    } else if (!envDsn.isEmpty()) {
        config.activityDsn = envDsn;
        config.activityDsnSource = Source::Environment;
    } else if (!m_profile.activityDsn().trimmed().isEmpty()) {
        config.activityDsn = m_profile.activityDsn().trimmed();
        config.activityDsnSource = Source::Saved;
    }
    const QString envPassword = m_env.value(EnvPassword);
    if (!envPassword.isEmpty()) {
        config.activityPassword = envPassword;
        config.activityPasswordSource = Source::Environment;
    }
    config.activityTimeout = m_profile.activityTimeout();
    config.activityCacheDir = activityCacheDir();

    config.policy = policyFrom(m_profile, m_overrides.silenceThreshold);
    config.thresholdSource = m_overrides.silenceThreshold ? Source::Flag : Source::Saved;

    // The history: always the local file; a team database from the environment, else the settings.
    config.history.localPath = historyFile();
    config.history.retention = m_profile.historyRetention();
    config.history.timeoutMs = int(std::chrono::milliseconds(m_profile.activityTimeout()).count());
    QString teamDsn = m_env.value(EnvHistoryDsn).trimmed();
    config.historyDsnSource = Source::Environment;
    if (teamDsn.isEmpty()) {
        teamDsn = m_profile.historyDsn().trimmed();
        config.historyDsnSource = teamDsn.isEmpty() ? Source::None : Source::Saved;
    }
    if (!teamDsn.isEmpty()) {
        QString error;
        if (activity::Dsn::parse(teamDsn, &error)) {
            config.history.teamDsn = teamDsn;
        } else {
            config.historyProblem =
                tr("The team history database setting is not valid, so the history stays on this computer: %1")
                    .arg(error);
            config.historyDsnSource = Source::None;
        }
    }
    if (const QString pw = m_env.value(EnvHistoryPassword); !pw.isEmpty()) {
        config.history.teamPassword = pw;
        config.historyPasswordSource = Source::Environment;
    }
    return config;
}

void ConfigResolver::resolve(settings::SecretStore& secrets, std::function<void(const RuntimeConfig&)> done) const
{
    auto config = std::make_shared<RuntimeConfig>(resolveWithoutKeychain());
    // What the keychain must still answer: each gateway's credential, then the database password
    // (SQLite has none).
    QList<std::pair<QString, std::function<void(const QString&, bool)>>> reads;
    for (qsizetype i = 0; i < config->gateways.size(); ++i) {
        const QString account = config->gateways.at(i).secretAccount;
        if (account.isEmpty())
            continue;
        reads.append({account, [config, i](const QString& value, bool found) {
                          GatewaySetup& g = config->gateways[i];
                          g.config.secret = value;
                          g.secretSource = found ? Source::Keychain : Source::None;
                      }});
    }
    const bool needsPassword = !config->activityDsn.isEmpty() && config->activityPassword.isEmpty() &&
                               !config->activityDsn.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive);
    if (needsPassword)
        reads.append({settings::SecretStore::keyName(settings::SecretStore::Key::ActivityPassword),
                      [config](const QString& value, bool found) {
                          config->activityPassword = value;
                          config->activityPasswordSource = found ? Source::Keychain : Source::None;
                      }});

    if (config->history.hasTeam() && config->history.teamPassword.isEmpty() &&
        !config->history.teamDsn.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        reads.append({settings::SecretStore::keyName(settings::SecretStore::Key::HistoryPassword),
                      [config](const QString& value, bool found) {
                          config->history.teamPassword = value;
                          config->historyPasswordSource = found ? Source::Keychain : Source::None;
                      }});

    // One after the other: a keychain prompts for one thing at a time. The chain lives as long as
    // a read it started is pending.
    auto chain = std::make_shared<ReadChain>();
    chain->config = config;
    chain->reads = std::move(reads);
    chain->store = &secrets;
    chain->done = std::move(done);
    ReadChain::step(chain, 0);
}

RuntimeConfig ConfigResolver::resolveBounded(settings::SecretStore& secrets, std::chrono::milliseconds wait,
                                             bool* keychainTimedOut) const
{
    struct Pending
    {
        std::optional<RuntimeConfig> config;
        LocalLoop* loop = nullptr;
    };
    // The answer may come after we stopped waiting: it only touches this shared state.
    auto pending = std::make_shared<Pending>();
    LocalLoop loop;
    pending->loop = &loop;
    resolve(secrets, [pending](const RuntimeConfig& c) {
        pending->config = c;
        if (pending->loop)
            pending->loop->quit();
    });
    loop.exec(wait);
    pending->loop = nullptr;
    if (keychainTimedOut)
        *keychainTimedOut = !pending->config.has_value();
    return pending->config ? *pending->config : resolveWithoutKeychain();
}

health::ZombiePolicy ConfigResolver::policyFrom(const settings::Profile& profile,
                                                std::optional<std::chrono::seconds> threshold)
{
    health::ZombiePolicy policy;
    policy.setThreshold(threshold ? *threshold : profile.silenceThreshold());
    policy.setNoActivityIsZombie(profile.noActivityIsZombie());
    return policy;
}

health::ZombiePolicy ConfigResolver::policyFor(const settings::Profile& profile, const QString& gateway,
                                               health::ZombiePolicy global)
{
    const QHash<QString, std::chrono::seconds> own = profile.silenceOverrides(gateway);
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        global.setOverride(it.key(), it.value());
    return global;
}

QString ConfigResolver::activityCacheDir()
{
    // Not CacheLocation: that follows the application name, which differs between the desktop app
    // and the command line, and they must share one cache.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("PixelHub/Sessions/activity"));
}

QString ConfigResolver::historyFile()
{
    // Not AppDataLocation: that follows the application name, which differs between the desktop
    // app and the command line, and they must share one history.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("PixelHub/Sessions/history.db"));
}

bool ConfigResolver::gatewayConfiguredAnywhere(const settings::Profile& profile, const Overrides& overrides,
                                               const QProcessEnvironment& environment)
{
    const RuntimeConfig config = ConfigResolver(profile, overrides, environment).resolveWithoutKeychain();
    for (const GatewaySetup& g : config.gateways) {
        if (g.config.isConfigured())
            return true;
    }
    return false;
}

} // namespace runtime
