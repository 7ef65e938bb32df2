#pragma once

#include "runtime/ConfigResolver.h"
#include "settings/GatewayProfiles.h"
#include "settings/SecretStore.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class SettingsDialog;
}
namespace runtime {
class GatewayProbe;
}

namespace ui {

class ActivityProbe;
class DetailsDisclosure;
class AppContext;
class HistoryProbe;

// The gateways (a list of profiles: add, edit, test, remove; each credential in the keychain under
// its own entry or read from an environment variable), timeouts, refresh interval, CA file, and the
// activity database. Gateway edits are kept in the dialog until Save; Cancel forgets them.
// Opens non-blocking (open(), WA_DeleteOnClose). Validates as the user types; Save writes the
// profile, hands secrets to the SecretStore only (never QSettings) and applies everything to the
// running app through AppContext::reload(). Closing cancels a running connection test.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppContext& context, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void save();
    // The gateways as the dialog holds them (saved or not yet); selecting one shows it for editing.
    QStringList gatewayNames() const;
    void selectGateway(const QString& name);

signals:
    void saved();

protected:
    void done(int result) override;

private:
    struct Draft
    {
        settings::GatewayProfile profile;
        QString typedSecret; // replaces the stored credential on Save; empty keeps it
        bool saved = false;  // it exists in the settings already
    };
    void loadGateways();
    void showGateway(int index);
    void storeGateway();
    void addGateway();
    void removeGateway();
    QString draftProblem(const Draft& draft) const;
    void saveGateways(QList<std::pair<QString, QString>>& secretWrites);
    void load();
    void validate();
    void showKeychainProblem();
    void testGateway();
    void testActivity();
    void testHistory();
    // A connection test's password: the one typed, else the one this run uses, else the keychain's.
    void withPassword(QLineEdit* field, settings::SecretStore::Key key, const QString& running,
                      const std::function<void(const QString&)>& run);
    // What an empty password field means, said truthfully: a credential is really kept in the
    // keychain, held for this run only, read from the environment, or there is none.
    QString secretPlaceholder(const QString& account, runtime::Source source, bool hasValue, const QString& none) const;
    void chooseCaFile();
    static void setNote(QLabel* label, const QString& text, const QString& color = {});

    AppContext& m_context;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    runtime::GatewayProbe* m_gatewayProbe = nullptr;
    DetailsDisclosure* m_gatewayTestDetails = nullptr;
    ActivityProbe* m_activityProbe = nullptr;
    HistoryProbe* m_historyProbe = nullptr;
    int m_initialSilenceHours = 0;
    int m_initialRefreshSeconds = 0;
    int m_initialRetentionDays = 0;
    QList<Draft> m_drafts;
    QStringList m_removedGateways; // saved ones, removed on Save
    int m_current = -1;            // index in m_drafts of the gateway shown in the form
    bool m_showing = false;        // the form is being filled from a draft
};

} // namespace ui
