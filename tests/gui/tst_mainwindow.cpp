// A real MainWindow over an in-process GatewaySimulator: labels, filter, error banner and stale
// data, retry, empty states, and the Last activity column with and without an activity database.
#include "DemoLauncher.h"
#include "EmptyStateWidget.h"
#include "ErrorBanner.h"
#include "GatewaySimulator.h"
#include "GatewayTables.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RefreshController.h"
#include "SessionFilterProxyModel.h"
#include "SessionTableModel.h"
#include "SettingsDialog.h"
#include "gateway/GatewayClient.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTableView>

using ui::SessionTableModel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sim::GatewaySimulator m_sim;

    using Fixture = guitest::Window;

    Fixture open(const QUrl& url, const QString& dsn = {})
    {
        return guitest::openWindow(guitest::options(m_dir, url, dsn));
    }

    static QModelIndex cell(const ui::MainWindow& w, const QString& id, int column)
    {
        const SessionTableModel* model = w.sessionModel();
        const int row = model->rowOf(id);
        return row < 0 ? QModelIndex() : model->index(row, column);
    }

    static QString text(const ui::MainWindow& w, const QString& id, int column, int role = Qt::DisplayRole)
    {
        return cell(w, id, column).data(role).toString();
    }

    static bool loaded(const ui::MainWindow& w, int rows) { return guitest::loaded(w, rows); }

