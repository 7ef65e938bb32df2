#include "MainWindow.h"

#include "BadgeTone.h"
#include "Palette.h"

#include "AboutDialog.h"
#include "ActivityBanner.h"
#include "AppContext.h"
#include "BulkActions.h"
#include "CleartextWarning.h"
#include "ColumnFitter.h"
#include "ElidedLabel.h"
#include "ErrorBanner.h"
#include "GatewayTables.h"
#include "HealthCheckController.h"
#include "HealthSummary.h"
#include "HelpActions.h"
#include "HistoryHooks.h"
#include "KeychainBanner.h"
#include "NoMatchOverlay.h"
#include "RefreshController.h"
#include "RelativeTime.h"
#include "SessionActions.h"
#include "SessionFilterProxyModel.h"
#include "SessionTableModel.h"
#include "SettingsDialog.h"
#include "SilenceThresholdAction.h"
#include "StatusBadgeDelegate.h"
#include "TableExport.h"
#include "TrayNotifier.h"
#include "gateway/GatewayClient.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"
#include "sessions/SessionBook.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

namespace ui {

namespace {
// Failures the user fixes in Settings rather than by waiting.
bool fixedInSettings(gateway::ErrorKind kind)
{
    using gateway::ErrorKind;
    switch (kind) {
    case ErrorKind::NotConfigured:
    case ErrorKind::Auth:
    case ErrorKind::ProxyAuth:
    case ErrorKind::Tls:
    case ErrorKind::Redirect:
    case ErrorKind::RouteNotFound:
        return true;
    default:
        break;
    }
    return false;
}
} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    // No style offers a settings icon: the theme's, or text only.
    m_ui->settingsAction->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));

    m_tables = new GatewayTables(context.runtime(), this);
    m_proxy = new SessionFilterProxyModel(this);
    m_proxy->setSourceModel(m_tables->model());
    m_refresher = new RefreshController(this);
    setUpTable();
    setUpStatusBar();
    fitToLanguage();
    setUpSessionActions();
    setUpTray();
    setUpHealth();

    // Bulk actions and export (issue 14): their own classes, wired here.
    auto* bulk = new BulkActions(*m_actions, context.profile(), this);
    bulk->attachToView(m_ui->sessionsTableView);
    m_ui->sessionMenu->insertActions(m_ui->refreshAction, bulk->actions());
    auto* exporter = new TableExport(m_ui->sessionsTableView);
    m_ui->sessionMenu->insertAction(m_ui->refreshAction, exporter->copyAction());
    m_ui->fileMenu->insertAction(m_ui->settingsAction, exporter->exportAction());
    const auto toStatusBar = [this](const QString& text) { m_ui->statusBar->showMessage(text, 10000); };
    connect(bulk, &BulkActions::message, this, toStatusBar);
    connect(exporter, &TableExport::message, this, toStatusBar);
    auto* help = new HelpActions(context, this);
    m_ui->helpMenu->insertActions(m_ui->aboutAction, help->actions());
    m_ui->helpMenu->insertSeparator(m_ui->aboutAction);
    connect(help, &HelpActions::message, this, toStatusBar);

    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quitApp);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::openAbout);
    connect(m_ui->filterAction, &QAction::triggered, this, [this] {
        m_ui->filterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterLineEdit->selectAll();
    });
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, m_proxy, &SessionFilterProxyModel::setTextFilter);
    connect(m_ui->onlyUnhealthyCheckBox, &QCheckBox::toggled, m_proxy, &SessionFilterProxyModel::setOnlyUnhealthy);
    connect(m_ui->gatewayComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString gateway = m_ui->gatewayComboBox->currentData().toString();
        m_proxy->setGatewayFilter(gateway);
        m_actions->setDefaultGateway(gateway); // New session goes to the gateway shown
    });
    connect(m_ui->errorBanner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_ui->errorBanner, &ErrorBanner::settingsRequested, this, &MainWindow::openSettings);
    connect(m_ui->emptyStateWidget, &EmptyStateWidget::settingsRequested, this, &MainWindow::openSettings);
    connect(m_ui->emptyStateWidget, &EmptyStateWidget::retryRequested, this, &MainWindow::refresh);
    connect(m_ui->emptyStateWidget, &EmptyStateWidget::newSessionRequested, m_actions, &SessionActions::newSession);
    auto* noMatch = new NoMatchOverlay(m_ui->sessionsTableView, m_tables->model());
    connect(noMatch, &NoMatchOverlay::clearRequested, this, [this] {
        m_ui->filterLineEdit->clear();
        m_ui->onlyUnhealthyCheckBox->setChecked(false);
    });

    connect(m_tables, &GatewayTables::changed, this, &MainWindow::onGatewaysChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    connect(&context, &AppContext::configured, this, &MainWindow::onConfigured);

    if (!context.profile().windowGeometry().isEmpty())
        restoreGeometry(context.profile().windowGeometry());
    updateTitle();
    onGatewaysChanged();
    if (context.hasResolved())
        onConfigured();
}

