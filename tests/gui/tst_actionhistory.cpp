// Issue 13: every operator action done from the window reaches the history with its result, a
// failure as well as a success (SessionActions::acted, which HistoryHooks records): a delete the
// gateway refused, a restart or log out that failed, a reconnect that failed or was closed, a
// create closed before the phone was linked or before its flow began.
#include "DeleteSessionDialog.h"
#include "DialogTestSupport.h"
#include "GuiTestSupport.h"
#include "QrDialog.h"
#include "SessionActions.h"
#include "history/HistoryEvent.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QtTest>

namespace {

using dialogtest::child;
using dialogtest::page;

// A gateway listed once, the window's actions on it, and what they report for the history.
struct Bench
{
    dialogtest::ListedGateway g;
    QWidget window;
    ui::SessionActions actions;
    QSignalSpy acted;

    explicit Bench(const QString& dialect = QStringLiteral("pixelhub"))
        : g(QJsonObject{{"qrAfterPolls", 0},
                        {"sessions",
                         QJsonArray{QJsonObject{{"id", "vendas"}, {"phase", "connected"}, {"token", true}},
                                    QJsonObject{{"id", "suporte"}, {"phase", "disconnected"}, {"token", true}},
                                    QJsonObject{{"id", "imobsites"}, {"phase", "qr"}}}}},
            dialect)
        , actions(*g.client, g.book, *g.monitor, &window)
        , acted(&actions, &ui::SessionActions::acted)
    {
        if (!g.list())
            qFatal("the simulator did not list");
        actions.setFlowOptions(fastFlowOptions());
    }
};

// One acted() emission: (gateway, session, action, result).
struct Acted
{
    QString session, action, result;
    bool ok() const { return result == history::Event::okResult(); }
};

ui::QrDialog::Outcome ended(sessions::ConnectFlow::State state, bool removed = false)
{
    ui::QrDialog::Outcome o;
    o.started = true;
    o.state = state;
    o.newSessionRemoved = removed;
    return o;
}

QList<Acted> recorded(const QSignalSpy& spy)
{
    QList<Acted> out;
    for (const QList<QVariant>& args : spy)
        out.append({args.at(1).toString(), args.at(2).toString(), args.at(3).toString()});
    return out;
}

} // namespace

class TestActionHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::isolate(); }
    void cleanup() { guitest::closeDialogs(); }

    void failedDeleteIsRecordedThenTheRetry();
    void deleteClosedWhileInFlightIsRecorded();
    void deleteClosedWhileInFlightThatFailsComesBack();
    void failedRestartAndLogoutAreRecorded();
    void reconnectSuccessAndFailureAreRecorded();
    void createClosedBeforeLinkingIsRecorded();
    void createClosedBeforeItsFlowBeganIsRecorded();
    void declinedReconnectIsNotAnAction();
};

void TestActionHistory::failedDeleteIsRecordedThenTheRetry()
{
    Bench b;
    auto& [g, window, actions, acted] = b;
    g.sim.setFault({sim::FaultKind::Json500, "/api/channels/vendas", 1, 0, "DELETE"});
    QPointer<ui::DeleteSessionDialog> dialog = actions.deleteSession("vendas");
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "confirmLineEdit")->setText("vendas");
    auto* remove = child<QPushButton>(dialog, "deletePushButton");
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(acted.size(), 1);
    QList<Acted> got = recorded(acted);
    QCOMPARE(got[0].session, QStringLiteral("vendas"));
    QCOMPARE(got[0].action, QStringLiteral("delete"));
    QVERIFY(!got[0].ok());
    QVERIFY2(got[0].result.contains("not deleted"), qPrintable(got[0].result));
    QVERIFY(!dialog.isNull()); // the error stays in the dialog, with Retry

    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(acted.size(), 2);
    got = recorded(acted);
    QCOMPARE(got[1].action, QStringLiteral("delete"));
    QVERIFY(got[1].ok());
}

