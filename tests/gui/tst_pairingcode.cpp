// The QR dialog's "Link with phone number instead" (issue 12) against the in-process simulator
// speaking each dialect: offered only where the dialect has pairing codes, the number checked by
// the one phone rule, the request carrying it, the code shown being the one the gateway gave, the
// way back to the QR, and the link made when the phone types the code. Screenshots of each state.
#include "../support/SimGateway.h"
#include "GuiTestSupport.h"
#include "QrDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QtTest>

using sessions::ConnectFlow;

namespace {

const QString kId = QStringLiteral("financeiro");

struct Gateway : SimGateway
{
    Gateway(const QString& dialect, const QString& phase)
        : SimGateway(QJsonObject{{"qrRotateSeconds", 20},
                                 {"qrAfterPolls", 1},
                                 {"sessions", QJsonArray{QJsonObject{{"id", kId}, {"phase", phase}}}}})
    {
        if (!sim.setDialect(dialect))
            qFatal("simulator lacks dialect %s", qPrintable(dialect));
        gateway::GatewayConfig config = client->config();
        config.dialect = dialect;
        client->setConfig(config);
    }

    // The simulator's own view of the session (GET /__sim/state).
    QJsonObject session() const
    {
        for (const QJsonValue& v : sim.stateJson().value("sessions").toArray()) {
            if (v.toObject().value("id").toString() == kId)
                return v.toObject();
        }
        return {};
    }
};

using guitest::child;

QString page(const ui::QrDialog* dialog)
{
    return child<QStackedWidget>(dialog, "pageStackedWidget")->currentWidget()->objectName();
}

QPointer<ui::QrDialog> openDialog(Gateway& g)
{
    auto* dialog = new ui::QrDialog(*g.client, ConnectFlow::Mode::Reconnect, kId, fastFlowOptions());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
    return dialog;
}

using guitest::screenshot;

// Types the number into the dialog's phone page and asks for the code.
void askCode(ui::QrDialog* dialog, const QString& typed)
{
    auto* phone = child<QLineEdit>(dialog, "phoneLineEdit");
    phone->clear();
    QTest::keyClicks(phone, typed);
    QTest::mouseClick(child<QPushButton>(dialog, "getCodePushButton"), Qt::LeftButton);
}

} // namespace

class TestPairingCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::isolate(); }
    void cleanup() { guitest::closeDialogs(); }

    void codeIsTheGatewaysAndLinks_data();
    void codeIsTheGatewaysAndLinks();
    void badNumberAsksNothing();
    void backToTheQr();
    void failureOffersTheWayBack();
    void dialectWithoutPairingHidesTheLink();
};

void TestPairingCode::codeIsTheGatewaysAndLinks_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("phase");
    for (const char* dialect : {"waha", "evolution", "whapi", "wppconnect"})
        QTest::newRow(dialect) << QString::fromLatin1(dialect) << QStringLiteral("qr");
    // A stopped session: the flow starts it first, the link is there meanwhile.
    QTest::newRow("waha-not-started") << QStringLiteral("waha") << QStringLiteral("not_started");
}

