// TLS is verified: a gateway with a self-signed certificate is refused with a clear message, and
// accepted once its CA file is configured. There is no switch that turns verification off.
#include "gateway/GatewayClient.h"
#include "gateway/pixelhub/PixelhubParsers.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace gateway;
using namespace gateway::pixelhub;
using namespace std::chrono_literals;

namespace {
const QString kCert = QStringLiteral(PHS_TEST_DATA_DIR "/tls/gateway-cert.pem");
const QString kKey = QStringLiteral(PHS_TEST_DATA_DIR "/tls/gateway-key.pem");

Result run(GatewayJob* job)
{
    QSignalSpy spy(job, &GatewayJob::finished);
    if (!spy.wait(10000))
        return Result::failure(ErrorKind::Timeout, QStringLiteral("test timeout"));
    return spy.at(0).at(0).value<Result>();
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    QSslServer m_server;
    int m_requests = 0;
    QNetworkAccessManager m_nam;

    GatewayConfig config(const QString& caFile = {}) const
    {
        GatewayConfig c;
        c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
        c.secret = QStringLiteral("tls-test-secret");
        c.requestTimeout = 5s;
        c.listTimeout = 5s;
        c.connectTimeout = 5s;
        c.caFile = caFile;
        return c;
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        qRegisterMetaType<gateway::Result>();
        QFile certFile(kCert), keyFile(kKey);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        m_server.setSslConfiguration(ssl);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection())) {
                connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    const QByteArray body =
                        "{\"success\":true,\"channels\":[{\"id\":\"tls\",\"status\":\"connected\"}]}";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void selfSignedIsRefusedByDefault()
    {
        QNetworkAccessManager nam;
        GatewayClient client(nam, config());
        const Result r = run(client.listChannels());
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, ErrorKind::Tls);
        QVERIFY2(r.message.toString().contains("CA file"), qPrintable(r.message));
        QCOMPARE(m_requests, 0); // nothing, not even the secret, went over the unverified channel
    }

    void acceptedWithItsCaConfigured()
    {
        QNetworkAccessManager nam;
        GatewayClient client(nam, config(kCert));
        QVERIFY(client.tlsProblem().isEmpty());
        auto* job = client.listChannels();
        qsizetype listed = -1; // the job's own parse, read while finished() is emitted
        QObject::connect(job, &GatewayJob::finished, job, [&listed, job] { listed = job->channels().size(); });
        const Result r = run(job);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(listed, 1);
        QCOMPARE(m_requests, 1);
    }

    void unreadableCaFileIsAClearError()
    {
        QNetworkAccessManager nam;
        GatewayClient client(nam, config(QStringLiteral("/nonexistent/ca.pem")));
        QVERIFY(!client.tlsProblem().isEmpty());
        const Result r = run(client.listChannels());
        QCOMPARE(r.kind, ErrorKind::Tls);
        QVERIFY(r.message.toString().contains("/nonexistent/ca.pem"));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
