#pragma once

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class SettingsDialog;
}

namespace ui {

class ActivityProbe;
class AppContext;
class GatewayProbe;

// Gateway address and secret, timeouts, refresh interval, CA file, and the activity database.
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

signals:
    void saved();

protected:
    void done(int result) override;

private:
    void load();
    void validate();
    void showKeychainProblem();
    void testGateway();
    void testActivity();
    void chooseCaFile();
    void finishSave(bool secretsPersisted);
    static void setNote(QLabel* label, const QString& text, const QString& color = {});

    AppContext& m_context;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    GatewayProbe* m_gatewayProbe = nullptr;
    ActivityProbe* m_activityProbe = nullptr;
    int m_initialSilenceHours = 0;
    int m_initialRefreshMinutes = 0;
    int m_pendingWrites = 0;
    bool m_allPersisted = true;
};

} // namespace ui
