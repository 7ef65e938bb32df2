// Per-session silence threshold from the Sessions (context) menu: a quiet channel given a longer
// threshold stops being flagged at once, and 0 h goes back to the global threshold.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SessionTableModel.h"
#include "SilenceThresholdAction.h"
#include "activity/ActivitySnapshot.h"
#include "health/Health.h"
#include "runtime/SessionMonitor.h"
#include "settings/Profile.h"
#include "sim/GatewaySimulator.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QSqlDatabase>
#include <QTest>

class TestSilenceThreshold : public QObject
{
    Q_OBJECT

    static int healthOf(ui::MainWindow& w, const QString& id)
    {
        const QAbstractItemModel* m = w.sessionModel();
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

        QPointer<QInputDialog> dialog = window.silenceThreshold()->open(QStringLiteral("suporte"));
        QVERIFY(dialog);
        guitest::screenshot(dialog, QStringLiteral("silence-threshold"));
        dialog->setIntValue(72);
        dialog->accept();
        QTRY_COMPARE(healthOf(window, "suporte"), int(health::Health::Healthy));
        QCOMPARE(context.profile().silenceOverride(QStringLiteral("suporte")),
                 std::optional<std::chrono::seconds>(std::chrono::hours(72)));

        dialog = window.silenceThreshold()->open(QStringLiteral("suporte"));
        QCOMPARE(dialog->intValue(), 72);
        dialog->setIntValue(0);
        dialog->accept();
        QTRY_COMPARE(healthOf(window, "suporte"), int(health::Health::Zombie));
        QVERIFY(!context.profile().silenceOverride(QStringLiteral("suporte")));
    }
};

QTEST_MAIN(TestSilenceThreshold)
#include "tst_silencethreshold.moc"
