#pragma once

#include "sessions/ConnectFlow.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemView;
class QNetworkAccessManager;
class QAction;
class QWidget;

namespace gateway {
class GatewayClient;
}
namespace runtime {
class SessionMonitor;
}
namespace sessions {
class SessionBook;
} // namespace sessions

namespace ui {

class DeleteSessionDialog;
class NewSessionDialog;
class QrDialog;

// What can be done to a session: Reconnect, New session and Delete, as QActions enabled only when
// they make sense, and the dialogs behind them (QrDialog, NewSessionDialog, DeleteSessionDialog).
// Refreshes the list after each change and reports the outcome for the status bar, so the main
// window only places the actions:
//
//   auto* actions = new SessionActions(context.client(), context.book(), context.monitor(), window);
//   actions->attachToView(window->sessionsView()); // selection, double-click, Enter and Del
//   window->sessionMenu()->addActions(actions->actions());
//   connect(actions, &SessionActions::message, statusBar, [statusBar](const QString& text) { ... });
class SessionActions : public QObject
{
    Q_OBJECT

public:
    SessionActions(gateway::GatewayClient& client, sessions::SessionBook& book, runtime::SessionMonitor& monitor,
                   QWidget* window);
    ~SessionActions() override;

    // Poll intervals, QR lifetime, deadline (Profile::connectDeadline()) for the QR dialogs.
    void setFlowOptions(const sessions::ConnectFlow::Options& options) { m_options = options; }
    const sessions::ConnectFlow::Options& flowOptions() const { return m_options; }
    // Demo only: each QR dialog gets a "Simulate scan" button, so a trainee sees the whole happy
    // path. `scan` tells the simulator that the phone scanned the session's code.
    void setScanSimulator(std::function<void(const QString& id)> scan) { m_simulateScan = std::move(scan); }
    // The demo's simulator: POST /__sim/sessions/ID/scan on the gateway's address (no credential).
    void enableDemoScan(QNetworkAccessManager& network);

    QAction* reconnectAction() const { return m_reconnect; }
    QAction* newSessionAction() const { return m_new; }
    QAction* deleteAction() const { return m_delete; }
    QList<QAction*> actions() const; // in menu order

    // Follows the view's selection; Enter reconnects and Del deletes while the view has focus;
    // double-click reconnects a session that is not healthy. The view shows SessionTableModel rows.
    void attachToView(QAbstractItemView* view);
    void setCurrentSession(const QString& id);
    QString currentSession() const { return m_current; }

    // The dialogs. Each raises the one already open for that session instead of opening another.
    QrDialog* reconnect(const QString& id);
    QrDialog* createSession(const QString& id);
    NewSessionDialog* newSession();
    DeleteSessionDialog* deleteSession(const QString& id);
    // Double-click: reconnect when the session is not healthy; nothing otherwise.
    void activate(const QString& id);

    QrDialog* qrDialog(const QString& id) const; // the open one, or nullptr

public slots:
    // Re-evaluates which actions are enabled (selection, book, configuration changes).
    void updateActions();

signals:
    void message(const QString& text); // a translated confirmation for the status bar
    void sessionConnected(const QString& id);
    void sessionDeleted(const QString& id);

private:
    QrDialog* openQr(sessions::ConnectFlow::Mode mode, const QString& id);
    void refreshSoon();

    gateway::GatewayClient& m_client;
    sessions::SessionBook& m_book;
    runtime::SessionMonitor& m_monitor;
    QPointer<QWidget> m_window;
    sessions::ConnectFlow::Options m_options;
    std::function<void(const QString& id)> m_simulateScan;
    QAction* m_reconnect = nullptr;
    QAction* m_new = nullptr;
    QAction* m_delete = nullptr;
    QString m_current;
    QHash<QString, QPointer<QrDialog>> m_qrDialogs;
    QPointer<NewSessionDialog> m_newDialog;
    QHash<QString, QPointer<DeleteSessionDialog>> m_deleteDialogs;
    bool m_refreshAgain = false;
};

} // namespace ui
