#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QTableView;
class QToolBar;

namespace gateway {
struct Result;
}

namespace Ui {
class MainWindow;
}

namespace ui {

class AboutDialog;
class AppContext;
class ColumnFitter;
class ErrorBanner;
class EmptyStateWidget;
class GatewayTables;
class HealthCheckController;
class HealthSummary;
class RefreshController;
class SessionActions;
class SilenceThresholdAction;
class SessionFilterProxyModel;
class SessionTableModel;
class SettingsDialog;
class TrayNotifier;

// The session list. Thin on purpose: refresh timing lives in RefreshController, the data in the
// SessionBook behind SessionTableModel, errors in ErrorBanner, empty states in EmptyStateWidget.
// Other features hook in through sessionMenu() / mainToolBar() and selectedSessionId().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Where per-session actions go (Reconnect, New, Delete…); also the table's context menu.
    QMenu* sessionMenu() const;
    QToolBar* mainToolBar() const;
    // The id of the selected session, or empty; and the gateway profile it belongs to.
    QString selectedSessionId() const;
    QString selectedGateway() const;

    QTableView* sessionsView() const;
    // The rows of the first gateway; tables() has every gateway's.
    SessionTableModel* sessionModel() const;
    GatewayTables* tables() const { return m_tables; }
    SessionFilterProxyModel* proxyModel() const { return m_proxy; }
    RefreshController* refresher() const { return m_refresher; }
    ErrorBanner* errorBanner() const;
    EmptyStateWidget* emptyState() const;
    // The open settings dialog, if any.
    SettingsDialog* settingsDialog() const;
    // Reconnect / New session / Delete and their dialogs.
    SessionActions* sessionActions() const { return m_actions; }
    // The system tray (icon, menu, notifications); inert when the desktop has no tray.
    TrayNotifier* trayNotifier() const { return m_tray; }
    // Per-session silence threshold (Sessions menu / context menu).
    SilenceThresholdAction* silenceThreshold() const { return m_threshold; }
    // The status bar's health verdict and "Check health now".
    HealthSummary* healthSummary() const { return m_healthSummary; }
    HealthCheckController* healthCheck() const { return m_healthCheck; }

public slots:
    void refresh();
    void openSettings();
    void openAbout();

signals:
    void selectedSessionChanged(const QString& id);

protected:
    void closeEvent(QCloseEvent* event) override;
    // The language chosen in Settings applies at once (QEvent::LanguageChange): the form, the
    // texts set in code, the table's headers and cells.
    void changeEvent(QEvent* event) override;

private:
    void setUpTable();
    void setUpStatusBar();
    void setUpSessionActions();
    void setUpTray();
    void setUpHealth();
    void showFromTray();
    void quitApp();
    void onConfigured();
    void onGatewaysChanged();
    void onRefreshFinished();
    void updateBanner();
    void updateActivityNotes();
    void updateGatewayFilter();
    void updateView();
    void updateCount();
    void updateTitle();
    int demoGatewayCount();
    void retranslate();
    void statusBarTexts();
    // Column widths and the status bar's room for the running language's longest words.
    void fitToLanguage();
    static QString countText(int shown, int total);
    void saveState();

    AppContext& m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
    GatewayTables* m_tables = nullptr;
    SessionFilterProxyModel* m_proxy = nullptr;
    QList<QMetaObject::Connection> m_gatewayLinks;
    RefreshController* m_refresher = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_updatedLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_demoLabel = nullptr;
    ColumnFitter* m_columnFitter = nullptr;
    QPointer<SettingsDialog> m_settings;
    SessionActions* m_actions = nullptr;
    SilenceThresholdAction* m_threshold = nullptr;
    TrayNotifier* m_tray = nullptr;
    HealthSummary* m_healthSummary = nullptr;
    HealthCheckController* m_healthCheck = nullptr;
    QPointer<AboutDialog> m_about;
    bool m_quitting = false;
};

} // namespace ui
