#include "DialectTestSupport.h"

#include "gateway/waha/WahaDialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gateway;
using gateway::waha::WahaDialect;

// dialects.md §1: the JSON shapes of WAHA, quirks included.
class TestWaha : public QObject
{
    Q_OBJECT

    WahaDialect m_dialect;

private slots:
    void credentialIsXApiKey()
    {
        const QNetworkRequest r = authorized(m_dialect, QStringLiteral("k3y"));
        QCOMPARE(r.rawHeader("X-Api-Key"), QByteArray("k3y"));
        QVERIFY(!r.hasRawHeader("X-Gateway-Secret"));
    }

    void requests()
    {
        const Request list = m_dialect.request(Operation::List, {}, {});
        QCOMPARE(list.path, QStringLiteral("/api/sessions"));
        QCOMPARE(list.query.queryItemValue(QStringLiteral("all")), QStringLiteral("true")); // STOPPED too
        const Request create = m_dialect.request(Operation::Create, QStringLiteral("vendas 2"), {});
        QCOMPARE(create.verb, QByteArray("POST"));
        const QJsonObject body = QJsonDocument::fromJson(create.body).object();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("vendas 2"));
        QCOMPARE(body.value(QStringLiteral("start")).toBool(false), true); // 2024.10 defaults to false
        const Request qr = m_dialect.request(Operation::Qr, QStringLiteral("vendas 2"), {});
        QCOMPARE(qr.path, QStringLiteral("/api/vendas%202/auth/qr"));
        QCOMPARE(qr.query.queryItemValue(QStringLiteral("format")), QStringLiteral("raw"));
        QCOMPARE(qr.accept, QByteArray("application/json")); // exactly: anything else gives a PNG
        const Request code = m_dialect.request(Operation::PairingCode, QStringLiteral("s"), QStringLiteral("5547999"));
        QCOMPARE(code.path, QStringLiteral("/api/s/auth/request-code"));
        QCOMPARE(QJsonDocument::fromJson(code.body).object().value(QStringLiteral("phoneNumber")).toString(),
                 QStringLiteral("5547999"));
        QCOMPARE(m_dialect.request(Operation::Restart, QStringLiteral("s"), {}).path,
                 QStringLiteral("/api/sessions/s/restart"));
        QCOMPARE(m_dialect.request(Operation::Logout, QStringLiteral("s"), {}).path,
                 QStringLiteral("/api/sessions/s/logout"));
        QCOMPARE(m_dialect.request(Operation::Delete, QStringLiteral("s"), {}).verb, QByteArray("DELETE"));
        const Capabilities c = m_dialect.capabilities();
        QVERIFY(c.list && c.create && c.remove && c.restart && c.logout && c.pairingCode && c.lastActivity);
    }

    void listMapsEveryStatus()
    {
        const QByteArray body = R"([
          {"name":"default","status":"WORKING","me":{"id":"79111111@c.us","pushName":"WAHA"},"engine":{"engine":"NOWEB"}},
          {"name":"qr","status":"SCAN_QR_CODE","me":null},
          {"name":"pk","status":"PASSKEY_REQUIRED"},
          {"name":"st","status":"STARTING"},
          {"name":"stopped","status":"STOPPED"},
          {"name":"failed","status":"FAILED"},
          {"name":"odd","status":"SOMETHING_NEW"},
          {"status":"WORKING"}
        ])";
        QList<ChannelInfo> out;
        const Result r = m_dialect.parseList(answer(200, body), out);
        QVERIFY(r.ok);
        QCOMPARE(out.size(), 7); // the item without a name is skipped
        const QStringList keys{QStringLiteral("connected"),    QStringLiteral("qr_pending"),
                               QStringLiteral("qr_pending"),   QStringLiteral("starting"),
                               QStringLiteral("disconnected"), QStringLiteral("disconnected"),
                               QStringLiteral("unknown")};
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(out.at(i).statusKey, keys.at(i));
        QCOMPARE(out.at(0).rawStatus, QStringLiteral("WORKING"));
        QCOMPARE(out.at(0).extras.account(), QStringLiteral("79111111"));
        QCOMPARE(out.at(0).extras.pushName(), QStringLiteral("WAHA"));
        QVERIFY(out.at(1).extras.account().isEmpty());
        QVERIFY(out.at(0).extras.reason().isEmpty());
        QVERIFY(!out.at(5).extras.reason().isEmpty()); // FAILED: restart, then logout + start
        QCOMPARE(out.at(6).rawStatus, QStringLiteral("SOMETHING_NEW"));
    }

    void listThatIsNoList()
    {
        QList<ChannelInfo> out;
        const Result r = m_dialect.parseList(answer(200, R"({"message":"pong"})"), out);
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, ErrorKind::BadBody);
    }

    void getAndUnknownSession()
    {
        std::optional<ChannelInfo> info;
        Result r = m_dialect.parseChannel(answer(200, R"({"name":"s","status":"STOPPED","me":null})"),
                                          QStringLiteral("s"), info);
        QVERIFY(r.ok);
        QCOMPARE(info->statusKey, QStringLiteral("disconnected"));
        info.reset();
        r = m_dialect.parseChannel(
            answer(404, R"({"statusCode":404,"message":"Session not found","error":"Not Found"})"), {}, info);
        QCOMPARE(r.kind, ErrorKind::NotFound);
        QVERIFY(!info);
    }

    void qrRawText()
    {
        QrReply reply;
        const Result r = m_dialect.parseQr(answer(200, R"({"value":"2@abcDEF,xyz=="})"), reply);
        QVERIFY(r.ok);
        QCOMPARE(reply.answer.payload, QStringLiteral("2@abcDEF,xyz=="));
        QCOMPARE(reply.answer.statusKey, QStringLiteral("qr_pending"));
    }

    void qrBase64JsonForm()
    {
        QrReply reply;
        const Result r = m_dialect.parseQr(answer(200, R"({"mimetype":"image/png","data":"iVBORw0KGgo="})"), reply);
        QVERIFY(r.ok);
        QCOMPARE(reply.answer.payload, QStringLiteral("iVBORw0KGgo="));
    }

    void qr422WhileWorkingIsState()
    {
        QrReply reply;
        const Result r = m_dialect.parseQr(
            answer(422, R"({"error":"Session status is not as expected. Try again later or restart the session",)"
                        R"("session":"default","status":"WORKING","expected":["SCAN_QR_CODE"]})"),
            reply);
        QVERIFY(r.ok);
        QCOMPARE(reply.answer.statusKey, QStringLiteral("connected"));
        QVERIFY(reply.answer.payload.isEmpty());
    }

    void qr422WhileStoppedMeansStartIt()
    {
        QrReply reply;
        const Result r = m_dialect.parseQr(
            answer(422,
                   R"({"error":"Session status is not as expected","status":"STOPPED","expected":["SCAN_QR_CODE"]})"),
            reply);
        QVERIFY(!r.ok);
        QVERIFY(reply.sessionNotStarted);
    }

    void qr422WhileStartingIsNotReady()
    {
        QrReply reply;
        const Result r = m_dialect.parseQr(answer(422, R"({"status":"STARTING"})"), reply);
        QVERIFY(r.ok);
        QCOMPARE(reply.answer.statusKey, QStringLiteral("starting"));
    }

    void other422IsAnError()
    {
        QrReply reply;
        const Result r = m_dialect.parseQr(
            answer(422, R"({"statusCode":422,"message":"WAHA Core support only 'default' session"})"), reply);
        QVERIFY(!r.ok);
        QVERIFY(!reply.sessionNotStarted);
    }

    void createExisting()
    {
        bool exists = false;
        Result r = m_dialect.parseCreate(
            answer(422, R"({"statusCode":422,"message":"Session 'x' already exists. Use PUT to update it.",)"
                        R"("error":"Unprocessable Entity"})"),
            exists);
        QVERIFY(!r.ok);
        QVERIFY(exists);
        r = m_dialect.parseCreate(answer(201, R"({"name":"x","status":"STARTING"})"), exists);
        QVERIFY(r.ok);
        QVERIFY(!exists);
    }

    void startAlreadyStartedIsDone()
    {
        bool unsupported = true;
        const Result r = m_dialect.parseStart(
            answer(422, R"({"statusCode":422,"message":"Session 'default' is already started."})"), unsupported);
        QVERIFY(r.ok);
        QVERIFY(!unsupported);
    }

    void emptyDeleteIsSuccess()
    {
        QVERIFY(m_dialect.parseAction(Operation::Delete, answer(200, {})).ok);
        // Only DELETE answers empty: an empty restart answer is still not a success.
        QVERIFY(!m_dialect.parseAction(Operation::Restart, answer(200, {})).ok);
        QCOMPARE(m_dialect.parseAction(Operation::Delete, answer(404, R"({"message":"Session not found"})")).kind,
                 ErrorKind::NotFound);
        QVERIFY(m_dialect.parseAction(Operation::Logout, answer(201, R"({"name":"s","status":"SCAN_QR_CODE"})")).ok);
    }

    void pairingCode()
    {
        PairingCode code;
        QVERIFY(m_dialect.parsePairingCode(answer(201, R"({"code":"ABCD-ABCD"})"), code).ok);
        QCOMPARE(code.code, QStringLiteral("ABCD-ABCD"));
        PairingCode none;
        QVERIFY(!m_dialect.parsePairingCode(answer(201, R"({})"), none).ok);
    }

    void lastActivityIsNewestInbound()
    {
        QDateTime at;
        const Result r = m_dialect.parseLastActivity(
            answer(200, R"([{"id":"a","lastMessage":{"timestamp":1768512999,"fromMe":true}},)"
                        R"({"id":"b","lastMessage":{"timestamp":1768512935,"fromMe":false}},)"
                        R"({"id":"c","lastMessage":{"timestamp":1768000000,"fromMe":false}},{"id":"d"}])"),
            at);
        QVERIFY(r.ok);
        QCOMPARE(at.toSecsSinceEpoch(), 1768512935);
        QCOMPARE(at.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestWaha)
#include "tst_waha.moc"