// The gateway deletes at once and answers late (latency): the person closes the dialog while the
// DELETE is out. The request is not cancelled; its outcome is reported and recorded (it used to be
// cancelled on our side while the gateway deleted the session anyway, and nothing was recorded).
void TestActionHistory::deleteClosedWhileInFlightIsRecorded()
{
    Bench b;
    auto& [g, window, actions, acted] = b;
    g.sim.setLatency(1500, "/api/channels/vendas");
    QSignalSpy deleted(&actions, &ui::SessionActions::sessionDeleted);
    QPointer<ui::DeleteSessionDialog> dialog = actions.deleteSession("vendas");
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "confirmLineEdit")->setText("vendas");
    QTest::mouseClick(child<QPushButton>(dialog, "deletePushButton"), Qt::LeftButton);
    QVERIFY(dialog->isDeleting());
    auto* close = child<QPushButton>(dialog, "cancelPushButton");
    QCOMPARE(close->text(), QStringLiteral("Close")); // it no longer cancels anything
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isNull());
    QVERIFY(!dialog->isVisible());
    QVERIFY(acted.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    const QList<Acted> got = recorded(acted);
    QCOMPARE(got[0].session, QStringLiteral("vendas"));
    QCOMPARE(got[0].action, QStringLiteral("delete"));
    QVERIFY2(got[0].ok(), qPrintable(got[0].result));
    QCOMPARE(deleted.size(), 1);
    QTRY_VERIFY(dialog.isNull()); // done, and gone
}

// The same, but the gateway refuses (late): the failure is recorded and the dialog comes back
// with the reason and Retry.
void TestActionHistory::deleteClosedWhileInFlightThatFailsComesBack()
{
    Bench b;
    auto& [g, window, actions, acted] = b;
    window.show();
    g.sim.setFault({sim::FaultKind::Json500, "/api/channels/vendas", 1, 1500, "DELETE"});
    QPointer<ui::DeleteSessionDialog> dialog = actions.deleteSession("vendas");
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "confirmLineEdit")->setText("vendas");
    QTest::mouseClick(child<QPushButton>(dialog, "deletePushButton"), Qt::LeftButton);
    QVERIFY(dialog->isDeleting());
    dialog->reject(); // Escape, or the title bar's close
    QVERIFY(!dialog.isNull());
    QVERIFY(!dialog->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(acted.size(), 1, 15000);
    const QList<Acted> got = recorded(acted);
    QVERIFY(!got[0].ok());
    QVERIFY2(got[0].result.contains("not deleted"), qPrintable(got[0].result));
    QVERIFY(!dialog.isNull());
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    QCOMPARE(child<QPushButton>(dialog, "cancelPushButton")->text(), QStringLiteral("Cancel"));
}

void TestActionHistory::failedRestartAndLogoutAreRecorded()
{
    Bench b(QStringLiteral("waha"));
    auto& [g, window, actions, acted] = b;
    g.sim.setFault({sim::FaultKind::Json500, "/api/sessions/vendas/restart", -1, 0, "POST"});
    g.sim.setFault({sim::FaultKind::Json500, "/api/sessions/vendas/logout", -1, 0, "POST"});

    QVERIFY(actions.restartSession("vendas"));
    QTRY_COMPARE(acted.size(), 1);
    QPointer<QMessageBox> box = actions.logoutSession("vendas");
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "logoutPushButton"), Qt::LeftButton);
    QTRY_COMPARE(acted.size(), 2);
    const QList<Acted> got = recorded(acted);
    QCOMPARE(got[0].action, QStringLiteral("restart"));
    QVERIFY(!got[0].ok());
    QVERIFY(!got[0].result.isEmpty());
    QCOMPARE(got[1].action, QStringLiteral("logout"));
    QVERIFY(!got[1].ok());
    QVERIFY(!got[1].result.isEmpty());
}

void TestActionHistory::reconnectSuccessAndFailureAreRecorded()
{
    Bench b;
    auto& [g, window, actions, acted] = b;

    // Linked: "ok".
    QPointer<ui::QrDialog> qr = actions.reconnect("imobsites");
    QVERIFY(qr);
    QTRY_COMPARE(page(qr), QStringLiteral("qrPage"));
    QVERIFY(g.sim.scan("imobsites"));
    QTRY_VERIFY(qr.isNull());
    QTRY_COMPARE(acted.size(), 1);
    QList<Acted> got = recorded(acted);
    QCOMPARE(got[0].session, QStringLiteral("imobsites"));
    QCOMPARE(got[0].action, QStringLiteral("reconnect"));
    QVERIFY(got[0].ok());

    // The gateway refuses every request: the flow fails, the person closes the dialog.
    g.sim.setFault({sim::FaultKind::Json401, "/api", -1, 0, {}});
    qr = actions.reconnect("suporte");
    QVERIFY(qr);
    QTRY_COMPARE_WITH_TIMEOUT(page(qr), QStringLiteral("failedPage"), 25000);
    qr->reject();
    QTRY_VERIFY(qr.isNull());
    QTRY_COMPARE(acted.size(), 2);
    got = recorded(acted);
    QCOMPARE(got[1].action, QStringLiteral("reconnect"));
    QVERIFY(!got[1].ok());
    QVERIFY(!got[1].result.isEmpty());
}

