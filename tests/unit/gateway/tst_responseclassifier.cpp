#include "gateway/ResponseClassifier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

using namespace gateway;

Q_DECLARE_METATYPE(gateway::ErrorKind)

namespace {
const QByteArray kNginx504 =
    "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 "
    "Gateway Time-out</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n";
const QByteArray kNginx401 =
    "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>"
    "401 Authorization Required</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n";
} // namespace

class TestResponseClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("wwwAuth");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<gateway::ErrorKind>("kind");
        QTest::addColumn<QString>("messageMentions");

        const int none = QNetworkReply::NoError;
        QTest::newRow("200 json") << none << 200 << QByteArray("application/json") << QByteArray()
                                  << QByteArray("{\"success\":true,\"channels\":[]}") << true << ErrorKind::None << "";
        QTest::newRow("200 success false is still 2xx here")
            << none << 200 << QByteArray("application/json") << QByteArray() << QByteArray("{\"success\":false}")
            << true << ErrorKind::None << "";
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << QByteArray() << QByteArray()
                                 << QByteArray() << false << ErrorKind::Network << "refused";
        QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError) << 0 << QByteArray() << QByteArray()
                                        << QByteArray() << false << ErrorKind::Network << "not found";
        QTest::newRow("reset mid-body with status")
            << int(QNetworkReply::RemoteHostClosedError) << 200 << QByteArray("application/json") << QByteArray()
            << QByteArray("{\"chan") << false << ErrorKind::Network << "closed the connection";
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0 << QByteArray() << QByteArray()
                             << QByteArray() << false << ErrorKind::Tls << "CA file";
        QTest::newRow("json 401 wrong secret")
            << int(QNetworkReply::AuthenticationRequiredError) << 401 << QByteArray("application/json") << QByteArray()
            << QByteArray("{\"success\":false,\"error\":\"Invalid gateway secret\"}") << false << ErrorKind::Auth
            << "Check the secret";
        QTest::newRow("json 401 missing secret") << none << 401 << QByteArray("application/json") << QByteArray()
                                                 << QByteArray("{\"error\":\"Missing X-Gateway-Secret header\"}")
                                                 << false << ErrorKind::Auth << "did not receive";
        QTest::newRow("nginx html 401") << none << 401 << QByteArray("text/html")
                                        << QByteArray("Basic realm=\"Acesso Restrito - Gateway WhatsApp\"") << kNginx401
                                        << false << ErrorKind::ProxyAuth << "Basic Auth";
        QTest::newRow("html 504") << none << 504 << QByteArray("text/html") << QByteArray() << kNginx504 << false
                                  << ErrorKind::ProxyTimeout << "504";
        QTest::newRow("html 200 page") << none << 200 << QByteArray("text/html") << QByteArray()
                                       << QByteArray("<!DOCTYPE html><title>Gateway UI</title>") << false
                                       << ErrorKind::Html << ":8443";
        QTest::newRow("html without content type")
            << none << 200 << QByteArray() << QByteArray() << QByteArray("  <html><title>x</title></html>") << false
            << ErrorKind::Html << "web page";
        QTest::newRow("html 502") << none << 502 << QByteArray("text/html") << QByteArray()
                                  << QByteArray("<html><title>502 Bad Gateway</title></html>") << false
                                  << ErrorKind::ProxyTimeout << "502";
        QTest::newRow("empty 200") << none << 200 << QByteArray("application/json") << QByteArray() << QByteArray()
                                   << false << ErrorKind::EmptyBody << "empty";
        QTest::newRow("whitespace 204") << none << 204 << QByteArray() << QByteArray() << QByteArray(" \n") << false
                                        << ErrorKind::EmptyBody << "204";
        QTest::newRow("truncated json") << none << 200 << QByteArray("application/json") << QByteArray()
                                        << QByteArray("{\"success\":true,\"channels\":[{\"id\":\"a\",\"sta") << false
                                        << ErrorKind::BadBody << "cut off";
        QTest::newRow("invalid json") << none << 200 << QByteArray("application/json") << QByteArray()
                                      << QByteArray("{\"success\": true, \"channels\": [}") << false
                                      << ErrorKind::BadBody << "not valid";
        QTest::newRow("500 json") << int(QNetworkReply::InternalServerError) << 500 << QByteArray("application/json")
                                  << QByteArray()
                                  << QByteArray("{\"success\":false,\"error\":\"WPPConnect getQRCode failed: Invalid "
                                                "QR code response from server\"}")
                                  << false << ErrorKind::Http << "Invalid QR code";
        QTest::newRow("500 plain text") << int(QNetworkReply::InternalServerError) << 500 << QByteArray("text/plain")
                                        << QByteArray() << QByteArray("Internal Server Error") << false
                                        << ErrorKind::Http << "internal error";
        QTest::newRow("404 route") << int(QNetworkReply::ContentNotFoundError) << 404 << QByteArray("application/json")
                                   << QByteArray() << QByteArray("{\"success\":false,\"error\":\"Route not found\"}")
                                   << false << ErrorKind::RouteNotFound << "Route not found";
        QTest::newRow("404 session")
            << int(QNetworkReply::ContentNotFoundError) << 404 << QByteArray("application/json") << QByteArray()
            << QByteArray(
                   "{\"success\":false,\"error\":\"A sessão do WhatsApp não está ativa.\",\"correlationId\":\"u\"}")
            << false << ErrorKind::NotFound << "não está ativa";
        QTest::newRow("409 exists") << none << 409 << QByteArray("application/json") << QByteArray()
                                    << QByteArray("{\"success\":false,\"error\":\"Session already exists\"}") << false
                                    << ErrorKind::Conflict << "already exists";
        QTest::newRow("400 json") << none << 400 << QByteArray("application/json") << QByteArray()
                                  << QByteArray("{\"message\":\"bad channel\"}") << false << ErrorKind::Http
                                  << "bad channel";
    }

    void classify()
    {
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, wwwAuth);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(gateway::ErrorKind, kind);
        QFETCH(QString, messageMentions);

        RawResponse raw;
        raw.networkError = static_cast<QNetworkReply::NetworkError>(networkError);
        raw.networkErrorText = QStringLiteral("transport text");
        raw.httpStatus = status;
        raw.contentType = contentType;
        raw.wwwAuthenticate = wwwAuth;
        raw.body = body;
        raw.host = QStringLiteral("gw.example:8443");
        const Result r = classifyResponse(raw);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.httpStatus == 0 || r.httpStatus == status, true);
        if (!ok) {
            QVERIFY2(!r.message.isEmpty(), "a failure always has a message");
            QVERIFY2(r.message.toString().contains(messageMentions, Qt::CaseInsensitive), qPrintable(r.message));
            QVERIFY2(!r.message.toString().contains(QLatin1String("<html")), "no HTML in messages");
            QVERIFY(r.message.toString().size() < 400);
        }
    }

    void clockAhead_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QString>("received");
        QTest::addColumn<qint64>("ahead");
        const QByteArray sent = "Wed, 02 Dec 2026 14:45:19 GMT";
        QTest::newRow("same clock") << sent << "2026-12-02T14:45:19Z" << qint64(0);
        QTest::newRow("within the header's second") << sent << "2026-12-02T14:45:20.900Z" << qint64(0);
        QTest::newRow("gateway 3 h ahead") << sent << "2026-12-02T11:45:19Z" << qint64(3 * 3600);
        QTest::newRow("gateway 90 s behind") << sent << "2026-12-02T14:46:49Z" << qint64(-90);
        QTest::newRow("RFC 2822 with an offset")
            << QByteArray("Wed, 02 Dec 2026 17:45:19 +0300") << "2026-12-02T14:40:19Z" << qint64(300);
        QTest::newRow("no header") << QByteArray() << "2026-12-02T11:45:19Z" << qint64(0);
        QTest::newRow("garbage") << QByteArray("yesterday") << "2026-12-02T11:45:19Z" << qint64(0);
    }

    // The gateway's clock, from the Date header of its answer.
    void clockAhead()
    {
        QFETCH(QByteArray, date);
        QFETCH(QString, received);
        QFETCH(qint64, ahead);
        QCOMPARE(gateway::clockAheadSeconds(date, QDateTime::fromString(received, Qt::ISODateWithMs)), ahead);
    }

    void sessionNotStarted()
    {
        RawResponse raw;
        raw.httpStatus = 500;
        raw.networkError = QNetworkReply::InternalServerError;
        raw.body = "{\"success\":false,\"error\":\"WPPConnect getQRCode failed: Session not started. Please, use the "
                   "/start-session route\"}";
        QVERIFY(indicatesSessionNotStarted(classifyResponse(raw)));
        raw.body = "{\"success\":false,\"error\":\"Internal\"}";
        QVERIFY(!indicatesSessionNotStarted(classifyResponse(raw)));
    }

    void gatewayErrorOrder()
    {
        QCOMPARE(gatewayErrorText(QJsonObject{{QStringLiteral("message"), QStringLiteral("m")},
                                              {QStringLiteral("error"), QStringLiteral("e")}}),
                 QStringLiteral("e"));
        QCOMPARE(gatewayErrorText(QJsonObject{{QStringLiteral("details"), QStringLiteral("d")}}), QStringLiteral("d"));
        QCOMPARE(gatewayErrorText(QJsonObject{
                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("error"), QStringLiteral("de")}}}}),
                 QStringLiteral("de"));
    }

    // Issue 14 #2: the raw words a message embeds are known, so the window can show the agent's
    // sentence with them behind Details; the command line keeps the message whole.
    void rawWordsSplitFromTheSentence_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("raw");
        const int none = QNetworkReply::NoError;
        const QByteArray json("application/json");
        QTest::newRow("500 gateway text") << int(QNetworkReply::InternalServerError) << 500 << json
                                          << QByteArray("{\"error\":\"WPPConnect getQRCode failed: Session not "
                                                        "started. Please, use the /start-session route\"}")
                                          << "WPPConnect getQRCode failed";
        QTest::newRow("404 gateway text") << int(QNetworkReply::ContentNotFoundError) << 404 << json
                                          << QByteArray("{\"message\":\"channel missing\"}") << "channel missing";
        QTest::newRow("409 conflict") << none << 409 << json << QByteArray("{\"error\":\"conflict\"}") << "conflict";
        QTest::newRow("html title") << none << 403 << QByteArray("text/html")
                                    << QByteArray("<html><title>Bad thing</title></html>") << "Bad thing";
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0 << QByteArray() << QByteArray()
                             << "transport text";
        QTest::newRow("other transport") << int(QNetworkReply::UnknownNetworkError) << 0 << QByteArray() << QByteArray()
                                         << "transport text";
    }

    void rawWordsSplitFromTheSentence()
    {
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, raw);
        RawResponse response;
        response.networkError = static_cast<QNetworkReply::NetworkError>(networkError);
        response.networkErrorText = QStringLiteral("transport text");
        response.httpStatus = status;
        response.contentType = contentType;
        response.body = body;
        response.host = QStringLiteral("gw.example:8443");
        const Result r = classifyResponse(response);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.toString().contains(raw), qPrintable(r.message)); // the command line's text, whole
        QVERIFY2(r.details().contains(raw), qPrintable(r.details()));
        const QString sentence = r.agentMessage();
        QVERIFY2(!sentence.contains(raw), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QLatin1String("()")) && !sentence.contains(QLatin1String(" .")) &&
                     !sentence.contains(QLatin1String("“")),
                 qPrintable(sentence));
        QVERIFY(sentence.size() > 20);
    }
};

QTEST_GUILESS_MAIN(TestResponseClassifier)
#include "tst_responseclassifier.moc"