MainWindow::~MainWindow()
{
    // The models outlive the status bar's labels (children go in creation order): whatever they
    // signal on their way out is no longer for this window.
    for (const auto& link : std::as_const(m_gatewayLinks))
        disconnect(link);
    m_proxy->disconnect(this);
    m_tables->disconnect(this);
}

QMenu* MainWindow::sessionMenu() const
{
    return m_ui->sessionMenu;
}

QToolBar* MainWindow::mainToolBar() const
{
    return m_ui->mainToolBar;
}

QTableView* MainWindow::sessionsView() const
{
    return m_ui->sessionsTableView;
}

ErrorBanner* MainWindow::errorBanner() const
{
    return m_ui->errorBanner;
}

EmptyStateWidget* MainWindow::emptyState() const
{
    return m_ui->emptyStateWidget;
}

SettingsDialog* MainWindow::settingsDialog() const
{
    return m_settings;
}

QString MainWindow::selectedSessionId() const
{
    const QModelIndexList rows = m_ui->sessionsTableView->selectionModel()->selectedRows(SessionTableModel::Session);
    if (rows.isEmpty())
        return {};
    return rows.first().data(SessionTableModel::IdRole).toString();
}

QString MainWindow::selectedGateway() const
{
    const QModelIndexList rows = m_ui->sessionsTableView->selectionModel()->selectedRows(SessionTableModel::Session);
    if (rows.isEmpty())
        return {};
    return rows.first().data(SessionTableModel::GatewayRole).toString();
}

SessionTableModel* MainWindow::sessionModel() const
{
    return m_tables->modelOf(m_context.runtime().primary());
}

