#include "BulkActions.h"
#include "LanguageChange.h"

#include "SessionActions.h"
#include "SessionQueueDialog.h"
#include "SessionTableModel.h"
#include "settings/Profile.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>

namespace ui {

BulkActions::BulkActions(SessionActions& actions, settings::Profile& profile, QWidget* window)
    : QObject(window)
    , m_actions(actions)
    , m_profile(profile)
    , m_window(window)
{
    m_reconnect = new QAction(this);
    m_reconnect->setObjectName(QStringLiteral("bulkReconnectAction"));
    const auto texts = [this] {
        m_reconnect->setText(tr("Reconnect &selected sessions…"));
        m_reconnect->setToolTip(tr("Reconnect every selected session, one at a time, each QR code in its turn "
                                   "(Ctrl+Shift+R)"));
    };
    texts();
    onLanguageChange(this, texts);
    m_reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reconnect->setEnabled(false);
    connect(m_reconnect, &QAction::triggered, this, &BulkActions::reconnectSelected);
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

QStringList BulkActions::selectedIds() const
{
    QStringList ids;
    if (!m_view || !m_view->selectionModel())
        return ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(SessionTableModel::Session);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(rows))
        ids << index.data(SessionTableModel::IdRole).toString();
    return ids;
}

void BulkActions::updateActions()
{
    m_reconnect->setEnabled(selectedIds().size() >= 2 && !m_dialog);
}

SessionQueueDialog* BulkActions::reconnectSelected()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return nullptr;
    QList<SessionQueueDialog::Item> items;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(SessionTableModel::Session);
    for (const QString& id : ids) {
        QString label = id;
        for (const QModelIndex& index : rows) {
            if (index.data(SessionTableModel::IdRole).toString() == id)
                label = index.data(Qt::DisplayRole).toString();
        }
        items.append({id, label, [] { return tr("Reconnect"); }});
    }
    auto* dialog = new SessionQueueDialog(
        m_actions, [n = int(ids.size())] { return tr("Reconnect %n sessions", nullptr, n); }, items,
        m_profile.bulkActionGap(), m_window);
    dialog->setObjectName(QStringLiteral("bulkReconnectDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SessionQueueDialog::queueFinished, this,
            [this](const QString& summary) { emit message(tr("Reconnect selected sessions: %1.").arg(summary)); });
    connect(dialog, &QObject::destroyed, this, &BulkActions::updateActions);
    m_dialog = dialog;
    updateActions();
    dialog->open();
    return dialog;
}

} // namespace ui
