// SessionMonitor asking the gateway for the last activity (no activity database) against the
// in-process simulator: the calls of a refresh are spread over the interval the window gives
// (not a burst when the listing lands), never more than GatewayActivity::MaxInFlight at a time,
// and a gateway that stalls them holds neither the listing nor the rows, which say why.
#include "gateway/GatewayClient.h"
#include "runtime/GatewayActivity.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"
#include "sim/GatewaySimulator.h"
#include "sim/SimClock.h"
#include "sim/SimSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
const QString kSecret = QStringLiteral("activity-secret-0123456789abcdef0123456789");
const QString kCallPath = QStringLiteral("/chat/findMessages/"); // Evolution's last-activity call
} // namespace

class TestGatewayActivity : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<sim::GatewaySimulator> m_sim;
    std::unique_ptr<gateway::GatewayClient> m_client;

    void start(int connected)
    {
        m_sim = std::make_unique<sim::GatewaySimulator>();
        m_sim->setSecret(kSecret);
        QJsonArray sessions;
        for (int i = 0; i < connected; ++i)
            sessions.append(QJsonObject{{"id", QStringLiteral("s%1").arg(i)}, {"phase", "connected"}, {"token", true}});
        sessions.append(QJsonObject{{"id", "parado"}, {"phase", "disconnected"}});
        QVERIFY(m_sim->loadScenario(QJsonObject{{"sessions", sessions}}));
        QVERIFY(m_sim->setDialect(QStringLiteral("evolution")));
        QVERIFY(m_sim->listen() != 0);
        gateway::GatewayConfig config;
        config.baseUrl = m_sim->baseUrl();
        config.secret = kSecret;
        config.dialect = QStringLiteral("evolution");
        config.listTimeout = 10s;
        config.requestTimeout = 60s; // the stalled calls are ended by the test, not by their time-out
        m_client = std::make_unique<gateway::GatewayClient>(m_nam, config);
    }

    int calls() const
    {
        int n = 0;
        for (const sim::RequestRecord& r : m_sim->requests()) {
            if (r.path.startsWith(kCallPath))
                ++n;
        }
        return n;
    }

