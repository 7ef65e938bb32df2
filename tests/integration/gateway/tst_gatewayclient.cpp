// The gateway client against the in-process simulator over loopback: every endpoint, every
// injected fault, timeouts, cancellation, a wrong secret and a cross-host redirect.
#include "gateway/GatewayClient.h"
#include "gateway/ResponseClassifier.h"
#include "gateway/pixelhub/PixelhubParsers.h"
#include "sim/GatewaySimulator.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace gateway;
using namespace gateway::pixelhub;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(gateway::ErrorKind)
Q_DECLARE_METATYPE(sim::FaultKind)

namespace {
const QString kSecret = QStringLiteral("test-secret-0123456789abcdef0123456789abcdef");

// Runs a job to its end and returns its one result; fails the test if it never ends.
Result run(GatewayJob* job, int timeoutMs = 15000)
{
    QSignalSpy spy(job, &GatewayJob::finished);
    if (!spy.wait(timeoutMs)) {
        qWarning() << "job did not finish in time";
        return Result::failure(ErrorKind::Timeout, QStringLiteral("test timeout"));
    }
    if (spy.count() != 1)
        qWarning() << "finished emitted" << spy.count() << "times";
    return spy.at(0).at(0).value<Result>();
}

// Runs a job and also returns its typed answer, read from the job while finished() is emitted.
template <typename Job, typename Read> auto runTyped(Job* job, Read read)
{
    decltype(read(*job)) typed{};
    QObject::connect(job, &GatewayJob::finished, job, [&typed, job, read] { typed = read(*job); });
    const Result result = run(job);
    return std::make_pair(result, typed);
}
} // namespace

class TestGatewayClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<sim::GatewaySimulator> m_sim;
    std::unique_ptr<GatewayClient> m_client;

    GatewayConfig config(const QString& secret = kSecret) const
    {
        GatewayConfig c;
        c.baseUrl = m_sim->baseUrl();
        c.secret = secret;
        c.listTimeout = 3s;
        c.requestTimeout = 3s;
        c.connectTimeout = 2s;
        c.maxBodyBytes = 4 * 1024 * 1024;
        return c;
    }

