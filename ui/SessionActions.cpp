#include "SessionActions.h"
#include "LanguageChange.h"

#include "DeleteSessionDialog.h"
#include "DestructiveQuestion.h"
#include "NewSessionDialog.h"
#include "QrDialog.h"
#include "SessionTableModel.h"
#include "gateway/GatewayClient.h"
#include "history/HistoryEvent.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"
#include "sessions/PhoneNumber.h"
#include "sessions/SessionBook.h"
#include "settings/GatewayProfiles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
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

QString gatewayAt(const QModelIndex& index)
{
    return index.isValid() ? index.data(SessionTableModel::GatewayRole).toString() : QString();
}
} // namespace

QString SessionActions::connectResult(const QrDialog::Outcome& outcome)
{
    using State = sessions::ConnectFlow::State;
    if (outcome.state == State::Connected)
        return history::Event::okResult();
    if (outcome.newSessionRemoved)
        return tr("Cancelled: closed before a phone was linked, and the new session was removed.");
    if (!outcome.started)
        return tr("Cancelled: closed before anything was asked of the gateway.");
    if (outcome.state == State::Failed && !outcome.message.isEmpty())
        return outcome.message;
    return tr("Cancelled: closed before a phone was linked.");
}

SessionActions::SessionActions(runtime::Runtime& runtime, QWidget* window)
    : QObject(window)
    , m_runtime(&runtime)
    , m_window(window)
{
    createActions();
    connect(&runtime, &runtime::Runtime::gatewaysChanged, this, &SessionActions::watchGateways);
    connect(&runtime, &runtime::Runtime::configured, this, &SessionActions::watchGateways);
    watchGateways();
}

SessionActions::SessionActions(gateway::GatewayClient& client, sessions::SessionBook& book,
                               runtime::SessionMonitor& monitor, QWidget* window)
    : QObject(window)
    , m_single{QString(), &client, &book, &monitor}
    , m_window(window)
{
    createActions();
    watchGateways();
}

void SessionActions::createActions()
{
    QWidget* window = m_window;
    QStyle* style = window ? window->style() : QApplication::style();
    m_reconnect = new QAction(QIcon::fromTheme(QStringLiteral("network-connect"),
                                               style->standardIcon(QStyle::SP_CommandLink, nullptr, window)),
                              QString(), this);
    m_reconnect->setObjectName(QStringLiteral("reconnectAction"));
    // Enter first: menus show the first shortcut, and tooltips and the help say "Enter" (not "Return").
    m_reconnect->setShortcuts({QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Return)});
    m_reconnect->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the list has focus

    m_new = new QAction(QIcon::fromTheme(QStringLiteral("list-add"),
                                         style->standardIcon(QStyle::SP_FileDialogNewFolder, nullptr, window)),
                        QString(), this);
    m_new->setObjectName(QStringLiteral("newSessionAction"));
    m_new->setShortcut(QKeySequence::New);

    m_delete = new QAction(
        QIcon::fromTheme(QStringLiteral("edit-delete"), style->standardIcon(QStyle::SP_TrashIcon, nullptr, window)),
        QString(), this);
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Del in the filter field edits text
    const auto texts = [this] {
        m_reconnect->setText(tr("&Reconnect…"));
        m_reconnect->setToolTip(tr("Show a QR code to link the phone to the selected session again (Enter)"));
        m_new->setText(tr("&New session…"));
        m_new->setToolTip(tr("Create a session on the gateway and link a phone to it (Ctrl+N)"));
        m_delete->setText(tr("&Delete…"));
        m_delete->setToolTip(tr("Delete the selected session from the gateway, for good (Del)"));
        m_restart->setText(tr("Re&start"));
        m_restart->setToolTip(tr("Stop and start the selected session on the gateway; the phone stays linked"));
        m_logout->setText(tr("&Log out phone…"));
        m_logout->setToolTip(tr("Drop the phone's link to the selected session; the session stays on the gateway"));
        m_copyNumber->setText(tr("&Copy phone number"));
        m_copyNumber->setToolTip(tr("Copy the phone number linked to the selected session"));
    };

    m_restart = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                             style->standardIcon(QStyle::SP_BrowserReload, nullptr, window)),
                            QString(), this);
    m_restart->setObjectName(QStringLiteral("restartAction"));
    m_logout = new QAction(this);
    m_logout->setObjectName(QStringLiteral("logoutAction"));
    m_copyNumber = new QAction(this);
    m_copyNumber->setObjectName(QStringLiteral("copyNumberAction"));
    texts();
    onLanguageChange(this, texts);

    connect(m_reconnect, &QAction::triggered, this, [this] { reconnect(m_current, m_currentGateway); });
    connect(m_new, &QAction::triggered, this, &SessionActions::newSession);
    connect(m_delete, &QAction::triggered, this, [this] { deleteSession(m_current, m_currentGateway); });
    connect(m_restart, &QAction::triggered, this, [this] { restartSession(m_current, m_currentGateway); });
    connect(m_logout, &QAction::triggered, this, [this] { logoutSession(m_current, m_currentGateway); });
    connect(m_copyNumber, &QAction::triggered, this, [this] {
        const Target t = target(m_currentGateway); // the selected row's gateway
        const sessions::Session* session = m_current.isEmpty() || !t.book ? nullptr : t.book->find(m_current);
        if (!session || session->extras.account().isEmpty())
            return;
        QGuiApplication::clipboard()->setText(QLatin1Char('+') + session->extras.account());
        emit message(tr("Copied %1.").arg(sessions::formatPhone(session->extras.account())));
    });
}

