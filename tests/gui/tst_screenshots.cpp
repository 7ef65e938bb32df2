// Screenshot QA suite: drives the real app through its states against the in-process simulator
// and writes one PNG per state, with a fixed window size, the Fusion style and DejaVu fonts (from
// Debian's fonts-dejavu-core) so the pictures are reproducible. Run once per language:
//   PHS_SCREENSHOT_LANG=pt_BR PHS_SCREENSHOT_DIR=/tmp/shots ./tst_screenshots
// ctest runs it for en and pt_BR (label "screenshots"); the PNGs land in
// <build>/test-output/screenshots-qa/<lang>/ unless PHS_SCREENSHOT_DIR says otherwise.
#include "FiveDialects.h"
#include "GuiTestSupport.h"

#include "AppStyle.h"
#include "BulkActions.h"
#include "DeleteSessionDialog.h"
#include "EmptyStateWidget.h"
#include "ErrorBanner.h"
#include "GatewayTables.h"
#include "HealthCheckController.h"
#include "HelpDialog.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "NewSessionDialog.h"
#include "QrDialog.h"
#include "RefreshController.h"
#include "SessionActions.h"
#include "SessionQueueDialog.h"
#include "SessionTableModel.h"
#include "SettingsDialog.h"
#include "TimelineBand.h"
#include "TrayNotifier.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"
#include "settings/Translations.h"
#include "sim/GatewaySimulator.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>

namespace {

QJsonObject session(const char* id, const char* phase, const char* rawStatus = nullptr, const char* name = nullptr)
{
    QJsonObject o{{"id", QString::fromLatin1(id)}, {"phase", QString::fromLatin1(phase)}, {"token", true}};
    if (rawStatus)
        o.insert("rawStatus", QString::fromLatin1(rawStatus));
    if (name)
        o.insert("name", QString::fromUtf8(name));
    return o;
}

// Every status of the design's table, a zombie, a quiet session and an unknown gateway word.
QJsonObject everyStatus()
{
    const QJsonArray sessions{
        session("pixel12digital", "connected", nullptr, "Pixel12 Digital"),
        session("suporte", "zombie"),
        session("vendas", "disconnected"),
        session("imobsites", "qr", nullptr, "ImobSites"),
        session("marketing", "connected", "OPENING"),
        session("cobranca", "connected", "conflict"),
        session("financeiro", "not_started"),
    };
    return QJsonObject{{"qrAfterPolls", 1000}, {"qrRotateSeconds", 20}, {"sessions", sessions}};
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

    QString m_lang;
    QString m_dir;
    QTemporaryDir m_tmp;
    int m_index = 0;
    int m_dbCount = 0;

    void shot(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QString path =
            QStringLiteral("%1/%2-%3.png").arg(m_dir).arg(++m_index, 2, 10, QLatin1Char('0')).arg(name);
        QVERIFY2(widget->grab().toImage().save(path), qPrintable(path));
    }

    // The window with the tooltip of column in the first row of gateway (empty: any) whose tooltip
    // says `said`, the tooltip drawn where it shows.
    void tooltipShot(ui::MainWindow* window, const QString& gateway, int column, const QString& said,
                     const QString& name)
    {
        QTableView* view = window->sessionsView();
        QModelIndex cell;
        for (int row = 0; row < view->model()->rowCount() && !cell.isValid(); ++row) {
            const QModelIndex i = view->model()->index(row, column);
            if ((gateway.isEmpty() || i.data(ui::SessionTableModel::GatewayRole).toString() == gateway) &&
                i.data(Qt::ToolTipRole).toString().contains(said))
                cell = i;
        }
        QVERIFY2(cell.isValid(), qPrintable(gateway + u": " + said));
        view->scrollTo(cell);
        // The picture has no pointer: the selected row shows whose tooltip it is.
        view->selectRow(cell.row());
        const QPoint local = view->visualRect(cell).center();
        QHelpEvent help(QEvent::ToolTip, local, view->viewport()->mapToGlobal(local));
        QCoreApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), cell.data(Qt::ToolTipRole).toString());
        QWidget* tip = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w->inherits("QTipLabel"))
                tip = w;
        }
        QVERIFY(tip);
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QPixmap picture = window->grab();
        {
            QPainter painter(&picture);
            painter.drawPixmap(tip->mapToGlobal(QPoint()) - window->mapToGlobal(QPoint()), tip->grab());
        }
        QToolTip::hideText();
        view->clearSelection();
        const QString path =
            QStringLiteral("%1/%2-%3.png").arg(m_dir).arg(++m_index, 2, 10, QLatin1Char('0')).arg(name);
        QVERIFY2(picture.toImage().save(path), qPrintable(path));
    }

    struct App
    {
        sim::GatewaySimulator gateway;
        std::unique_ptr<ui::AppContext> context;
        std::unique_ptr<ui::MainWindow> window;
    };

    std::unique_ptr<App> start(const QJsonObject& scenario, const QString& dsn = {}, bool configured = true,
                               const QString& dialect = {})
    {
        auto app = std::make_unique<App>();
        app->gateway.setSecret(guitest::Secret);
        if ((!dialect.isEmpty() && !app->gateway.setDialect(dialect)) || !app->gateway.loadScenario(scenario) ||
            !app->gateway.listen())
            return nullptr;
        ui::AppContext::Options options = guitest::options(m_tmp, configured ? app->gateway.baseUrl() : QUrl(), dsn);
        if (!dialect.isEmpty())
            options.overrides.dialect = dialect;
        app->context = std::make_unique<ui::AppContext>(std::move(options));
        app->window = std::make_unique<ui::MainWindow>(*app->context);
        app->window->resize(guitest::WindowSize);
        app->window->show();
        app->context->reload();
        return app;
    }

    // An SQLite activity database the simulator fills: recent rows for connected sessions, only old
    // ones for the zombie.
    QString activityDb(sim::GatewaySimulator& gateway)
    {
        const QString path = m_tmp.filePath(QStringLiteral("activity-%1.db").arg(++m_dbCount));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        if (!db.open() || !gateway.attachActivityDatabase(path, 0))
            return {};
        return QStringLiteral("sqlite://") + path;
    }

