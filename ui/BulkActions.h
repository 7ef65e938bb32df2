#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAction;

namespace settings {
class Profile;
}

namespace ui {

class SessionActions;
class SessionQueueDialog;

// Actions on several selected rows at once. Reconnect runs now; Restart and Log out follow when the
// gateway dialects offer them (issue 12), through the same SessionQueueDialog: one session at a
// time, at most one start per Profile::bulkActionGap(), each QR code in its turn, a summary at the
// end.
//
//   auto* bulk = new BulkActions(actions, profile, window);
//   bulk->attachToView(view); // enables the actions from the view's selection
//   menu->addAction(bulk->reconnectAction());
class BulkActions : public QObject
{
    Q_OBJECT

public:
    BulkActions(SessionActions& actions, settings::Profile& profile, QWidget* window);

    void attachToView(QAbstractItemView* view);
    QAction* reconnectAction() const { return m_reconnect; }
    QStringList selectedIds() const;
    SessionQueueDialog* dialog() const;

public slots:
    SessionQueueDialog* reconnectSelected();

signals:
    void message(const QString& text); // for the status bar, translated

private:
    void updateActions();

    SessionActions& m_actions;
    settings::Profile& m_profile;
    QWidget* m_window;
    QPointer<QAbstractItemView> m_view;
    QAction* m_reconnect = nullptr;
    QPointer<SessionQueueDialog> m_dialog;
};

} // namespace ui
