// The health parts of the main window over an in-process GatewaySimulator: the status-bar verdict
// (the CLI healthcheck's rules), "Fix unhealthy sessions…" (a list, nothing sent before Start, then
// one QR dialog at a time), the About dialog, and the window geometry and table state kept in the
// profile.
#include "AboutDialog.h"
#include "GatewaySimulator.h"
#include "GuiTestSupport.h"
#include "HealthCheckController.h"
#include "HealthSummary.h"
#include "MainWindow.h"
#include "QrDialog.h"
#include "RefreshController.h"
#include "SessionFilterProxyModel.h"
#include "SessionQueueDialog.h"
#include "SessionTableModel.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>

using ui::SessionTableModel;

class TestHealthGui : public QObject
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

    static bool loaded(const ui::MainWindow& w, int rows) { return guitest::loaded(w, rows); }

    static ui::HealthSummary* summary(const ui::MainWindow& w)
    {
        return w.findChild<ui::HealthSummary*>(QStringLiteral("healthSummary"));
    }

    // The ids of the unhealthy sessions, by the CLI's rules, over what the window lists.
    static QStringList unhealthyIds(ui::AppContext& context)
    {
        QStringList ids;
        const auto report = health::HealthReport::fromSessions(context.book().sessions(), context.activityNote());
        for (const auto& s : report.unhealthySessions())
            ids << s.id;
        ids.sort();
        return ids;
    }

    QList<sim::RequestRecord> requestsMatching(const QString& method, const QString& suffix = {}) const
    {
        QList<sim::RequestRecord> out;
        for (const sim::RequestRecord& r : m_sim.requests()) {
            if (r.method == method && (suffix.isEmpty() || r.path.endsWith(suffix)))
                out << r;
        }
        return out;
    }

    static QMessageBox* waitForBox(const ui::MainWindow& w, const QString& name)
    {
        QMessageBox* box = nullptr;
        const bool found = QTest::qWaitFor(
            [&] {
                box = w.findChild<QMessageBox*>(name);
                return box && box->isVisible();
            },
            15000);
        return found ? box : nullptr;
    }

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

    void summaryShowsTheCliVerdict()
    {
        // With an activity database, so the silent "suporte" is a zombie as well.
        sim::GatewaySimulator gateway;
        gateway.setSecret(guitest::Secret);
        QVERIFY(gateway.loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(gateway.listen() != 0);
        const QString path = m_dir.filePath(QStringLiteral("health-activity.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("health-activity"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(gateway.attachActivityDatabase(QStringLiteral("health-activity"), 0, &error), qPrintable(error));
        }
        Fixture f = open(gateway.baseUrl(), QStringLiteral("sqlite://") + path);
        ui::MainWindow& w = *f.window;
        ui::HealthSummary* s = summary(w);
        QVERIFY(s);
        QVERIFY(s->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, 7), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(f.context->monitor().activity().state == activity::ActivitySnapshot::State::Ok, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(s->report().counts().zombie, 1, 10000);

        // The same verdict as HealthReport over the same sessions (what the CLI prints).
        const auto cli = health::HealthReport::fromSessions(f.context->book().sessions(), f.context->activityNote());
        QCOMPARE(s->level(), health::Level::Critical);
        QCOMPARE(s->level(), cli.level());
        QCOMPARE(s->report().summary(), cli.summary());
        QCOMPARE(s->text(), cli.verdictText());
        QVERIFY2(s->text().contains(QStringLiteral("2 disconnected")), qPrintable(s->text()));
        QVERIFY2(s->text().contains(QStringLiteral("1 possibly disconnected")), qPrintable(s->text()));
        qInfo().noquote() << "summary:" << s->text();
        const QString tip = s->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("CRITICAL")), qPrintable(tip));
        for (const QString& id : unhealthyIds(*f.context))
            QVERIFY2(tip.contains(id), qPrintable(id));
        QVERIFY(tip.contains(QStringLiteral("suporte — Possibly disconnected")));
        QVERIFY(!tip.contains(QStringLiteral("pixel12digital")));
        QCOMPARE(s->mapTo(&w, QPoint(0, 0)).y() >= w.statusBar()->mapTo(&w, QPoint(0, 0)).y(), true);
        guitest::screenshot(&w, QStringLiteral("health-summary"));

        // A click toggles "Only sessions needing attention".
        auto* only = w.findChild<QCheckBox*>(QStringLiteral("onlyUnhealthyCheckBox"));
        QVERIFY(!only->isChecked());
        QTest::mouseClick(s, Qt::LeftButton);
        QVERIFY(only->isChecked());
        QCOMPARE(w.proxyModel()->rowCount(), int(cli.unhealthySessions().size()));
        guitest::screenshot(&w, QStringLiteral("health-summary-filtered"));
        QTest::mouseClick(s, Qt::LeftButton);
        QVERIFY(!only->isChecked());
        QCOMPARE(w.proxyModel()->rowCount(), 7);

        f.window.reset();
        f.context.reset();
        QSqlDatabase::removeDatabase(QStringLiteral("health-activity"));
    }

    void summaryAllHealthy()
    {
        sim::GatewaySimulator gateway;
        gateway.setSecret(guitest::Secret);
        QJsonArray list;
        for (const char* id : {"alfa", "bravo", "charlie"})
            list.append(QJsonObject{{"id", QString::fromLatin1(id)}, {"phase", "connected"}, {"token", true}});
        QVERIFY(gateway.loadScenario(QJsonObject{{"sessions", list}}));
        QVERIFY(gateway.listen() != 0);
        Fixture f = open(gateway.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, 3), 10000);
        ui::HealthSummary* s = summary(w);
        QTRY_COMPARE(s->level(), health::Level::Ok);
        QCOMPARE(s->text(), QStringLiteral("All 3 connected"));
        QVERIFY(s->toolTip().contains(QStringLiteral("No session needs attention")));
        QVERIFY(s->toolTip().contains(QStringLiteral("OK")));
        guitest::screenshot(&w, QStringLiteral("health-summary-ok"));

        // Check now with nothing unhealthy: a verdict, no question, no QR request.
        gateway.clearRequests();
        QSignalSpy done(w.healthCheck(), &ui::HealthCheckController::checkFinished);
        w.healthCheck()->checkNowAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
        QVERIFY(!w.findChild<QMessageBox*>(QStringLiteral("checkNowMessageBox")));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Nothing to do")),
                 qPrintable(w.statusBar()->currentMessage()));
        for (const auto& r : gateway.requests())
            QVERIFY2(!r.path.endsWith(QStringLiteral("/qr")), qPrintable(r.path));
    }

    void summaryWhenTheGatewayFails()
    {
        m_sim.setFault({sim::FaultKind::Json401, QStringLiteral("/api/channels"), -1, 0, {}});
        Fixture f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        ui::HealthSummary* s = summary(w);
        QTRY_VERIFY_WITH_TIMEOUT(!s->report().problem().isEmpty(), 10000);
        QCOMPARE(s->level(), health::Level::Unknown);
        QCOMPARE(s->text(), QStringLiteral("Health unknown"));
        QVERIFY(s->toolTip().contains(QStringLiteral("UNKNOWN")));
    }

    // Issue 14 #3: "Check now" asked the gateway for QR codes in bulk and never showed them. Now it
    // lists the unhealthy sessions with what each needs, and sends nothing before Start.
    void fixListSendsNothingBeforeStart()
    {
        Fixture f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, 7), 10000);
        QAction* action = w.findChild<QAction*>(QStringLiteral("checkNowAction"));
        QVERIFY(action);
        QVERIFY(w.sessionMenu()->actions().contains(action));
        QVERIFY(w.mainToolBar()->actions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
        QVERIFY(action->text().contains(QStringLiteral("Fix unhealthy sessions")));
        QTRY_VERIFY(action->isEnabled());

        m_sim.clearRequests();
        QSignalSpy done(w.healthCheck(), &ui::HealthCheckController::checkFinished);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.healthCheck()->fixDialog() && w.healthCheck()->fixDialog()->isVisible(), 15000);
        ui::SessionQueueDialog* fix = w.healthCheck()->fixDialog();
        QCOMPARE(done.count(), 1);
        QVERIFY(requestsMatching(QStringLiteral("GET"), QStringLiteral("/api/channels")).size() >= 1); // refreshed
        const QStringList expected = unhealthyIds(*f.context);
        QStringList listed;
        for (const auto& item : fix->items()) {
            listed << item.id;
            QVERIFY2(item.need && !item.need().isEmpty(), qPrintable(item.id));
        }
        listed.sort();
        QCOMPARE(listed, expected);
        // Not a fixed list: the simulator reproduces the gateway's "desconnectedMobile" -> "connected" bug.
        QVERIFY(expected.contains(QStringLiteral("vendas")) && !expected.contains(QStringLiteral("pixel12digital")));
        guitest::screenshot(fix, QStringLiteral("fix-unhealthy-list"));

        fix->reject();
        QTRY_VERIFY(!w.healthCheck()->fixDialog());
        QTest::qWait(300);
        QVERIFY(requestsMatching(QStringLiteral("GET"), QStringLiteral("/qr")).isEmpty());
        QVERIFY(requestsMatching(QStringLiteral("DELETE")).isEmpty());
        QVERIFY(requestsMatching(QStringLiteral("POST")).isEmpty());
        QVERIFY(action->isEnabled());
    }

    // Start: one session at a time, its QR dialog shown in its turn; the next waits until it closes.
    void fixListRunsOneAtATime()
    {
        Fixture f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, 7), 10000);
        f.context->profile().setBulkActionGap(std::chrono::seconds(0));
        QAction* action = w.findChild<QAction*>(QStringLiteral("checkNowAction"));
        QTRY_VERIFY(action->isEnabled());
        QTest::keySequence(&w, QKeySequence(QStringLiteral("Ctrl+Shift+H")));
        QTRY_VERIFY_WITH_TIMEOUT(w.healthCheck()->fixDialog() && w.healthCheck()->fixDialog()->isVisible(), 15000);
        QPointer<ui::SessionQueueDialog> fix = w.healthCheck()->fixDialog();
        const int count = int(fix->items().size());
        QVERIFY(count >= 2);
        QSignalSpy finished(fix.data(), &ui::SessionQueueDialog::queueFinished);
        QTest::mouseClick(fix->findChild<QPushButton*>(QStringLiteral("startPushButton")), Qt::LeftButton);

        for (int turn = 0; turn < count; ++turn) {
            QTRY_VERIFY_WITH_TIMEOUT(fix->currentQr(), 10000);
            QPointer<ui::QrDialog> qr = fix->currentQr();
            QCOMPARE(qr->sessionId(), fix->items().at(turn).id);
            QCOMPARE(fix->outcome(turn), ui::SessionQueueDialog::Outcome::Running);
            int open = 0;
            for (QWidget* top : QApplication::topLevelWidgets())
                open += (qobject_cast<ui::QrDialog*>(top) && top->isVisible()) ? 1 : 0;
            QCOMPARE(open, 1); // the others wait their turn
            if (turn + 1 < count)
                QCOMPARE(fix->outcome(turn + 1), ui::SessionQueueDialog::Outcome::Waiting);
            qr->reject(); // given up: the next one comes
            QTRY_VERIFY(qr.isNull());
            QTRY_COMPARE(fix->outcome(turn), ui::SessionQueueDialog::Outcome::NotConnected);
        }
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().toString().contains(QStringLiteral("not connected")));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Fix unhealthy sessions")));
        guitest::screenshot(fix, QStringLiteral("fix-unhealthy-done"));
        QVERIFY(requestsMatching(QStringLiteral("DELETE")).isEmpty()); // nothing recreated without asking
        fix->reject();
    }

    void aboutDialog()
    {
        Fixture f = open(QUrl());
        ui::MainWindow& w = *f.window;
        QAction* about = w.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        auto* dialog = w.findChild<ui::AboutDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        about->trigger(); // raises the same one
        QCOMPARE(w.findChildren<ui::AboutDialog*>().size(), 1);

        auto* version = dialog->findChild<QLabel*>(QStringLiteral("versionLabel"));
        QVERIFY(version->text().contains(QStringLiteral(PHS_VERSION)));
        QVERIFY(version->text().contains(QString::fromLatin1(qVersion())));
        auto* licence = dialog->findChild<QLabel*>(QStringLiteral("licenceLabel"));
        QVERIFY(licence->text().contains(QStringLiteral("MIT")));
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("componentsTreeWidget"));
        QVERIFY(tree);
        QStringList rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            rows << tree->topLevelItem(i)->text(0) + QStringLiteral(": ") + tree->topLevelItem(i)->text(1);
        const QString all = rows.join(QLatin1Char('\n'));
        for (const char* expected :
             {"Qt 6: LGPL-3.0", "QtKeychain: BSD-3-Clause", "Nayuki", "LGPL-2.1", "PostgreSQL License",
              "SQLite: Public domain", "Qt HTTP Server (in wa-gateway-sim only): GPL-3.0-only"})
            QVERIFY2(all.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("aboutQtPushButton")));
        // Every row visible, no scroll bar.
        QVERIFY(!tree->verticalScrollBar()->isVisible());
        guitest::screenshot(dialog, QStringLiteral("about"));
        dialog->close();
        QTRY_VERIFY(!w.findChild<ui::AboutDialog*>());
    }

    void geometryAndTableStateRoundTrip()
    {
        ui::AppContext context(guitest::options(m_dir, m_sim.baseUrl()));
        {
            ui::MainWindow w(context);
            w.show();
            context.reload();
            QTRY_VERIFY_WITH_TIMEOUT(loaded(w, 7), 10000);
            w.resize(QSize(880, 520));
            QHeaderView* header = w.sessionsView()->horizontalHeader();
            // The person drags the dividers (widths the app set are fitted again), to a layout that
            // fits the window (one that does not is fitted again when the window opens).
            const auto drag = [header](int section, int width) {
                const int divider = header->sectionViewportPosition(section) + header->sectionSize(section) - 1;
                const int y = header->height() / 2;
                const int to = divider + width - header->sectionSize(section);
                QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(divider, y));
                QTest::mouseMove(header->viewport(), QPoint(to, y));
                QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(to, y));
            };
            drag(SessionTableModel::Session, 180);
            drag(SessionTableModel::Status, 190);
            QCOMPARE(header->sectionSize(SessionTableModel::Session), 180);
            QCOMPARE(header->sectionSize(SessionTableModel::Status), 190);
            w.sessionsView()->sortByColumn(SessionTableModel::Status, Qt::DescendingOrder);
            QCOMPARE(w.proxyModel()->sortColumn(), int(SessionTableModel::Status));
            QVERIFY(w.close());
        }
        QVERIFY(!context.profile().windowGeometry().isEmpty());
        QVERIFY(!context.profile().tableState().isEmpty());

        ui::MainWindow again(context);
        again.show();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(again, 7), 10000);
        QCOMPARE(again.size(), QSize(880, 520));
        QHeaderView* header = again.sessionsView()->horizontalHeader();
        QCOMPARE(header->sectionSize(SessionTableModel::Session), 180);
        QCOMPARE(header->sectionSize(SessionTableModel::Status), 190);
        QCOMPARE(header->sortIndicatorSection(), int(SessionTableModel::Status));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        // The rows really are in that order, not only the arrow.
        QCOMPARE(again.proxyModel()->sortColumn(), int(SessionTableModel::Status));
        QCOMPARE(again.proxyModel()->sortOrder(), Qt::DescendingOrder);
    }
};

QTEST_MAIN(TestHealthGui)
#include "tst_healthgui.moc"
