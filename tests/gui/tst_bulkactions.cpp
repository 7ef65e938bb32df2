// Bulk Restart and Log out over a selection that spans two gateways of different dialects (issue
// 14 "Bulk actions"): one queue, the row menu's own calls, only to the rows whose dialect has the
// verb, the others listed as skipped with why; Log out asks first and Enter never logs out; a
// gateway's refusal is in the summary and in the history; the rate limit's wait is scheduled.
#include "BulkActions.h"
#include "GatewaySimulator.h"
#include "GatewayTables.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RefreshController.h"
#include "SessionActions.h"
#include "SessionFilterProxyModel.h"
#include "SessionQueueDialog.h"
#include "SessionTableModel.h"
#include "history/HistoryStore.h"
#include "runtime/Runtime.h"
#include "settings/Profile.h"
#include "settings/Translations.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>

using ui::SessionQueueDialog;
using ui::SessionTableModel;
using Outcome = SessionQueueDialog::Outcome;

class TestBulkActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sim::GatewaySimulator m_waha;     // profile "alpha": restart and logout
    sim::GatewaySimulator m_pixelhub; // profile "beta": neither

    guitest::Window open()
    {
        ui::AppContext::Options o = guitest::options(m_dir, QUrl());
        settings::GatewayProfiles profiles = o.profile->gatewayProfiles();
        [&] {
            QCOMPARE(profiles.save({QStringLiteral("alpha"), QStringLiteral("waha"), m_waha.baseUrl(),
                                    QStringLiteral("PHS_TEST_SECRET_ALPHA")}),
                     QString());
            QCOMPARE(profiles.save({QStringLiteral("beta"), QStringLiteral("pixelhub"), m_pixelhub.baseUrl(),
                                    QStringLiteral("PHS_TEST_SECRET_BETA")}),
                     QString());
        }();
        guitest::Window f = guitest::openWindow(std::move(o));
        f.context->profile().setBulkActionGap(std::chrono::seconds(0));
        return f;
    }

    static bool ready(const ui::MainWindow& w)
    {
        return w.tables()->rowCount() == 14 && !w.refresher()->isRefreshing();
    }

    // Selects (gateway, id) rows, and only those.
    static void select(ui::MainWindow& w, const QList<std::pair<QString, QString>>& rows)
    {
        QTableView* view = w.sessionsView();
        view->clearSelection();
        for (int row = 0; row < w.proxyModel()->rowCount(); ++row) {
            const QModelIndex index = w.proxyModel()->index(row, SessionTableModel::Session);
            const std::pair<QString, QString> key{index.data(SessionTableModel::GatewayRole).toString(),
                                                  index.data(SessionTableModel::IdRole).toString()};
            if (rows.contains(key))
                view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static int count(const sim::GatewaySimulator& sim, const QString& method, const QString& pathPart = {})
    {
        int n = 0;
        for (const auto& r : sim.requests())
            n += (r.method == method && r.path.contains(pathPart)) ? 1 : 0;
        return n;
    }

    static QString summaryText(const SessionQueueDialog* queue)
    {
        return queue->findChild<QLabel*>(QStringLiteral("queueSummaryLabel"))->text();
    }

    // Every text of the queue's list and its summary.
    static QStringList textsOf(const SessionQueueDialog* queue)
    {
        QStringList out{queue->windowTitle(), summaryText(queue)};
        const auto* list = queue->findChild<QTreeWidget*>(QStringLiteral("queueTreeWidget"));
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            for (int column = 0; column < list->columnCount(); ++column)
                out << list->topLevelItem(row)->text(column) << list->topLevelItem(row)->toolTip(column);
        }
        return out;
    }

    // Restart of alpha's vendas (done) and suporte (the gateway fails it) and beta's vendas (skipped),
    // run to its end; null if it did not end.
    SessionQueueDialog* restartThree(ui::MainWindow& w)
    {
        select(w, {{"alpha", "vendas"}, {"alpha", "suporte"}, {"beta", "vendas"}});
        m_waha.setFault({sim::FaultKind::Json500, QStringLiteral("/api/sessions/suporte/restart"), -1, 0, {}});
        auto* bulk = w.findChild<ui::BulkActions*>();
        bulk->restartAction()->trigger();
        QPointer<SessionQueueDialog> queue = bulk->dialog();
        if (!queue)
            return nullptr;
        QSignalSpy finished(queue.data(), &SessionQueueDialog::queueFinished);
        QTest::mouseClick(queue->findChild<QPushButton*>(QStringLiteral("startPushButton")), Qt::LeftButton);
        return QTest::qWaitFor([&] { return finished.count() == 1; }, 15000) ? queue.data() : nullptr;
    }

private slots:
    void initTestCase()
    {
        guitest::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_waha.setDialect(QStringLiteral("waha")));
        for (auto* sim : {&m_waha, &m_pixelhub})
            QVERIFY(sim->listen() != 0);
        m_waha.setSecret(QStringLiteral("waha-secret"));
        m_pixelhub.setSecret(QStringLiteral("pixelhub-secret"));
        qputenv("PHS_TEST_SECRET_ALPHA", "waha-secret");
        qputenv("PHS_TEST_SECRET_BETA", "pixelhub-secret");
    }

    void init()
    {
        for (auto* sim : {&m_waha, &m_pixelhub}) {
            sim->clearFaults();
            QVERIFY(sim->loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        }
    }

    void cleanup()
    {
        guitest::closeDialogs();
        settings::installTranslations(*qApp, QStringLiteral("en"));
    }

    // Three rows over two gateways: the two WAHA ones are restarted (one refuses), the Pixel Hub one
    // is sent nothing and is listed as skipped, with why; the history has both WAHA actions.
    void restartSpansGatewaysAndSkipsWhatCannot()
    {
        guitest::Window f = open();
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(ready(w), 10000);
        auto* bulk = w.findChild<ui::BulkActions*>();
        QVERIFY(bulk);
        QVERIFY(w.sessionMenu()->actions().contains(bulk->restartAction()));
        QVERIFY(w.sessionMenu()->actions().contains(bulk->logoutAction()));
        QVERIFY(bulk->restartAction()->isVisible()); // alpha (WAHA) has it

        // Only Pixel Hub rows: nothing to restart.
        select(w, {{"beta", "vendas"}, {"beta", "suporte"}});
        QVERIFY(bulk->reconnectAction()->isEnabled());
        QVERIFY(!bulk->restartAction()->isEnabled());
        QVERIFY(!bulk->logoutAction()->isEnabled());

        select(w, {{"alpha", "vendas"}, {"alpha", "suporte"}, {"beta", "vendas"}});
        QCOMPARE(bulk->selectedIds().size(), 3);
        QVERIFY(bulk->restartAction()->isEnabled());

        m_waha.clearRequests();
        m_pixelhub.clearRequests();
        m_waha.setFault({sim::FaultKind::Json500, QStringLiteral("/api/sessions/suporte/restart"), -1, 0, {}});
        bulk->restartAction()->trigger();
        QPointer<SessionQueueDialog> queue = bulk->dialog();
        QVERIFY(queue);
        QCOMPARE(queue->objectName(), QStringLiteral("bulkRestartDialog"));
        QCOMPARE(queue->items().size(), 3);
        int skippedRow = -1;
        for (int row = 0; row < queue->items().size(); ++row) {
            if (queue->items().at(row).gateway == QStringLiteral("beta"))
                skippedRow = row;
        }
        QVERIFY(skippedRow >= 0);
        QCOMPARE(queue->outcome(skippedRow), Outcome::Skipped); // known before Start
        QVERIFY2(queue->reason(skippedRow).contains(QStringLiteral("cannot restart")),
                 qPrintable(queue->reason(skippedRow)));
        QVERIFY(!bulk->restartAction()->isEnabled()); // one queue at a time
        QTest::qWait(100);
        QCOMPARE(count(m_waha, QStringLiteral("POST")), 0); // nothing before Start

        QSignalSpy finished(queue.data(), &SessionQueueDialog::queueFinished);
        QTest::mouseClick(queue->findChild<QPushButton*>(QStringLiteral("startPushButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(count(m_waha, QStringLiteral("POST"), QStringLiteral("/restart")), 2);
        QCOMPARE(count(m_waha, QStringLiteral("POST"), QStringLiteral("/api/sessions/vendas/restart")), 1);
        QCOMPARE(count(m_waha, QStringLiteral("POST"), QStringLiteral("/api/sessions/suporte/restart")), 1);
        QCOMPARE(count(m_waha, QStringLiteral("DELETE")), 0); // never a delete behind it
        QCOMPARE(count(m_pixelhub, QStringLiteral("POST")), 0);
        QCOMPARE(count(m_pixelhub, QStringLiteral("DELETE")), 0);
        QCOMPARE(queue->scheduledDelay(), -1); // gap 0: never a wait

        for (int row = 0; row < queue->items().size(); ++row) {
            const auto& item = queue->items().at(row);
            if (row == skippedRow)
                QCOMPARE(queue->outcome(row), Outcome::Skipped);
            else if (item.id == QStringLiteral("suporte"))
                QCOMPARE(queue->outcome(row), Outcome::Failed);
            else
                QCOMPARE(queue->outcome(row), Outcome::Done);
        }
        const QString summary = finished.first().first().toString();
        QVERIFY2(summary.contains(QStringLiteral("1 restarted")) && summary.contains(QStringLiteral("1 failed")) &&
                     summary.contains(QStringLiteral("1 skipped")),
                 qPrintable(summary));
        const QString shown = summaryText(queue);
        QVERIFY2(shown.contains(QStringLiteral("cannot restart a session")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("failed: ")), qPrintable(shown));
        QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Restart selected sessions: ")));

        // In the history like the row menu's restart, the refusal as a failure.
        history::HistoryStore* store = f.context->runtime().history();
        QVERIFY(store);
        QTRY_COMPARE_WITH_TIMEOUT(guitest::lastAction(store, "alpha", "vendas").action, QStringLiteral("restart"),
                                  10000);
        QVERIFY(guitest::lastAction(store, "alpha", "vendas").ok());
        QTRY_COMPARE_WITH_TIMEOUT(guitest::lastAction(store, "alpha", "suporte").action, QStringLiteral("restart"),
                                  10000);
        QVERIFY(!guitest::lastAction(store, "alpha", "suporte").ok());
        QVERIFY(guitest::lastAction(store, "beta", "vendas").id.isEmpty()); // nothing was done to it
        queue->reject();
        QTRY_VERIFY(queue.isNull());
        QVERIFY(bulk->restartAction()->isEnabled());
    }

    // Issue 14 #12: the reasons of a queue that has ended (the gateway's refusal, the skip) were made
    // in English; after a switch to Portuguese they read like the same queue run in Portuguese. And a
    // skip's reason is read whole at the dialog's width: wrapped, never cut.
    void reasonsFollowTheLanguageAndAreWhole()
    {
        QCOMPARE(settings::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        guitest::Window f = open();
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(ready(w), 10000);
        QPointer<SessionQueueDialog> queue = restartThree(w);
        QVERIFY(queue);
        const QStringList english = textsOf(queue);
        QCOMPARE(settings::installTranslations(*qApp, QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
        QTest::qWait(100);
        const QStringList switched = textsOf(queue);

        int skippedRow = -1;
        for (int row = 0; row < queue->items().size(); ++row) {
            if (queue->items().at(row).gateway == QStringLiteral("beta"))
                skippedRow = row;
        }
        QVERIFY(skippedRow >= 0);
        const auto* list = queue->findChild<QTreeWidget*>(QStringLiteral("queueTreeWidget"));
        QTest::qWait(50); // the rows laid out again at the new texts
        const QModelIndex need = list->model()->index(skippedRow, 2);
        const QRect cell = list->visualRect(need);
        const QString text = need.data().toString();
        QVERIFY2(text.contains(QStringLiteral("Pixel Hub")), qPrintable(text));
        const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
        const QRect needed =
            list->fontMetrics().boundingRect(QRect(0, 0, cell.width() - 2 * margin, 100000), Qt::TextWordWrap, text);
        guitest::screenshot(queue, QStringLiteral("bulk-restart-reasons-switched-pt_BR"));
        QVERIFY2(needed.height() <= cell.height() && needed.width() <= cell.width() - 2 * margin,
                 qPrintable(QStringLiteral("\"%1\" needs %2x%3 px, the cell is %4x%5")
                                .arg(text)
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(cell.width())
                                .arg(cell.height())));
        queue->reject();
        QTRY_VERIFY(queue.isNull());

        // The same queue, run in Portuguese.
        queue = restartThree(w);
        QVERIFY(queue);
        const QStringList portuguese = textsOf(queue);
        queue->reject();
        QTRY_VERIFY(queue.isNull());
        settings::installTranslations(*qApp, QStringLiteral("en"));
        QVERIFY(portuguese != english);
        QCOMPARE(switched, portuguese);
    }

    // Log out asks first, listing the sessions it will log out; Enter presses Cancel and sends
    // nothing. "Log out" starts the queue at once: only the WAHA rows get a logout.
    void logoutAsksAndEnterNeverLogsOut()
    {
        guitest::Window f = open();
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(ready(w), 10000);
        auto* bulk = w.findChild<ui::BulkActions*>();
        select(w, {{"alpha", "vendas"}, {"alpha", "suporte"}, {"beta", "vendas"}});
        QVERIFY(bulk->logoutAction()->isEnabled());
        m_waha.clearRequests();
        m_pixelhub.clearRequests();

        bulk->logoutAction()->trigger();
        QPointer<QMessageBox> box = bulk->logoutConfirmation();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->objectName(), QStringLiteral("bulkLogoutConfirmation"));
        QVERIFY2(box->informativeText().contains(QStringLiteral("suporte")), qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(QStringLiteral("cannot log a phone out: 1.")),
                 qPrintable(box->informativeText()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QVERIFY(!bulk->logoutAction()->isEnabled());
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(box.isNull());
        QTest::qWait(200);
        QVERIFY(!bulk->dialog());
        QCOMPARE(count(m_waha, QStringLiteral("POST")), 0);
        QVERIFY(bulk->logoutAction()->isEnabled());

        box = bulk->logoutSelected();
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("logoutPushButton")), Qt::LeftButton);
        QTRY_VERIFY(bulk->dialog());
        QPointer<SessionQueueDialog> queue = bulk->dialog();
        QCOMPARE(queue->objectName(), QStringLiteral("bulkLogoutDialog"));
        QTRY_VERIFY_WITH_TIMEOUT(!queue->isRunning(), 15000);
        QCOMPARE(count(m_waha, QStringLiteral("POST"), QStringLiteral("/api/sessions/vendas/logout")), 1);
        QCOMPARE(count(m_waha, QStringLiteral("POST"), QStringLiteral("/api/sessions/suporte/logout")), 1);
        QCOMPARE(count(m_waha, QStringLiteral("DELETE")), 0);
        QCOMPARE(count(m_pixelhub, QStringLiteral("POST")), 0);
        QCOMPARE(count(m_pixelhub, QStringLiteral("DELETE")), 0);
        QVERIFY2(queue->summary().contains(QStringLiteral("2 logged out")), qPrintable(queue->summary()));
        QVERIFY2(summaryText(queue).contains(QStringLiteral("cannot log a phone out")), qPrintable(summaryText(queue)));
        history::HistoryStore* store = f.context->runtime().history();
        QTRY_COMPARE_WITH_TIMEOUT(guitest::lastAction(store, "alpha", "suporte").action, QStringLiteral("logout"),
                                  10000);
        QVERIFY(guitest::lastAction(store, "alpha", "suporte").ok());
    }

    // The rate limit: after a start, the next waits for the rest of the gap (the scheduled wait is
    // checked, not the clock); Stop leaves it not started.
    void gapSchedulesTheNextStart()
    {
        guitest::Window f = open();
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(ready(w), 10000);
        f.context->profile().setBulkActionGap(std::chrono::seconds(60));
        auto* bulk = w.findChild<ui::BulkActions*>();
        select(w, {{"alpha", "vendas"}, {"alpha", "suporte"}});
        m_waha.clearRequests();
        QPointer<SessionQueueDialog> queue = bulk->restartSelected();
        QVERIFY(queue);
        QCOMPARE(queue->scheduledDelay(), -1);
        queue->start();
        QTRY_COMPARE_WITH_TIMEOUT(queue->outcome(0), Outcome::Done, 10000);
        QVERIFY(queue->scheduledDelay() > 0);
        QVERIFY(queue->scheduledDelay() <= 60000);
        QCOMPARE(queue->outcome(1), Outcome::Waiting);
        QCOMPARE(count(m_waha, QStringLiteral("POST"), QStringLiteral("/restart")), 1);
        queue->stop();
        QCOMPARE(queue->outcome(1), Outcome::NotStarted);
        QCOMPARE(queue->scheduledDelay(), -1);
        QVERIFY(!queue->isRunning());
        QVERIFY2(queue->summary().contains(QStringLiteral("1 not started")), qPrintable(queue->summary()));
        QTest::qWait(200);
        QCOMPARE(count(m_waha, QStringLiteral("POST"), QStringLiteral("/restart")), 1);
    }
};

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