void MainWindow::setUpTable()
{
    QTableView* view = m_ui->sessionsTableView;
    view->setModel(m_proxy);
    view->setItemDelegateForColumn(SessionTableModel::Status, new StatusBadgeDelegate(view));
    // Room for the badge; fixed so rows never jump while data arrives.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 16);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->resizeSection(SessionTableModel::Session, 280);
    header->resizeSection(SessionTableModel::Status, 220);
    header->resizeSection(SessionTableModel::Account,
                          view->fontMetrics().horizontalAdvance(QStringLiteral("+55 47 99999-9999")) + 16);
    header->setSortIndicator(SessionTableModel::Session, Qt::AscendingOrder);
    // The app's own widths fit the view (1000 px with every column: the phone number stays in
    // sight); the session's name takes the room the others leave.
    m_columnFitter = new ColumnFitter(view, SessionTableModel::Session, 110, 360);
    const QByteArray state = m_context.profile().tableState();
    if (!state.isEmpty()) {
        header->restoreState(state);
        // The person's own widths as they left them (unless they do not fit the view); the app's
        // own, or widths saved before the app fitted its columns (a 280 px session name), are
        // fitted again.
        m_columnFitter->restored(m_context.profile().tableWidths() == settings::Profile::TableWidths::Person);
    }
    connect(m_columnFitter, &ColumnFitter::refitted, this, &MainWindow::fitToLanguage);
    // The sorted column's title keeps room for the arrow beside it.
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::fitToLanguage);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectedSessionChanged(selectedSessionId()); });
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) {
        if (!view->indexAt(pos).isValid())
            return;
        m_ui->sessionMenu->popup(view->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::fitToLanguage()
{
    QTableView* view = m_ui->sessionsTableView;
    QHeaderView* header = view->horizontalHeader();
    // Every label of the design's vocabulary fits whole, in whatever language is running (a width
    // saved while the app ran in English is widened for the longer Portuguese labels).
    int statusWidth = 0;
    sessions::Session probe;
    for (const auto status : {sessions::Status::Connected, sessions::Status::Disconnected, sessions::Status::QrPending,
                              sessions::Status::Starting}) {
        probe.status = status;
        probe.health =
            status == sessions::Status::Connected ? sessions::Health::Healthy : sessions::Health::NotConnected;
        statusWidth = std::max(statusWidth, StatusBadgeDelegate::cellWidthFor(badgeLabel(probe), view->font()));
    }
    probe.status = sessions::Status::Connected;
    probe.health = sessions::Health::Zombie;
    statusWidth = std::max(statusWidth, StatusBadgeDelegate::cellWidthFor(badgeLabel(probe), view->font()));
    // The app's own widths are exactly what the language needs, so the name keeps the rest; the
    // person's own (a restored layout, a dragged divider) are only ever widened.
    const bool own = !m_columnFitter->isUserSized();
    if (own || header->sectionSize(SessionTableModel::Status) < statusWidth)
        header->resizeSection(SessionTableModel::Status, statusWidth);
    // So does "No activity recorded" ("Nenhuma atividade registrada"), in italics, with the cell's margins.
    QFont italic = view->font();
    italic.setItalic(true);
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 8;
    const int activityWidth = std::max(
        QFontMetrics(italic).horizontalAdvance(SessionTableModel::noActivityText()) + margin,
        QFontMetrics(header->font())
                .horizontalAdvance(
                    m_tables->model()->headerData(SessionTableModel::LastActivity, Qt::Horizontal).toString()) +
            margin + 16);
    if (own || header->sectionSize(SessionTableModel::LastActivity) < activityWidth)
        header->resizeSection(SessionTableModel::LastActivity, activityWidth);
    if (own) {
        for (const int column : {SessionTableModel::StatusSince, SessionTableModel::Uptime})
            header->resizeSection(column, header->defaultSectionSize());
        // The gateways' names whole ("wppconnect", not "wppco…"), with the item's own text margins
        // only (five gateways in pt_BR at 1000 px have no pixel to spare), up to a bound: the
        // session's name needs the room more than a very long profile name does.
        const int textMargins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 2;
        int gatewayWidth = ColumnFitter::titleWidth(header, SessionTableModel::Gateway);
        for (const runtime::SessionsRuntime* gateway : m_context.runtime().gateways())
            gatewayWidth = std::max(gatewayWidth, view->fontMetrics().horizontalAdvance(gateway->name()) + textMargins);
        header->resizeSection(SessionTableModel::Gateway,
                              std::min(gatewayWidth, view->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 14));
    }
    // No title is ever cut, sorted by or not: each column is at least as wide as its title.
    for (int column = 0; column < header->count(); ++column) {
        if (column != SessionTableModel::Session &&
            header->sectionSize(column) < ColumnFitter::titleWidth(header, column))
            header->resizeSection(column, ColumnFitter::titleWidth(header, column));
    }

    // "Updated 59 min ago" is never cut: the label keeps room for the longest such text of this
    // language, whatever it shows now (so the window's minimum width never follows the text).
    int updatedWidth = 0;
    for (const qint64 age : {0, 59, 59 * 60, 23 * 3600, 2 * 86400})
        updatedWidth =
            std::max(updatedWidth, m_updatedLabel->fontMetrics().horizontalAdvance(RelativeTime::updated(age)));
    m_updatedLabel->setMinimumWidth(updatedWidth + 4);
    // The same for the count, up to hundreds of sessions, filtered or not.
    const QFontMetrics count = m_countLabel->fontMetrics();
    m_countLabel->setMinimumWidth(
        std::max(count.horizontalAdvance(countText(888, 888)), count.horizontalAdvance(countText(88, 888))) + 4);
    m_columnFitter->fit(); // the columns above may have widened
}

void MainWindow::setUpStatusBar()
{
    m_demoLabel = new QLabel(this);
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    const palette::Swatch demo = palette::frame(palette::Note::Info);
    m_demoLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; padding: 1px 6px; }")
            .arg(demo.background.name(), demo.text.name()));
    m_demoLabel->setVisible(m_context.isDemo());
    // Elided, so a long message never widens the window (issue 14 #5).
    m_updatedLabel = new ElidedLabel(this);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_countLabel = new ElidedLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter); // next to the verdict, whatever room it keeps
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setMaximumWidth(110);
    m_busyBar->setMaximumHeight(m_updatedLabel->sizeHint().height());
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    statusBarTexts();
    m_ui->statusBar->addWidget(m_demoLabel);
    m_ui->statusBar->addWidget(m_updatedLabel, 1);
    m_ui->statusBar->addPermanentWidget(m_busyBar);
    m_ui->statusBar->addPermanentWidget(m_countLabel);
    // Stays while a gateway's credential travels in clear (a status message does not hide it).
    m_ui->statusBar->addPermanentWidget(new CleartextWarning(m_context.runtime(), this));

    connect(m_refresher, &RefreshController::ageTextChanged, m_updatedLabel, &QLabel::setText);
    connect(m_refresher, &RefreshController::refreshingChanged, this, [this](bool refreshing) {
        m_busyBar->setVisible(refreshing);
        m_ui->refreshAction->setEnabled(!refreshing && m_context.isConfigured());
        m_ui->errorBanner->setRetryEnabled(!refreshing);
    });
}

