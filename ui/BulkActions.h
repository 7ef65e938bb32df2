#pragma once

#include "SessionQueueDialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAction;

namespace settings {
class Profile;
}

namespace ui {

class SessionActions;

// Actions on several selected rows at once: Reconnect, Restart and Log out, through one
// SessionQueueDialog: one session at a time, at most one start per Profile::bulkActionGap(), each
// QR code in its turn, a summary at the end. Each turn is the row menu's own action
// (SessionActions), so the gateway calls and the history records are the same.
//
// The selection may span gateways and dialects. Restart and Log out are offered when some gateway
// has them, and enabled when some selected row's gateway does; the other rows are sent nothing and
// are listed as skipped, with why. Log out asks first, listing the sessions; Enter never logs out.
//
//   auto* bulk = new BulkActions(actions, profile, window);
//   bulk->attachToView(view); // enables the actions from the view's selection
//   menu->addActions(bulk->actions());
class BulkActions : public QObject
{
    Q_OBJECT

public:
    BulkActions(SessionActions& actions, settings::Profile& profile, QWidget* window);

    void attachToView(QAbstractItemView* view);
    QAction* reconnectAction() const { return m_reconnect; }
    QAction* restartAction() const { return m_restart; }
    QAction* logoutAction() const { return m_logout; }
    QList<QAction*> actions() const { return {m_reconnect, m_restart, m_logout}; } // in menu order
    QStringList selectedIds() const;
    SessionQueueDialog* dialog() const;
    QMessageBox* logoutConfirmation() const { return m_confirmation; } // while it asks

public slots:
    SessionQueueDialog* reconnectSelected();
    // Opens the queue; Start restarts.
    SessionQueueDialog* restartSelected();
    // Asks first (Cancel is the default button); "Log out" opens the queue and starts it.
    QMessageBox* logoutSelected();

signals:
    void message(const QString& text); // for the status bar, translated

private:
    struct Row
    {
        QString id;
        QString gateway;
        QString label; // what the table shows
    };
    QList<Row> selectedRows() const;
    QList<SessionQueueDialog::Item> itemsFor(SessionQueueDialog::Action action) const;
    bool raiseOpen();
    // Keeps widget in slot while it lives; the actions follow its coming and going.
    template <typename T> void hold(QPointer<T>& slot, T* widget);
    SessionQueueDialog* openQueue(SessionQueueDialog::Action action, const QList<SessionQueueDialog::Item>& items);
    void updateActions();

    SessionActions& m_actions;
    settings::Profile& m_profile;
    QWidget* m_window;
    QPointer<QAbstractItemView> m_view;
    QAction* m_reconnect = nullptr;
    QAction* m_restart = nullptr;
    QAction* m_logout = nullptr;
    QPointer<SessionQueueDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace ui
