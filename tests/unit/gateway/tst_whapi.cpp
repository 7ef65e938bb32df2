#include "DialectTestSupport.h"

#include "gateway/whapi/WhapiDialect.h"

#include <QTest>

using namespace gateway;
using gateway::whapi::WhapiDialect;

// dialects.md §3: Whapi.Cloud's gate API, one channel per profile, quirks included.
class TestWhapi : public QObject
{
    Q_OBJECT

    WhapiDialect m_dialect;

private slots:
    void credentialIsTheChannelToken()
    {
        const QNetworkRequest r = authorized(m_dialect, QStringLiteral("tok"));
        QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer tok"));
    }

    void pollsNeverWakeTheChannel()
    {
        for (const Operation op : {Operation::List, Operation::Get, Operation::Health}) {
            const Request r = m_dialect.request(op, QStringLiteral("x"), {});
            QCOMPARE(r.path, QStringLiteral("/health"));
            QCOMPARE(r.query.queryItemValue(QStringLiteral("wakeup")), QStringLiteral("false"));
        }
        // Only the explicit start launches it.
        QCOMPARE(
            m_dialect.request(Operation::Start, QStringLiteral("x"), {}).query.queryItemValue(QStringLiteral("wakeup")),
            QStringLiteral("true"));
        const Capabilities c = m_dialect.capabilities();
        QVERIFY(!c.create && !c.remove && !c.restart);
        QVERIFY(c.logout && c.pairingCode);
        QCOMPARE(m_dialect.request(Operation::PairingCode, {}, QStringLiteral("5547999")).path,
                 QStringLiteral("/users/login/5547999"));
    }

    void healthIsTheOneChannel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("reason");
        QTest::newRow("AUTH") << "AUTH"
                              << "connected" << false;
        QTest::newRow("QR") << "QR"
                            << "qr_pending" << false;
        QTest::newRow("INIT") << "INIT"
                              << "starting" << false;
        QTest::newRow("LAUNCH") << "LAUNCH"
                                << "starting" << false;
        QTest::newRow("NOT_INIT") << "NOT_INIT"
                                  << "disconnected" << false;
        QTest::newRow("ERROR") << "ERROR"
                               << "disconnected" << true;
        QTest::newRow("SYNC_ERROR") << "SYNC_ERROR"
                                    << "disconnected" << true;
        QTest::newRow("STOP") << "STOP"
                              << "disconnected" << true;
        QTest::newRow("new word") << "SOMETHING"
                                  << "unknown" << false;
    }

    void healthIsTheOneChannel()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(bool, reason);
        const QByteArray body = QByteArray(R"({"channel_id":"MANTIS-M72HC","start_at":1713774883,"uptime":77,)"
                                           R"("version":"1.8.3","status":{"code":4,"text":)") +
                                '"' + text.toLatin1() + '"' +
                                R"(},"user":{"id":"61371989950","name":"Jonathan","pushname":"Jon"}})";
        QList<ChannelInfo> out;
        QVERIFY(m_dialect.parseList(answer(200, body), out).ok);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).id, QStringLiteral("MANTIS-M72HC"));
        QCOMPARE(out.at(0).rawStatus, text);
        QCOMPARE(out.at(0).statusKey, key);
        QCOMPARE(!out.at(0).extras.reason().isEmpty(), reason);
        QCOMPARE(out.at(0).extras.account(), QStringLiteral("61371989950"));
        QCOMPARE(out.at(0).extras.pushName(), QStringLiteral("Jon"));
    }

    void unauthorizedIsAuth()
    {
        QList<ChannelInfo> out;
        const Result r = m_dialect.parseList(
            answer(401, R"({"error":{"code":401,"message":"Unauthorized","details":"token"}})"), out);
        QCOMPARE(r.kind, ErrorKind::Auth);
        QVERIFY(out.isEmpty());
    }

    void qrRawFirstWithExpiry()
    {
        QrReply reply;
        QVERIFY(
            m_dialect.parseQr(answer(200, R"({"status":"OK","rowdata":"2@row","base64":"iVBOR","expire":20})"), reply)
                .ok);
        QCOMPARE(reply.answer.payload, QStringLiteral("2@row"));
        QCOMPARE(reply.answer.expiresInSec, 20);
        QrReply image;
        QVERIFY(m_dialect.parseQr(answer(200, R"({"status":"OK","base64":"data:image/png;base64,iVBOR"})"), image).ok);
        QCOMPARE(image.answer.payload, QStringLiteral("data:image/png;base64,iVBOR"));
        QrReply expired;
        QVERIFY(m_dialect.parseQr(answer(200, R"({"status":"TIMEOUT"})"), expired).ok);
        QVERIFY(expired.answer.payload.isEmpty());
    }

    // A QR the gateway could not make: what it said stays out of the agent's sentence, behind
    // Details, and whole on the command line.
    void qrErrorKeepsTheGatewaysWordsBehindDetails()
    {
        QrReply reply;
        const Result r =
            m_dialect.parseQr(answer(200, R"({"status":"ERROR","message":"phone offline for 30 min"})"), reply);
        QVERIFY(!r.ok);
        QCOMPARE(r.agentMessage(), QStringLiteral("The Whapi.Cloud gateway could not make a QR code. Try again."));
        QCOMPARE(r.details(), QStringLiteral("phone offline for 30 min"));
        QVERIFY(r.message.toString().contains(QStringLiteral("phone offline for 30 min")));
        const Result silent = m_dialect.parseQr(answer(200, R"({"status":"ERROR"})"), reply);
        QCOMPARE(silent.agentMessage(), QStringLiteral("The Whapi.Cloud gateway could not make a QR code. Try again."));
        QVERIFY(silent.details().isEmpty());
    }

    void conflictIsState()
    {
        QrReply reply;
        const Result r = m_dialect.parseQr(
            answer(409, R"({"error":{"code":409,"message":"Channel already authenticated"}})"), reply);
        QVERIFY(r.ok);
        QCOMPARE(reply.answer.statusKey, QStringLiteral("connected"));
        QVERIFY(m_dialect
                    .parseAction(Operation::Logout,
                                 answer(409, R"({"error":{"code":409,"message":"Channel already logged out"}})"))
                    .ok);
        QVERIFY(m_dialect.parseAction(Operation::Logout, answer(200, R"({"success":true})")).ok);
        QVERIFY(!m_dialect.parseAction(Operation::Logout, answer(500, R"({"error":{"code":500,"message":"x"}})")).ok);
    }

    void pairingCode()
    {
        PairingCode code;
        QVERIFY(m_dialect.parsePairingCode(answer(200, R"({"code":"123-456"})"), code).ok);
        QCOMPARE(code.code, QStringLiteral("123-456"));
    }

    void lastActivity()
    {
        QDateTime at;
        QVERIFY(m_dialect
                    .parseLastActivity(answer(200, R"({"chats":[{"id":"a","last_message":{"timestamp":1712995400,)"
                                                   R"("from_me":true}},{"id":"b","last_message":{"timestamp":)"
                                                   R"(1712995377,"from_me":false}}]})"),
                                       at)
                    .ok);
        QCOMPARE(at.toSecsSinceEpoch(), 1712995377);
    }
};

QTEST_GUILESS_MAIN(TestWhapi)
#include "tst_whapi.moc"
