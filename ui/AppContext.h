#pragma once

#include "health/ZombiePolicy.h"
#include "settings/ConnectionSettings.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <utility>

class QNetworkAccessManager;

namespace activity {
class ActivityIndex;
}
namespace gateway {
class GatewayClient;
}
namespace sessions {
class SessionBook;
class SessionMonitor;
} // namespace sessions

namespace ui {

// Everything the desktop app runs on, built once and handed to the windows by reference: the
// network manager, profile, secret store, gateway client, session book and monitor, the optional
// activity index and the zombie policy. Tests build one against an in-process simulator.
//
//   ui::AppContext context({.profile = std::move(profile), .overrides = flags});
//   ui::MainWindow window(context);
//   context.reload(); // flags > environment > profile/keychain, asynchronously
class AppContext : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::unique_ptr<settings::Profile> profile; // null: the user's profile (PixelHub / Sessions)
        settings::CommandLineOverrides overrides;
        QString secretService = QStringLiteral("PixelHub Sessions");
        // Values for this run only (demo, tests), given to SecretStore::setRuntimeValue.
        QList<std::pair<settings::SecretStore::Key, QString>> runtimeSecrets;
        QString activityCacheDir; // empty: <cache location>/activity
        bool demo = false;
    };

    explicit AppContext(Options options, QObject* parent = nullptr);
    ~AppContext() override;

    settings::Profile& profile() { return *m_profile; }
    settings::SecretStore& secrets() { return *m_secrets; }
    QNetworkAccessManager& network() { return *m_nam; }
    gateway::GatewayClient& client() { return *m_client; }
    sessions::SessionBook& book() { return *m_book; }
    sessions::SessionMonitor& monitor() { return *m_monitor; }
    activity::ActivityIndex* activityIndex() const;
    const settings::CommandLineOverrides& overrides() const { return m_overrides; }

    bool isDemo() const { return m_demo; }
    // A gateway URL is known (from any source); the secret may still be missing.
    bool isConfigured() const;
    bool hasResolved() const { return m_resolved; }
    // "flag", "environment", "profile" or "": where this run's gateway URL comes from.
    QString gatewaySource() const { return m_gatewaySource; }
    QString activityDsn() const { return m_activityDsn; }
    // Why the last activity of connected sessions is unknown right now (for tooltips); empty when
    // the activity database answers.
    QString activityNote() const;

    // Resolves the connection settings again and applies them to the running objects (gateway
    // config, activity index, zombie policy); configured() follows, asynchronously.
    void reload();
    // Re-reads the zombie policy from the profile (threshold, overrides, no-activity rule).
    void applyPolicy();

    static health::ZombiePolicy policyFromProfile(const settings::Profile& profile);
    // For --demo-if-unconfigured: a URL from a flag, PIXELHUB_GATEWAY_URL or the profile.
    static bool gatewayConfiguredAnywhere(const settings::Profile& profile,
                                          const settings::CommandLineOverrides& overrides);

signals:
    void configured();

private:
    void apply(const settings::ConnectionSettings& resolved);
    void applyActivity(const QString& dsnText, const QString& password);
    void retireIndex(activity::ActivityIndex* index);

    std::unique_ptr<settings::Profile> m_profile;
    settings::CommandLineOverrides m_overrides;
    QNetworkAccessManager* m_nam = nullptr;
    settings::SecretStore* m_secrets = nullptr;
    gateway::GatewayClient* m_client = nullptr;
    sessions::SessionBook* m_book = nullptr;
    sessions::SessionMonitor* m_monitor = nullptr;
    QPointer<activity::ActivityIndex> m_index;
    QString m_activityCacheDir;
    QString m_activityDsn;
    QString m_activityPassword;
    int m_activityTimeoutMs = 0;
    QString m_activityProblem;
    QString m_gatewaySource;
    quint64 m_reloadGeneration = 0;
    bool m_resolved = false;
    bool m_demo = false;
};

} // namespace ui
