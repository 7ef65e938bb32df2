#include "BulkActions.h"
#include "DestructiveQuestion.h"
#include "LanguageChange.h"

#include "SessionActions.h"
#include "SessionQueueDialog.h"
#include "SessionTableModel.h"
#include "gateway/Dialect.h"
#include "settings/Profile.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace ui {

namespace {
using Action = SessionQueueDialog::Action;

// The confirmation lists this many sessions, then "and N more".
constexpr int ListedInConfirmation = 10;

gateway::Operation operationOf(Action action)
{
    return action == Action::Restart ? gateway::Operation::Restart : gateway::Operation::Logout;
}
} // namespace

BulkActions::BulkActions(SessionActions& actions, settings::Profile& profile, QWidget* window)
    : QObject(window)
    , m_actions(actions)
    , m_profile(profile)
    , m_window(window)
{
    m_reconnect = new QAction(this);
    m_reconnect->setObjectName(QStringLiteral("bulkReconnectAction"));
    m_restart = new QAction(this);
    m_restart->setObjectName(QStringLiteral("bulkRestartAction"));
    m_logout = new QAction(this);
    m_logout->setObjectName(QStringLiteral("bulkLogoutAction"));
    const auto texts = [this] {
        m_reconnect->setText(tr("Reconnect &selected sessions…"));
        m_reconnect->setToolTip(tr("Reconnect every selected session, one at a time, each QR code in its turn "
                                   "(Ctrl+Shift+R)"));
        m_restart->setText(tr("Rest&art selected sessions…"));
        m_restart->setToolTip(tr("Restart every selected session, one at a time; the phones stay linked"));
        m_logout->setText(tr("Log &out selected sessions…"));
        m_logout->setToolTip(tr("Drop the phone's link to every selected session, one at a time, after asking; "
                                "the sessions stay on their gateways"));
    };
    texts();
    onLanguageChange(this, texts);
    m_reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    for (QAction* action : {m_reconnect, m_restart, m_logout})
        action->setEnabled(false);
    connect(m_reconnect, &QAction::triggered, this, &BulkActions::reconnectSelected);
    connect(m_restart, &QAction::triggered, this, &BulkActions::restartSelected);
    connect(m_logout, &QAction::triggered, this, &BulkActions::logoutSelected);
    // Gateways come and go (Settings): Restart and Log out follow what their dialects offer.
    connect(&m_actions, &SessionActions::actionsUpdated, this, &BulkActions::updateActions);
}

SessionQueueDialog* BulkActions::dialog() const
{
    return m_dialog;
}

void BulkActions::attachToView(QAbstractItemView* view)
{
    m_view = view;
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    if (QItemSelectionModel* selection = view->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &BulkActions::updateActions);
    updateActions();
}

QList<BulkActions::Row> BulkActions::selectedRows() const
{
    QList<Row> out;
    if (!m_view || !m_view->selectionModel())
        return out;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(SessionTableModel::Session);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(rows)) {
        out.append({index.data(SessionTableModel::IdRole).toString(),
                    index.data(SessionTableModel::GatewayRole).toString(), index.data(Qt::DisplayRole).toString()});
    }
    return out;
}

QStringList BulkActions::selectedIds() const
{
    QStringList ids;
    for (const Row& row : selectedRows())
        ids << row.id;
    return ids;
}

void BulkActions::updateActions()
{
    const QList<Row> rows = selectedRows();
    const bool several = rows.size() >= 2 && !m_dialog && !m_confirmation;
    m_reconnect->setEnabled(several);
    for (const Action action : {Action::Restart, Action::Logout}) {
        const gateway::Operation op = operationOf(action);
        QAction* qaction = action == Action::Restart ? m_restart : m_logout;
        // A verb no gateway has is not offered; one some selected row's gateway has is enabled.
        qaction->setVisible(m_actions.anyGatewaySupports(op));
        qaction->setEnabled(several && std::any_of(rows.begin(), rows.end(), [this, op](const Row& row) {
                                return m_actions.supports(op, row.gateway);
                            }));
    }
}

QList<SessionQueueDialog::Item> BulkActions::itemsFor(Action action) const
{
    QList<SessionQueueDialog::Item> items;
    for (const Row& row : selectedRows()) {
        SessionQueueDialog::Item item{
            .id = row.id, .label = row.label, .need = {}, .gateway = row.gateway, .action = action, .skip = {}};
        switch (action) {
        case Action::Reconnect:
            item.need = [] { return tr("Reconnect"); };
            break;
        case Action::Restart:
            item.need = [] { return tr("Restart"); };
            break;
        case Action::Logout:
            item.need = [] { return tr("Log out the phone"); };
            break;
        }
        if (action != Action::Reconnect && !m_actions.supports(operationOf(action), row.gateway)) {
            // Asked again at each retranslation: the reason follows a live language change.
            item.skip = [actions = &m_actions, op = operationOf(action), gateway = row.gateway] {
                return actions->unsupportedReason(op, gateway);
            };
        }
        items.append(item);
    }
    return items;
}

