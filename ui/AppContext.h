#pragma once

#include "runtime/Runtime.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>

#include <memory>
#include <optional>
#include <utility>

namespace ui {

// The desktop app's adapter over runtime::Runtime: it owns the profile and the secret store and
// words the runtime's state for the window. No rule of its own. Tests build one against an
// in-process simulator.
//
//   ui::AppContext context({.profile = std::move(profile), .overrides = flags});
//   ui::MainWindow window(context);
//   context.reload(); // flags > environment > saved settings/keychain, asynchronously
class AppContext : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::unique_ptr<settings::Profile> profile; // null: the user's profile (PixelHub / Sessions)
        runtime::Overrides overrides;
        QString secretService = QStringLiteral("PixelHub Sessions");
        // Values for this run only (demo, tests), given to SecretStore::setRuntimeValue.
        QList<std::pair<settings::SecretStore::Key, QString>> runtimeSecrets;
        QString activityCacheDir; // empty: the shared cache (runtime::ConfigResolver::activityCacheDir)
        QString historyFile;      // empty: the shared history (runtime::ConfigResolver::historyFile)
        bool demo = false;
        // The variables the runtime reads (PIXELHUB_*, a profile's secret variable); unset: this
        // process's. The demo gives its own, so a user's PIXELHUB_GATEWAY_URL never replaces it.
        std::optional<QProcessEnvironment> environment;
    };

    explicit AppContext(Options options, QObject* parent = nullptr);
    ~AppContext() override;

    runtime::Runtime& runtime() { return *m_runtime; }
    settings::Profile& profile() { return *m_profile; }
    settings::SecretStore& secrets() { return *m_secrets; }
    QNetworkAccessManager& network() { return m_runtime->network(); }
    // The window's gateway (the first profile).
    runtime::SessionsRuntime& primary() { return *m_runtime->primary(); }
    gateway::GatewayClient& client() { return primary().client(); }
    sessions::SessionBook& book() { return primary().book(); }
    runtime::SessionMonitor& monitor() { return primary().monitor(); }
    activity::ActivityIndex* activityIndex() const { return m_runtime->activityIndex(); }

    bool isDemo() const { return m_demo; }
    // Some gateway's URL is known (from any source); the credential may still be missing.
    bool isConfigured() const;
    bool hasResolved() const { return m_runtime->hasResolved(); }
    // Where this run's gateway URL comes from.
    runtime::Source gatewaySource() const;
    // Why the last activity of connected sessions is unknown right now (for tooltips); empty when
    // the activity database answers.
    QString activityNote() const;

    void reload() { m_runtime->reload(); }
    void applyPolicy() { m_runtime->applyPolicy(); }

signals:
    void configured();

private:
    std::unique_ptr<settings::Profile> m_profile;
    settings::SecretStore* m_secrets = nullptr;
    runtime::Runtime* m_runtime = nullptr;
    bool m_demo = false;
};

} // namespace ui