void TestPairingCode::codeIsTheGatewaysAndLinks()
{
    QFETCH(QString, dialect);
    QFETCH(QString, phase);
    Gateway g(dialect, phase);
    QPointer<ui::QrDialog> dialog = openDialog(g);
    QSignalSpy connected(dialog.data(), &ui::QrDialog::sessionConnected);
    auto* link = child<QPushButton>(dialog, "pairingLinkPushButton");
    QTRY_VERIFY(link->isVisible());
    if (phase == QLatin1String("qr")) {
        QTRY_COMPARE(page(dialog), QStringLiteral("qrPage"));
        QVERIFY(link->isVisible());
        screenshot(dialog, "pairing-link-" + dialect);
    }

    QTest::mouseClick(link, Qt::LeftButton);
    QCOMPARE(page(dialog), QStringLiteral("pairingPage"));
    QVERIFY(!link->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "phoneLineEdit")->isVisible());
    askCode(dialog, QStringLiteral("+55 (47) 99999-0003"));

    auto* code = child<QLabel>(dialog, "pairingCodeLabel");
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), 15000);
    QCOMPARE(page(dialog), QStringLiteral("pairingPage"));
    // The code shown is the one the gateway handed out, for the number typed, as it grouped it.
    const QJsonObject state = g.session();
    QVERIFY2(state.value("pairingCodeGiven").toBool(), qPrintable(QJsonDocument(state).toJson()));
    QCOMPARE(code->text(), state.value("pairingCode").toString());
    QCOMPARE(state.value("pairingPhone").toString(), QStringLiteral("5547999990003"));
    QVERIFY(code->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(code->font().pointSizeF() >= 2 * QApplication::font().pointSizeF());
    QVERIFY(child<QLabel>(dialog, "pairingStepsLabel")->text().contains("Link with phone number instead"));
    QTRY_VERIFY(child<QLabel>(dialog, "expiryLabel")->text().contains(QRegularExpression("\\d:\\d\\d")));
    QVERIFY(!child<QLabel>(dialog, "qrLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, "copyCodePushButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code->text());
    screenshot(dialog, "pairing-code-" + dialect + (phase == QLatin1String("qr") ? QString() : "-" + phase));

    // The phone's owner types it: the dialog sees the link and closes.
    QVERIFY(g.sim.scan(kId));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
    QCOMPARE(connected.count(), 1);
    QCOMPARE(g.session().value("phone").toString(), QStringLiteral("5547999990003"));
}

void TestPairingCode::badNumberAsksNothing()
{
    Gateway g(QStringLiteral("waha"), QStringLiteral("qr"));
    QPointer<ui::QrDialog> dialog = openDialog(g);
    QTRY_COMPARE(page(dialog), QStringLiteral("qrPage"));
    QTest::mouseClick(child<QPushButton>(dialog, "pairingLinkPushButton"), Qt::LeftButton);
    QTest::qWait(100); // a poll already on the wire may still land
    g.sim.clearRequests();
    auto* error = child<QLabel>(dialog, "phoneErrorLabel");
    QVERIFY(!error->isVisible());
    for (const char* typed : {"abc", "47 9999", "+55 47 99999-9999 ramal 2"}) {
        askCode(dialog, QString::fromLatin1(typed));
        QVERIFY2(error->isVisible(), typed);
    }
    QVERIFY(error->text().contains("+55 47 99999-9999"));
    screenshot(dialog, "pairing-phone-invalid");
    QTest::qWait(300);
    QCOMPARE(g.count("POST"), 0);
    QCOMPARE(g.count("GET"), 0); // the QR flow stopped while the number is typed
    QCOMPARE(g.session().value("pairingCodeGiven").toBool(), false);
    // Typing again hides the complaint.
    QTest::keyClicks(child<QLineEdit>(dialog, "phoneLineEdit"), QStringLiteral("1"));
    QVERIFY(!error->isVisible());
}

void TestPairingCode::backToTheQr()
{
    Gateway g(QStringLiteral("whapi"), QStringLiteral("qr"));
    QPointer<ui::QrDialog> dialog = openDialog(g);
    QTRY_COMPARE(page(dialog), QStringLiteral("qrPage"));
    QTest::mouseClick(child<QPushButton>(dialog, "pairingLinkPushButton"), Qt::LeftButton);
    askCode(dialog, QStringLiteral("5547999990004"));
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(dialog, "pairingCodeLabel")->text().isEmpty(), 15000);

    QTest::mouseClick(child<QPushButton>(dialog, "backToQrPushButton"), Qt::LeftButton);
    QTRY_COMPARE(page(dialog), QStringLiteral("qrPage"));
    QVERIFY(child<QLabel>(dialog, "qrLabel")->isVisible());
    QVERIFY(!child<QLabel>(dialog, "qrLabel")->pixmap().isNull());
    QVERIFY(child<QPushButton>(dialog, "pairingLinkPushButton")->isVisible()); // and again, if need be
    QVERIFY(dialog->flow());
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

// Asking for the code fails (the gateway refuses it for good, here a route it does not have): the
// failure page offers Try again, another number and the way back to the QR code, not only Close.
void TestPairingCode::failureOffersTheWayBack()
{
    Gateway g(QStringLiteral("waha"), QStringLiteral("qr"));
    const QString codePath = QStringLiteral("/api/") + kId + QStringLiteral("/auth/request-code");
    g.sim.setFault({sim::FaultKind::RouteNotFound404, codePath, -1, 0, QStringLiteral("POST")});
    QPointer<ui::QrDialog> dialog = openDialog(g);
    QTRY_COMPARE(page(dialog), QStringLiteral("qrPage"));
    QTest::mouseClick(child<QPushButton>(dialog, "pairingLinkPushButton"), Qt::LeftButton);
    askCode(dialog, QStringLiteral("+55 47 99999-0003"));
    QTRY_COMPARE_WITH_TIMEOUT(page(dialog), QStringLiteral("failedPage"), 15000);
    QVERIFY(g.count("POST", codePath) >= 1);
    auto* back = dialog->findChild<QPushButton*>(QStringLiteral("failedBackToQrPushButton"));
    QVERIFY2(back, "the failure page has no way back to the QR code");
    QVERIFY(back->isVisible());
    QVERIFY(back->text().contains(QStringLiteral("QR code")));
    QVERIFY(!back->isDefault()); // Enter keeps meaning Try again
    QVERIFY(child<QPushButton>(dialog, "tryAgainPushButton")->isVisible());
    auto* change = child<QPushButton>(dialog, "changeNumberPushButton");
    QVERIFY(change->isVisible());
    screenshot(dialog, "pairing-failed-waha");

    // Another number: the phone page, with the number typed still there to correct.
    QTest::mouseClick(change, Qt::LeftButton);
    QCOMPARE(page(dialog), QStringLiteral("pairingPage"));
    QCOMPARE(child<QLineEdit>(dialog, "phoneLineEdit")->text(), QStringLiteral("+55 47 99999-0003"));
    askCode(dialog, QStringLiteral("+55 47 99999-0004"));
    QTRY_COMPARE_WITH_TIMEOUT(page(dialog), QStringLiteral("failedPage"), 15000);

    // Back to the QR code: the QR flow runs again, and the link is offered again.
    g.sim.clearFaults();
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page(dialog), QStringLiteral("qrPage"), 15000);
    QVERIFY(!child<QLabel>(dialog, "qrLabel")->pixmap().isNull());
    QVERIFY(child<QPushButton>(dialog, "pairingLinkPushButton")->isVisible());
    QVERIFY(!back->isVisible());
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

void TestPairingCode::dialectWithoutPairingHidesTheLink()
{
    // The Pixel Hub wrapper gives no pairing codes: no link, whatever the dialog shows.
    Gateway g(QStringLiteral("pixelhub"), QStringLiteral("qr"));
    QPointer<ui::QrDialog> dialog = openDialog(g);
    QTRY_COMPARE(page(dialog), QStringLiteral("qrPage"));
    QTest::qWait(200);
    QVERIFY(!child<QPushButton>(dialog, "pairingLinkPushButton")->isVisible());
    screenshot(dialog, "pairing-link-absent-pixelhub");
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

QTEST_MAIN(TestPairingCode)
#include "tst_pairingcode.moc"
