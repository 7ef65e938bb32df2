#include "SessionActions.h"

#include "DeleteSessionDialog.h"
#include "NewSessionDialog.h"
#include "QrDialog.h"
#include "SessionTableModel.h"
#include "gateway/GatewayClient.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStyle>

namespace ui {

namespace {
bool workingLink(const sessions::Session& s)
{
    return s.status == sessions::Status::Connected && s.isHealthy();
}

void bringToFront(QWidget* dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

QString idAt(const QModelIndex& index)
{
    return index.isValid() ? index.data(SessionTableModel::IdRole).toString() : QString();
}
} // namespace

SessionActions::SessionActions(gateway::GatewayClient& client, sessions::SessionBook& book,
                               runtime::SessionMonitor& monitor, QWidget* window)
    : QObject(window)
    , m_client(client)
    , m_book(book)
    , m_monitor(monitor)
    , m_window(window)
{
    QStyle* style = window ? window->style() : QApplication::style();
    m_reconnect = new QAction(QIcon::fromTheme(QStringLiteral("network-connect"),
                                               style->standardIcon(QStyle::SP_CommandLink, nullptr, window)),
                              tr("&Reconnect…"), this);
    m_reconnect->setObjectName(QStringLiteral("reconnectAction"));
    m_reconnect->setToolTip(tr("Show a QR code to link the phone to the selected session again (Enter)"));
    // Enter first: menus show the first shortcut, and tooltips and the help say "Enter" (not "Return").
    m_reconnect->setShortcuts({QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Return)});
    m_reconnect->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the list has focus

    m_new = new QAction(QIcon::fromTheme(QStringLiteral("list-add"),
                                         style->standardIcon(QStyle::SP_FileDialogNewFolder, nullptr, window)),
                        tr("&New session…"), this);
    m_new->setObjectName(QStringLiteral("newSessionAction"));
    m_new->setToolTip(tr("Create a session on the gateway and link a phone to it (Ctrl+N)"));
    m_new->setShortcut(QKeySequence::New);

