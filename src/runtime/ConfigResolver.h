#pragma once

#include "gateway/GatewayConfig.h"
#include "health/ZombiePolicy.h"
#include "history/HistoryConfig.h"
#include "settings/GatewayProfiles.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace settings {
class Profile;
class SecretStore;
} // namespace settings

namespace runtime {

// Where a value of this run comes from. The order of precedence is the design's: a command-line
// flag, then the PIXELHUB_* environment, then the saved settings (and the keychain for secrets),
// then the default.
enum class Source
{
    None,        // no value at all
    Default,     // the built-in default
    Saved,       // the saved settings (QSettings)
    Keychain,    // the OS keychain
    Environment, // a PIXELHUB_* variable, or the variable a profile names
    Flag,        // the command line
    Given,       // handed in by the program itself (demo mode, tests)
};
QString sourceName(Source source); // "flag", "environment", "saved", "keychain", "default", "given", ""

// What the command line said, if anything. Secrets are never among them: they leak into `ps`.
struct Overrides
{
    std::optional<QUrl> gatewayUrl;
    std::optional<QString> dialect;
    std::optional<QString> profile; // use this saved profile alone
    std::optional<QString> activityDsn;
    std::optional<std::chrono::seconds> silenceThreshold;
};

// One gateway of this run, resolved: its profile, the client configuration and where each part
// came from.
struct GatewaySetup
{
    settings::GatewayProfile profile;
    gateway::GatewayConfig config; // URL, credential, timeouts, CA file
    Source urlSource = Source::None;
    Source dialectSource = Source::None;
    Source secretSource = Source::None;
    QString secretAccount; // the keychain account of its credential, when it comes from the keychain
    QString problem;       // translated: why this gateway cannot be used as configured
};

// Everything a front end needs to build its runtime, resolved once.
struct RuntimeConfig
{
    QList<GatewaySetup> gateways;
    bool fromOverride = false; // one profile "default" from --gateway or PIXELHUB_GATEWAY_URL
    QString problem;           // translated: e.g. an unknown --profile

    QString activityDsn; // password-free
    Source activityDsnSource = Source::None;
    QString activityPassword;
    Source activityPasswordSource = Source::None;
    std::chrono::seconds activityTimeout{15};
    QString activityCacheDir;

    health::ZombiePolicy policy;
    Source thresholdSource = Source::Default;

    // The history: the local file, and the team database (PIXELHUB_HISTORY_DSN or the settings).
    history::HistoryConfig history;
    Source historyDsnSource = Source::None;
    Source historyPasswordSource = Source::None;
    QString historyProblem; // translated: why the team database setting cannot be used

    const GatewaySetup* find(const QString& name) const;
};

// Resolves the configuration of a run from the flags, the environment (injectable for tests), the
// saved settings and the keychain. The one place that knows the order of precedence.
class ConfigResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConfigResolver)

public:
    ConfigResolver(const settings::Profile& profile, Overrides overrides,
                   QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // Everything but the secrets that live in the keychain; no I/O but the settings.
    RuntimeConfig resolveWithoutKeychain() const;
    // Then the keychain for the credentials still missing; calls back once, on this thread.
    void resolve(settings::SecretStore& secrets, std::function<void(const RuntimeConfig&)> done) const;
    // The command line's form: waits at most `wait` for the keychain (a server may have none);
    // on time-out, *keychainTimedOut is set and only the environment's secrets are used.
    RuntimeConfig resolveBounded(settings::SecretStore& secrets, std::chrono::milliseconds wait,
                                 bool* keychainTimedOut = nullptr) const;

    // The zombie policy of the saved settings, with an override of the global threshold; no
    // session's own threshold (those are per gateway: policyFor()).
    static health::ZombiePolicy policyFrom(const settings::Profile& profile,
                                           std::optional<std::chrono::seconds> threshold = std::nullopt);
    // `global` with the per-session thresholds saved for the gateway named `gateway`.
    static health::ZombiePolicy policyFor(const settings::Profile& profile, const QString& gateway,
                                          health::ZombiePolicy global);
    // The one activity cache directory, shared by the desktop app and the command line.
    static QString activityCacheDir();
    // The one local history file, shared by the desktop app and the command line (data, not a
    // cache: it is the record of what happened).
    static QString historyFile();
    // A gateway URL is known from a flag, the environment or a saved profile.
    static bool
    gatewayConfiguredAnywhere(const settings::Profile& profile, const Overrides& overrides,
                              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

private:
    GatewaySetup setupFor(const settings::GatewayProfile& profile, Source urlSource, Source dialectSource) const;

    const settings::Profile& m_profile;
    Overrides m_overrides;
    QProcessEnvironment m_env;
};

} // namespace runtime