void MainWindow::refresh()
{
    m_refresher->refreshNow();
}

void MainWindow::openSettings()
{
    if (m_settings) {
        m_settings->raise();
        m_settings->activateWindow();
        return;
    }
    m_settings = new SettingsDialog(m_context, this);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settings, &SettingsDialog::saved, this, [this] {
        m_context.runtime().recordAction(m_context.primary().name(), {}, QStringLiteral("settings"),
                                         QStringLiteral("ok"));
    });
    m_settings->open();
}

void MainWindow::openAbout()
{
    if (m_about) {
        m_about->raise();
        m_about->activateWindow();
        return;
    }
    m_about = new AboutDialog(this);
    m_about->setAttribute(Qt::WA_DeleteOnClose);
    m_about->open();
}

void MainWindow::setUpHealth()
{
    m_healthCheck = new HealthCheckController(m_context, this);
    m_healthCheck->setSessionActions(m_actions);
    m_ui->sessionMenu->insertAction(m_ui->filterAction, m_healthCheck->checkNowAction());
    m_ui->mainToolBar->insertAction(m_ui->settingsAction, m_healthCheck->checkNowAction());
    m_healthSummary = new HealthSummary(this);
    m_ui->statusBar->addPermanentWidget(m_healthSummary);
    m_healthSummary->setReport(m_healthCheck->currentReport());
    connect(m_healthCheck, &HealthCheckController::reportChanged, m_healthSummary, &HealthSummary::setReport);
    connect(m_healthCheck, &HealthCheckController::message, this,
            [this](const QString& text) { m_ui->statusBar->showMessage(text, 10000); });
    connect(m_healthSummary, &QToolButton::clicked, m_ui->onlyUnhealthyCheckBox, &QCheckBox::toggle);

    // Zombie detection off (activity database unreadable): a banner, and the verdict says so.
    auto* activityBanner = new ActivityBanner(m_context, this);
    m_ui->centralVerticalLayout->insertWidget(m_ui->centralVerticalLayout->indexOf(m_ui->errorBanner) + 1,
                                              activityBanner);
    connect(activityBanner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(activityBanner, &ErrorBanner::settingsRequested, this, &MainWindow::openSettings);
    connect(activityBanner, &ActivityBanner::detectionOffChanged, m_healthSummary,
            &HealthSummary::setActivityUnavailable);
    m_healthSummary->setActivityUnavailable(activityBanner->isDetectionOff());
    // A secret the keychain refused (Settings has closed by then): once, with the service's words behind Details.
    m_ui->centralVerticalLayout->insertWidget(m_ui->centralVerticalLayout->indexOf(activityBanner) + 1,
                                              new KeychainBanner(m_context.secrets(), this));
}

void MainWindow::setUpSessionActions()
{
    m_actions = new SessionActions(m_context.runtime(), this);
    if (m_context.isDemo())
        m_actions->enableDemoScan(m_context.network());
    m_actions->attachToView(m_ui->sessionsTableView);
    new HistoryHooks(m_context, *m_tables, *m_actions, m_ui->sessionsTableView, m_ui->sessionMenu, this);
    m_ui->sessionMenu->insertActions(m_ui->refreshAction, m_actions->actions());
    m_ui->sessionMenu->insertActions(m_actions->deleteAction(), m_actions->linkActions()); // before Delete
    m_ui->sessionMenu->insertAction(m_ui->refreshAction, m_actions->copyNumberAction());
    m_threshold = new SilenceThresholdAction(m_context, this);
    m_ui->sessionMenu->insertAction(m_ui->refreshAction, m_threshold->action());
    connect(this, &MainWindow::selectedSessionChanged, m_threshold,
            [this](const QString& id) { m_threshold->setCurrentSession(id, selectedGateway()); });
    m_ui->sessionMenu->insertSeparator(m_ui->refreshAction);
    m_ui->mainToolBar->insertActions(m_ui->refreshAction, m_actions->actions());
    m_ui->mainToolBar->insertSeparator(m_ui->refreshAction);
    connect(m_actions, &SessionActions::message, this,
            [this](const QString& text) { m_ui->statusBar->showMessage(text, 10000); });
}

void MainWindow::setUpTray()
{
    // The tray follows every gateway (onGatewaysChanged adds and removes them).
    m_tray = new TrayNotifier(this);
    connect(&m_context.runtime(), &runtime::Runtime::gatewayAboutToBeRemoved, m_tray,
            [this](runtime::SessionsRuntime* gateway) { m_tray->removeGateway(gateway->name()); });
    connect(m_tray, &TrayNotifier::reconnectRequested, this,
            [this](const QString& id, const QString& gateway) { m_actions->reconnect(id, gateway); });
    connect(m_tray, &TrayNotifier::refreshRequested, this, &MainWindow::refresh);
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayNotifier::quitRequested, this, &MainWindow::quitApp);
    // A dialog opened from the tray while this window is hidden must not end the app when it closes.
    if (m_tray->isAvailable())
        QApplication::setQuitOnLastWindowClosed(false);
}

