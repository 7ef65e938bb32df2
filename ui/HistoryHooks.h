#pragma once

#include "history/HistoryEvent.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

namespace history {
class HistoryStore;
}

namespace ui {

class AppContext;
class GatewayTables;
class HistoryDialog;
class SessionActions;

// What the window does with the history, wired with one line, for every gateway: each gateway's
// uptime column is fed after each of its refreshes; "History…" in the row menu and
// Ctrl+double-click on a row open the session's HistoryDialog; the row menu says who acted last
// and when; and the actions done from the window (SessionActions::acted) are recorded under the
// gateway they were done on. A session is (gateway, id): the same id on two gateways is two.
class HistoryHooks : public QObject
{
    Q_OBJECT

public:
    HistoryHooks(AppContext& context, GatewayTables& tables, SessionActions& actions, QAbstractItemView* view,
                 QMenu* sessionMenu, QWidget* window);

    QAction* historyAction() const { return m_historyAction; }
    QAction* lastActionInfo() const { return m_lastAction; }
    // gateway: the profile's name; empty = the first gateway.
    HistoryDialog* openHistory(const QString& session, const QString& gateway = {});

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watchGateways();
    void onSnapshot();
    history::HistoryStore* store(); // the runtime's, its answers connected
    void requestUptimes(const QString& gateway);
    void updateLastAction();
    QString gatewayName(const QString& gateway) const;

    AppContext& m_context;
    GatewayTables& m_tables;
    QPointer<QAbstractItemView> m_view;
    QPointer<QWidget> m_window;
    QAction* m_historyAction = nullptr;
    QAction* m_lastAction = nullptr;                  // disabled: information only
    QString m_current;                                // the selected session's id
    QString m_currentGateway;                         // and its gateway
    QHash<quint64, QString> m_uptimeTickets;          // pending uptime reads: ticket -> gateway
    QPointer<history::HistoryStore> m_connectedStore; // whose answers are connected
    quint64 m_lastActionTicket = 0;
    QHash<QString, QPointer<HistoryDialog>> m_dialogs;
};

} // namespace ui
