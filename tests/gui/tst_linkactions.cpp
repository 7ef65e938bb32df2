// Restart and Log out in the session menu (issue 12): offered only where the gateway's dialect has
// them, each going to the session's gateway, Log out only after a confirmation that Enter cannot
// give, and each reported for the history and followed by a refresh.
#include "DialogTestSupport.h"
#include "GuiTestSupport.h"
#include "SessionActions.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

namespace {

QJsonObject scenario()
{
    return QJsonObject{
        {"sessions", QJsonArray{QJsonObject{{"id", "vendas"}, {"phase", "connected"}, {"token", true}},
                                QJsonObject{{"id", "suporte"}, {"phase", "disconnected"}, {"token", true}}}}};
}

struct Gateway : dialogtest::ListedGateway
{
    explicit Gateway(const QString& dialect)
        : ListedGateway(scenario(), dialect)
    {}
};

} // namespace

class TestLinkActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::isolate(); }
    void cleanup() { guitest::closeDialogs(); }

    void notOfferedWhereTheDialectLacksThem();
    void restartGoesToTheGatewayAndIsRecorded();
    void logoutAsksAndEnterNeverConfirms();
};

void TestLinkActions::notOfferedWhereTheDialectLacksThem()
{
    Gateway g(QStringLiteral("pixelhub"));
    QVERIFY(g.list());
    QWidget window;
    ui::SessionActions actions(*g.client, g.book, *g.monitor, &window);
    actions.setCurrentSession("vendas");
    QVERIFY(actions.deleteAction()->isVisible());
    QVERIFY(!actions.restartAction()->isVisible());
    QVERIFY(!actions.logoutAction()->isVisible());
    QVERIFY(!actions.restartAction()->isEnabled());
    g.sim.clearRequests();
    QVERIFY(!actions.restartSession("vendas"));
    QVERIFY(!actions.logoutSession("vendas"));
    QTest::qWait(100);
    QCOMPARE(g.sim.requests().size(), 0);
}

void TestLinkActions::restartGoesToTheGatewayAndIsRecorded()
{
    Gateway g(QStringLiteral("waha"));
    QVERIFY(g.list());
    QWidget window;
    ui::SessionActions actions(*g.client, g.book, *g.monitor, &window);
    QVERIFY(actions.restartAction()->isVisible());
    QVERIFY(!actions.restartAction()->isEnabled()); // nothing selected
    actions.setCurrentSession("vendas");
    QVERIFY(actions.restartAction()->isEnabled());
    QVERIFY(actions.logoutAction()->isEnabled());

    QSignalSpy acted(&actions, &ui::SessionActions::acted);
    QSignalSpy refreshed(g.monitor.get(), &runtime::SessionMonitor::refreshFinished);
    g.sim.clearRequests();
    actions.restartAction()->trigger();
    QTRY_COMPARE(acted.size(), 1);
    QCOMPARE(g.count("POST", "/api/sessions/vendas/restart"), 1);
    QCOMPARE(acted.first().at(1).toString(), QStringLiteral("vendas"));
    QCOMPARE(acted.first().at(2).toString(), QStringLiteral("restart"));
    QCOMPARE(acted.first().at(3).toString(), QStringLiteral("ok"));
    QTRY_VERIFY(refreshed.size() >= 1); // the list follows the change
    QCOMPARE(g.count("DELETE"), 0);     // never a delete behind it
}

void TestLinkActions::logoutAsksAndEnterNeverConfirms()
{
    Gateway g(QStringLiteral("waha"));
    QVERIFY(g.list());
    QWidget window;
    ui::SessionActions actions(*g.client, g.book, *g.monitor, &window);
    actions.setCurrentSession("vendas");
    QSignalSpy acted(&actions, &ui::SessionActions::acted);
    g.sim.clearRequests();

    // Enter presses Cancel: nothing sent.
    actions.logoutAction()->trigger();
    QPointer<QMessageBox> box = window.findChild<QMessageBox*>("logoutConfirmation");
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains("vendas"));
    QCOMPARE(actions.logoutSession("vendas"), box.data()); // raised, not a second one
    guitest::screenshot(box, "logout-confirmation");
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(box.isNull());
    QTest::qWait(200);
    QCOMPARE(g.count("POST"), 0);
    QCOMPARE(acted.size(), 0);

    // The Log out button logs out: the session stays, the phone's link goes.
    box = actions.logoutSession("vendas");
    QVERIFY(box);
    QPushButton* logout = box->findChild<QPushButton*>("logoutPushButton");
    QVERIFY(logout);
    QTest::mouseClick(logout, Qt::LeftButton);
    QTRY_COMPARE(acted.size(), 1);
    QCOMPARE(g.count("POST", "/api/sessions/vendas/logout"), 1);
    QCOMPARE(acted.first().at(2).toString(), QStringLiteral("logout"));
    QCOMPARE(acted.first().at(3).toString(), QStringLiteral("ok"));
    QCOMPARE(g.count("DELETE"), 0);
    QTRY_VERIFY(g.book.find("vendas") && g.book.find("vendas")->status != sessions::Status::Connected);
}

QTEST_MAIN(TestLinkActions)
#include "tst_linkactions.moc"