void TestActionHistory::createClosedBeforeLinkingIsRecorded()
{
    Bench b;
    auto& [g, window, actions, acted] = b;

    // Closed while the QR shows; the person keeps the new session.
    QPointer<ui::QrDialog> qr = actions.createSession("novo");
    QVERIFY(qr);
    QTRY_COMPARE(page(qr), QStringLiteral("qrPage"));
    qr->reject(); // offers to remove the new session
    QCOMPARE(page(qr), QStringLiteral("confirmPage"));
    QTest::mouseClick(child<QPushButton>(qr, "declinePushButton"), Qt::LeftButton);
    QTRY_VERIFY(qr.isNull());
    QTRY_COMPARE(acted.size(), 1);
    QList<Acted> got = recorded(acted);
    QCOMPARE(got[0].session, QStringLiteral("novo"));
    QCOMPARE(got[0].action, QStringLiteral("create"));
    QVERIFY(!got[0].ok());
    QCOMPARE(got[0].result, ui::SessionActions::connectResult(ended(sessions::ConnectFlow::State::ShowingQr)));

    // Closed while the QR shows; the person removes it.
    qr = actions.createSession("outro");
    QVERIFY(qr);
    QTRY_COMPARE(page(qr), QStringLiteral("qrPage"));
    qr->reject();
    QTest::mouseClick(child<QPushButton>(qr, "confirmPushButton"), Qt::LeftButton);
    QTRY_VERIFY(qr.isNull());
    QTRY_COMPARE(acted.size(), 2);
    got = recorded(acted);
    QCOMPARE(got[1].action, QStringLiteral("create"));
    QCOMPARE(got[1].result, ui::SessionActions::connectResult(ended(sessions::ConnectFlow::State::ShowingQr, true)));
    QVERIFY(got[1].result != got[0].result);
}

void TestActionHistory::createClosedBeforeItsFlowBeganIsRecorded()
{
    // The gateway never answers: the dialog is closed while nothing has come back yet, and a
    // dialog closed before its flow ran at all (the outcome's wording) is a cancelled create too.
    Bench b;
    auto& [g, window, actions, acted] = b;
    g.sim.setFault({sim::FaultKind::Stall, "/api", -1, 0, {}});
    QPointer<ui::QrDialog> qr = actions.createSession("lento");
    QVERIFY(qr);
    QCOMPARE(page(qr), QStringLiteral("waitingPage"));
    qr->reject();
    QTRY_VERIFY(qr.isNull());
    QTRY_COMPARE(acted.size(), 1);
    const QList<Acted> got = recorded(acted);
    QCOMPARE(got[0].action, QStringLiteral("create"));
    QVERIFY(!got[0].ok());
    QVERIFY(got[0].result.startsWith(QStringLiteral("Cancelled")));

    const QString never = ui::SessionActions::connectResult(ui::QrDialog::Outcome());
    QVERIFY(never.startsWith(QStringLiteral("Cancelled")));
    QVERIFY(never != got[0].result);
}

void TestActionHistory::declinedReconnectIsNotAnAction()
{
    Bench b;
    auto& [g, window, actions, acted] = b;
    QPointer<ui::QrDialog> qr = actions.reconnect("vendas"); // working: it asks first
    QVERIFY(qr);
    QCOMPARE(page(qr), QStringLiteral("confirmPage"));
    QTest::mouseClick(child<QPushButton>(qr, "declinePushButton"), Qt::LeftButton);
    QTRY_VERIFY(qr.isNull());
    QTest::qWait(100);
    QCOMPARE(acted.size(), 0);
}

QTEST_MAIN(TestActionHistory)
#include "tst_actionhistory.moc"