    m_delete = new QAction(
        QIcon::fromTheme(QStringLiteral("edit-delete"), style->standardIcon(QStyle::SP_TrashIcon, nullptr, window)),
        tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_delete->setToolTip(tr("Delete the selected session from the gateway, for good (Del)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Del in the filter field edits text

    connect(m_reconnect, &QAction::triggered, this, [this] { reconnect(m_current); });
    connect(m_new, &QAction::triggered, this, &SessionActions::newSession);
    connect(m_delete, &QAction::triggered, this, [this] { deleteSession(m_current); });
    connect(&book, &sessions::SessionBook::applied, this, &SessionActions::updateActions);
    connect(&book, &sessions::SessionBook::rowsRemoved, this, &SessionActions::updateActions);
    connect(&monitor, &runtime::SessionMonitor::refreshFinished, this, [this] {
        updateActions();
        if (m_refreshAgain) {
            m_refreshAgain = false;
            m_monitor.refresh();
        }
    });
    updateActions();
}

SessionActions::~SessionActions() = default;

QList<QAction*> SessionActions::actions() const
{
    return {m_reconnect, m_new, m_delete};
}

void SessionActions::enableDemoScan(QNetworkAccessManager& network)
{
    setScanSimulator([this, &network](const QString& id) {
        QUrl url = m_client.config().baseUrl;
        url.setPath(QStringLiteral("/__sim/sessions/") + id + QStringLiteral("/scan"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = network.post(request, QByteArrayLiteral("{}"));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
}

QrDialog* SessionActions::qrDialog(const QString& id) const
{
    return m_qrDialogs.value(id);
}

void SessionActions::attachToView(QAbstractItemView* view)
{
    view->addAction(m_reconnect);
    view->addAction(m_delete);
    if (QWidget* window = view->window(); window && window != view)
        window->addAction(m_new); // Ctrl+N anywhere in the window, even without a menu bar
    else
        view->addAction(m_new);
    if (QItemSelectionModel* selection = view->selectionModel()) {
        connect(selection, &QItemSelectionModel::selectionChanged, this, [this, selection] {
            const QModelIndexList rows = selection->selectedRows();
            setCurrentSession(rows.isEmpty() ? QString() : idAt(rows.first()));
        });
    }
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) { activate(idAt(index)); });
}

void SessionActions::setCurrentSession(const QString& id)
{
    m_current = id;
    updateActions();
}

void SessionActions::updateActions()
{
    const bool configured = m_client.isConfigured();
    const sessions::Session* session = m_current.isEmpty() ? nullptr : m_book.find(m_current);
    m_reconnect->setEnabled(configured && session);
    // Not while a QR dialog works on it: deleting under a running flow would only confuse both.
    m_delete->setEnabled(configured && session && !m_qrDialogs.value(m_current));
    m_new->setEnabled(configured);
}

void SessionActions::activate(const QString& id)
{
    const sessions::Session* session = id.isEmpty() ? nullptr : m_book.find(id);
    if (session && !session->isHealthy() && m_client.isConfigured())
        reconnect(id);
}

QrDialog* SessionActions::reconnect(const QString& id)
{
    if (id.isEmpty() || !m_client.isConfigured())
        return nullptr;
    if (QrDialog* open = m_qrDialogs.value(id)) {
        bringToFront(open);
        return open;
    }
    QrDialog* dialog = openQr(sessions::ConnectFlow::Mode::Reconnect, id);
    const sessions::Session* session = m_book.find(id);
    if (session && workingLink(*session)) {
        dialog->askBeforeStart(
            tr("%1 is connected and working").arg(id),
            tr("The gateway reports it connected. Reconnecting asks the gateway for a new QR code; if the gateway has "
               "to "
               "recreate the session for that, the phone linked now is disconnected and must scan again."),
            tr("&Reconnect anyway"));
    } else {
        dialog->start();
    }
    return dialog;
}

QrDialog* SessionActions::createSession(const QString& id)
{
    if (id.isEmpty() || !m_client.isConfigured())
        return nullptr;
    if (QrDialog* open = m_qrDialogs.value(id)) {
        bringToFront(open);
        return open;
    }
    QrDialog* dialog = openQr(sessions::ConnectFlow::Mode::Create, id);
    dialog->start();
    return dialog;
}

QrDialog* SessionActions::openQr(sessions::ConnectFlow::Mode mode, const QString& id)
{
    auto* dialog = new QrDialog(m_client, mode, id, m_options, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_simulateScan)
        dialog->setScanSimulator([scan = m_simulateScan, id] { scan(id); });
    m_qrDialogs.insert(id, dialog);
    connect(dialog, &QrDialog::sessionConnected, this, [this](const QString& sessionId) {
        emit message(tr("%1 is connected.").arg(sessionId));
        emit sessionConnected(sessionId);
    });
    connect(dialog, &QrDialog::newSessionRemoved, this,
            [this](const QString& sessionId) { emit message(tr("The new session %1 was removed.").arg(sessionId)); });
    // Whatever happened (connected, created, recreated, cancelled), the list shows it next.
    connect(dialog, &QObject::destroyed, this, [this, id] {
        m_qrDialogs.remove(id);
        updateActions();
        refreshSoon();
    });
    updateActions();
    dialog->open();
    return dialog;
}

NewSessionDialog* SessionActions::newSession()
{
    if (!m_client.isConfigured())
        return nullptr;
    if (m_newDialog) {
        bringToFront(m_newDialog);
        return m_newDialog;
    }
    m_newDialog = new NewSessionDialog(m_book, m_window);
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newDialog, &NewSessionDialog::createRequested, this, &SessionActions::createSession);
    m_newDialog->open();
    return m_newDialog;
}

DeleteSessionDialog* SessionActions::deleteSession(const QString& id)
{
    if (id.isEmpty() || !m_client.isConfigured() || m_qrDialogs.value(id))
        return nullptr;
    if (DeleteSessionDialog* open = m_deleteDialogs.value(id)) {
        bringToFront(open);
        return open;
    }
    auto* dialog = new DeleteSessionDialog(m_client, id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_deleteDialogs.insert(id, dialog);
    connect(dialog, &DeleteSessionDialog::sessionDeleted, this, [this](const QString& sessionId) {
        emit message(tr("The session %1 was deleted from the gateway.").arg(sessionId));
        emit sessionDeleted(sessionId);
        refreshSoon();
    });
    connect(dialog, &QObject::destroyed, this, [this, id] { m_deleteDialogs.remove(id); });
    dialog->open();
    return dialog;
}

void SessionActions::refreshSoon()
{
    // One listing at a time: when one is running, its data may predate the change, so run another.
    if (!m_monitor.refresh())
        m_refreshAgain = true;
}

} // namespace ui