private slots:
    void init()
    {
        qRegisterMetaType<gateway::Result>();
        m_sim = std::make_unique<sim::GatewaySimulator>();
        m_sim->setSecret(kSecret);
        QVERIFY(m_sim->loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(m_sim->listen() != 0);
        m_client = std::make_unique<GatewayClient>(m_nam, config());
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void listChannels()
    {
        // The job's own parse (the listing is read item by item, not kept as a document).
        const auto [r, list] =
            runTyped(m_client->listChannels(), [](const ListChannelsJob& job) { return job.channels(); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QStringList ids;
        for (const auto& c : list)
            ids << c.id;
        QVERIFY(ids.contains("pixel12digital"));
        QVERIFY(!ids.contains("fantasma")); // hidden by the gateway's registry quirk
        const auto it =
            std::find_if(list.begin(), list.end(), [](const ChannelInfo& c) { return c.id == "imobsites"; });
        QVERIFY(it != list.end());
        QCOMPARE(it->rawStatus, QStringLiteral("qr_required"));
        const auto req = m_sim->requests();
        QCOMPARE(req.size(), 1);
        QVERIFY(req.first().secretOk);
    }

    void getChannel()
    {
        const auto channel = [](const GetChannelJob& job) { return job.channel(); };
        const auto [r, c] = runTyped(m_client->getChannel("pixel12digital"), channel);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(c); // parsed by the job, once
        QCOMPARE(c->id, QStringLiteral("pixel12digital"));
        QCOMPARE(c->rawStatus, QStringLiteral("connected"));

        const auto [missing, none] = runTyped(m_client->getChannel("nope"), channel);
        QVERIFY(!none);
        QVERIFY(!missing.ok);
        QCOMPARE(missing.kind, ErrorKind::NotFound);
        QCOMPARE(missing.httpStatus, 404);
    }

    void idsArePercentEncoded()
    {
        QVERIFY(m_sim->addSession(QJsonObject{{"id", "Pixel12 Digital"}, {"phase", "connected"}}));
        const Result r = run(m_client->getChannel("Pixel12 Digital"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_sim->requests().last().path, QStringLiteral("/api/channels/Pixel12 Digital"));
    }

    void createStartQrDelete()
    {
        const auto exists = [](const CreateChannelJob& job) { return job.alreadyExists(); };
        auto [r, existed] = runTyped(m_client->createChannel("novo_1"), exists);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!existed);
        std::tie(r, existed) = runTyped(m_client->createChannel("novo_1"), exists);
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, ErrorKind::Conflict);
        QVERIFY(existed);

        const auto unsupported = [](const StartSessionJob& job) { return job.unsupported(); };
        bool refused = true;
        std::tie(r, refused) = runTyped(m_client->startSession("financeiro"), unsupported);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!refused);
        sim::FaultSpec route404;
        route404.kind = sim::FaultKind::RouteNotFound404;
        route404.pathPrefix = QStringLiteral("/api/channels/financeiro/start-session");
        m_sim->setFault(route404);
        std::tie(r, refused) = runTyped(m_client->startSession("financeiro"), unsupported);
        QVERIFY(!r.ok);
        QVERIFY(refused);
        m_sim->clearFaults();

        // QR not ready for the first polls, then a QR payload, parsed by the job.
        QString payload;
        for (int i = 0; i < 6 && payload.isEmpty(); ++i) {
            QrReply reply;
            std::tie(r, reply) = runTyped(m_client->getQr("novo_1"), [](const GetQrJob& job) { return job.reply(); });
            QVERIFY2(r.ok, qPrintable(r.message));
            QVERIFY(!reply.sessionNotStarted && !reply.invalidQrResponse);
            payload = reply.answer.payload;
            if (payload.isEmpty())
                QVERIFY(!reply.answer.status.isEmpty() || parseQr(r.json).status.isEmpty());
        }
        QVERIFY(!payload.isEmpty());

        r = run(m_client->deleteChannel("novo_1"));
        QVERIFY2(r.ok, qPrintable(r.message));
        r = run(m_client->deleteChannel("novo_1"));
        QCOMPARE(r.kind, ErrorKind::NotFound);
    }

    void qrSessionNotStarted()
    {
        const auto [r, reply] =
            runTyped(m_client->getQr("financeiro"), [](const GetQrJob& job) { return job.reply(); });
        QVERIFY(!r.ok);
        QVERIFY(indicatesSessionNotStarted(r));
        QVERIFY(reply.sessionNotStarted);
        QVERIFY(reply.answer.payload.isEmpty());
    }

    void wrongSecret()
    {
        m_client->setConfig(config(QStringLiteral("wrong")));
        const Result r = run(m_client->listChannels());
        QCOMPARE(r.kind, ErrorKind::Auth);
        QVERIFY(r.message.toString().contains("secret"));
        QVERIFY(!r.message.toString().contains("wrong")); // the secret itself never appears in a message
    }

    void missingSecret()
    {
        m_client->setConfig(config(QString()));
        const Result r = run(m_client->listChannels());
        QCOMPARE(r.kind, ErrorKind::Auth);
    }

    void notConfigured()
    {
        m_client->setConfig(GatewayConfig{});
        const Result r = run(m_client->listChannels());
        QCOMPARE(r.kind, ErrorKind::NotConfigured);
        QVERIFY(m_sim->requests().isEmpty());
    }

    void faults_data()
    {
        QTest::addColumn<sim::FaultKind>("fault");
        QTest::addColumn<gateway::ErrorKind>("expected");
        QTest::newRow("json401") << sim::FaultKind::Json401 << ErrorKind::Auth;
        QTest::newRow("html401") << sim::FaultKind::Html401 << ErrorKind::ProxyAuth;
        QTest::newRow("html504") << sim::FaultKind::Html504 << ErrorKind::ProxyTimeout;
        QTest::newRow("json500") << sim::FaultKind::Json500 << ErrorKind::Http;
        QTest::newRow("html500") << sim::FaultKind::Html500 << ErrorKind::Html;
        QTest::newRow("route404") << sim::FaultKind::RouteNotFound404 << ErrorKind::RouteNotFound;
        QTest::newRow("empty200") << sim::FaultKind::Empty200 << ErrorKind::EmptyBody;
        QTest::newRow("truncated") << sim::FaultKind::Truncated << ErrorKind::BadBody;
        QTest::newRow("invalid") << sim::FaultKind::InvalidJson << ErrorKind::BadBody;
        QTest::newRow("oversized") << sim::FaultKind::Oversized << ErrorKind::TooLarge;
        QTest::newRow("reset") << sim::FaultKind::Reset << ErrorKind::Network;
        QTest::newRow("stall") << sim::FaultKind::Stall << ErrorKind::Timeout;
    }

    void faults()
    {
        QFETCH(sim::FaultKind, fault);
        QFETCH(gateway::ErrorKind, expected);
        sim::FaultSpec spec;
        spec.kind = fault;
        spec.pathPrefix = QStringLiteral("/api/channels");
        spec.count = 1;
        m_sim->setFault(spec);
        const Result r = run(m_client->listChannels());
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, expected);
        QVERIFY(!r.message.isEmpty());
        QVERIFY2(!r.message.toString().contains("<"), qPrintable(r.message));
        // The fault was one-shot: the next call works again.
        const Result again = run(m_client->listChannels());
        QVERIFY2(again.ok, qPrintable(again.message));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        GatewayConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_client->setConfig(c);
        const Result r = run(m_client->listChannels());
        QCOMPARE(r.kind, ErrorKind::Network);
        QVERIFY(r.message.toString().contains("refused"));
    }

    void latencyPastTimeout()
    {
        m_sim->setLatency(2500, QStringLiteral("/api/channels"));
        GatewayConfig c = config();
        c.listTimeout = 500ms;
        m_client->setConfig(c);
        const Result r = run(m_client->listChannels());
        QCOMPARE(r.kind, ErrorKind::Timeout);
        QVERIFY(r.elapsedMs < 2400);
    }

    void cancel()
    {
        m_sim->setLatency(2000, QStringLiteral("/api/channels"));
        QPointer<ListChannelsJob> job = m_client->listChannels();
        QSignalSpy spy(job.data(), &GatewayJob::finished);
        QTimer::singleShot(50, job.data(), [job] { job->cancel(); });
        QVERIFY(spy.wait(1500));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Result>().kind, ErrorKind::Cancelled);
        QTRY_VERIFY(job.isNull()); // deletes itself
        QTest::qWait(100);
        QCOMPARE(spy.count(), 1); // exactly once, even after the reply is torn down
    }

    void cancelAll()
    {
        m_sim->setLatency(2000);
        QList<QSharedPointer<QSignalSpy>> spies;
        for (int i = 0; i < 3; ++i)
            spies << QSharedPointer<QSignalSpy>::create(m_client->getQr("imobsites"), &GatewayJob::finished);
        m_client->cancelAll();
        for (const auto& s : spies) {
            QTRY_COMPARE(s->count(), 1);
            QCOMPARE(s->at(0).at(0).value<Result>().kind, ErrorKind::Cancelled);
        }
    }

    void redirectToAnotherHostIsRefused()
    {
        // A server that redirects everything to "localhost" (another host name than 127.0.0.1).
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        int elsewhereHits = 0;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
            ++elsewhereHits;
            delete elsewhere.nextPendingConnection();
        });
        QTcpServer redirector;
        QVERIFY(redirector.listen(QHostAddress::LocalHost));
        QByteArray seenRequest;
        connect(&redirector, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* s = redirector.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [&, s] {
                seenRequest += s->readAll();
                if (!seenRequest.contains("\r\n\r\n"))
                    return;
                s->write(
                    "HTTP/1.1 302 Found\r\nLocation: http://localhost:" + QByteArray::number(elsewhere.serverPort()) +
                    "/api/channels\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        });
        GatewayConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(redirector.serverPort()));
        m_client->setConfig(c);
        const Result r = run(m_client->listChannels());
        QCOMPARE(r.kind, ErrorKind::Redirect);
        QVERIFY(seenRequest.contains("X-Gateway-Secret"));
        QTest::qWait(200);
        QCOMPARE(elsewhereHits, 0); // never followed, so the secret never went there
    }
};

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "tst_gatewayclient.moc"
