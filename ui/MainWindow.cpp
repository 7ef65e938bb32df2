#include "MainWindow.h"

#include "BadgeTone.h"
#include "Palette.h"

#include "AboutDialog.h"
#include "ActivityBanner.h"
#include "AppContext.h"
#include "BulkActions.h"
#include "ElidedLabel.h"
#include "ErrorBanner.h"
#include "HealthCheckController.h"
#include "HealthSummary.h"
#include "HelpActions.h"
#include "NoMatchOverlay.h"
#include "RefreshController.h"
#include "SessionActions.h"
#include "SessionFilterProxyModel.h"
#include "SessionTableModel.h"
#include "SettingsDialog.h"
#include "SilenceThresholdAction.h"
#include "StatusBadgeDelegate.h"
#include "TableExport.h"
#include "TrayNotifier.h"
#include "gateway/GatewayClient.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
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

    m_model = new SessionTableModel(context.book(), this);
    m_proxy = new SessionFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_refresher = new RefreshController(context.monitor(), this);
    setUpTable();
    setUpStatusBar();
    setUpSessionActions();
    setUpTray();
    setUpHealth();

    // Bulk actions and export (issue 14): their own classes, wired here.
    auto* bulk = new BulkActions(*m_actions, context.profile(), this);
    bulk->attachToView(m_ui->sessionsTableView);
    m_ui->sessionMenu->insertAction(m_ui->refreshAction, bulk->reconnectAction());
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
    connect(m_ui->errorBanner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_ui->errorBanner, &ErrorBanner::settingsRequested, this, &MainWindow::openSettings);
    connect(m_ui->emptyStateWidget, &EmptyStateWidget::settingsRequested, this, &MainWindow::openSettings);
    connect(m_ui->emptyStateWidget, &EmptyStateWidget::retryRequested, this, &MainWindow::refresh);
    connect(m_ui->emptyStateWidget, &EmptyStateWidget::newSessionRequested, m_actions, &SessionActions::newSession);
    auto* noMatch = new NoMatchOverlay(m_ui->sessionsTableView, m_model);
    connect(noMatch, &NoMatchOverlay::clearRequested, this, [this] {
        m_ui->filterLineEdit->clear();
        m_ui->onlyUnhealthyCheckBox->setChecked(false);
    });

    auto& monitor = context.monitor();
    connect(&monitor, &runtime::SessionMonitor::refreshStarted, this, &MainWindow::updateView);
    connect(&monitor, &runtime::SessionMonitor::refreshFinished, this, &MainWindow::onRefreshFinished);
    connect(&monitor, &runtime::SessionMonitor::activityUpdated, this,
            [this] { m_model->setActivityNote(m_context.activityNote()); });
    connect(&context.book(), &sessions::SessionBook::applied, this, &MainWindow::updateView);
    connect(&context.book(), &sessions::SessionBook::rowsRemoved, this, &MainWindow::updateView);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    connect(&context, &AppContext::configured, this, &MainWindow::onConfigured);

    if (!context.profile().windowGeometry().isEmpty())
        restoreGeometry(context.profile().windowGeometry());
    updateTitle();
    updateView();
    if (context.hasResolved())
        onConfigured();
}

