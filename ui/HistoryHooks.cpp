#include "HistoryHooks.h"

#include "AppContext.h"
#include "HistoryDialog.h"
#include "HistoryText.h"
#include "SessionActions.h"
#include "SessionTableModel.h"
#include "history/HistoryStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMouseEvent>

namespace ui {

HistoryHooks::HistoryHooks(AppContext& context, SessionTableModel& model, SessionActions& actions,
                           QAbstractItemView* view, QMenu* sessionMenu, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_model(model)
    , m_view(view)
    , m_window(window)
{
    m_historyAction = new QAction(tr("&History…"), this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setToolTip(tr("Status changes and actions of the selected session (Ctrl+double-click)"));
    m_historyAction->setEnabled(false);
    connect(m_historyAction, &QAction::triggered, this, [this] { openHistory(m_current); });
    m_lastAction = new QAction(this);
    m_lastAction->setObjectName(QStringLiteral("lastActionInfo"));
    m_lastAction->setEnabled(false);
    m_lastAction->setVisible(false);
    if (sessionMenu) {
        sessionMenu->addSeparator();
        sessionMenu->addAction(m_historyAction);
        sessionMenu->addAction(m_lastAction);
    }

    if (view) {
        view->viewport()->installEventFilter(this);
        if (QItemSelectionModel* selection = view->selectionModel()) {
            connect(selection, &QItemSelectionModel::selectionChanged, this, [this, selection] {
                const QModelIndexList rows = selection->selectedRows();
                m_current = rows.isEmpty() ? QString() : rows.first().data(SessionTableModel::IdRole).toString();
                m_historyAction->setEnabled(!m_current.isEmpty());
                updateLastAction(m_current);
            });
        }
    }

    // What is done from the window goes to the history, with who did it.
    connect(&actions, &SessionActions::acted, this,
            [this](const QString& session, const QString& action, const QString& result) {
                m_context.runtime().recordAction(m_context.primary().name(), session, action, result);
                if (session == m_current)
                    updateLastAction(session);
            });
    // Every refresh: the uptime column (computed on the history's thread).
    connect(&m_context.primary(), &runtime::SessionsRuntime::snapshotReady, this, [this] { requestUptimes(); });
}

void HistoryHooks::requestUptimes()
{
    history::HistoryStore* store = m_context.runtime().history();
    if (!store)
        return;
    if (!m_uptimeTicket) { // connected once per store
        connect(store, &history::HistoryStore::uptimesLoaded, this,
                [this](quint64 ticket, const QString&, const history::Uptimes& uptimes) {
                    if (ticket == m_uptimeTicket)
                        m_model.setUptimes(uptimes);
                });
    }
    m_uptimeTicket = store->requestUptimes(m_context.primary().name());
}

void HistoryHooks::updateLastAction(const QString& session)
{
    m_lastAction->setVisible(false);
    history::HistoryStore* store = m_context.runtime().history();
    if (!store || session.isEmpty())
        return;
    if (!m_lastActionTicket) {
        connect(store, &history::HistoryStore::lastActionLoaded, this,
                [this](quint64 ticket, const history::Event& action) {
                    if (ticket != m_lastActionTicket || action.id.isEmpty())
                        return;
                    m_lastAction->setText(HistoryText::lastAction(action));
                    m_lastAction->setVisible(true);
                });
    }
    m_lastActionTicket = store->requestLastAction(m_context.primary().name(), session);
}

HistoryDialog* HistoryHooks::openHistory(const QString& session)
{
    history::HistoryStore* store = m_context.runtime().history();
    if (session.isEmpty() || !store)
        return nullptr;
    if (HistoryDialog* open = m_dialogs.value(session)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* dialog = new HistoryDialog(m_context.primary().name(), session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.insert(session, dialog);
    connect(dialog, &QObject::destroyed, this, [this, session] { m_dialogs.remove(session); });
    dialog->load(*store);
    dialog->show();
    return dialog;
}

bool HistoryHooks::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+double-click opens the history; a plain double-click keeps its own meaning (reconnect).
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->modifiers() & Qt::ControlModifier) {
            const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
            if (index.isValid()) {
                openHistory(index.data(SessionTableModel::IdRole).toString());
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
