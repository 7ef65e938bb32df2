#include "HistoryHooks.h"
#include "LanguageChange.h"

#include "AppContext.h"
#include "GatewayTables.h"
#include "HistoryDialog.h"
#include "HistoryText.h"
#include "SessionActions.h"
#include "SessionTableModel.h"
#include "history/HistoryStore.h"
#include "runtime/Runtime.h"
#include "runtime/SessionsRuntime.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMouseEvent>

namespace ui {

HistoryHooks::HistoryHooks(AppContext& context, GatewayTables& tables, SessionActions& actions, QAbstractItemView* view,
                           QMenu* sessionMenu, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_tables(tables)
    , m_view(view)
    , m_window(window)
{
    m_historyAction = new QAction(this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    const auto texts = [this] {
        m_historyAction->setText(tr("&History…"));
        m_historyAction->setToolTip(tr("Status changes and actions of the selected session (Ctrl+double-click)"));
    };
    texts();
    onLanguageChange(this, texts);
    m_historyAction->setEnabled(false);
    connect(m_historyAction, &QAction::triggered, this, [this] { openHistory(m_current, m_currentGateway); });
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
                m_currentGateway =
                    rows.isEmpty() ? QString() : rows.first().data(SessionTableModel::GatewayRole).toString();
                m_historyAction->setEnabled(!m_current.isEmpty());
                updateLastAction();
            });
        }
    }

    // What is done from the window goes to the history, with who did it, under its gateway.
    connect(&actions, &SessionActions::acted, this,
            [this](const QString& gateway, const QString& session, const QString& action, const QString& result) {
                const QString name = gatewayName(gateway);
                m_context.runtime().recordAction(name, session, action, result);
                if (session == m_current && name == gatewayName(m_currentGateway))
                    updateLastAction();
            });
    // Every refresh of every gateway: its uptime column (computed on the history's thread).
    connect(&m_tables, &GatewayTables::changed, this, &HistoryHooks::watchGateways);
    watchGateways();
}

QString HistoryHooks::gatewayName(const QString& gateway) const
{
    if (!gateway.isEmpty())
        return gateway;
    const runtime::SessionsRuntime* first = m_context.runtime().primary();
    return first ? first->name() : QString();
}

void HistoryHooks::watchGateways()
{
    for (runtime::SessionsRuntime* g : m_context.runtime().gateways()) {
        // Qt::UniqueConnection needs a member function: one connection per gateway, kept while it lives.
        connect(g, &runtime::SessionsRuntime::snapshotReady, this, &HistoryHooks::onSnapshot, Qt::UniqueConnection);
    }
}

void HistoryHooks::onSnapshot()
{
    if (auto* g = qobject_cast<runtime::SessionsRuntime*>(sender()))
        requestUptimes(g->name());
}

history::HistoryStore* HistoryHooks::store()
{
    history::HistoryStore* store = m_context.runtime().history();
    if (!store || store == m_connectedStore)
        return store;
    // The answers of a (new) store, connected once.
    m_connectedStore = store;
    m_uptimeTickets.clear();
    connect(store, &history::HistoryStore::uptimesLoaded, this,
            [this](quint64 ticket, const QString&, const history::Uptimes& uptimes) {
                const QString name = m_uptimeTickets.take(ticket);
                if (SessionTableModel* model = name.isEmpty() ? nullptr : m_tables.modelOf(name))
                    model->setUptimes(uptimes);
            });
    connect(store, &history::HistoryStore::lastActionLoaded, this,
            [this](quint64 ticket, const history::Event& action) {
                if (ticket != m_lastActionTicket || action.id.isEmpty())
                    return;
                m_lastAction->setText(HistoryText::lastAction(action));
                m_lastAction->setVisible(true);
            });
    return store;
}

void HistoryHooks::requestUptimes(const QString& gateway)
{
    if (history::HistoryStore* s = store())
        m_uptimeTickets.insert(s->requestUptimes(gateway), gateway);
}

void HistoryHooks::updateLastAction()
{
    m_lastAction->setVisible(false);
    m_lastActionTicket = 0;
    history::HistoryStore* s = store();
    if (!s || m_current.isEmpty())
        return;
    m_lastActionTicket = s->requestLastAction(gatewayName(m_currentGateway), m_current);
}

HistoryDialog* HistoryHooks::openHistory(const QString& session, const QString& gateway)
{
    history::HistoryStore* store = this->store();
    const QString name = gatewayName(gateway);
    if (session.isEmpty() || name.isEmpty() || !store)
        return nullptr;
    const QString key = name + QLatin1Char('\n') + session; // an id never holds a line break
    if (HistoryDialog* open = m_dialogs.value(key)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* dialog = new HistoryDialog(name, session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.insert(key, dialog);
    connect(dialog, &QObject::destroyed, this, [this, key] { m_dialogs.remove(key); });
    dialog->load(*store);
    dialog->show();
    return dialog;
}

bool HistoryHooks::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+double-click opens the history; a plain double-click keeps its own meaning (reconnect).
    // The event type first: while the view is being destroyed its viewport still sends events
    // here, and reading m_view then is a downcast of a half-destroyed object (UBSan).
    if (event->type() == QEvent::MouseButtonDblClick && m_view && watched == m_view->viewport()) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->modifiers() & Qt::ControlModifier) {
            const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
            if (index.isValid()) {
                openHistory(index.data(SessionTableModel::IdRole).toString(),
                            index.data(SessionTableModel::GatewayRole).toString());
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
