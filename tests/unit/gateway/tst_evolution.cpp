#include "DialectTestSupport.h"

#include "gateway/evolution/EvolutionDialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gateway;
using gateway::evolution::EvolutionDialect;

// dialects.md §2: the JSON shapes of Evolution API v2 (and v1.8's list), quirks included.
class TestEvolution : public QObject
{
    Q_OBJECT

    EvolutionDialect m_dialect;

private slots:
    void credentialIsApikey()
    {
        const QNetworkRequest r = authorized(m_dialect, QStringLiteral("glob4l"));
        QCOMPARE(r.rawHeader("apikey"), QByteArray("glob4l"));
        QVERIFY(!r.hasRawHeader("X-Gateway-Secret"));
    }

    void requests()
    {
        QCOMPARE(m_dialect.request(Operation::List, {}, {}).path, QStringLiteral("/instance/fetchInstances"));
        QCOMPARE(m_dialect.request(Operation::Get, QStringLiteral("s1"), {}).path,
                 QStringLiteral("/instance/connectionState/s1"));
        const Request create = m_dialect.request(Operation::Create, QStringLiteral("s1"), {});
        const QJsonObject body = QJsonDocument::fromJson(create.body).object();
        QCOMPARE(body.value(QStringLiteral("integration")).toString(), QStringLiteral("WHATSAPP-BAILEYS"));
        QCOMPARE(body.value(QStringLiteral("instanceName")).toString(), QStringLiteral("s1"));
        const Request code = m_dialect.request(Operation::PairingCode, QStringLiteral("s1"), QStringLiteral("5547"));
        QCOMPARE(code.path, QStringLiteral("/instance/connect/s1"));
        QCOMPARE(code.query.queryItemValue(QStringLiteral("number")), QStringLiteral("5547"));
        const Request restart = m_dialect.request(Operation::Restart, QStringLiteral("s1"), {});
        QCOMPARE(restart.verb, QByteArray("POST")); // v2; v1 was PUT
        QCOMPARE(m_dialect.request(Operation::Logout, QStringLiteral("s1"), {}).verb, QByteArray("DELETE"));
        QCOMPARE(m_dialect.request(Operation::Delete, QStringLiteral("s1"), {}).path,
                 QStringLiteral("/instance/delete/s1"));
    }

