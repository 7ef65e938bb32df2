#include "DialectTestSupport.h"

#include "gateway/GatewayClient.h"
#include "gateway/pixelhub/PixelhubDialect.h"
#include "settings/GatewayProfiles.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace gateway;

// The dialects as a whole: one list of names (settings reads it), each with its own credential
// header, and a verb a dialect lacks refused before anything is sent, naming the dialect.
class TestDialectRegistry : public QObject
{
    Q_OBJECT

private slots:
    void namesAreTheSettingsList()
    {
        QCOMPARE(settings::knownDialects(), dialectNames());
        for (const QString& name : dialectNames()) {
            const auto dialect = makeDialect(name);
            QVERIFY2(dialect, qPrintable(name));
            QCOMPARE(dialect->name(), name);
        }
        QVERIFY(!makeDialect(QStringLiteral("nope")));
    }

    void eachHasItsCredentialHeader_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("pixelhub") << "pixelhub" << QByteArray("X-Gateway-Secret") << QByteArray("s");
        QTest::newRow("waha") << "waha" << QByteArray("X-Api-Key") << QByteArray("s");
        QTest::newRow("evolution") << "evolution" << QByteArray("apikey") << QByteArray("s");
        QTest::newRow("whapi") << "whapi" << QByteArray("Authorization") << QByteArray("Bearer s");
    }

    void eachHasItsCredentialHeader()
    {
        QFETCH(QString, dialect);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        const QNetworkRequest r = authorized(*makeDialect(dialect), QStringLiteral("s"));
        QCOMPARE(r.rawHeaderList(), QList<QByteArray>{header});
        QCOMPARE(r.rawHeader(header), value);
    }

    void pixelhubRequestsAreTheContract()
    {
        const pixelhub::PixelhubDialect d;
        QCOMPARE(d.request(Operation::List, {}, {}).path, QStringLiteral("/api/channels"));
        QCOMPARE(d.request(Operation::Qr, QStringLiteral("a b/c"), {}).path,
                 QStringLiteral("/api/channels/a%20b%2Fc/qr"));
        QCOMPARE(d.request(Operation::Start, QStringLiteral("x"), {}).path,
                 QStringLiteral("/api/channels/x/start-session"));
        QVERIFY(!d.supports(Operation::Restart) && !d.supports(Operation::Logout) &&
                !d.supports(Operation::PairingCode));
    }

    void lackingVerbIsRefusedBeforeSending()
    {
        QNetworkAccessManager nam;
        GatewayConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens: nothing may be sent
        config.secret = QStringLiteral("s");
        config.dialect = QStringLiteral("pixelhub");
        GatewayClient client(nam, config);
        QSignalSpy spy(client.restartSession(QStringLiteral("x")), &GatewayJob::finished);
        QVERIFY(spy.wait(2000));
        const Result r = spy.first().first().value<Result>();
        QCOMPARE(r.kind, ErrorKind::Unsupported);
        QVERIFY(r.message.toString().contains(QStringLiteral("pixelhub")));

        config.dialect = QStringLiteral("whapi");
        client.setConfig(config);
        QSignalSpy del(client.deleteChannel(QStringLiteral("x")), &GatewayJob::finished);
        QVERIFY(del.wait(2000));
        QCOMPARE(del.first().first().value<Result>().kind, ErrorKind::Unsupported);
        QCOMPARE(client.dialect().name(), QStringLiteral("whapi"));
    }
};

QTEST_GUILESS_MAIN(TestDialectRegistry)
#include "tst_dialectregistry.moc"
