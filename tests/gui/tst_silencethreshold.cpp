// Per-session silence threshold from the Sessions (context) menu: a quiet channel given a longer
// threshold stops being flagged at once, and 0 h goes back to the global threshold.
#include "GuiTestSupport.h"

#include "GatewayTables.h"
#include "MainWindow.h"
#include "SessionTableModel.h"
#include "SilenceThresholdAction.h"
#include "activity/ActivitySnapshot.h"
#include "health/Health.h"
#include "history/HistoryStore.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "settings/Profile.h"
#include "sim/GatewaySimulator.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

class TestSilenceThreshold : public QObject
{
    Q_OBJECT

    static int healthOf(ui::MainWindow& w, const QString& id, const QString& gateway = {})
    {
        const QAbstractItemModel* m = gateway.isEmpty() ? w.sessionModel() : w.tables()->modelOf(gateway);
        if (!m)
            return -1;
        for (int row = 0; row < m->rowCount(); ++row) {
            const QModelIndex i = m->index(row, 0);
            if (i.data(ui::SessionTableModel::IdRole).toString() == id)
                return i.data(ui::SessionTableModel::HealthRole).toInt();
        }
        return -1;
    }

private slots:
    void initTestCase() { guitest::isolate(); }

    void overrideAndReset()
    {
        QTemporaryDir dir;
        sim::GatewaySimulator gateway;
        gateway.setSecret(guitest::Secret);
        QVERIFY(gateway.loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(gateway.listen());
        const QString path = dir.filePath(QStringLiteral("activity.db"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("threshold-activity"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(gateway.attachActivityDatabase(QStringLiteral("threshold-activity"), 0));

        ui::AppContext context(guitest::options(dir, gateway.baseUrl(), QStringLiteral("sqlite://") + path));
        ui::MainWindow window(context);
        window.resize(guitest::WindowSize);
        window.show();
        context.reload();
        QTRY_VERIFY_WITH_TIMEOUT(context.monitor().activity().state == activity::ActivitySnapshot::State::Ok, 15000);
        QTRY_COMPARE(healthOf(window, "suporte"), int(health::Health::Zombie));

        // The action is in the Sessions menu (also the table's context menu) and follows the selection.
        QAction* action = window.findChild<QAction*>(QStringLiteral("silenceThresholdAction"));
        QVERIFY(action);
        QVERIFY(window.sessionMenu()->actions().contains(action));

        QPointer<QInputDialog> dialog =
            window.silenceThreshold()->open(QStringLiteral("suporte"), settings::GatewayProfile::defaultName());
        QVERIFY(dialog);
        guitest::screenshot(dialog, QStringLiteral("silence-threshold"));
        dialog->setIntValue(72);
        dialog->accept();
        QTRY_COMPARE(healthOf(window, "suporte"), int(health::Health::Healthy));
        QCOMPARE(context.profile().silenceOverride(settings::GatewayProfile::defaultName(), QStringLiteral("suporte")),
                 std::optional<std::chrono::seconds>(std::chrono::hours(72)));

        dialog = window.silenceThreshold()->open(QStringLiteral("suporte"), settings::GatewayProfile::defaultName());
        QCOMPARE(dialog->intValue(), 72);
        dialog->setIntValue(0);
        dialog->accept();
        QTRY_COMPARE(healthOf(window, "suporte"), int(health::Health::Zombie));
        QVERIFY(!context.profile().silenceOverride(settings::GatewayProfile::defaultName(), QStringLiteral("suporte")));
    }

    // Two gateways each have a "suporte": they are two numbers, and a threshold given to one
    // leaves the other as it was (it used to be keyed by the id alone, across gateways).
    void thresholdIsPerGateway()
    {
        QTemporaryDir dir;
        sim::GatewaySimulator alpha;
        sim::GatewaySimulator beta;
        for (sim::GatewaySimulator* g : {&alpha, &beta}) {
            g->setSecret(guitest::Secret);
            QVERIFY(g->loadScenarioFile(QStringLiteral(":/sim/basic.json")));
            QVERIFY(g->listen());
        }
        const QString path = dir.filePath(QStringLiteral("activity.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("per-gateway"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            // Activity rows carry the session, not the gateway: one set of rows serves both.
            QVERIFY(alpha.attachActivityDatabase(QStringLiteral("per-gateway"), 0));
        }
        qputenv("PHS_THRESHOLD_SECRET", guitest::Secret.toUtf8());
        ui::AppContext::Options o = guitest::options(dir, QUrl(), QStringLiteral("sqlite://") + path);
        settings::GatewayProfiles profiles = o.profile->gatewayProfiles();
        for (const auto& [name, url] :
             {std::pair{QStringLiteral("alpha"), alpha.baseUrl()}, std::pair{QStringLiteral("beta"), beta.baseUrl()}})
            QCOMPARE(profiles.save({name, QStringLiteral("pixelhub"), url, QStringLiteral("PHS_THRESHOLD_SECRET")}),
                     QString());
        guitest::Window f = guitest::openWindow(std::move(o));
        ui::MainWindow& w = *f.window;
        const QString a = QStringLiteral("alpha");
        const QString b = QStringLiteral("beta");
        QTRY_COMPARE_WITH_TIMEOUT(healthOf(w, "suporte", a), int(health::Health::Zombie), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(healthOf(w, "suporte", b), int(health::Health::Zombie), 15000);

        QPointer<QInputDialog> dialog = w.silenceThreshold()->open(QStringLiteral("suporte"), b);
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("suporte (beta)")), qPrintable(dialog->windowTitle()));
        guitest::screenshot(dialog, QStringLiteral("silence-threshold-two-gateways"));
        dialog->setIntValue(72);
        dialog->accept();
        QTRY_COMPARE(healthOf(w, "suporte", b), int(health::Health::Healthy));
        QCOMPARE(healthOf(w, "suporte", a), int(health::Health::Zombie));
        QCOMPARE(f.context->profile().silenceOverride(b, QStringLiteral("suporte")),
                 std::optional<std::chrono::seconds>(std::chrono::hours(72)));
        QVERIFY(!f.context->profile().silenceOverride(a, QStringLiteral("suporte")));

        // Recorded under beta, not under the first gateway.
        history::HistoryStore* store = f.context->runtime().history();
        QVERIFY(store);
        QSignalSpy last(store, &history::HistoryStore::lastActionLoaded);
        store->requestLastAction(b, QStringLiteral("suporte"));
        QVERIFY(last.wait(10000));
        QCOMPARE(last.first().at(1).value<history::Event>().action, QStringLiteral("threshold"));
        store->requestLastAction(a, QStringLiteral("suporte"));
        QVERIFY(last.wait(10000));
        QVERIFY(last.at(1).at(1).value<history::Event>().action.isEmpty());
    }
};

QTEST_MAIN(TestSilenceThreshold)
#include "tst_silencethreshold.moc"