    void listV2Rows()
    {
        const QByteArray body = R"([
          {"id":"c1","name":"support1","connectionStatus":"open","ownerJid":"5547999990000@s.whatsapp.net",
           "profileName":"Loja","integration":"WHATSAPP-BAILEYS","disconnectionReasonCode":null},
          {"id":"c2","name":"vendas","connectionStatus":"close","ownerJid":null,"disconnectionReasonCode":401,
           "disconnectionAt":"2026-02-09T10:00:00.000Z"},
          {"id":"c3","name":"novo","connectionStatus":"connecting"},
          {"id":"c4","name":"odd","connectionStatus":"weird"}
        ])";
        QList<ChannelInfo> out;
        QVERIFY(m_dialect.parseList(answer(200, body), out).ok);
        QCOMPARE(out.size(), 4);
        QCOMPARE(out.at(0).statusKey, QStringLiteral("connected"));
        QCOMPARE(out.at(0).extras.account(), QStringLiteral("5547999990000"));
        QCOMPARE(out.at(0).extras.pushName(), QStringLiteral("Loja"));
        QCOMPARE(out.at(1).statusKey, QStringLiteral("disconnected"));
        QVERIFY(out.at(1).extras.reason().contains(QStringLiteral("401")));
        QCOMPARE(out.at(2).statusKey, QStringLiteral("starting"));
        QCOMPARE(out.at(3).statusKey, QStringLiteral("unknown"));
        QCOMPARE(out.at(3).rawStatus, QStringLiteral("weird"));
    }

    void listV1Rows()
    {
        QList<ChannelInfo> out;
        QVERIFY(m_dialect
                    .parseList(answer(200, R"([{"instance":{"instanceName":"old","owner":"5511@s.whatsapp.net",)"
                                           R"("profileName":"P","status":"open"}}])"),
                               out)
                    .ok);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).id, QStringLiteral("old"));
        QCOMPARE(out.at(0).statusKey, QStringLiteral("connected"));
        QCOMPARE(out.at(0).extras.account(), QStringLiteral("5511"));
    }

    void getIsTheLiveState()
    {
        std::optional<ChannelInfo> info;
        QVERIFY(m_dialect
                    .parseChannel(answer(200, R"({"instance":{"instanceName":"x","state":"close"}})"),
                                  QStringLiteral("x"), info)
                    .ok);
        QCOMPARE(info->statusKey, QStringLiteral("disconnected"));
        info.reset();
        const Result r = m_dialect.parseChannel(
            answer(404,
                   R"({"status":404,"error":"Not Found","response":{"message":["The 'x' instance does not exist"]}})"),
            QStringLiteral("x"), info);
        QCOMPARE(r.kind, ErrorKind::NotFound);
        QCOMPARE(r.gatewayError, QStringLiteral("The 'x' instance does not exist"));
    }

    void connectGivesRawQrFirst()
    {
        QrReply reply;
        QVERIFY(m_dialect
                    .parseQr(answer(200,
                                    R"({"pairingCode":null,"code":"2@raw,text","base64":"data:image/png;base64,iVBOR",)"
                                    R"("count":1})"),
                             reply)
                    .ok);
        QCOMPARE(reply.answer.payload, QStringLiteral("2@raw,text"));
        QrReply imageOnly;
        QVERIFY(m_dialect.parseQr(answer(200, R"({"base64":"data:image/png;base64,iVBOR","count":2})"), imageOnly).ok);
        QCOMPARE(imageOnly.answer.payload, QStringLiteral("data:image/png;base64,iVBOR"));
    }

    void connectNotReadyYet()
    {
        QrReply reply;
        const Result r = m_dialect.parseQr(answer(200, R"({"count":0})"), reply);
        QVERIFY(r.ok);
        QVERIFY(reply.answer.payload.isEmpty());
        QVERIFY(reply.answer.statusKey.isEmpty());
    }

    void connectWhileOpenIsConnected()
    {
        QrReply reply;
        QVERIFY(m_dialect.parseQr(answer(200, R"({"instance":{"instanceName":"x","state":"open"}})"), reply).ok);
        QCOMPARE(reply.answer.statusKey, QStringLiteral("connected"));
    }

    void http200WithErrorIsAFailure()
    {
        QrReply reply;
        const Result r = m_dialect.parseQr(
            answer(200, R"({"error":true,"message":"BadRequestException: The 'x' instance does not exist"})"), reply);
        QVERIFY(!r.ok);
        QVERIFY(r.gatewayError.contains(QStringLiteral("does not exist")));
        const Result restart = m_dialect.parseAction(
            Operation::Restart, answer(200, R"({"error":true,"message":"BadRequestException: x is not connected"})"));
        QVERIFY(!restart.ok);
        QCOMPARE(restart.kind, ErrorKind::Http);
        // {"error": false} is a success.
        QVERIFY(m_dialect
                    .parseAction(
                        Operation::Delete,
                        answer(200, R"({"status":"SUCCESS","error":false,"response":{"message":"Instance deleted"}})"))
                    .ok);
    }

    void logoutWhileClosedIsDone()
    {
        const Result r = m_dialect.parseAction(
            Operation::Logout,
            answer(
                400,
                R"({"status":400,"error":"Bad Request","response":{"message":["The 'x' instance is not connected"]}})"));
        QVERIFY(r.ok);
        // Another 400 stays a failure, and so does the same answer to a delete.
        QVERIFY(!m_dialect.parseAction(Operation::Logout, answer(400, R"({"response":{"message":["boom"]}})")).ok);
        QVERIFY(!m_dialect
                     .parseAction(Operation::Delete,
                                  answer(400, R"({"response":{"message":["The 'x' instance is not connected"]}})"))
                     .ok);
    }

    void createDuplicateName()
    {
        bool exists = false;
        const Result r = m_dialect.parseCreate(
            answer(403,
                   R"({"status":403,"error":"Forbidden","response":{"message":["This name 'x' is already in use."]}})"),
            exists);
        QVERIFY(!r.ok);
        QVERIFY(exists);
    }

    void pairingCodeMayNeedAnotherPoll()
    {
        PairingCode first;
        QVERIFY(m_dialect.parsePairingCode(answer(200, R"({"pairingCode":null,"code":"2@x","count":1})"), first).ok);
        QVERIFY(first.code.isEmpty());
        QVERIFY(first.qrWithoutCode); // a QR but no code: the number may have been ignored
        PairingCode starting;
        QVERIFY(m_dialect.parsePairingCode(answer(200, R"({"count":0})"), starting).ok);
        QVERIFY(!starting.qrWithoutCode); // nothing yet: ask again
        PairingCode second;
        QVERIFY(
            m_dialect.parsePairingCode(answer(200, R"({"pairingCode":"WZYEH1YY","code":"2@x","count":1})"), second).ok);
        QCOMPARE(second.code, QStringLiteral("WZYEH1YY"));
    }

    void lastActivityReadsFromMeItself()
    {
        QDateTime at;
        QVERIFY(m_dialect
                    .parseLastActivity(answer(200, R"({"messages":{"total":3,"pages":1,"currentPage":1,"records":[)"
                                                   R"({"key":{"fromMe":true},"messageTimestamp":1768513000},)"
                                                   R"({"key":{"fromMe":false},"messageTimestamp":"1768512935"},)"
                                                   R"({"key":{"fromMe":false},"messageTimestamp":1768500000}]}})"),
                                       at)
                    .ok);
        QCOMPARE(at.toSecsSinceEpoch(), 1768512935);
    }
};

QTEST_GUILESS_MAIN(TestEvolution)
#include "tst_evolution.moc"