MainWindow::~MainWindow() = default;

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
    header->resizeSection(SessionTableModel::Session, 360);
    header->resizeSection(SessionTableModel::Status, 220);
    header->setSortIndicator(SessionTableModel::Session, Qt::AscendingOrder);
    const QByteArray state = m_context.profile().tableState();
    if (!state.isEmpty())
        header->restoreState(state);
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
    if (header->sectionSize(SessionTableModel::Status) < statusWidth)
        header->resizeSection(SessionTableModel::Status, statusWidth);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectedSessionChanged(selectedSessionId()); });
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) {
        if (!view->indexAt(pos).isValid())
            return;
        m_ui->sessionMenu->popup(view->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::setUpStatusBar()
{
    m_demoLabel = new QLabel(tr("Demo: simulated gateway"), this);
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
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setMaximumWidth(110);
    m_busyBar->setMaximumHeight(m_updatedLabel->sizeHint().height());
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Refreshing"));
    m_busyBar->hide();
    m_ui->statusBar->addWidget(m_demoLabel);
    m_ui->statusBar->addWidget(m_updatedLabel, 1);
    m_ui->statusBar->addPermanentWidget(m_busyBar);
    m_ui->statusBar->addPermanentWidget(m_countLabel);

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
}

void MainWindow::setUpSessionActions()
{
    m_actions = new SessionActions(m_context.client(), m_context.book(), m_context.monitor(), this);
    if (m_context.isDemo())
        m_actions->enableDemoScan(m_context.network());
    m_actions->attachToView(m_ui->sessionsTableView);
    m_ui->sessionMenu->insertActions(m_ui->refreshAction, m_actions->actions());
    m_threshold = new SilenceThresholdAction(m_context, this);
    m_ui->sessionMenu->insertAction(m_ui->refreshAction, m_threshold->action());
    connect(this, &MainWindow::selectedSessionChanged, m_threshold, &SilenceThresholdAction::setCurrentSession);
    m_ui->sessionMenu->insertSeparator(m_ui->refreshAction);
    m_ui->mainToolBar->insertActions(m_ui->refreshAction, m_actions->actions());
    m_ui->mainToolBar->insertSeparator(m_ui->refreshAction);
    connect(m_actions, &SessionActions::message, this,
            [this](const QString& text) { m_ui->statusBar->showMessage(text, 10000); });
}

void MainWindow::setUpTray()
{
    m_tray = new TrayNotifier(m_context.book(), this);
    m_tray->watch(m_context.monitor());
    connect(m_tray, &TrayNotifier::reconnectRequested, m_actions, &SessionActions::reconnect);
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
    m_model->setActivityNote(m_context.activityNote());
    if (!m_context.isConfigured()) {
        m_ui->errorBanner->hide();
        m_model->setStale(false);
    }
    updateTitle();
    updateView();
    m_refresher->refreshNow();
}

void MainWindow::onRefreshFinished(const gateway::Result& result)
{
    const auto& monitor = m_context.monitor();
    if (result.ok) {
        m_ui->errorBanner->hide();
        m_model->setStale(false);
    } else if (result.kind != gateway::ErrorKind::Cancelled) {
        // Restore our own state first (busy bar, buttons: RefreshController), then say what failed.
        m_ui->errorBanner->setSettingsVisible(fixedInSettings(result.kind));
        m_ui->errorBanner->showMessage(result.message);
        m_model->setStale(monitor.isStale());
    }
    m_model->setActivityNote(m_context.activityNote());
    updateView();
}

void MainWindow::updateView()
{
    using State = EmptyStateWidget::State;
    const auto& monitor = m_context.monitor();
    QWidget* page = m_ui->emptyStateWidget;
    if (!m_context.hasResolved()) {
        m_ui->emptyStateWidget->setState(State::Loading);
    } else if (!m_context.isConfigured()) {
        m_ui->emptyStateWidget->setState(State::NotConfigured);
    } else if (m_context.book().size() > 0) {
        page = m_ui->tablePage;
    } else if (monitor.hasListing()) {
        m_ui->emptyStateWidget->setState(State::NoSessions);
    } else if (monitor.isRefreshing() || monitor.lastResult().kind == gateway::ErrorKind::None ||
               monitor.lastResult().kind == gateway::ErrorKind::Cancelled) {
        m_ui->emptyStateWidget->setState(State::Loading);
    } else {
        m_ui->emptyStateWidget->setState(State::LoadFailed);
    }
    m_ui->contentStackedWidget->setCurrentWidget(page);
    m_ui->filterLineEdit->setVisible(page == m_ui->tablePage);
    m_ui->onlyUnhealthyCheckBox->setVisible(page == m_ui->tablePage);
    updateCount();
}

void MainWindow::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0)
        m_countLabel->clear();
    else if (shown == total)
        m_countLabel->setText(total == 1 ? tr("%n session", nullptr, total) : tr("%n sessions", nullptr, total));
    else
        m_countLabel->setText(
            (total == 1 ? tr("%1 of %n session shown", nullptr, total) : tr("%1 of %n sessions shown", nullptr, total))
                .arg(shown));
}

void MainWindow::updateTitle()
{
    // The platform appends the application's display name ("Demo — Pixel Hub Sessions"), except to
    // a title that is the name itself: so no name in the demo's title.
    setWindowTitle(m_context.isDemo() ? tr("Demo (simulated gateway)") : tr("Pixel Hub Sessions"));
}

void MainWindow::saveState()
{
    m_context.profile().setWindowGeometry(saveGeometry());
    m_context.profile().setTableState(m_ui->sessionsTableView->horizontalHeader()->saveState());
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
