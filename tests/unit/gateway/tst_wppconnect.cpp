#include "DialectTestSupport.h"

#include "gateway/wppconnect/WppconnectDialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gateway;
using gateway::wppconnect::WppconnectDialect;

// dialects.md §4: wppconnect-server used directly, quirks included.
class TestWppconnect : public QObject
{
    Q_OBJECT

    WppconnectDialect m_dialect;

private slots:
    void credentialIsTheSessionToken()
    {
        QVERIFY(m_dialect.needsSessionToken());
        // The secret never goes in a header; the session's token does.
        QVERIFY(authorized(m_dialect, QStringLiteral("sec")).rawHeaderList().isEmpty());
        const QNetworkRequest r = authorized(m_dialect, QStringLiteral("sec"), QStringLiteral("$2b$10$x"));
        QCOMPARE(r.rawHeaderList(), QList<QByteArray>{"Authorization"});
        QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer $2b$10$x"));
    }

    void secretOnlyInThePathsThatNeedIt()
    {
        const Request token = m_dialect.request(Operation::SessionToken, QStringLiteral("a b"), {});
        QCOMPARE(token.verb, QByteArray("POST"));
        QCOMPARE(token.path, QStringLiteral("/api/a%20b/{SECRET}/generate-token"));
        QVERIFY(token.session.isEmpty()); // no token needed to get one
        QCOMPARE(m_dialect.request(Operation::List, {}, {}).path, QStringLiteral("/api/{SECRET}/show-all-sessions"));
        QCOMPARE(m_dialect.request(Operation::Delete, QStringLiteral("s"), {}).path,
                 QStringLiteral("/api/s/{SECRET}/clear-session-data"));
        for (const Operation op : {Operation::Get, Operation::Qr, Operation::Start, Operation::Create,
                                   Operation::PairingCode, Operation::Logout, Operation::Delete}) {
            const Request r = m_dialect.request(op, QStringLiteral("s"), QStringLiteral("5547999"));
            QCOMPARE(r.session, QStringLiteral("s"));
            if (op != Operation::Delete)
                QVERIFY2(!r.path.contains(QLatin1String("{SECRET}")), qPrintable(r.path));
        }
    }

    void pollsHaveNoSideEffect()
    {
        for (const Operation op : {Operation::Get, Operation::Qr}) {
            const Request r = m_dialect.request(op, QStringLiteral("s"), {});
            QCOMPARE(r.verb, QByteArray("GET"));
            QCOMPARE(r.path, QStringLiteral("/api/s/status-session"));
        }
        QCOMPARE(m_dialect.request(Operation::Health, {}, {}).path, QStringLiteral("/healthz"));
        const Capabilities c = m_dialect.capabilities();
        QVERIFY(c.list && c.create && c.remove && c.start && c.logout && c.pairingCode);
        QVERIFY(!c.restart && !c.lastActivity);
    }

    void startAndPairing()
    {
        const Request start = m_dialect.request(Operation::Start, QStringLiteral("s"), {});
        QCOMPARE(start.path, QStringLiteral("/api/s/start-session"));
        QCOMPARE(QJsonDocument::fromJson(start.body).object().value(QLatin1String("waitQrCode")).toBool(true), false);
        const Request pair = m_dialect.request(Operation::PairingCode, QStringLiteral("s"), QStringLiteral("5547999"));
        const QJsonObject body = QJsonDocument::fromJson(pair.body).object();
        QCOMPARE(body.value(QLatin1String("phone")).toString(), QStringLiteral("5547999"));
        QVERIFY(body.value(QLatin1String("waitQrCode")).toBool());
        QVERIFY(pair.listTimeout); // held until the code comes

        PairingCode code;
        QVERIFY(m_dialect
                    .parsePairingCode(answer(201, R"({"status":"phoneCode","phone":"5547999","phoneCode":"ABCD-EFGH",)"
                                                  R"("session":"s"})"),
                                      code)
                    .ok);
        QCOMPARE(code.code, QStringLiteral("ABCD-EFGH"));
        code = {};
        QVERIFY(m_dialect.parsePairingCode(answer(201, R"({"status":"qrcode","qrcode":"iVBOR","urlcode":"2@x"})"), code)
                    .ok);
        QVERIFY(code.code.isEmpty() && code.qrWithoutCode);
        code = {};
        QVERIFY(!m_dialect.parsePairingCode(answer(201, R"({"status":"CONNECTED"})"), code).ok);
    }