void MainWindow::showFromTray()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::quitApp()
{
    m_quitting = true;
    close();
}

void MainWindow::onConfigured()
{
    m_refresher->setInterval(m_context.profile().refreshInterval());
    sessions::ConnectFlow::Options flowOptions = m_actions->flowOptions();
    flowOptions.deadline = m_context.profile().connectDeadline();
    m_actions->setFlowOptions(flowOptions);
    m_actions->updateActions();
    m_refresher->setActive(m_context.isConfigured());
    m_ui->refreshAction->setEnabled(m_context.isConfigured() && !m_refresher->isRefreshing());
    if (!m_context.isConfigured()) {
        for (SessionTableModel* model : m_tables->models())
            model->setStale(false);
    }
    updateBanner();
    updateActivityNotes();
    updateTitle();
    updateView();
    m_refresher->refreshNow();
}

void MainWindow::onGatewaysChanged()
{
    for (const auto& link : std::as_const(m_gatewayLinks))
        disconnect(link);
    m_gatewayLinks.clear();
    QList<runtime::SessionMonitor*> monitors;
    QStringList names;
    for (runtime::SessionsRuntime* gateway : m_context.runtime().gateways()) {
        names << gateway->name();
        if (!m_tray->gateways().contains(gateway->name()))
            m_tray->addGateway(gateway->name(), gateway->book(), &gateway->monitor());
        auto& monitor = gateway->monitor();
        monitors << &monitor;
        m_gatewayLinks << connect(&monitor, &runtime::SessionMonitor::refreshStarted, this, &MainWindow::updateView);
        m_gatewayLinks << connect(&monitor, &runtime::SessionMonitor::refreshFinished, this,
                                  &MainWindow::onRefreshFinished);
        m_gatewayLinks << connect(&monitor, &runtime::SessionMonitor::activityUpdated, this,
                                  &MainWindow::updateActivityNotes);
        m_gatewayLinks << connect(&gateway->book(), &sessions::SessionBook::applied, this, &MainWindow::updateView);
        m_gatewayLinks << connect(&gateway->book(), &sessions::SessionBook::rowsRemoved, this, &MainWindow::updateView);
    }
    for (const QString& gone : m_tray->gateways()) {
        if (!names.contains(gone))
            m_tray->removeGateway(gone);
    }
    m_refresher->setMonitors(monitors);
    // One gateway: no column and no filter to say what every row says alike.
    m_ui->sessionsTableView->setColumnHidden(SessionTableModel::Gateway, monitors.size() < 2);
    fitToLanguage(); // the gateway column fits the names of the gateways now configured
    updateGatewayFilter();
    updateBanner();
    updateActivityNotes();
    updateView();
    statusBarTexts(); // the demo says how many simulated gateways
    updateTitle();
}

