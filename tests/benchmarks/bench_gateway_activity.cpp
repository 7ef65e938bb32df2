// Last activity asked of the gateway (no activity database), against the in-process simulator
// speaking Evolution, with N connected sessions (default 1,000):
//   round        listing + one findMessages call per session, at most 4 in flight, no spread
//                (a command-line verb): wall time and calls made;
//   rejudge      one re-evaluation of every row with the gateway's answers (what each answer, or
//                coalesced batch of answers, costs the GUI thread): median and worst of 20;
//   baseline     the same re-evaluation with no gateway answers (nothing asked).
// Usage: bench_gateway_activity [sessions]
#include "gateway/GatewayClient.h"
#include "runtime/GatewayActivity.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"
#include "sim/GatewaySimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

const QString kSecret = QStringLiteral("bench-secret-0123456789abcdef0123456789");

struct Timing
{
    double median = 0;
    double worst = 0;
};

// One full re-evaluation of the book, 20 times (a policy change re-judges every row in place).
Timing rejudge(runtime::SessionMonitor& monitor)
{
    QList<double> ms;
    for (int i = 0; i < 20; ++i) {
        health::ZombiePolicy policy = monitor.policy();
        policy.setThreshold(std::chrono::seconds(4 * 3600 + (i % 2))); // a change, so every row is judged
        QElapsedTimer t;
        t.start();
        monitor.setPolicy(policy);
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;
    QTextStream out(stdout);

    sim::GatewaySimulator sim;
    sim.setSecret(kSecret);
    QJsonArray sessions;
    for (int i = 0; i < n; ++i)
        sessions.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("s%1").arg(i)},
                                    {QStringLiteral("phase"), QStringLiteral("connected")},
                                    {QStringLiteral("token"), true}});
    if (!sim.loadScenario(QJsonObject{{QStringLiteral("sessions"), sessions}}) ||
        !sim.setDialect(QStringLiteral("evolution")) || sim.listen() == 0) {
        out << "simulator failed\n";
        return 1;
    }
    QNetworkAccessManager nam;
    gateway::GatewayConfig config;
    config.baseUrl = sim.baseUrl();
    config.secret = kSecret;
    config.dialect = QStringLiteral("evolution");
    config.listTimeout = 120s;
    config.requestTimeout = 120s;
    gateway::GatewayClient client(nam, config);
    sessions::SessionBook book;
    runtime::SessionMonitor monitor(client, book);

    QSignalSpy listed(&monitor, &runtime::SessionMonitor::refreshFinished);
    QSignalSpy done(&monitor, &runtime::SessionMonitor::gatewayActivityFinished);
    QElapsedTimer round;
    round.start();
    monitor.refresh();
    if (!listed.wait(120000)) {
        out << "no listing\n";
        return 1;
    }
    const double listingMs = round.nsecsElapsed() / 1e6;
    if (done.isEmpty() && !done.wait(600000)) {
        out << "no round\n";
        return 1;
    }
    const double roundMs = round.nsecsElapsed() / 1e6;
    const int calls = monitor.gatewayActivity().callsThisRound();
    int zombies = 0;
    int known = 0;
    for (const sessions::Session& s : book.sessions()) {
        zombies += s.isZombie() ? 1 : 0;
        known += s.activitySource == sessions::ActivitySource::Gateway ? 1 : 0;
    }
    const Timing with = rejudge(monitor);

    // Baseline: the same book, nothing asked of the gateway.
    monitor.gatewayActivity().startRound({}, {});
    const Timing without = rejudge(monitor);

    out << "sessions " << n << "\n"
        << "listing_ms " << listingMs << "\n"
        << "round_ms " << roundMs << " (listing + " << calls << " calls, <= " << runtime::GatewayActivity::MaxInFlight
        << " in flight)\n"
        << "rows_from_gateway " << known << " zombies " << zombies << "\n"
        << "rejudge_with_answers_ms median " << with.median << " worst " << with.worst << "\n"
        << "rejudge_baseline_ms median " << without.median << " worst " << without.worst << "\n";
    return 0;
}