bool SessionActions::Target::isConfigured() const
{
    return client && client->isConfigured();
}

SessionActions::Target SessionActions::target(const QString& gateway) const
{
    if (!m_runtime)
        return m_single;
    const QString name = !gateway.isEmpty()            ? gateway
                         : !m_currentGateway.isEmpty() ? m_currentGateway
                                                       : m_defaultGateway;
    runtime::SessionsRuntime* g = name.isEmpty() ? m_runtime->primary() : m_runtime->gateway(name);
    if (!g)
        return {};
    return {g->name(), &g->client(), &g->book(), &g->monitor()};
}

QList<SessionActions::Target> SessionActions::targets() const
{
    if (!m_runtime)
        return {m_single};
    QList<Target> out;
    for (runtime::SessionsRuntime* g : m_runtime->gateways())
        out.append({g->name(), &g->client(), &g->book(), &g->monitor()});
    return out;
}

void SessionActions::watchGateways()
{
    for (const auto& c : std::as_const(m_watching))
        disconnect(c);
    m_watching.clear();
    for (const Target& t : targets()) {
        m_watching << connect(t.book, &sessions::SessionBook::applied, this, &SessionActions::updateActions);
        m_watching << connect(t.book, &sessions::SessionBook::rowsRemoved, this, &SessionActions::updateActions);
        m_watching << connect(t.monitor, &runtime::SessionMonitor::refreshFinished, this,
                              [this, monitor = t.monitor, name = t.gateway] {
                                  updateActions();
                                  if (m_refreshAgain.remove(name))
                                      monitor->refresh();
                              });
    }
    updateActions();
}

QString SessionActions::key(const Target& target, const QString& id)
{
    return target.gateway + QLatin1Char('\n') + id;
}

SessionActions::~SessionActions() = default;

QList<QAction*> SessionActions::actions() const
{
    return {m_reconnect, m_new, m_delete};
}