private slots:
    void init() { qRegisterMetaType<gateway::Result>(); }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    // A window refreshing every 20 minutes spreads the three calls over 10: the first goes at
    // once, the next only minutes later.
    void callsAreSpreadOverTheInterval()
    {
        start(3);
        sessions::SessionBook book;
        runtime::SessionMonitor monitor(*m_client, book);
        monitor.setGatewayActivitySpread(runtime::GatewayActivity::spreadFor(20min));
        QSignalSpy listed(&monitor, &runtime::SessionMonitor::refreshFinished);
        QVERIFY(monitor.refresh());
        QVERIFY(listed.wait(10000));
        QVERIFY(monitor.gatewayActivityPending());
        QTRY_COMPARE(calls(), 1);
        QTest::qWait(500);
        QCOMPARE(calls(), 1);
        QCOMPARE(monitor.gatewayActivity().callsThisRound(), 1);
        // The first answer is shown as it comes, from the gateway.
        QTRY_VERIFY((*book.find(QStringLiteral("s0"))).activity == sessions::ActivityState::Known);
        QCOMPARE((*book.find(QStringLiteral("s0"))).activitySource, sessions::ActivitySource::Gateway);

        // Stopped between two calls (nothing in flight): the round ends at once, the sessions not
        // asked say why.
        QSignalSpy done(&monitor, &runtime::SessionMonitor::gatewayActivityFinished);
        monitor.cancelGatewayActivity();
        QCOMPARE(done.count(), 1);
        QVERIFY(!monitor.gatewayActivityPending());
        QCOMPARE(book.find(QStringLiteral("s2"))->health, sessions::Health::ActivityUnknown);
        QCOMPARE(calls(), 1);
    }

    // Ten connected sessions, a gateway that never answers the call: four in flight, no more;
    // the listing is there at once, and ending the calls says why on each row.
    void boundedAndStallDoesNotHoldTheListing()
    {
        start(10);
        sim::FaultSpec stall;
        stall.kind = sim::FaultKind::Stall;
        stall.pathPrefix = kCallPath;
        m_sim->setFault(stall);
        sessions::SessionBook book;
        runtime::SessionMonitor monitor(*m_client, book);
        QSignalSpy listed(&monitor, &runtime::SessionMonitor::refreshFinished);
        QSignalSpy done(&monitor, &runtime::SessionMonitor::gatewayActivityFinished);
        QVERIFY(monitor.refresh());
        QVERIFY(listed.wait(10000));
        QCOMPARE(book.size(), 11);
        QTRY_COMPARE(calls(), runtime::GatewayActivity::MaxInFlight);
        QTest::qWait(500);
        QCOMPARE(calls(), runtime::GatewayActivity::MaxInFlight);

        monitor.cancelGatewayActivity();
        QCOMPARE(done.count(), 1);
        QVERIFY(!monitor.gatewayActivityPending());
        for (int i = 0; i < 10; ++i) {
            const sessions::Session& s = *book.find(QStringLiteral("s%1").arg(i));
            QCOMPARE(s.activity, sessions::ActivityState::Unknown);
            QCOMPARE(s.health, sessions::Health::ActivityUnknown);
            QVERIFY2(s.healthReason.contains(QLatin1String("gateway")), qPrintable(s.healthReason));
        }
        // The disconnected session is never asked.
        for (const sim::RequestRecord& r : m_sim->requests())
            QVERIFY(!r.path.endsWith(QLatin1String("/parado")) || !r.path.startsWith(kCallPath));
    }

    void agesOnTheGatewaysClock_data()
    {
        QTest::addColumn<qint64>("aheadSeconds");
        QTest::newRow("gateway 3 h ahead") << qint64(3 * 3600);
        QTest::newRow("gateway 3 h behind") << qint64(-3 * 3600);
        QTest::newRow("gateway 30 days ahead") << qint64(30 * 86400);
    }

    // The gateway dates its messages on its own clock, hours away from this computer's (or, what
    // looks the same from here, this computer's clock is wrong). A message 5 min old on its clock
    // is 5 min old, not "just now" (a hidden zombie) or hours ago (a false one); the quiet session's
    // 8 h stay 8 h; the instant shown is on this computer's clock.
    void agesOnTheGatewaysClock()
    {
        QFETCH(qint64, aheadSeconds);
        sim::SimClock::setSkewSeconds(aheadSeconds);
        const auto resetClock = qScopeGuard([] { sim::SimClock::setSkewSeconds(0); });
        start(2);
        QVERIFY(m_sim->setSilent(QStringLiteral("s1"), true));
        sessions::SessionBook book;
        runtime::SessionMonitor monitor(*m_client, book);
        monitor.setGatewayActivitySpread(0ms);
        QSignalSpy listed(&monitor, &runtime::SessionMonitor::refreshFinished);
        QSignalSpy done(&monitor, &runtime::SessionMonitor::gatewayActivityFinished);
        QVERIFY(monitor.refresh());
        QVERIFY(listed.wait(10000));
        QVERIFY(done.count() > 0 || done.wait(10000));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const struct
        {
            const char* id;
            qint64 age;
        } expected[] = {{"s0", sim::SimSession::LiveInboundAgeSeconds},
                        {"s1", sim::SimSession::QuietInboundAgeSeconds}};
        for (const auto& e : expected) {
            const sessions::Session& s = *book.find(QString::fromLatin1(e.id));
            QCOMPARE(s.activity, sessions::ActivityState::Known);
            QCOMPARE(s.activitySource, sessions::ActivitySource::Gateway);
            QVERIFY2(qAbs(s.silenceSeconds - e.age) <= 10,
                     qPrintable(QStringLiteral("%1: %2 s, expected %3 s").arg(e.id).arg(s.silenceSeconds).arg(e.age)));
            QVERIFY2(qAbs(s.lastActivityUtc.secsTo(now.addSecs(-e.age))) <= 10,
                     qPrintable(s.lastActivityUtc.toString(Qt::ISODate)));
        }
    }

    // A gateway whose dialect cannot tell the last message is never asked.
    void dialectWithoutLastActivityIsNotAsked()
    {
        start(2);
        gateway::GatewayConfig config = m_client->config();
        config.dialect = QStringLiteral("pixelhub");
        QVERIFY(m_sim->setDialect(QStringLiteral("pixelhub")));
        m_client->setConfig(config);
        sessions::SessionBook book;
        runtime::SessionMonitor monitor(*m_client, book);
        QSignalSpy listed(&monitor, &runtime::SessionMonitor::refreshFinished);
        QVERIFY(monitor.refresh());
        QVERIFY(listed.wait(10000));
        QVERIFY(!monitor.gatewayActivityPending());
        QCOMPARE(monitor.gatewayActivity().callsThisRound(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGatewayActivity)
#include "tst_gatewayactivity.moc"