private slots:
    void initTestCase()
    {
        guitest::isolate();
        QVERIFY(m_dir.isValid());
        m_sim.setSecret(guitest::Secret);
        QVERIFY(m_sim.loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(m_sim.listen() != 0);
    }

    void init() { m_sim.clearFaults(); }

    void loadsSessionsWithLabels()
    {
        Fixture f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, 7), 10000); // "fantasma" is hidden from the listing
        QCOMPARE(w.sessionsView()->isVisible(), true);
        QCOMPARE(text(w, QStringLiteral("pixel12digital"), SessionTableModel::Status), QStringLiteral("Connected"));
        // A name that only spells the id differently is shown alone; the tooltip has the id.
        QCOMPARE(text(w, QStringLiteral("pixel12digital"), SessionTableModel::Session),
                 QStringLiteral("Pixel12 Digital"));
        QVERIFY(text(w, QStringLiteral("pixel12digital"), SessionTableModel::Session, Qt::ToolTipRole)
                    .contains(QStringLiteral("pixel12digital")));
        QCOMPARE(text(w, QStringLiteral("vendas"), SessionTableModel::Status), QStringLiteral("Disconnected"));
        QCOMPARE(text(w, QStringLiteral("imobsites"), SessionTableModel::Status),
                 QStringLiteral("Waiting for QR scan"));
        // No activity database: unknown, and the tooltip says why.
        QCOMPARE(text(w, QStringLiteral("pixel12digital"), SessionTableModel::LastActivity), QStringLiteral("Unknown"));
        QVERIFY(text(w, QStringLiteral("pixel12digital"), SessionTableModel::LastActivity, Qt::ToolTipRole)
                    .contains(QStringLiteral("No activity database")));
        auto* updated = w.findChild<QLabel*>(QStringLiteral("updatedLabel"));
        QVERIFY(updated);
        QTRY_VERIFY(updated->text().startsWith(QStringLiteral("Updated")));
        QVERIFY(!w.errorBanner()->isVisible());
        QVERIFY(!w.windowTitle().contains(QStringLiteral("Demo")));
        guitest::screenshot(&w, QStringLiteral("main-loaded"));

        // Selection survives a refresh (no reset).
        const QModelIndex vendas =
            w.proxyModel()->mapFromSource(w.tables()->mapFromSource(cell(w, QStringLiteral("vendas"), 0)));
        w.sessionsView()->selectionModel()->select(vendas,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(w.selectedSessionId(), QStringLiteral("vendas"));
        QSignalSpy reset(w.sessionModel(), &QAbstractItemModel::modelReset);
        QVERIFY(w.refresher()->refreshNow());
        QTRY_VERIFY(!w.refresher()->isRefreshing());
        QCOMPARE(w.selectedSessionId(), QStringLiteral("vendas"));
        QCOMPARE(reset.count(), 0);
        QVERIFY(w.sessionMenu());
        QVERIFY(w.mainToolBar());
    }

    void filterNarrowsTheList()
    {
        Fixture f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, 7), 10000);
        auto* filter = w.findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
        QVERIFY(filter);
        auto* filterAction = w.findChild<QAction*>(QStringLiteral("filterAction"));
        QVERIFY(filterAction);
        filterAction->trigger();
        QTest::keyClicks(filter, QStringLiteral("vend"));
        QCOMPARE(w.proxyModel()->rowCount(), 1);
        QCOMPARE(w.proxyModel()->index(0, 0).data(SessionTableModel::IdRole).toString(), QStringLiteral("vendas"));
        auto* count = w.findChild<QLabel*>(QStringLiteral("countLabel"));
        QCOMPARE(count->text(), QStringLiteral("1 of 7 sessions shown"));
        guitest::screenshot(&w, QStringLiteral("main-filtered"));
        filter->clear();
        QCOMPARE(w.proxyModel()->rowCount(), 7);
        auto* unhealthy = w.findChild<QCheckBox*>(QStringLiteral("onlyUnhealthyCheckBox"));
        unhealthy->setChecked(true);
        QVERIFY(w.proxyModel()->rowCount() < 7);
        QVERIFY(w.proxyModel()->rowCount() > 0);
    }

    void faultShowsBannerKeepsStaleRowsAndRetryRecovers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("html504") << int(sim::FaultKind::Html504) << QStringLiteral("main-error-504");
        QTest::newRow("json401") << int(sim::FaultKind::Json401) << QStringLiteral("main-error-401");
    }

    void faultShowsBannerKeepsStaleRowsAndRetryRecovers()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        Fixture f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, 7), 10000);

        m_sim.setFault({sim::FaultKind(kind), QStringLiteral("/api/channels"), -1, 0, {}});
        w.findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.errorBanner()->isVisible(), 10000);
        const QString message = f.context->monitor().lastResult().message;
        QVERIFY(!message.isEmpty());
        QCOMPARE(w.errorBanner()->message(), message);
        qInfo().noquote() << "banner:" << message;
        QCOMPARE(w.sessionModel()->rowCount(), 7); // the last good data stays
        QVERIFY(w.sessionModel()->isStale());
        QVERIFY(
            cell(w, QStringLiteral("vendas"), SessionTableModel::Status).data(SessionTableModel::StaleRole).toBool());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("updatedLabel"))
                    ->text()
                    .contains(QStringLiteral("the latest one failed")));
        QVERIFY(w.sessionsView()->isVisible());
        guitest::screenshot(&w, name);

        m_sim.clearFaults();
        auto* retry = w.errorBanner()->findChild<QPushButton*>(QStringLiteral("retryPushButton"));
        QVERIFY(retry);
        QTRY_VERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.errorBanner()->isVisible(), 10000);
        QVERIFY(!w.sessionModel()->isStale());
        QCOMPARE(w.sessionModel()->rowCount(), 7);
    }

    void emptyStateWithoutGateway()
    {
        Fixture f = open(QUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY(f.context->hasResolved());
        QTRY_VERIFY(w.emptyState()->isVisible());
        QCOMPARE(w.emptyState()->state(), ui::EmptyStateWidget::State::NotConfigured);
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("refreshAction"))->isEnabled());
        guitest::screenshot(&w, QStringLiteral("main-empty-not-configured"));
        auto* button = w.emptyState()->findChild<QPushButton*>(QStringLiteral("emptyActionPushButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(w.settingsDialog() != nullptr);
        QTRY_VERIFY(w.settingsDialog()->isVisible());
        w.settingsDialog()->reject();
    }

    void emptyStateWithoutSessions()
    {
        sim::GatewaySimulator empty;
        empty.setSecret(guitest::Secret);
        QVERIFY(empty.loadScenario(QJsonObject{{QStringLiteral("sessions"), QJsonArray()}}));
        QVERIFY(empty.listen() != 0);
        Fixture f = open(empty.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(f.context->monitor().hasListing(), 10000);
        QTRY_COMPARE(w.emptyState()->state(), ui::EmptyStateWidget::State::NoSessions);
        QVERIFY(w.emptyState()->isVisible());
        guitest::screenshot(&w, QStringLiteral("main-empty-no-sessions"));
    }

    void firstListingFailsWithoutData()
    {
        m_sim.setFault({sim::FaultKind::Json401, QStringLiteral("/api/channels"), -1, 0, {}});
        Fixture f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(w.errorBanner()->isVisible(), 10000);
        QCOMPARE(w.emptyState()->state(), ui::EmptyStateWidget::State::LoadFailed);
        QVERIFY(w.errorBanner()->findChild<QPushButton*>(QStringLiteral("settingsPushButton"))->isVisible());
        guitest::screenshot(&w, QStringLiteral("main-first-load-failed"));
    }

    void lastActivityFromSqlite()
    {
        sim::GatewaySimulator gateway;
        gateway.setSecret(guitest::Secret);
        QVERIFY(gateway.loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(gateway.listen() != 0);
        const QString path = m_dir.filePath(QStringLiteral("activity.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gui-activity"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(gateway.attachActivityDatabase(QStringLiteral("gui-activity"), 0, &error), qPrintable(error));
        }
        Fixture f = open(gateway.baseUrl(), QStringLiteral("sqlite://") + path);
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, 7), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(f.context->monitor().activity().state == activity::ActivitySnapshot::State::Ok, 15000);
        // "suporte" still says connected, but its phone is gone: silent for more than 6 h.
        QTRY_COMPARE(text(w, QStringLiteral("suporte"), SessionTableModel::Status),
                     QStringLiteral("Possibly disconnected"));
        const QString reason = text(w, QStringLiteral("suporte"), SessionTableModel::Status, Qt::ToolTipRole);
        QVERIFY2(reason.contains(QStringLiteral("silent for")), qPrintable(reason));
        QVERIFY(text(w, QStringLiteral("suporte"), SessionTableModel::LastActivity).endsWith(QStringLiteral("ago")));
        const QString live = text(w, QStringLiteral("pixel12digital"), SessionTableModel::LastActivity);
        QVERIFY2(live.endsWith(QStringLiteral("ago")) || live == QStringLiteral("just now"), qPrintable(live));
        QVERIFY(!text(w, QStringLiteral("pixel12digital"), SessionTableModel::LastActivity, Qt::ToolTipRole).isEmpty());
        qInfo().noquote() << "suporte:" << reason;
        guitest::screenshot(&w, QStringLiteral("main-activity"));
        f.window.reset();
        f.context.reset();
        QSqlDatabase::removeDatabase(QStringLiteral("gui-activity"));
    }

    void demoMode()
    {
        DemoLauncher demo;
        demo.setSimulatorProgram(QStringLiteral(PHS_SIM_EXECUTABLE)); // the one just built
        QString error;
        QVERIFY2(demo.start(&error, 500), qPrintable(error));
        QVERIFY(demo.simulatorProcessId() > 0); // a child process, not the simulator in process
        // One simulated gateway per dialect, all in one window (issue 12).
        const QStringList dialects = DemoLauncher::demoDialects();
        QCOMPARE(dialects.size(), 5); // every dialect the app speaks
        for (const QString& dialect : dialects)
            QVERIFY2(demo.gatewayUrl(dialect).isValid(), qPrintable(dialect));
        // A PIXELHUB_GATEWAY_URL of the user's never replaces the demo's gateways.
        qputenv("PIXELHUB_GATEWAY_URL", "http://127.0.0.1:1");
        ui::AppContext context(demo.contextOptions());
        qunsetenv("PIXELHUB_GATEWAY_URL");
        ui::MainWindow w(context);
        w.resize(guitest::WindowSize);
        w.show();
        context.reload();
        QVERIFY(w.windowTitle().contains(QStringLiteral("Demo")));
        // The platform appends the display name: the title must not say it a second time (issue 14 #12).
        QVERIFY(!w.windowTitle().contains(QStringLiteral("Pixel Hub Sessions")));
        QTRY_COMPARE_WITH_TIMEOUT(context.runtime().gateways().size(), dialects.size(), 10000);
        for (const QString& dialect : dialects) {
            runtime::SessionsRuntime* g = context.runtime().gateway(dialect);
            QVERIFY2(g, qPrintable(dialect));
            QCOMPARE(g->client().config().dialect, dialect);
            // Every gateway lists the demo's sessions, its credential accepted.
            // (A Whapi.Cloud profile is one channel: one row.)
            const int rows = dialect == QStringLiteral("whapi") ? 1 : 5;
            QTRY_VERIFY2_WITH_TIMEOUT(w.tables()->modelOf(dialect) && w.tables()->modelOf(dialect)->rowCount() >= rows,
                                      qPrintable(dialect), 15000);
        }
        QVERIFY(!w.sessionsView()->isColumnHidden(SessionTableModel::Gateway));
        const runtime::SessionsRuntime* pixelhub = context.runtime().gateway(QStringLiteral("pixelhub"));
        const SessionTableModel* model = w.tables()->modelOf(QStringLiteral("pixelhub"));
        QTRY_VERIFY_WITH_TIMEOUT(pixelhub->monitor().activity().state == activity::ActivitySnapshot::State::Ok, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOf(QStringLiteral("suporte")), SessionTableModel::Status).data().toString(),
            QStringLiteral("Possibly disconnected"), 15000);
        QVERIFY(context.profile().gatewayUrl().isEmpty()); // nothing written to a real profile
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRefreshing(), 10000);
        guitest::screenshot(&w, QStringLiteral("main-demo"));
    }

    void activityDatabaseUnreachable_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::newRow("sqlite-missing-dir") << QStringLiteral("sqlite:///nonexistent-dir-for-phs/activity.db");
        QTest::newRow("mysql-closed-port") << QStringLiteral("mysql://phs@127.0.0.1:1/activity");
    }

    void activityDatabaseUnreachable()
    {
        QFETCH(QString, dsn);
        Fixture f = open(m_sim.baseUrl(), dsn);
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, 7), 10000); // the list never waits for the database
        QTRY_VERIFY_WITH_TIMEOUT(
            f.context->monitor().activity().state == activity::ActivitySnapshot::State::Unavailable, 20000);
        QCOMPARE(text(w, QStringLiteral("pixel12digital"), SessionTableModel::LastActivity), QStringLiteral("Unknown"));
        const QString tip = text(w, QStringLiteral("pixel12digital"), SessionTableModel::LastActivity, Qt::ToolTipRole);
        QCOMPARE(tip, f.context->monitor().activity().reason);
        QVERIFY(!tip.isEmpty());
        qInfo().noquote() << "unreachable:" << tip;
        QCOMPARE(text(w, QStringLiteral("pixel12digital"), SessionTableModel::Status), QStringLiteral("Connected"));
        guitest::screenshot(&w, QStringLiteral("main-activity-unreachable-") +
                                    QString::fromLatin1(QTest::currentDataTag()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
