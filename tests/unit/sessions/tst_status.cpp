#include "sessions/Status.h"

#include <QTest>

using sessions::Status;
Q_DECLARE_METATYPE(sessions::Status)

class TestStatus : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<sessions::Status>("expected");
        QTest::newRow("connected") << "connected" << Status::Connected;
        QTest::newRow("CONNECTED") << "CONNECTED" << Status::Connected;
        QTest::newRow("spaced") << "  Connected " << Status::Connected;
        QTest::newRow("open") << "open" << Status::Connected;
        QTest::newRow("inChat") << "inChat" << Status::Connected;
        QTest::newRow("isLogged") << "isLogged" << Status::Connected;
        QTest::newRow("disconnected is not connected") << "disconnected" << Status::Disconnected;
        QTest::newRow("DISCONNECTED") << "DISCONNECTED" << Status::Disconnected;
        QTest::newRow("desconnectedMobile") << "desconnectedMobile" << Status::Disconnected;
        QTest::newRow("close") << "close" << Status::Disconnected;
        QTest::newRow("closed") << "closed" << Status::Disconnected;
        QTest::newRow("Session Unpaired") << "Session Unpaired" << Status::Disconnected;
        QTest::newRow("browserClose") << "browserClose" << Status::Disconnected;
        QTest::newRow("notLogged") << "notLogged" << Status::Disconnected;
        QTest::newRow("qr_required") << "qr_required" << Status::QrPending;
        QTest::newRow("QR required") << "QR required" << Status::QrPending;
        QTest::newRow("QRCODE") << "QRCODE" << Status::QrPending;
        QTest::newRow("waiting_qr") << "waiting_qr" << Status::QrPending;
        QTest::newRow("qrReadError") << "qrReadError" << Status::QrPending;
        QTest::newRow("INITIALIZING") << "INITIALIZING" << Status::Starting;
        QTest::newRow("starting") << "starting" << Status::Starting;
        QTest::newRow("OPENING") << "OPENING" << Status::Starting;
        QTest::newRow("PAIRING") << "PAIRING" << Status::Starting;
        QTest::newRow("UNLAUNCHED") << "UNLAUNCHED" << Status::Starting;
        QTest::newRow("empty") << "" << Status::Unknown;
        QTest::newRow("weird") << "banana" << Status::Unknown;
        QTest::newRow("available is presence, not state") << "available" << Status::Unknown;
    }

    void normalise()
    {
        QFETCH(QString, raw);
        QFETCH(sessions::Status, expected);
        QCOMPARE(sessions::statusFromGateway(raw), expected);
    }

    void keysAndLabels()
    {
        QCOMPARE(sessions::statusKey(Status::QrPending), QStringLiteral("qr_pending"));
        QCOMPARE(sessions::statusKey(Status::Unknown), QStringLiteral("unknown"));
        QCOMPARE(sessions::statusLabel(Status::QrPending, "qr_required"), QStringLiteral("Waiting for QR scan"));
        QCOMPARE(sessions::statusLabel(Status::Unknown, " banana "), QStringLiteral("banana"));
        QCOMPARE(sessions::statusLabel(Status::Connected, "open"), QStringLiteral("Connected"));
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
