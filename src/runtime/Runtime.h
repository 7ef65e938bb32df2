#pragma once

#include "history/HistoryStore.h"
#include "runtime/ConfigResolver.h"
#include "runtime/SessionsRuntime.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include "activity/ActivityIndex.h"
#include <QPointer>

#include <chrono>

class QNetworkAccessManager;

namespace activity {
class ActivityIndex;
}
namespace settings {
class Profile;
class SecretStore;
} // namespace settings

namespace runtime {

// What the desktop app and the command line share above the domain: the resolved configuration,
// one SessionsRuntime per gateway profile, and the one activity index they all read. The front
// ends are thin adapters over it (ui::AppContext, cli::CommandContext).
class Runtime : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Overrides overrides;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString activityCacheDir; // empty: ConfigResolver::activityCacheDir()
        QString historyFile;      // empty: ConfigResolver::historyFile()
        // Keep one runtime even with no gateway configured (the window's rows need a book).
        bool keepPrimary = false;
        // Keep reading older activity history between refreshes (the window; the CLI exits).
        bool backgroundBackfill = false;
        // Read the sessions' last states once the first listing is in the book, not before it
        // (the command line, which shows nothing until the cycle ends: the states of a big
        // gateway are then never held beside its listing while the book is built). The window
        // reads them first, so its first verdicts already know who relinked.
        bool statesAfterListing = false;
    };

    Runtime(settings::Profile& profile, settings::SecretStore& secrets, Options options, QObject* parent = nullptr);
    ~Runtime() override;

    settings::Profile& profile() { return m_profile; }
    settings::SecretStore& secrets() { return m_secrets; }
    QNetworkAccessManager& network() { return *m_network; }
    const Overrides& overrides() const { return m_options.overrides; }
    void setOverrides(const Overrides& overrides) { m_options.overrides = overrides; }

    // Resolves the configuration again and applies it (gateways, activity, policy); configured()
    // follows once the keychain has answered.
    void reload();
    // The command line's form: applies at once, waiting at most `wait` for the keychain.
    bool reloadBounded(std::chrono::milliseconds wait);
    bool hasResolved() const { return m_resolved; }
    const RuntimeConfig& config() const { return m_config; }
    // Re-reads the zombie policy from the saved settings (thresholds, no-activity rule). Each
    // gateway's monitor has the policy with its own sessions' thresholds.
    void applyPolicy();

    QList<SessionsRuntime*> gateways() const { return m_gateways; }
    SessionsRuntime* gateway(const QString& name) const;
    // The gateways whose credential travels in clear text (plain http:// to another computer,
    // allowed by the profile: gateway/allowCleartext); the front ends warn about each.
    QStringList gatewaysSendingSecretInClear() const;
    // The first gateway (the window's, until it shows several); never null with keepPrimary.
    SessionsRuntime* primary() const { return m_gateways.isEmpty() ? nullptr : m_gateways.first(); }

    // The activity index, or nullptr without a (valid) activity database.
    activity::ActivityIndex* activityIndex() const { return m_index; }
    // Why the activity database setting cannot be used (translated), or empty.
    QString activityProblem() const { return m_activityProblem; }

    // The history of status changes and actions, shared by every gateway; null before the first
    // resolution.
    history::HistoryStore* history() const { return m_history; }
    // Why the history is not what the settings ask for (a bad team database setting, or the store's
    // own problem: the team database is down and records wait locally); empty when it is.
    QString historyProblem() const;
    // Records an operator action on a session (result: "ok" or the failure message).
    void recordAction(const QString& gateway, const QString& session, const QString& action, const QString& result);

signals:
    void configured();
    // A gateway is about to go (its profile was removed): drop what refers to it, now.
    void gatewayAboutToBeRemoved(runtime::SessionsRuntime* gateway);
    // Gateways were added or removed (after their removal).
    void gatewaysChanged();

private:
    void apply(const RuntimeConfig& config);
    void applyActivity(const RuntimeConfig& config);
    void retireIndex(activity::ActivityIndex* index);
    void applyReach();
    void applyPolicies();
    void applyHistory(const RuntimeConfig& config);

    settings::Profile& m_profile;
    settings::SecretStore& m_secrets;
    Options m_options;
    QNetworkAccessManager* m_network = nullptr;
    RuntimeConfig m_config;
    QList<SessionsRuntime*> m_gateways;
    QPointer<activity::ActivityIndex> m_index;
    QString m_activityKey; // what the index was built from
    QString m_activityProblem;
    QPointer<history::HistoryStore> m_history;
    QString m_historyKey;
    quint64 m_generation = 0;
    bool m_resolved = false;
};

} // namespace runtime