    void statusesMapped_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("raw");
        QTest::newRow("CONNECTED") << QByteArray(R"({"status":"CONNECTED"})") << "connected"
                                   << "CONNECTED";
        QTest::newRow("QRCODE") << QByteArray(
                                       R"({"status":"QRCODE","qrcode":"data:image/png;base64,AA","urlcode":"2@q"})")
                                << "qr_pending"
                                << "QRCODE";
        QTest::newRow("PHONECODE") << QByteArray(R"({"status":"PHONECODE"})") << "qr_pending"
                                   << "PHONECODE";
        QTest::newRow("INITIALIZING") << QByteArray(R"({"status":"INITIALIZING"})") << "starting"
                                      << "INITIALIZING";
        QTest::newRow("CLOSED") << QByteArray(R"({"status":"CLOSED","qrcode":null})") << "disconnected"
                                << "CLOSED";
        QTest::newRow("null") << QByteArray(R"({"status":null})") << "disconnected"
                              << "null";
        QTest::newRow("DISCONNECTED") << QByteArray(R"({"status":"DISCONNECTED"})") << "disconnected"
                                      << "DISCONNECTED";
        QTest::newRow("other") << QByteArray(R"({"status":"BANANA"})") << "unknown"
                               << "BANANA";
    }

    void statusesMapped()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        QFETCH(QString, raw);
        std::optional<ChannelInfo> info;
        const Result r = m_dialect.parseChannel(answer(200, body), QStringLiteral("s"), info);
        // No client (null): not found for a lookup, with its status for a listed name.
        QCOMPARE(r.ok, raw != QLatin1String("null"));
        if (!r.ok)
            QCOMPARE(r.kind, ErrorKind::NotFound);
        QVERIFY(info);
        QCOMPARE(info->id, QStringLiteral("s"));
        QCOMPARE(info->statusKey, key);
        QCOMPARE(info->rawStatus, raw);
    }

    void listIsNamesOnly()
    {
        QList<ChannelInfo> out;
        QVERIFY(m_dialect.parseList(answer(200, R"({"response":["support1","vendas",""]})"), out).ok);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(1).id, QStringLiteral("vendas"));
        QCOMPARE(out.at(0).statusKey, QStringLiteral("unknown"));
        out.clear();
        QVERIFY(!m_dialect.parseList(answer(200, R"({"ok":1})"), out).ok);
    }

    void wrongSecretIsAuth()
    {
        // 400, not 401: the classifier alone would call it a bad request.
        QList<ChannelInfo> out;
        const Result list =
            m_dialect.parseList(answer(400, R"({"response":false,"message":"The token is incorrect"})"), out);
        QVERIFY(!list.ok);
        QCOMPARE(list.kind, ErrorKind::Auth);
        QString token;
        const Result r = m_dialect.parseSessionToken(
            answer(400, R"({"response":false,"message":"The SECRET_KEY is incorrect"})"), token);
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, ErrorKind::Auth);
        QVERIFY(r.message.toString().contains(QLatin1String("SECRET_KEY")));
        QVERIFY(token.isEmpty());
        // Another 400 stays what it was.
        QCOMPARE(m_dialect.parseAction(Operation::Logout, answer(400, R"({"message":"bad"})")).kind, ErrorKind::Http);
    }

    void tokenIsRead()
    {
        QString token;
        QVERIFY(m_dialect
                    .parseSessionToken(answer(201, R"({"status":"success","session":"s","token":"$2b$10$ab_c-d",)"
                                                   R"("full":"s:$2b$10$ab_c-d"})"),
                                       token)
                    .ok);
        QCOMPARE(token, QStringLiteral("$2b$10$ab_c-d"));
        QVERIFY(!m_dialect.parseSessionToken(answer(201, R"({"status":"success"})"), token).ok);
    }

    void qrPrefersTheRawText()
    {
        QrReply reply;
        QVERIFY(
            m_dialect
                .parseQr(answer(200, R"({"status":"QRCODE","qrcode":"data:image/png;base64,AA","urlcode":"2@raw"})"),
                         reply)
                .ok);
        QCOMPARE(reply.answer.payload, QStringLiteral("2@raw"));
        QCOMPARE(reply.answer.statusKey, QStringLiteral("qr_pending"));
        reply = {};
        QVERIFY(m_dialect.parseQr(answer(200, R"({"status":"QRCODE","qrcode":"data:image/png;base64,AA"})"), reply).ok);
        QCOMPARE(reply.answer.payload, QStringLiteral("data:image/png;base64,AA"));
        reply = {};
        QVERIFY(m_dialect.parseQr(answer(200, R"({"status":"CONNECTED"})"), reply).ok);
        QVERIFY(reply.answer.payload.isEmpty());
        QCOMPARE(reply.answer.statusKey, QStringLiteral("connected"));
        reply = {};
        QVERIFY(m_dialect.parseQr(answer(200, R"({"status":"INITIALIZING"})"), reply).ok);
        QCOMPARE(reply.answer.statusKey, QStringLiteral("starting"));
        // CLOSED (autoClose after ~60 s unscanned) or no client: start it first.
        for (const QByteArray& body :
             {QByteArray(R"({"status":"CLOSED","qrcode":null})"), QByteArray(R"({"status":null})")}) {
            reply = {};
            QVERIFY(!m_dialect.parseQr(answer(200, body), reply).ok);
            QVERIFY(reply.sessionNotStarted);
        }
    }

    void actions()
    {
        QVERIFY(m_dialect
                    .parseAction(Operation::Logout,
                                 answer(200, R"({"status":true,"message":"Session successfully closed"})"))
                    .ok);
        QVERIFY(!m_dialect.parseAction(Operation::Logout, answer(200, R"({"status":false,"message":"no"})")).ok);
        QVERIFY(
            !m_dialect
                 .parseAction(Operation::Delete, answer(200, R"({"status":"error","response":"Not implemented yet"})"))
                 .ok);
    }
};

QTEST_GUILESS_MAIN(TestWppconnect)
#include "tst_wppconnect.moc"