private slots:
    void initTestCase()
    {
        guitest::isolate();
        // No keychain service (keychainRefused), and never the tester's own.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/phs-test-bus");
        m_lang = qEnvironmentVariable("PHS_SCREENSHOT_LANG", QStringLiteral("en"));
        const QString root =
            qEnvironmentVariable("PHS_SCREENSHOT_DIR", QStringLiteral(PHS_TEST_OUTPUT_DIR "/screenshots-qa"));
        m_dir = root + QLatin1Char('/') + m_lang;
        QVERIFY(QDir().mkpath(m_dir));
        QCOMPARE(settings::installTranslations(*qApp, m_lang), m_lang);
        ui::AppStyle::install(*qApp, QStringLiteral("Fusion")); // as the app does, over Fusion for reproducibility
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(9);
        QApplication::setFont(font);
        QVERIFY2(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")), "install fonts-dejavu-core");
    }

    void sessionsWithEveryStatus()
    {
        auto app = std::make_unique<App>();
        app->gateway.setSecret(guitest::Secret);
        QVERIFY(app->gateway.loadScenario(everyStatus()));
        QVERIFY(app->gateway.listen());
        const QString dsn = activityDb(app->gateway);
        QVERIFY(!dsn.isEmpty());
        app->context = std::make_unique<ui::AppContext>(guitest::options(m_tmp, app->gateway.baseUrl(), dsn));
        app->window = std::make_unique<ui::MainWindow>(*app->context);
        app->window->resize(guitest::WindowSize);
        app->window->show();
        app->context->reload();
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 7);
        QTRY_VERIFY(!app->context->monitor().activityPending());
        QTest::qWait(200);
        shot(app->window.get(), QStringLiteral("sessions-every-status"));

        // The zombie row selected, as a support person would look at it.
        QTableView* view = app->window->sessionsView();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(ui::SessionTableModel::IdRole).toString() == "suporte")
                view->selectRow(row);
        }
        shot(app->window.get(), QStringLiteral("zombie-row-selected"));

        // Sessions menu (also the context menu) with the zombie selected.
        app->window->sessionMenu()->popup(app->window->mapToGlobal(QPoint(40, 40)));
        QTest::qWait(100);
        shot(app->window->sessionMenu(), QStringLiteral("session-menu"));
        app->window->sessionMenu()->hide();

        // The tray's menu: the real tray where the desktop has one; here the same menu, as built.
        if (QMenu* menu = app->window->trayNotifier()->menu()) {
            menu->popup(QPoint(0, 0));
            QTest::qWait(100);
            shot(menu, QStringLiteral("tray-menu"));
            menu->hide();
        }
    }

    void databaseUnknown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString dsn = QStringLiteral("mysql://phs@127.0.0.1:%1/pixelhub").arg(probe.serverPort());
        probe.close();
        auto app = start(everyStatus(), dsn);
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 7);
        QTRY_VERIFY_WITH_TIMEOUT(!app->context->monitor().activityPending(), 20000);
        shot(app->window.get(), QStringLiteral("activity-database-unreachable"));
    }

    void gatewayErrorBanner()
    {
        auto app = start(everyStatus());
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 7);
        app->gateway.setFault(sim::FaultSpec{sim::FaultKind::Html504, QStringLiteral("/api/channels"), -1, 0, {}});
        app->window->refresh();
        QTRY_VERIFY(app->window->errorBanner()->isVisible());
        shot(app->window.get(), QStringLiteral("gateway-error-504"));
        app->gateway.setFault(sim::FaultSpec{sim::FaultKind::Json401, QStringLiteral("/api/channels"), -1, 0, {}});
        app->window->refresh();
        QTest::qWait(300);
        shot(app->window.get(), QStringLiteral("gateway-error-secret-refused"));
        // The gateway's own words (English, developer text) only behind Details.
        app->gateway.setFault(sim::FaultSpec{sim::FaultKind::Json500, QStringLiteral("/api/channels"), -1, 0, {}});
        app->window->refresh();
        QTRY_VERIFY(app->window->errorBanner()->details().size() > 0);
        shot(app->window.get(), QStringLiteral("gateway-error-details-closed"));
        app->window->errorBanner()->findChild<QToolButton*>(QStringLiteral("detailsToolButton"))->click();
        shot(app->window.get(), QStringLiteral("gateway-error-details-open"));
    }

    // A secret the keychain refused: Settings has closed; the window says it once, the keychain
    // service's words behind Details.
    void keychainRefused()
    {
        auto app = start(everyStatus());
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 7);
        app->context->secrets().write(QStringLiteral("screenshot-probe"), QStringLiteral("not-a-real-secret"));
        auto* banner = app->window->findChild<ui::ErrorBanner*>(QStringLiteral("keychainBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        banner->findChild<QToolButton*>(QStringLiteral("detailsToolButton"))->click();
        shot(app->window.get(), QStringLiteral("keychain-refused-details"));
    }

    void emptyStates()
    {
        auto unconfigured = start(everyStatus(), {}, false);
        QVERIFY(unconfigured);
        QTest::qWait(200);
        shot(unconfigured->window.get(), QStringLiteral("empty-no-gateway-configured"));
        unconfigured.reset();

        auto failed = start(everyStatus());
        QVERIFY(failed);
        failed->gateway.setFault(sim::FaultSpec{sim::FaultKind::Html504, QStringLiteral("/api/channels"), -1, 0, {}});
        failed->window->refresh(); // the first listing may already be under way: this one fails too
        QTRY_VERIFY_WITH_TIMEOUT(failed->window->emptyState()->isVisible() &&
                                     failed->window->emptyState()->state() == ui::EmptyStateWidget::State::LoadFailed,
                                 15000);
        QTest::qWait(200);
        shot(failed->window.get(), QStringLiteral("empty-could-not-load"));
        failed.reset();

        auto none = start(QJsonObject{{"sessions", QJsonArray{}}});
        QVERIFY(none);
        QTRY_VERIFY(none->context->monitor().hasListing());
        QTest::qWait(200);
        shot(none->window.get(), QStringLiteral("empty-gateway-has-no-sessions"));
    }

    void filterWithoutMatch()
    {
        auto app = start(everyStatus());
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 7);
        app->window->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"))->setText(QStringLiteral("xyz"));
        QTest::qWait(100);
        shot(app->window.get(), QStringLiteral("filter-no-match"));
    }

    void fixUnhealthyAndBulk()
    {
        auto app = start(everyStatus());
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 7);
        app->context->profile().setBulkActionGap(std::chrono::seconds(0));
        app->window->healthCheck()->checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(app->window->healthCheck()->fixDialog(), 15000);
        QPointer<ui::SessionQueueDialog> fix = app->window->healthCheck()->fixDialog();
        QTest::qWait(100);
        shot(fix, QStringLiteral("fix-unhealthy-list"));
        fix->start();
        QTRY_VERIFY_WITH_TIMEOUT(fix->currentQr(), 10000);
        QTest::qWait(300);
        shot(fix, QStringLiteral("fix-unhealthy-running"));
        fix->stop();
        fix->currentQr()->reject();
        QTRY_VERIFY(!fix->isRunning());
        shot(fix, QStringLiteral("fix-unhealthy-stopped-summary"));
        fix->reject();

        // Several rows selected: Sessions › Reconnect selected sessions.
        QTableView* view = app->window->sessionsView();
        view->selectRow(0);
        view->selectionModel()->select(view->model()->index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(3, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        shot(app->window.get(), QStringLiteral("bulk-rows-selected"));
        app->window->sessionMenu()->popup(app->window->mapToGlobal(QPoint(40, 40)));
        QTest::qWait(100);
        shot(app->window->sessionMenu(), QStringLiteral("session-menu-bulk"));
        app->window->sessionMenu()->hide();
    }

    void helpAndGuide()
    {
        auto app = start(everyStatus());
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 7);
        auto* guide = app->window->findChild<QAction*>(QStringLiteral("guideAction"));
        QVERIFY(guide);
        guide->trigger();
        QTRY_VERIFY(app->window->findChild<ui::HelpDialog*>());
        ui::HelpDialog* help = app->window->findChild<ui::HelpDialog*>();
        QTest::qWait(100);
        shot(help, QStringLiteral("help-guide"));
        help->findChild<QTabWidget*>(QStringLiteral("helpTabWidget"))->setCurrentIndex(1);
        QTest::qWait(50);
        shot(help, QStringLiteral("help-shortcuts"));
        help->close();
    }

    void settingsDialog()
    {
        auto app = start(everyStatus());
        QVERIFY(app);
        app->window->openSettings();
        QTRY_VERIFY(app->window->settingsDialog());
        ui::SettingsDialog* dialog = app->window->settingsDialog();
        dialog->findChild<QLineEdit*>(QStringLiteral("gatewayUrlLineEdit"))
            ->setText(QStringLiteral("https://wpp.pixel12digital.com.br:8443"));
        shot(dialog, QStringLiteral("settings"));
        dialog->findChild<QLineEdit*>(QStringLiteral("gatewayUrlLineEdit"))
            ->setText(QStringLiteral("http://192.168.0.10:3000"));
        shot(dialog, QStringLiteral("settings-http-warning"));
        auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(dialog->findChild<QWidget*>(QStringLiteral("activityTab")));
        dialog->findChild<QLineEdit*>(QStringLiteral("activityDsnLineEdit"))
            ->setText(QStringLiteral("mysql://pixelhub@db.interno:3306/pixelhub"));
        shot(dialog, QStringLiteral("settings-activity-database"));
        tabs->setCurrentWidget(dialog->findChild<QWidget*>(QStringLiteral("historyTab")));
        dialog->findChild<QLineEdit*>(QStringLiteral("historyDsnLineEdit"))
            ->setText(QStringLiteral("postgresql://pixelhub@db.interno:5432/historico"));
        shot(dialog, QStringLiteral("settings-history"));
        dialog->close();
    }

    // The demo: its note says the gateways are simulated and its settings go with it; the demo's
    // 30 s refresh reads "30 s".
    void settingsInDemo()
    {
        sim::GatewaySimulator gateway;
        gateway.setSecret(guitest::Secret);
        QVERIFY(gateway.loadScenario(everyStatus()) && gateway.listen());
        auto options = guitest::options(m_tmp, gateway.baseUrl());
        options.demo = true;
        options.profile->setRefreshInterval(std::chrono::seconds(30));
        ui::AppContext context(std::move(options));
        context.reload();
        QTRY_VERIFY(context.hasResolved());
        ui::SettingsDialog dialog(context);
        dialog.show();
        shot(&dialog, QStringLiteral("settings-demo"));
    }

    void newSession()
    {
        auto app = start(everyStatus());
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 7);
        QPointer<ui::NewSessionDialog> dialog = app->window->sessionActions()->newSession();
        QVERIFY(dialog);
        auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("idLineEdit"));
        id->setText(QStringLiteral("suporte 2"));
        shot(dialog, QStringLiteral("new-session-invalid"));
        id->setText(QStringLiteral("atendimento"));
        shot(dialog, QStringLiteral("new-session-valid"));
        dialog->close();
    }

    void qrDialogs()
    {
        auto app = start(everyStatus());
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 7);

        // Waiting: the gateway has not made the QR yet (start-session, then INITIALIZING polls).
        QPointer<ui::QrDialog> waiting = app->window->sessionActions()->reconnect(QStringLiteral("financeiro"));
        QVERIFY(waiting);
        QTest::qWait(1500);
        shot(waiting, QStringLiteral("qr-waiting"));
        waiting->close();

        // The QR, with its countdown.
        QPointer<ui::QrDialog> shown = app->window->sessionActions()->reconnect(QStringLiteral("imobsites"));
        QVERIFY(shown);
        QTRY_VERIFY_WITH_TIMEOUT(shown->findChild<QLabel*>(QStringLiteral("countdownLabel")) &&
                                     !shown->findChild<QLabel*>(QStringLiteral("countdownLabel"))->text().isEmpty(),
                                 10000);
        QTest::qWait(1100);
        shot(shown, QStringLiteral("qr-shown-countdown"));
        shown->close();
        QTRY_VERIFY(shown.isNull()); // gone, so the next Reconnect opens a new dialog

        // The demo's QR dialog: "Simulate scan" beside the code.
        app->window->sessionActions()->setScanSimulator([&app](const QString& id) { app->gateway.scan(id); });
        QPointer<ui::QrDialog> demo = app->window->sessionActions()->reconnect(QStringLiteral("imobsites"));
        QVERIFY(demo);
        QTRY_VERIFY_WITH_TIMEOUT(
            demo && demo->findChild<QPushButton*>(QStringLiteral("simulateScanPushButton")) &&
                demo->findChild<QPushButton*>(QStringLiteral("simulateScanPushButton"))->isVisible(),
            10000);
        shot(demo, QStringLiteral("qr-demo-simulate-scan"));
        demo->findChild<QPushButton*>(QStringLiteral("simulateScanPushButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(demo.isNull(), 10000); // connected: the dialog closes itself
        app->window->sessionActions()->setScanSimulator({});

        // Closing the QR of a session just created offers to remove it.
        QPointer<ui::QrDialog> created = app->window->sessionActions()->createSession(QStringLiteral("atendimento"));
        QVERIFY(created);
        // This scenario makes QR codes late: the session exists, waiting for its first code.
        QTRY_VERIFY_WITH_TIMEOUT(app->gateway.sessionIds().contains(QStringLiteral("atendimento")), 10000);
        QTest::qWait(800);
        created->reject();
        QTRY_COMPARE(
            created->findChild<QStackedWidget*>(QStringLiteral("pageStackedWidget"))->currentWidget()->objectName(),
            QStringLiteral("confirmPage"));
        shot(created, QStringLiteral("qr-remove-new-session"));
        created->reject(); // asked once: the second close keeps the session

        // A zombie: the gateway still says connected, so the dialog asks before recreating.
        QPointer<ui::QrDialog> zombie = app->window->sessionActions()->reconnect(QStringLiteral("suporte"));
        QVERIFY(zombie);
        QTest::qWait(1500);
        shot(zombie, QStringLiteral("qr-confirm-recreate"));
        zombie->close();

        // The gateway fails the QR request: the progress line says so for the agent, and the
        // gateway's own words wait behind Details (issue 14 #2).
        app->gateway.setFault(
            sim::FaultSpec{sim::FaultKind::Json500, QStringLiteral("/api/channels/financeiro/qr"), -1, 0, {}});
        QPointer<ui::QrDialog> failing = app->window->sessionActions()->reconnect(QStringLiteral("financeiro"));
        QVERIFY(failing);
        QTRY_VERIFY_WITH_TIMEOUT(failing->findChild<QWidget*>(QStringLiteral("qrDetails"))->isVisible(), 10000);
        failing->findChild<QWidget*>(QStringLiteral("qrDetails"))
            ->findChild<QToolButton*>(QStringLiteral("detailsToolButton"))
            ->click();
        shot(failing, QStringLiteral("qr-gateway-error-details"));
        failing->close();
        app->gateway.clearFaults();
    }

    void deleteConfirmation()
    {
        auto app = start(everyStatus());
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 7);
        QPointer<ui::DeleteSessionDialog> dialog =
            app->window->sessionActions()->deleteSession(QStringLiteral("vendas"));
        QVERIFY(dialog);
        auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"));
        confirm->setText(QStringLiteral("venda"));
        shot(dialog, QStringLiteral("delete-typing"));
        confirm->setText(QStringLiteral("vendas"));
        shot(dialog, QStringLiteral("delete-confirmed-id"));
        dialog->close();
        QVERIFY(app->gateway.sessionIds().contains(QStringLiteral("vendas"))); // nothing deleted
    }

    // Issue 12 over a WAHA gateway: the Phone number column, the session menu with Restart and
    // Log out, and the logout confirmation.
    void wahaAccountAndLinkActions()
    {
        QJsonObject vendas = session("vendas", "connected", nullptr, "Loja Centro");
        vendas.insert("phone", "5547999991234");
        QJsonObject suporte = session("suporte", "connected", nullptr, "Suporte");
        suporte.insert("phone", "14155550100");
        const QJsonArray sessions{vendas, suporte, session("financeiro", "disconnected")};
        auto app = start(QJsonObject{{"sessions", sessions}}, {}, true, QStringLiteral("waha"));
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 3);
        QTRY_VERIFY(!app->window->refresher()->isRefreshing());
        QTableView* view = app->window->sessionsView();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(ui::SessionTableModel::IdRole).toString() == "vendas")
                view->selectRow(row);
        }
        shot(app->window.get(), QStringLiteral("account-column"));

        app->window->sessionMenu()->popup(app->window->mapToGlobal(QPoint(40, 40)));
        QTest::qWait(100);
        shot(app->window->sessionMenu(), QStringLiteral("session-menu-restart-logout"));
        app->window->sessionMenu()->hide();

        QPointer<QMessageBox> box = app->window->sessionActions()->logoutSession(QStringLiteral("vendas"));
        QVERIFY(box);
        shot(box, QStringLiteral("logout-confirmation"));
        box->reject();
    }

    // Issue 12: Link with phone number instead, in the QR dialog of a WAHA session: the link under
    // the QR, the number asked (and refused), the code with the steps and the time left.
    void pairingCodeDialog()
    {
        auto app = start(QJsonObject{{"qrAfterPolls", 1},
                                     {"qrRotateSeconds", 20},
                                     {"sessions", QJsonArray{session("imobsites", "qr")}}},
                         {}, true, QStringLiteral("waha"));
        QVERIFY(app);
        QTRY_COMPARE(app->window->sessionModel()->rowCount(), 1);
        QPointer<ui::QrDialog> dialog = app->window->sessionActions()->reconnect(QStringLiteral("imobsites"));
        QVERIFY(dialog);
        const auto page = [&dialog] {
            return dialog->findChild<QStackedWidget*>(QStringLiteral("pageStackedWidget"))
                ->currentWidget()
                ->objectName();
        };
        QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("qrPage"), 10000);
        auto* link = dialog->findChild<QPushButton*>(QStringLiteral("pairingLinkPushButton"));
        QVERIFY(link && link->isVisible());
        QTest::qWait(1100);
        shot(dialog, QStringLiteral("qr-link-with-phone-number"));

        link->click();
        QCOMPARE(page(), QStringLiteral("pairingPage"));
        auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"));
        QVERIFY(phone);
        shot(dialog, QStringLiteral("pairing-phone-number"));
        QTest::keyClicks(phone, QStringLiteral("47 9999"));
        dialog->findChild<QPushButton*>(QStringLiteral("getCodePushButton"))->click();
        shot(dialog, QStringLiteral("pairing-phone-number-invalid"));
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("+55 47 99999-0003"));
        dialog->findChild<QPushButton*>(QStringLiteral("getCodePushButton"))->click();
        auto* code = dialog->findChild<QLabel*>(QStringLiteral("pairingCodeLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), 10000);
        QTest::qWait(1100);
        shot(dialog, QStringLiteral("pairing-code"));

        // The gateway refuses the next code: Try again, another number, or back to the QR code.
        app->gateway.setFault({sim::FaultKind::RouteNotFound404, QStringLiteral("/api/imobsites/auth/request-code"), -1,
                               0, QStringLiteral("POST")});
        dialog->findChild<QPushButton*>(QStringLiteral("backToQrPushButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("qrPage"), 10000);
        link->click();
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("+55 47 99999-0004"));
        dialog->findChild<QPushButton*>(QStringLiteral("getCodePushButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("failedPage"), 15000);
        shot(dialog, QStringLiteral("pairing-code-failed"));
        dialog->close();
    }

    // Issue 12: the demo's window, one simulated gateway per dialect (in process here; --demo
    // starts them as child programs), in this run's language.
    void fiveDialectsWindow()
    {
        guitest::FiveDialects five;
        QVERIFY(five.start(m_tmp));
        ui::AppContext context(five.options(m_tmp));
        ui::MainWindow window(context);
        window.resize(guitest::WindowSize);
        window.show();
        context.reload();
        QTRY_COMPARE_WITH_TIMEOUT(context.runtime().gateways().size(), qsizetype(5), 10000);
        for (const QString& dialect : DemoLauncher::demoDialects()) {
            const int rows = dialect == QLatin1String("whapi") ? 1 : 5; // a Whapi profile is one channel
            QTRY_VERIFY2_WITH_TIMEOUT(window.tables()->modelOf(dialect) &&
                                          window.tables()->modelOf(dialect)->rowCount() >= rows,
                                      qPrintable(dialect), 15000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(context.runtime().gateway(QStringLiteral("pixelhub"))->monitor().activity().state ==
                                     activity::ActivitySnapshot::State::Ok,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.refresher()->isRefreshing(), 10000);
        // A window that has watched for hours: every gateway's rows say since when (the history
        // of each gateway answers, not only the first one's).
        QVERIFY(five.seedHistory(context.runtime()));
        QVERIFY(window.refresher()->refreshNow());
        const auto unknownSince = [&window] {
            QStringList unknown;
            for (const QString& dialect : DemoLauncher::demoDialects()) {
                const ui::SessionTableModel* model = window.tables()->modelOf(dialect);
                for (int row = 0; row < model->rowCount(); ++row) {
                    if (model->index(row, ui::SessionTableModel::StatusSince).data().toString() == u"—")
                        unknown << dialect + u'/' + model->index(row, ui::SessionTableModel::Session).data().toString();
                }
            }
            return unknown.join(u", ");
        };
        QTRY_COMPARE_WITH_TIMEOUT(unknownSince(), QString(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.refresher()->isRefreshing(), 10000);
        QTest::qWait(200);
        shot(&window, QStringLiteral("five-dialects"));
        // Where a last activity comes from, in its tooltip: here from the activity database.
        tooltipShot(&window, QStringLiteral("pixelhub"), ui::SessionTableModel::LastActivity,
                    QCoreApplication::translate("ui::SessionTableModel", "from the activity database"),
                    QStringLiteral("last-activity-from-activity-database"));

        // Issue 14: bulk Restart and Log out over three dialects; Pixel Hub can do neither.
        context.profile().setBulkActionGap(std::chrono::seconds(0));
        QTableView* view = window.sessionsView();
        QStringList picked;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            const QString gateway = index.data(ui::SessionTableModel::GatewayRole).toString();
            if (picked.contains(gateway) ||
                !QStringList{QStringLiteral("waha"), QStringLiteral("evolution"), QStringLiteral("pixelhub")}.contains(
                    gateway))
                continue;
            picked << gateway;
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(picked.size(), 3);
        auto* bulk = window.findChild<ui::BulkActions*>();
        QVERIFY(bulk && bulk->restartAction()->isEnabled());
        QPointer<ui::SessionQueueDialog> queue = bulk->restartSelected();
        QVERIFY(queue);
        QTest::qWait(100);
        shot(queue, QStringLiteral("bulk-restart-list"));
        queue->start();
        QTRY_VERIFY_WITH_TIMEOUT(!queue->isRunning(), 15000);
        shot(queue, QStringLiteral("bulk-restart-summary"));
        queue->reject();
        QTRY_VERIFY(queue.isNull());
        QPointer<QMessageBox> box = bulk->logoutSelected();
        QVERIFY(box);
        QTest::qWait(100);
        shot(box, QStringLiteral("bulk-logout-confirmation"));
        box->reject();
        QTRY_VERIFY(box.isNull());
    }

    // A WAHA gateway and no activity database: the last activity is the gateway's, and its tooltip
    // says so.
    void lastActivityFromTheGateway()
    {
        const QJsonObject vendas{{"id", "vendas"}, {"name", "Vendas"}, {"phase", "connected"}, {"token", true}};
        auto app = start(QJsonObject{{"sessions", QJsonArray{vendas}}}, {}, true, QStringLiteral("waha"));
        QVERIFY(app);
        QVERIFY(
            app->gateway.setLastInbound(QStringLiteral("vendas"), QDateTime::currentDateTimeUtc().addSecs(-20 * 60)));
        QTRY_VERIFY_WITH_TIMEOUT(app->context->runtime().gateways().size() == 1, 10000);
        // Asked at once, not spread over half the refresh interval.
        app->context->runtime().gateways().first()->monitor().setGatewayActivitySpread(std::chrono::milliseconds(0));
        QTRY_VERIFY_WITH_TIMEOUT(
            app->window->sessionsView()->model()->rowCount() == 1 && !app->window->refresher()->isRefreshing(), 10000);
        const QString said = QCoreApplication::translate("ui::SessionTableModel", "from the gateway");
        QTRY_VERIFY_WITH_TIMEOUT(app->window->sessionsView()->model()->rowCount() == 1 &&
                                     app->window->sessionsView()
                                         ->model()
                                         ->index(0, ui::SessionTableModel::LastActivity)
                                         .data(Qt::ToolTipRole)
                                         .toString()
                                         .contains(said),
                                 15000);
        tooltipShot(app->window.get(), QString(), ui::SessionTableModel::LastActivity, said,
                    QStringLiteral("last-activity-from-gateway"));
    }

    // The gateway's own reason, first in the Status tooltip: a WAHA session that WAHA gave up on.
    void gatewayReasonInTheStatusTooltip()
    {
        const QJsonArray sessions{session("vendas", "connected", nullptr, "Vendas"),
                                  session("suporte", "disconnected", "FAILED", "Suporte")};
        auto app = start(QJsonObject{{"sessions", sessions}}, {}, true, QStringLiteral("waha"));
        QVERIFY(app);
        QTRY_COMPARE_WITH_TIMEOUT(app->window->sessionModel()->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!app->window->refresher()->isRefreshing(), 10000);
        tooltipShot(app->window.get(), QString(), ui::SessionTableModel::Status,
                    QCoreApplication::translate("Dialect", "WAHA gave up on this session: restart it; if that does "
                                                           "not help, log it out and link it again."),
                    QStringLiteral("status-tooltip-gateway-reason"));
    }

    // The History dialog of a session that flapped this week: a drop, a QR wait, a zombie stretch
    // (hatched), a relink; at 24 h and 7 days, and the band alone at twice the pixel density.
    void historyTimeline()
    {
        using history::Event;
        using sessions::Status;
        constexpr qint64 H = 3600LL * 1000;
        const qint64 now = QDateTime(QDate(2026, 3, 5), QTime(14, 3)).toMSecsSinceEpoch();
        QList<Event> events;
        const auto change = [&](qint64 ago, std::optional<Status> from, bool fromZombie, Status to, bool toZombie,
                                const char* raw) {
            Event e;
            e.id = Event::newId();
            e.atMs = now - ago;
            e.gateway = QStringLiteral("pixelhub");
            e.session = QStringLiteral("vendas");
            e.from = from;
            e.fromZombie = fromZombie;
            e.to = to;
            e.toZombie = toZombie;
            e.gatewayStatus = QString::fromLatin1(raw);
            events << e;
        };
        const auto action = [&](qint64 ago, const char* name, const QString& result) {
            Event e;
            e.id = Event::newId();
            e.kind = Event::Kind::Action;
            e.atMs = now - ago;
            e.gateway = QStringLiteral("pixelhub");
            e.session = QStringLiteral("vendas");
            e.action = QString::fromLatin1(name);
            e.actor = QStringLiteral("ana@suporte-3");
            e.result = result;
            events << e;
        };
        change(160 * H, std::nullopt, false, Status::Connected, false, "CONNECTED");
        change(120 * H, Status::Connected, false, Status::Disconnected, false, "DISCONNECTED");
        change(118 * H, Status::Disconnected, false, Status::QrPending, false, "QRCODE");
        action(117 * H + H / 2, "reconnect", Event::okResult());
        change(117 * H + H / 2, Status::QrPending, false, Status::Connected, false, "CONNECTED");
        action(72 * H, "threshold", Event::okResult());
        change(50 * H, Status::Connected, false, Status::Connected, true, "CONNECTED");
        change(40 * H, Status::Connected, true, Status::Connected, false, "CONNECTED");
        change(20 * H, Status::Connected, false, Status::Disconnected, false, "DISCONNECTED");
        action(19 * H, "reconnect", QStringLiteral("The gateway did not answer in time."));
        change(18 * H + H / 2, Status::Disconnected, false, Status::QrPending, false, "QRCODE");
        action(18 * H, "reconnect", Event::okResult());
        change(18 * H, Status::QrPending, false, Status::Connected, false, "CONNECTED");
        change(6 * H, Status::Connected, false, Status::Connected, true, "CONNECTED");
        change(4 * H, Status::Connected, true, Status::Connected, false, "CONNECTED");
        history::SessionState state;
        state.status = Status::Connected;
        state.sinceMs = now - 18 * H;
        state.zombieSinceMs = now - 4 * H;

        ui::HistoryDialog dialog(QStringLiteral("pixelhub"), QStringLiteral("vendas"));
        dialog.setHistory(events, state, now);
        dialog.resize(900, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The last day: the drop 20 h ago, the zombie stretch 6 h ago; its 7 entries listed.
        QCOMPARE(dialog.band()->segments().size(), 6);
        QCOMPARE(dialog.list()->topLevelItemCount(), 7);
        shot(&dialog, QStringLiteral("history-24h"));
        dialog.setWeek(true);
        QCOMPARE(dialog.list()->topLevelItemCount(), int(events.size()));
        shot(&dialog, QStringLiteral("history-7d"));

        ui::TimelineBand* band = dialog.band();
        QPixmap crisp(band->size() * 2);
        crisp.setDevicePixelRatio(2);
        crisp.fill(Qt::white);
        band->render(&crisp);
        const QString path =
            QStringLiteral("%1/%2-history-band-2x.png").arg(m_dir).arg(++m_index, 2, 10, QLatin1Char('0'));
        QVERIFY2(crisp.toImage().save(path), qPrintable(path));
        dialog.close();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
