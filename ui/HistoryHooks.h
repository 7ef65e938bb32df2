#pragma once

#include "history/HistoryEvent.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

namespace ui {

class AppContext;
class HistoryDialog;
class SessionActions;
class SessionTableModel;

// What the window does with the history, wired with one line: the uptime column is fed after
// every refresh; "History…" in the row menu and Ctrl+double-click on a row open the session's
// HistoryDialog; the row menu says who acted last and when; and the actions done from the window
// (SessionActions::acted) are recorded.
class HistoryHooks : public QObject
{
    Q_OBJECT

public:
    HistoryHooks(AppContext& context, SessionTableModel& model, SessionActions& actions, QAbstractItemView* view,
                 QMenu* sessionMenu, QWidget* window);

    QAction* historyAction() const { return m_historyAction; }
    QAction* lastActionInfo() const { return m_lastAction; }
    HistoryDialog* openHistory(const QString& session);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void requestUptimes();
    void updateLastAction(const QString& session);

    AppContext& m_context;
    SessionTableModel& m_model;
    QPointer<QAbstractItemView> m_view;
    QPointer<QWidget> m_window;
    QAction* m_historyAction = nullptr;
    QAction* m_lastAction = nullptr; // disabled: information only
    QString m_current;
    quint64 m_uptimeTicket = 0;
    quint64 m_lastActionTicket = 0;
    QHash<QString, QPointer<HistoryDialog>> m_dialogs;
};

} // namespace ui
