#pragma once

#include "QrDialog.h"
#include "sessions/ConnectFlow.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QAbstractItemView;
class QNetworkAccessManager;
class QAction;
class QWidget;

class QMessageBox;

namespace gateway {
class ActionJob;
class GatewayClient;
enum class Operation;
} // namespace gateway
namespace runtime {
class Runtime;
class SessionMonitor;
class SessionsRuntime;
} // namespace runtime
namespace sessions {
class SessionBook;
} // namespace sessions

namespace ui {

class DeleteSessionDialog;
class NewSessionDialog;

// What can be done to a session: Reconnect, New session and Delete, as QActions enabled only when
// they make sense, and the dialogs behind them (QrDialog, NewSessionDialog, DeleteSessionDialog).
// Refreshes the list after each change and reports the outcome for the status bar, so the main
// window only places the actions. Over a runtime, each action goes to the gateway of the session it
// names (the selected row's); a session is (gateway, id), and an empty gateway means the current
// one (the selected row's, else the first gateway).
//
//   auto* actions = new SessionActions(context.runtime(), window);
//   actions->attachToView(window->sessionsView()); // selection, double-click, Enter and Del
//   window->sessionMenu()->addActions(actions->actions());
//   connect(actions, &SessionActions::message, statusBar, [statusBar](const QString& text) { ... });
class SessionActions : public QObject
{
    Q_OBJECT

public:
    // Every gateway of the runtime, as they come and go.
    SessionActions(runtime::Runtime& runtime, QWidget* window);
    // One gateway (tests, single-gateway tools).
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
    QAction* restartAction() const { return m_restart; }
    QAction* logoutAction() const { return m_logout; }
    QList<QAction*> actions() const; // in menu order (also the toolbar's)
    // Restart and Log out: for the session menu only; hidden when the selected row's dialect lacks them.
    QList<QAction*> linkActions() const { return {m_restart, m_logout}; }
    // Copies the selected session's linked phone number (+ and digits); disabled when not known.
    QAction* copyNumberAction() const { return m_copyNumber; }

    // Follows the view's selection; Enter reconnects and Del deletes while the view has focus;
    // double-click reconnects a session that is not healthy. The view shows SessionTableModel rows.
    void attachToView(QAbstractItemView* view);
    void setCurrentSession(const QString& id, const QString& gateway = {});
    QString currentSession() const { return m_current; }
    QString currentGateway() const { return m_currentGateway; }
    // Where New session goes when no row is selected (the gateway filter's choice); empty: the
    // first gateway.
    void setDefaultGateway(const QString& gateway);

    // The dialogs. Each raises the one already open for that session instead of opening another.
    QrDialog* reconnect(const QString& id, const QString& gateway = {});
    QrDialog* createSession(const QString& id, const QString& gateway = {});
    NewSessionDialog* newSession();
    DeleteSessionDialog* deleteSession(const QString& id, const QString& gateway = {});
    // Restart: stops and starts the session on the gateway, the phone stays linked. No confirmation.
    // Null when the session's dialect cannot restart (or nothing to act on).
    gateway::ActionJob* restartSession(const QString& id, const QString& gateway = {});
    // Log out: asks first (Cancel is the default button, so Enter never logs out), then drops the
    // phone's link and keeps the session. Null when the dialect cannot log out.
    QMessageBox* logoutSession(const QString& id, const QString& gateway = {});
    // Log out without asking: for a caller that has asked already (the bulk Log out). Null when the
    // dialect cannot log out, or while the session's QR dialog is open.
    gateway::ActionJob* logoutNow(const QString& id, const QString& gateway = {});
    // Whether the gateway's dialect has op (empty gateway: the current one); anyGatewaySupports:
    // whether some gateway of the window has it. The one rule behind what the menus offer.
    bool supports(gateway::Operation op, const QString& gateway = {}) const;
    bool anyGatewaySupports(gateway::Operation op) const;
    // Why the gateway cannot do op, in the agent's words ("WAHA gateways cannot restart a session.").
    QString unsupportedReason(gateway::Operation op, const QString& gateway = {}) const;
    // Double-click: reconnect when the session is not healthy; nothing otherwise.
    void activate(const QString& id, const QString& gateway = {});

    QrDialog* qrDialog(const QString& id, const QString& gateway = {}) const; // the open one, or nullptr

    // The history's result of a create or reconnect dialog that closed: Event::okResult() when the
    // phone was linked, else what happened, in the agent's words.
    static QString connectResult(const QrDialog::Outcome& outcome);

public slots:
    // Re-evaluates which actions are enabled (selection, book, configuration changes).
    void updateActions();

signals:
    void message(const QString& text); // a translated confirmation for the status bar
    void actionsUpdated();             // after updateActions(): selection, gateways or their sessions changed
    void sessionConnected(const QString& id);
    void sessionDeleted(const QString& id);
    // An action on a session ended: "create", "reconnect", "delete", "restart" or "logout", and "ok" (for create and
    // reconnect: the phone is linked) or what went wrong, for the history.
    // Something was done to session id of gateway (its profile's name; empty: the only gateway).
    void acted(const QString& gateway, const QString& id, const QString& action, const QString& result);

private:
    // One gateway's parts; all null when there is no such gateway.
    struct Target
    {
        QString gateway;
        gateway::GatewayClient* client = nullptr;
        sessions::SessionBook* book = nullptr;
        runtime::SessionMonitor* monitor = nullptr;
        bool isConfigured() const;
    };
    void createActions();
    Target target(const QString& gateway) const;
    QList<Target> targets() const;
    void watchGateways();
    static QString key(const Target& target, const QString& id);
    QrDialog* openQr(const Target& target, sessions::ConnectFlow::Mode mode, const QString& id);
    void refreshSoon(const Target& target);
    gateway::ActionJob* runAction(const Target& target, gateway::Operation op, const QString& id);
    void updateLinkAction(QAction* action, const Target& target, gateway::Operation op, bool enabled);

    runtime::Runtime* m_runtime = nullptr;
    Target m_single; // without a runtime
    QList<QMetaObject::Connection> m_watching;
    QPointer<QWidget> m_window;
    sessions::ConnectFlow::Options m_options;
    std::function<void(const QString& id)> m_simulateScan;
    QAction* m_reconnect = nullptr;
    QAction* m_new = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_restart = nullptr;
    QAction* m_logout = nullptr;
    QAction* m_copyNumber = nullptr;
    QString m_current;
    QString m_currentGateway;
    QString m_defaultGateway;
    // Keyed by key(target, id): the same id on two gateways is two sessions.
    QHash<QString, QPointer<QrDialog>> m_qrDialogs;
    QPointer<NewSessionDialog> m_newDialog;
    QHash<QString, QPointer<DeleteSessionDialog>> m_deleteDialogs;
    QHash<QString, QPointer<QMessageBox>> m_logoutDialogs;
    QSet<QString> m_refreshAgain; // gateways to list once more when their listing ends
};

} // namespace ui