void MainWindow::updateGatewayFilter()
{
    QComboBox* box = m_ui->gatewayComboBox;
    const QString current = box->currentData().toString();
    {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("All gateways"), QString());
        for (runtime::SessionsRuntime* gateway : m_context.runtime().gateways())
            box->addItem(gateway->name(), gateway->name());
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
    const QString shown = box->currentData().toString();
    m_proxy->setGatewayFilter(shown);
    m_actions->setDefaultGateway(shown);
}

void MainWindow::onRefreshFinished()
{
    // Each gateway's rows are greyed out on their own; the others stay as they are.
    for (runtime::SessionsRuntime* gateway : m_context.runtime().gateways()) {
        const gateway::Result& result = gateway->monitor().lastResult();
        if (SessionTableModel* model = m_tables->modelOf(gateway);
            model && (result.ok || result.kind != gateway::ErrorKind::Cancelled))
            model->setStale(!result.ok && gateway->monitor().isStale(), result.agentMessage());
    }
    updateBanner();
    updateActivityNotes();
    updateView();
}

void MainWindow::updateBanner()
{
    // One line per gateway whose last refresh failed, named when there are several.
    const QList<runtime::SessionsRuntime*> gateways = m_context.runtime().gateways();
    QStringList lines;
    QStringList details; // what the gateway or the network library said, in its own words
    bool inSettings = false;
    for (runtime::SessionsRuntime* gateway : gateways) {
        const gateway::Result& result = gateway->monitor().lastResult();
        if (result.ok || result.kind == gateway::ErrorKind::None || result.kind == gateway::ErrorKind::Cancelled ||
            !gateway->isConfigured())
            continue;
        const bool named = gateways.size() > 1;
        lines << (named ? tr("Gateway %1: %2").arg(gateway->name(), result.agentMessage()) : result.agentMessage());
        if (!result.details().isEmpty())
            details << (named ? tr("Gateway %1: %2").arg(gateway->name(), result.details()) : result.details());
        inSettings = inSettings || fixedInSettings(result.kind);
    }
    if (lines.isEmpty()) {
        m_ui->errorBanner->hide();
        return;
    }
    m_ui->errorBanner->setSettingsVisible(inSettings);
    m_ui->errorBanner->showMessage(lines.join(QLatin1Char('\n')), details.join(QLatin1Char('\n')));
}

void MainWindow::updateActivityNotes()
{
    const QString note = m_context.activityNote();
    for (SessionTableModel* model : m_tables->models())
        model->setActivityNote(note);
}

