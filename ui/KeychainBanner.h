#pragma once

#include "ErrorBanner.h"

namespace settings {
class SecretStore;
}

namespace ui {

// The one place the window says that a secret just saved could not go into the system keychain
// and is kept for this run only: the agent's sentence (SecretStore::keychainProblem()), the
// keychain service's own words ("Failed to execute child process "dbus-launch"…") behind Details.
// Settings closes on Save, so the warning lives here, once, not in the dialog.
class KeychainBanner : public ErrorBanner
{
    Q_OBJECT

public:
    explicit KeychainBanner(settings::SecretStore& secrets, QWidget* parent = nullptr);

private:
    void showProblem();

    settings::SecretStore& m_secrets;
};

} // namespace ui