void SessionActions::enableDemoScan(QNetworkAccessManager& network)
{
    setScanSimulator([this, &network](const QString& id) {
        const Target t = target({});
        if (!t.client)
            return;
        QUrl url = t.client->config().baseUrl;
        url.setPath(QStringLiteral("/__sim/sessions/") + id + QStringLiteral("/scan"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = network.post(request, QByteArrayLiteral("{}"));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
}

QrDialog* SessionActions::qrDialog(const QString& id, const QString& gateway) const
{
    return m_qrDialogs.value(key(target(gateway), id));
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
            if (rows.isEmpty())
                setCurrentSession({});
            else
                setCurrentSession(idAt(rows.first()), gatewayAt(rows.first()));
        });
    }
    connect(view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { activate(idAt(index), gatewayAt(index)); });
}

void SessionActions::setCurrentSession(const QString& id, const QString& gateway)
{
    m_current = id;
    m_currentGateway = id.isEmpty() ? QString() : gateway;
    updateActions();
}

void SessionActions::setDefaultGateway(const QString& gateway)
{
    m_defaultGateway = gateway;
    updateActions();
}

void SessionActions::updateActions()
{
    const Target t = target({});
    const bool configured = t.isConfigured();
    const sessions::Session* session = m_current.isEmpty() || !t.book ? nullptr : t.book->find(m_current);
    m_reconnect->setEnabled(configured && session);
    // Not while a QR dialog works on it: deleting under a running flow would only confuse both.
    m_delete->setEnabled(configured && session && !m_qrDialogs.value(key(t, m_current)));
    // New session goes to the current gateway (selected row, filter), else the first one.
    m_new->setEnabled(configured);
    m_copyNumber->setEnabled(session && !session->extras.account().isEmpty());
    updateLinkAction(m_restart, t, gateway::Operation::Restart, configured && session);
    updateLinkAction(m_logout, t, gateway::Operation::Logout,
                     configured && session && !m_qrDialogs.value(key(t, m_current)));
    emit actionsUpdated();
}

void SessionActions::updateLinkAction(QAction* action, const Target& t, gateway::Operation op, bool enabled)
{
    // A verb the dialect lacks is not offered at all (issue 12).
    const bool supported = t.client && t.client->supports(op);
    action->setVisible(supported);
    action->setEnabled(supported && enabled);
}

void SessionActions::activate(const QString& id, const QString& gateway)
{
    const Target t = target(gateway);
    const sessions::Session* session = id.isEmpty() || !t.book ? nullptr : t.book->find(id);
    if (session && !session->isHealthy() && t.isConfigured())
        reconnect(id, t.gateway);
}

QrDialog* SessionActions::reconnect(const QString& id, const QString& gateway)
{
    const Target t = target(gateway);
    if (id.isEmpty() || !t.isConfigured())
        return nullptr;
    if (QrDialog* open = m_qrDialogs.value(key(t, id))) {
        bringToFront(open);
        return open;
    }
    QrDialog* dialog = openQr(t, sessions::ConnectFlow::Mode::Reconnect, id);
    const sessions::Session* session = t.book->find(id);
    if (session && workingLink(*session)) {
        dialog->askBeforeStart([id] {
            return QrDialog::Wording{
                tr("%1 is connected and working").arg(id),
                tr("The gateway reports it connected. Reconnecting asks the gateway for a new QR code; if the gateway "
                   "has to recreate the session for that, the phone linked now is disconnected and must scan again."),
                tr("&Reconnect anyway")};
        });
    } else {
        dialog->start();
    }
    return dialog;
}

QrDialog* SessionActions::createSession(const QString& id, const QString& gateway)
{
    const Target t = target(gateway);
    if (id.isEmpty() || !t.isConfigured())
        return nullptr;
    if (QrDialog* open = m_qrDialogs.value(key(t, id))) {
        bringToFront(open);
        return open;
    }
    QrDialog* dialog = openQr(t, sessions::ConnectFlow::Mode::Create, id);
    dialog->start();
    return dialog;
}

QrDialog* SessionActions::openQr(const Target& t, sessions::ConnectFlow::Mode mode, const QString& id)
{
    auto* dialog = new QrDialog(*t.client, mode, id, m_options, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_simulateScan)
        dialog->setScanSimulator([scan = m_simulateScan, id] { scan(id); });
    const QString dialogKey = key(t, id);
    m_qrDialogs.insert(dialogKey, dialog);
    connect(dialog, &QrDialog::sessionConnected, this, [this](const QString& sessionId) {
        emit message(tr("%1 is connected.").arg(sessionId));
        emit sessionConnected(sessionId);
    });
    // For the history: how the attempt ended, once the dialog closes (it has stopped its flow by
    // then, so the dialog keeps the outcome). A create is an operator action even when the dialog
    // closes before its flow began; a reconnect declined before it began asked nothing of anyone.
    const bool create = mode == sessions::ConnectFlow::Mode::Create;
    connect(dialog, &QDialog::finished, this, [this, dialog, id, create, gateway = t.gateway] {
        const QrDialog::Outcome outcome = dialog->outcome();
        if (!outcome.started && !create)
            return;
        emit acted(gateway, id, create ? QStringLiteral("create") : QStringLiteral("reconnect"),
                   connectResult(outcome));
    });
    connect(dialog, &QrDialog::newSessionRemoved, this,
            [this](const QString& sessionId) { emit message(tr("The new session %1 was removed.").arg(sessionId)); });
    // Whatever happened (connected, created, recreated, cancelled), the list shows it next.
    connect(dialog, &QObject::destroyed, this, [this, dialogKey, gateway = t.gateway] {
        m_qrDialogs.remove(dialogKey);
        updateActions();
        refreshSoon(target(gateway));
    });
    updateActions();
    dialog->open();
    return dialog;
}

NewSessionDialog* SessionActions::newSession()
{
    const Target t = target({});
    if (!t.isConfigured())
        return nullptr;
    if (m_newDialog) {
        bringToFront(m_newDialog);
        return m_newDialog;
    }
    m_newDialog = new NewSessionDialog(*t.book, m_window);
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Several gateways: the dialog asks which one, starting with the one the filter shows.
    QList<std::pair<QString, const sessions::SessionBook*>> choices;
    for (const Target& each : targets()) {
        if (each.isConfigured())
            choices.append({each.gateway, each.book});
    }
    m_newDialog->setGateways(choices, t.gateway);
    connect(m_newDialog, &NewSessionDialog::createRequested, this,
            [this](const QString& id, const QString& gateway) { createSession(id, gateway); });
    m_newDialog->open();
    return m_newDialog;
}

DeleteSessionDialog* SessionActions::deleteSession(const QString& id, const QString& gateway)
{
    const Target t = target(gateway);
    const QString dialogKey = key(t, id);
    if (id.isEmpty() || !t.isConfigured() || m_qrDialogs.value(dialogKey))
        return nullptr;
    if (DeleteSessionDialog* open = m_deleteDialogs.value(dialogKey)) {
        bringToFront(open);
        return open;
    }
    auto* dialog = new DeleteSessionDialog(*t.client, id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_deleteDialogs.insert(dialogKey, dialog);
    connect(dialog, &DeleteSessionDialog::deleteFailed, this,
            [this, gateway = t.gateway](const QString& sessionId, const QString& failure) {
                emit acted(gateway, sessionId, QStringLiteral("delete"), failure);
            });
    connect(dialog, &DeleteSessionDialog::sessionDeleted, this, [this, gateway = t.gateway](const QString& sessionId) {
        emit acted(gateway, sessionId, QStringLiteral("delete"), history::Event::okResult());
        emit message(tr("The session %1 was deleted from the gateway.").arg(sessionId));
        emit sessionDeleted(sessionId);
        refreshSoon(target(gateway));
    });
    connect(dialog, &QObject::destroyed, this, [this, dialogKey] { m_deleteDialogs.remove(dialogKey); });
    dialog->open();
    return dialog;
}

gateway::ActionJob* SessionActions::restartSession(const QString& id, const QString& gateway)
{
    const Target t = target(gateway);
    if (id.isEmpty() || !t.isConfigured() || !t.client->supports(gateway::Operation::Restart))
        return nullptr;
    return runAction(t, gateway::Operation::Restart, id);
}

QMessageBox* SessionActions::logoutSession(const QString& id, const QString& gateway)
{
    const Target t = target(gateway);
    const QString dialogKey = key(t, id);
    if (id.isEmpty() || !t.isConfigured() || !t.client->supports(gateway::Operation::Logout) ||
        m_qrDialogs.value(dialogKey))
        return nullptr;
    if (QMessageBox* open = m_logoutDialogs.value(dialogKey)) {
        bringToFront(open);
        return open;
    }
    const DestructiveQuestion question = askDestructive(
        m_window, tr("Log out %1").arg(id), tr("<b>Log out the phone linked to “%1”?</b>").arg(id.toHtmlEscaped()),
        tr("The phone's link is dropped: WhatsApp on the phone lists this computer no longer, and no messages go "
           "through the session until a phone links again by QR code or phone number. The session itself stays on "
           "the gateway."),
        tr("&Log out phone"));
    QMessageBox* box = question.box;
    QPushButton* logout = question.confirm;
    box->setObjectName(QStringLiteral("logoutConfirmation"));
    logout->setObjectName(QStringLiteral("logoutPushButton"));
    m_logoutDialogs.insert(dialogKey, box);
    connect(box, &QObject::destroyed, this, [this, dialogKey] { m_logoutDialogs.remove(dialogKey); });
    connect(box, &QMessageBox::buttonClicked, this, [this, logout, id, gateway = t.gateway](QAbstractButton* button) {
        if (button == logout)
            logoutNow(id, gateway);
    });
    box->open();
    return box;
}

gateway::ActionJob* SessionActions::logoutNow(const QString& id, const QString& gateway)
{
    const Target t = target(gateway);
    if (id.isEmpty() || !t.isConfigured() || !t.client->supports(gateway::Operation::Logout) ||
        m_qrDialogs.value(key(t, id)))
        return nullptr;
    return runAction(t, gateway::Operation::Logout, id);
}

bool SessionActions::supports(gateway::Operation op, const QString& gateway) const
{
    const Target t = target(gateway);
    return t.client && t.client->supports(op);
}

bool SessionActions::anyGatewaySupports(gateway::Operation op) const
{
    const QList<Target> all = targets();
    return std::any_of(all.begin(), all.end(), [op](const Target& t) { return t.client && t.client->supports(op); });
}

QString SessionActions::unsupportedReason(gateway::Operation op, const QString& gateway) const
{
    const Target t = target(gateway);
    if (!t.client)
        return tr("Its gateway is no longer set up.");
    // The product's name, not the dialect's code word the command line prints.
    const QString kind = settings::dialectDisplayName(t.client->dialect().name());
    switch (op) {
    case gateway::Operation::Restart:
        return tr("%1 gateways cannot restart a session.").arg(kind);
    case gateway::Operation::Logout:
        return tr("%1 gateways cannot log a phone out.").arg(kind);
    default:
        return tr("%1 gateways cannot do this.").arg(kind);
    }
}

gateway::ActionJob* SessionActions::runAction(const Target& t, gateway::Operation op, const QString& id)
{
    gateway::ActionJob* job =
        op == gateway::Operation::Restart ? t.client->restartSession(id) : t.client->logoutSession(id);
    connect(job, &gateway::GatewayJob::finished, this,
            [this, op, id, gateway = t.gateway](const gateway::Result& result) {
                if (result.kind == gateway::ErrorKind::Cancelled)
                    return;
                emit acted(gateway, id, gateway::operationName(op),
                           result.ok ? history::Event::okResult() : result.message);
                if (result.ok)
                    emit message(op == gateway::Operation::Restart ? tr("The session %1 was restarted.").arg(id)
                                                                   : tr("The phone was logged out of %1.").arg(id));
                else
                    emit message(op == gateway::Operation::Restart
                                     ? tr("The session %1 was not restarted. %2").arg(id, result.agentMessage())
                                     : tr("The phone was not logged out of %1. %2").arg(id, result.agentMessage()));
                refreshSoon(target(gateway));
            });
    return job;
}

void SessionActions::refreshSoon(const Target& t)
{
    // One listing at a time: when one is running, its data may predate the change, so run another.
    if (t.monitor && !t.monitor->refresh())
        m_refreshAgain.insert(t.gateway);
}

} // namespace ui