void MainWindow::updateView()
{
    using State = EmptyStateWidget::State;
    bool listed = false;  // some gateway has answered with its sessions
    bool waiting = false; // some gateway has not answered yet
    for (runtime::SessionsRuntime* gateway : m_context.runtime().gateways()) {
        const auto& monitor = gateway->monitor();
        if (!gateway->isConfigured())
            continue;
        listed = listed || monitor.hasListing();
        const gateway::ErrorKind kind = monitor.lastResult().kind;
        waiting = waiting || monitor.isRefreshing() || kind == gateway::ErrorKind::None ||
                  kind == gateway::ErrorKind::Cancelled;
    }
    QWidget* page = m_ui->emptyStateWidget;
    if (!m_context.hasResolved()) {
        m_ui->emptyStateWidget->setState(State::Loading);
    } else if (!m_context.isConfigured()) {
        m_ui->emptyStateWidget->setState(State::NotConfigured);
    } else if (m_tables->rowCount() > 0) {
        page = m_ui->tablePage;
    } else if (listed) {
        m_ui->emptyStateWidget->setState(State::NoSessions);
    } else if (waiting) {
        m_ui->emptyStateWidget->setState(State::Loading);
    } else {
        m_ui->emptyStateWidget->setState(State::LoadFailed);
    }
    m_ui->contentStackedWidget->setCurrentWidget(page);
    m_ui->filterLineEdit->setVisible(page == m_ui->tablePage);
    m_ui->onlyUnhealthyCheckBox->setVisible(page == m_ui->tablePage);
    m_ui->gatewayComboBox->setVisible(page == m_ui->tablePage && m_context.runtime().gateways().size() > 1);
    updateCount();
}

void MainWindow::updateCount()
{
    const int total = m_tables->rowCount();
    if (total == 0)
        m_countLabel->clear();
    else
        m_countLabel->setText(countText(m_proxy->rowCount(), total));
}

QString MainWindow::countText(int shown, int total)
{
    if (shown == total)
        return total == 1 ? tr("%n session", nullptr, total) : tr("%n sessions", nullptr, total);
    return (total == 1 ? tr("%1 of %n session shown", nullptr, total) : tr("%1 of %n sessions shown", nullptr, total))
        .arg(shown);
}

void MainWindow::updateTitle()
{
    // The platform appends the application's display name ("Demo — Pixel Hub Sessions"), except to
    // a title that is the name itself: so no name in the demo's title.
    const int n = demoGatewayCount();
    setWindowTitle(!m_context.isDemo() ? tr("Pixel Hub Sessions")
                   : n == 1            ? tr("Demo (%n simulated gateway)", nullptr, n)
                                       : tr("Demo (%n simulated gateways)", nullptr, n));
}

int MainWindow::demoGatewayCount()
{
    // --demo starts one simulated gateway per dialect; --demo --gateway URL uses one.
    return std::max(1, int(m_context.runtime().gateways().size()));
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::statusBarTexts()
{
    const int n = demoGatewayCount();
    m_demoLabel->setText(n == 1 ? tr("Demo: %n simulated gateway", nullptr, n)
                                : tr("Demo: %n simulated gateways", nullptr, n));
    m_busyBar->setAccessibleName(tr("Refreshing"));
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    statusBarTexts();
    fitToLanguage();
    m_updatedLabel->setText(m_refresher->ageText());
    m_context.applyPolicy(); // the health reasons in the badges' tooltips are worded when evaluated
    for (SessionTableModel* model : m_tables->models())
        model->retranslate();
    // The window's table joins the gateways' tables; its headers are the first one's.
    QAbstractItemModel* joined = m_tables->model();
    emit joined->headerDataChanged(Qt::Horizontal, 0, joined->columnCount() - 1);
    updateGatewayFilter();
    updateBanner();
    updateActivityNotes();
    updateView();
    updateTitle();
}

void MainWindow::saveState()
{
    m_context.profile().setWindowGeometry(saveGeometry());
    m_context.profile().setTableState(m_ui->sessionsTableView->horizontalHeader()->saveState());
    m_context.profile().setTableWidths(m_columnFitter->isUserSized() ? settings::Profile::TableWidths::Person
                                                                     : settings::Profile::TableWidths::App);
    m_context.profile().sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    if (!m_quitting && m_tray->isAvailable() && m_context.profile().closeToTray()) {
        hide(); // keeps watching from the tray; Quit (menu or tray) ends the app
        m_tray->announceHidden();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
    if (m_tray->isAvailable())
        QApplication::quit(); // quitOnLastWindowClosed is off while a tray is in use
}

} // namespace ui