template <typename T> void BulkActions::hold(QPointer<T>& slot, T* widget)
{
    slot = widget;
    // A widget's destroyed() comes before its QPointers are cleared: forget it here, or the
    // actions would stay disabled after it closes. The slot still holds this widget (no other is
    // opened while one is open: raiseOpen); it is not compared, because reading it would downcast
    // a half-destroyed object (UBSan).
    connect(widget, &QObject::destroyed, this, [this, &slot] {
        slot.clear();
        updateActions();
    });
    updateActions();
}

bool BulkActions::raiseOpen()
{
    QWidget* open = m_dialog ? static_cast<QWidget*>(m_dialog) : static_cast<QWidget*>(m_confirmation);
    if (!open)
        return false;
    open->raise();
    open->activateWindow();
    return true;
}

SessionQueueDialog* BulkActions::openQueue(Action action, const QList<SessionQueueDialog::Item>& items)
{
    const int n = int(items.size()); // at least 2: several rows selected
    std::function<QString()> title;
    switch (action) {
    case Action::Reconnect:
        title = [n] { return tr("Reconnect %n sessions", nullptr, n); };
        break;
    case Action::Restart:
        title = [] { return tr("Restart selected sessions"); };
        break;
    case Action::Logout:
        title = [] { return tr("Log out selected sessions"); };
        break;
    }
    auto* dialog = new SessionQueueDialog(m_actions, title, items, m_profile.bulkActionGap(), m_window);
    dialog->setObjectName(action == Action::Reconnect ? QStringLiteral("bulkReconnectDialog")
                          : action == Action::Restart ? QStringLiteral("bulkRestartDialog")
                                                      : QStringLiteral("bulkLogoutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SessionQueueDialog::queueFinished, this, [this, action](const QString& summary) {
        switch (action) {
        case Action::Reconnect:
            emit message(tr("Reconnect selected sessions: %1.").arg(summary));
            break;
        case Action::Restart:
            emit message(tr("Restart selected sessions: %1.").arg(summary));
            break;
        case Action::Logout:
            emit message(tr("Log out selected sessions: %1.").arg(summary));
            break;
        }
    });
    hold(m_dialog, dialog);
    dialog->open();
    return dialog;
}

SessionQueueDialog* BulkActions::reconnectSelected()
{
    if (raiseOpen())
        return m_dialog;
    const QList<SessionQueueDialog::Item> items = itemsFor(Action::Reconnect);
    return items.isEmpty() ? nullptr : openQueue(Action::Reconnect, items);
}

SessionQueueDialog* BulkActions::restartSelected()
{
    if (raiseOpen())
        return m_dialog;
    const QList<SessionQueueDialog::Item> items = itemsFor(Action::Restart);
    if (std::none_of(items.begin(), items.end(), [](const SessionQueueDialog::Item& item) { return !item.skip; }))
        return nullptr;
    return openQueue(Action::Restart, items);
}

QMessageBox* BulkActions::logoutSelected()
{
    if (raiseOpen())
        return m_confirmation;
    const QList<SessionQueueDialog::Item> items = itemsFor(Action::Logout);
    QStringList listed;
    int capable = 0;
    QSet<QString> gateways;
    for (const SessionQueueDialog::Item& item : items)
        gateways.insert(item.gateway);
    for (const SessionQueueDialog::Item& item : items) {
        if (item.skip)
            continue;
        // The same id on two gateways is two sessions: name the gateway when there are several.
        const QString label = gateways.size() > 1 ? item.label + QStringLiteral(" — ") + item.gateway : item.label;
        if (++capable <= ListedInConfirmation)
            listed << QStringLiteral("• ") + label.toHtmlEscaped();
    }
    if (capable == 0)
        return nullptr;
    if (capable > ListedInConfirmation)
        listed << tr("and %n more", nullptr, capable - ListedInConfirmation);
    const int skipped = int(items.size()) - capable;

    // No count beside a plural noun: English has no numerus forms here ("1 sessions").
    QString details = listed.join(QStringLiteral("<br>"));
    if (skipped > 0)
        details +=
            QStringLiteral("<p>") +
            tr("Selected but left as they are, because their gateways cannot log a phone out: %n.", nullptr, skipped) +
            QStringLiteral("</p>");
    details += QStringLiteral("<p>") +
               tr("Each phone's link is dropped: WhatsApp on the phone lists this computer no longer, and no "
                  "messages go through the session until a phone links again by QR code or phone number. The "
                  "sessions stay on their gateways.") +
               QStringLiteral("</p>");
    const DestructiveQuestion question =
        askDestructive(m_window, tr("Log out selected sessions"),
                       tr("<b>Log out the phone of each session listed?</b>"), details, tr("&Log out the phones"));
    QMessageBox* box = question.box;
    QPushButton* logout = question.confirm;
    box->setObjectName(QStringLiteral("bulkLogoutConfirmation"));
    logout->setObjectName(QStringLiteral("logoutPushButton"));
    connect(box, &QMessageBox::buttonClicked, this, [this, logout, items](QAbstractButton* button) {
        if (button != logout)
            return;
        m_confirmation = nullptr;
        // Asked: the queue starts at once, so no Start button waits for an Enter.
        openQueue(Action::Logout, items)->start();
    });
    hold(m_confirmation, box);
    box->open();
    return box;
}

} // namespace ui
