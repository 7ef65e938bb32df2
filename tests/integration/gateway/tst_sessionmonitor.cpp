// SessionMonitor against the in-process simulator: a listing's answer is applied on a later turn
// of the event loop (so the GUI thread never parses and applies 1,000 sessions in one go), the
// monitor counts as refreshing until then, and cancel() in between drops the answer, at once.
#include "gateway/GatewayClient.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"
#include "sim/GatewaySimulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
const QString kSecret = QStringLiteral("monitor-secret-0123456789abcdef0123456789");
}

class TestSessionMonitor : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<sim::GatewaySimulator> m_sim;
    std::unique_ptr<gateway::GatewayClient> m_client;

    // The listing job the monitor just started (jobs are children of the client).
    gateway::ListChannelsJob* listJob() const
    {
        const auto jobs = m_client->findChildren<gateway::ListChannelsJob*>();
        return jobs.isEmpty() ? nullptr : jobs.last();
    }

private slots:
    void init()
    {
        qRegisterMetaType<gateway::Result>();
        m_sim = std::make_unique<sim::GatewaySimulator>();
        m_sim->setSecret(kSecret);
        QVERIFY(m_sim->loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(m_sim->listen() != 0);
        gateway::GatewayConfig config;
        config.baseUrl = m_sim->baseUrl();
        config.secret = kSecret;
        config.listTimeout = 5s;
        m_client = std::make_unique<gateway::GatewayClient>(m_nam, config);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void answerIsAppliedOnALaterTurn()
    {
        sessions::SessionBook book;
        runtime::SessionMonitor monitor(*m_client, book);
        QSignalSpy finished(&monitor, &runtime::SessionMonitor::refreshFinished);
        QVERIFY(monitor.refresh());
        QVERIFY(monitor.isRefreshing());
        QVERIFY(!monitor.refresh()); // never two listings in flight

        gateway::ListChannelsJob* job = listJob();
        QVERIFY(job);
        bool sawPending = false;
        // Connected after the monitor: runs once the monitor has taken the answer.
        connect(job, &gateway::GatewayJob::finished, this,
                [&] { sawPending = monitor.isRefreshing() && book.size() == 0 && finished.isEmpty(); });
        int rowsWhenFinished = -1;
        connect(&monitor, &runtime::SessionMonitor::refreshFinished, this, [&] { rowsWhenFinished = book.size(); });

        QVERIFY(finished.wait(10000));
        QVERIFY(sawPending);
        QVERIFY(rowsWhenFinished > 0); // the book is up to date when refreshFinished is emitted
        QVERIFY(!monitor.isRefreshing());
        QVERIFY(monitor.hasListing());
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<gateway::Result>().ok);
    }

    void cancelDropsAPendingAnswer()
    {
        sessions::SessionBook book;
        runtime::SessionMonitor monitor(*m_client, book);
        QSignalSpy finished(&monitor, &runtime::SessionMonitor::refreshFinished);
        QVERIFY(monitor.refresh());
        gateway::ListChannelsJob* job = listJob();
        QVERIFY(job);
        connect(job, &gateway::GatewayJob::finished, this, [&] { monitor.cancel(); });

        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<gateway::Result>().kind, gateway::ErrorKind::Cancelled);
        QCOMPARE(book.size(), 0);
        QVERIFY(!monitor.hasListing());
        QVERIFY(!monitor.isRefreshing());
        QVERIFY(monitor.refresh()); // and the next refresh works
        QVERIFY(finished.wait(10000));
        QVERIFY(book.size() > 0);
    }

    // What AppContext does when the gateway changes during a refresh: cancel, then list the new
    // one at once. The cancellation is reported right away and the new listing starts.
    void cancelThenRefreshAtOnce()
    {
        sessions::SessionBook book;
        runtime::SessionMonitor monitor(*m_client, book);
        QSignalSpy finished(&monitor, &runtime::SessionMonitor::refreshFinished);
        QVERIFY(monitor.refresh());
        monitor.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<gateway::Result>().kind, gateway::ErrorKind::Cancelled);
        QVERIFY(!monitor.isRefreshing());
        QVERIFY(monitor.refresh());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 2);
        QVERIFY(finished.at(1).at(0).value<gateway::Result>().ok);
        QVERIFY(book.size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionMonitor)
#include "tst_sessionmonitor.moc"
