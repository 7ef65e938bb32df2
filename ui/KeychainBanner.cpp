#include "KeychainBanner.h"

#include "LanguageChange.h"
#include "settings/SecretStore.h"

namespace ui {

KeychainBanner::KeychainBanner(settings::SecretStore& secrets, QWidget* parent)
    : ErrorBanner(parent)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("keychainBanner"));
    setRetryVisible(false);
    connect(&secrets, &settings::SecretStore::writeNotPersisted, this, &KeychainBanner::showProblem);
    onLanguageChange(this, [this] {
        if (isVisible())
            showProblem();
    });
}

void KeychainBanner::showProblem()
{
    showMessage(m_secrets.keychainProblem(), m_secrets.keychainProblemDetails());
}

} // namespace ui
