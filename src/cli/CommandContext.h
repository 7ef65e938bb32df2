#pragma once

#include "activity/ActivitySnapshot.h"
#include "cli/Output.h"
#include "cli/Waits.h"
#include "gateway/Result.h"
#include "health/ZombiePolicy.h"
#include "history/HistoryEvent.h"
#include "history/Uptime.h"
#include "runtime/ConfigResolver.h"
#include "sessions/Session.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace activity {
class ActivityIndex;
}
namespace gateway {
class GatewayClient;
class GatewayJob;
} // namespace gateway
namespace runtime {
class Runtime;
class SessionsRuntime;
} // namespace runtime
namespace settings {
class Profile;
class SecretStore;
} // namespace settings

namespace cli {

class Command;

// The options every verb accepts, before or after the verb. Secrets are never among them.
struct GlobalOptions
{
    runtime::Overrides overrides; // --gateway, --dialect, --profile, --activity-dsn, --silent-hours
    bool json = false;
    bool verbose = false; // progress lines even when stderr is not a terminal
};

// What a command works with: where it writes (Output), the options, and the runtime
// (runtime::Runtime: gateways, activity index, policy), resolved on first use; the keychain wait
// is bounded (a server has no keychain). It holds no rule: each wait is in Waits, the choice of a
// gateway in GatewayChoice.
class CommandContext : public Output
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(QTextStream& out, QTextStream& err, settings::Profile& profile, settings::SecretStore& secrets);
    ~CommandContext();
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    GlobalOptions& options() { return m_options; }
    const GlobalOptions& options() const { return m_options; }
    settings::Profile& profile() { return m_profile; }

    runtime::Runtime& runtime();
    // Tests: a history file of their own instead of the shared one (before the first runtime()).
    void setHistoryFile(const QString& path) { m_historyFile = path; }
    // The gateways of this run (every profile, or the one of --profile / --gateway).
    QList<runtime::SessionsRuntime*> gateways();
    // The gateway a verb on one session works with: the only one, the one --profile names, or the
    // one that has the session, looked up within `deadline`. Returns ExitSuccess, or the exit code
    // after its message.
    int selectGatewayFor(const QString& sessionId, bool creating, QDeadlineTimer deadline);
    // When the verb began (before any gateway was looked up): a verb's deadline counts from here.
    void startVerbClock() { m_verbClock.start(); }
    std::chrono::milliseconds sinceVerbStart() const
    {
        return std::chrono::milliseconds(m_verbClock.isValid() ? m_verbClock.elapsed() : 0);
    }
    runtime::SessionsRuntime* selected();
    gateway::GatewayClient& client();
    // The gateway URL for messages, without any user info.
    QString gatewayDisplay();
    // The activity index, or nullptr when no activity database is configured (or its DSN is bad:
    // activityProblem() says so).
    activity::ActivityIndex* activityIndex();
    QString activityProblem();
    // The zombie policy of the selected gateway: the profile's threshold and that gateway's
    // per-session thresholds, --silent-hours on top.
    health::ZombiePolicy policy();

    // Blocking calls, each through LocalLoop.
    gateway::Result await(gateway::GatewayJob* job);
    using Listing = waits::Listing;
    // The one refresh flow (runtime::SessionsRuntime): listing and activity together, waits for
    // both. Of the selected gateway; refreshAll(): of every gateway at once, each bounded alone.
    // `within`: a bound of the caller's own (the rest of a verb's deadline), tighter than the listing's.
    Listing refreshSessions(std::optional<std::chrono::milliseconds> within = std::nullopt);
    QList<Listing> refreshAll();
    activity::ActivitySnapshot refreshActivity();
    // Records what this run did to a session (result: history::Event::okResult() or the failure).
    void recordAction(const QString& session, const QString& action, const QString& result);

    // Output's policy with the parsed --verbose.
    void applyDiagnosticsPolicy() { Output::applyDiagnosticsPolicy(m_options.verbose); }

private:
    void resolve();

    settings::Profile& m_profile;
    settings::SecretStore& m_secrets;
    GlobalOptions m_options;

    std::unique_ptr<runtime::Runtime> m_runtime;
    runtime::SessionsRuntime* m_selected = nullptr;
    std::unique_ptr<gateway::GatewayClient> m_unconfigured;
    QString m_historyFile;
    QElapsedTimer m_verbClock;
};

} // namespace cli
