#include "FlowHarness.h"

#include "qr/QrImage.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using sessions::ConnectFlow;
using State = sessions::ConnectFlow::State;
using namespace std::chrono_literals;

namespace {

const QString kId = QStringLiteral("pixel12digital");

QString qrPath()
{
    return QStringLiteral("/api/channels/") + kId + QStringLiteral("/qr");
}

QString channelPath()
{
    return QStringLiteral("/api/channels/") + kId;
}

// Every signal of one flow, recorded in order.
struct Recorder
{
    QList<State> states;
    QStringList messages;
    QStringList payloads;
    QList<int> countdowns;
    QStringList failures;
    QList<State> finals;
    int connectedCount = 0;

    explicit Recorder(ConnectFlow& flow)
    {
        QObject::connect(&flow, &ConnectFlow::stateChanged, &flow, [this](State s) { states.append(s); });
        QObject::connect(&flow, &ConnectFlow::progress, &flow, [this](const QString& m) { messages.append(m); });
        QObject::connect(&flow, &ConnectFlow::qrReady, &flow, [this](const QImage& image, const QString& payload) {
            QVERIFY(!image.isNull());
            payloads.append(payload);
        });
        QObject::connect(&flow, &ConnectFlow::countdown, &flow, [this](int s) { countdowns.append(s); });
        QObject::connect(&flow, &ConnectFlow::failed, &flow, [this](const QString& m) { failures.append(m); });
        QObject::connect(&flow, &ConnectFlow::finished, &flow, [this](State s) { finals.append(s); });
        QObject::connect(&flow, &ConnectFlow::connected, &flow, [this] { ++connectedCount; });
    }

    bool said(const QString& fragment) const
    {
        for (const QString& m : messages) {
            if (m.contains(fragment, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

// The simulator sends a base64 PNG of "2@sim,<id>,<rotation>,<token>": it must decode to an image.
bool decodes(const QString& payload)
{
    return qr::decodePayload(payload).ok();
}

} // namespace

class TestConnectFlow : public QObject
{
    Q_OBJECT

private slots:
    void qrFirstTime();
    void initializingThenQr();
    void notStartedStartsSession();
    void staleConnectedAsksThenRestarts();
    void staleConnectedDeclined();
    void staleConnectedAutoRestart();
    void prePatchInvalidQrAutoRestart();
    void qrRotation();
    void scanConnects();
    void cancelStopsAllRequests();
    void cancelWhileShowingQr();
    void cancelAfterRestartDeleteRecreates();
    void authFaultFailsAtOnce();
    void proxyTimeoutIsRetried();
    void stallTimesOut();
    void deadlineWithoutScan();
    void createNewSession();
    void createExistingFails();
    void reconnectUnknownFails();
    void tokenReconnectsWithoutQr();
    void dataUrlAndTextFormats_data();
    void dataUrlAndTextFormats();
};

void TestConnectFlow::qrFirstTime()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("qr")));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QCOMPARE(flow.state(), State::ShowingQr);
    QCOMPARE(rec.states, (QList<State>{State::WaitingForQr, State::ShowingQr}));
    QVERIFY(!flow.currentQr().isNull());
    QVERIFY(decodes(rec.payloads.first()));
    QCOMPARE(rec.countdowns.value(0), 3); // qrLifetime 3 s
    QCOMPARE(h.count(QStringLiteral("GET"), qrPath()), 1);
    QTRY_VERIFY_WITH_TIMEOUT(rec.countdowns.size() >= 2, 2000);
    QCOMPARE(rec.countdowns.at(1), 2);
    flow.cancel();
    QCOMPARE(rec.finals, QList<State>{State::Cancelled});
}

void TestConnectFlow::initializingThenQr()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("initializing")));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QVERIFY(rec.said(QStringLiteral("preparing the QR code")));
    QCOMPARE(h.count(QStringLiteral("GET"), qrPath()), 3); // empty, INITIALIZING, QR
    QVERIFY(rec.finals.isEmpty());
}

void TestConnectFlow::notStartedStartsSession()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("not_started")));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QVERIFY(rec.states.contains(State::StartingSession));
    QCOMPARE(rec.states.first(), State::WaitingForQr);
    QCOMPARE(h.count(QStringLiteral("POST"), channelPath() + QStringLiteral("/start-session")), 1);
    QCOMPARE(h.count(QStringLiteral("DELETE"), channelPath()), 0);
}

void TestConnectFlow::staleConnectedAsksThenRestarts()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("zombie")));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::ConfirmRestart, 3000);
    QVERIFY(flow.lastMessage().toString().contains(QLatin1String("connected")));
    QVERIFY(flow.lastMessage().toString().contains(QLatin1String("dropped")));
    // Nothing destructive before the answer, and no polling while waiting for a person.
    QTest::qWait(300);
    QCOMPARE(h.count(QStringLiteral("DELETE"), channelPath()), 0);
    const int before = h.sim.requests().size();
    QTest::qWait(300);
    QCOMPARE(h.sim.requests().size(), before);

    flow.confirmRestart(true);
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QCOMPARE(h.count(QStringLiteral("DELETE"), channelPath()), 1);
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/api/channels")), 1);
    const int restartAt = rec.states.indexOf(State::Restarting);
    QVERIFY(restartAt > rec.states.indexOf(State::ConfirmRestart));
    QCOMPARE(rec.states.mid(restartAt), (QList<State>{State::Restarting, State::WaitingForQr, State::ShowingQr}));
}

void TestConnectFlow::staleConnectedDeclined()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("zombie")));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::ConfirmRestart, 3000);
    flow.confirmRestart(false);
    QCOMPARE(rec.finals, QList<State>{State::Cancelled});
    QCOMPARE(h.count(QStringLiteral("DELETE"), channelPath()), 0);
    QVERIFY(h.sim.sessionIds().contains(kId));
}

void TestConnectFlow::staleConnectedAutoRestart()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("zombie")));
    auto options = FlowHarness::fastOptions();
    options.autoRestart = true;
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, options);
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QVERIFY(!rec.states.contains(State::ConfirmRestart));
    QVERIFY(rec.states.contains(State::Restarting));
    QCOMPARE(h.count(QStringLiteral("DELETE"), channelPath()), 1);
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/api/channels")), 1);
}

void TestConnectFlow::prePatchInvalidQrAutoRestart()
{
    FlowHarness h(
        FlowHarness::scenario(kId, QStringLiteral("zombie"), QJsonObject{{QStringLiteral("qrPatched"), false}}));
    auto options = FlowHarness::fastOptions();
    options.autoRestart = true;
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, options);
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QCOMPARE(h.count(QStringLiteral("DELETE"), channelPath()), 1);
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/api/channels")), 1);
    QVERIFY(rec.failures.isEmpty());
}

void TestConnectFlow::qrRotation()
{
    FlowHarness h(FlowHarness::scenario(
        kId, QStringLiteral("qr"),
        QJsonObject{{QStringLiteral("qrRotateSeconds"), 1.0}, {QStringLiteral("qrMaxRotations"), 0}}));
    auto options = FlowHarness::fastOptions();
    options.qrLifetime = 1000ms;
    options.qrRefreshMargin = 300ms;
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, options);
    Recorder rec(flow);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.payloads.size() >= 3, 5000);
    QVERIFY(rec.payloads.at(0) != rec.payloads.at(1));
    QVERIFY(rec.payloads.at(1) != rec.payloads.at(2));
    QCOMPARE(flow.currentPayload(), rec.payloads.last());
    // The countdown starts again with every new QR.
    QVERIFY(rec.countdowns.count(1) >= 2);
    QCOMPARE(flow.state(), State::ShowingQr);
}

void TestConnectFlow::scanConnects()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("qr")));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QVERIFY(h.sim.scan(kId));
    QTRY_COMPARE_WITH_TIMEOUT(rec.finals, QList<State>{State::Connected}, 2000);
    QCOMPARE(rec.connectedCount, 1);
    QCOMPARE(flow.state(), State::Connected);
    QCOMPARE(rec.states.last(), State::Connected);
    // Finished means finished: no more polling.
    const int before = h.sim.requests().size();
    QTest::qWait(400);
    QCOMPARE(h.sim.requests().size(), before);
    QCOMPARE(rec.finals.size(), 1);
}

void TestConnectFlow::cancelStopsAllRequests()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("initializing"),
                                        QJsonObject{{QStringLiteral("qrAfterPolls"), 1000}}));
    auto options = FlowHarness::fastOptions();
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, options);
    Recorder rec(flow);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(h.count(QStringLiteral("GET"), qrPath()) >= 3, 3000);
    flow.cancel();
    QCOMPARE(rec.finals, QList<State>{State::Cancelled});
    QCOMPARE(flow.state(), State::Cancelled);
    QTest::qWait(50); // a request already on the wire may still land
    const int before = h.sim.requests().size();
    QTest::qWait(2 * int(options.maxPoll.count()) + 2 * int(options.statusPoll.count()) + 100);
    QCOMPARE(h.sim.requests().size(), before);
    flow.cancel(); // idempotent
    QCOMPARE(rec.finals.size(), 1);
}

void TestConnectFlow::cancelWhileShowingQr()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("qr")));
    auto options = FlowHarness::fastOptions();
    options.qrLifetime = 600ms;
    options.qrRefreshMargin = 200ms;
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, options);
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QTest::qWait(250); // status polls running
    flow.cancel();
    QTest::qWait(50);
    const int before = h.sim.requests().size();
    const int ticks = rec.countdowns.size();
    QTest::qWait(1200);
    QCOMPARE(h.sim.requests().size(), before);
    QCOMPARE(rec.countdowns.size(), ticks);
    QCOMPARE(rec.finals, QList<State>{State::Cancelled});
}

void TestConnectFlow::cancelAfterRestartDeleteRecreates()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("zombie")));
    auto options = FlowHarness::fastOptions();
    options.autoRestart = true;
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, options);
    Recorder rec(flow);
    int deleteIndex = -1;
    connect(&h.sim, &sim::GatewaySimulator::requestReceived, &flow, [&](const sim::RequestRecord& r) {
        if (r.method == QLatin1String("DELETE") && deleteIndex < 0) {
            deleteIndex = int(h.sim.requests().size()) - 1;
            flow.cancel(); // the DELETE is on its way: the flow must still create the session again
        }
    });
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.finals, QList<State>{State::Cancelled}, 3000);
    const auto log = h.sim.requests();
    QVERIFY(deleteIndex >= 0);
    const auto after = log.mid(deleteIndex + 1);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().method, QStringLiteral("POST"));
    QCOMPARE(after.first().path, QStringLiteral("/api/channels"));
    QVERIFY(h.sim.sessionIds().contains(kId));
    QVERIFY(rec.payloads.isEmpty());
    QTest::qWait(300);
    QCOMPARE(h.sim.requests().size(), log.size());
}

void TestConnectFlow::authFaultFailsAtOnce()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("qr")));
    h.sim.setFault({sim::FaultKind::Json401, QStringLiteral("/api/"), -1, 0, {}});
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    QElapsedTimer clock;
    clock.start();
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.finals, QList<State>{State::Failed}, 3000);
    QVERIFY(clock.elapsed() < 1500);
    QCOMPARE(h.sim.requests().size(), 1);
    QCOMPARE(rec.failures.size(), 1);
    QVERIFY2(rec.failures.first().contains(QLatin1String("secret")), qPrintable(rec.failures.first()));
    QCOMPARE(flow.lastMessage(), rec.failures.first());
}

void TestConnectFlow::proxyTimeoutIsRetried()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("qr")));
    h.sim.setFault({sim::FaultKind::Html504, qrPath(), 1, 0, {}});
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QVERIFY(rec.said(QStringLiteral("504")));
    QVERIFY(rec.said(QStringLiteral("Retrying in")));
    QCOMPARE(h.count(QStringLiteral("GET"), qrPath()), 2);
    QVERIFY(rec.failures.isEmpty());
}

void TestConnectFlow::stallTimesOut()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("qr")), 400ms);
    h.sim.setFault({sim::FaultKind::Stall, qrPath(), -1, 0, {}});
    auto options = FlowHarness::fastOptions();
    options.deadline = 2000ms;
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, options);
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.finals, QList<State>{State::Failed}, 4000);
    QVERIFY(h.count(QStringLiteral("GET"), qrPath()) >= 2); // retried within the deadline
    const QString message = rec.failures.value(0);
    QVERIFY2(message.contains(QLatin1String("did not answer within")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("2 s")), qPrintable(message));
}

void TestConnectFlow::deadlineWithoutScan()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("qr")));
    auto options = FlowHarness::fastOptions();
    options.deadline = 1000ms;
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, options);
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.finals, QList<State>{State::Failed}, 3000);
    QCOMPARE(rec.payloads.size(), 1);
    QCOMPARE(rec.failures.value(0), QStringLiteral("No QR scan within 1 s. Try again."));
}

void TestConnectFlow::createNewSession()
{
    FlowHarness h(FlowHarness::scenario(kId, QString()));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Create, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QCOMPARE(rec.states.mid(0, 3), (QList<State>{State::Creating, State::WaitingForQr, State::ShowingQr}));
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/api/channels")), 1);
    QVERIFY(h.sim.scan(kId));
    QTRY_COMPARE_WITH_TIMEOUT(rec.finals, QList<State>{State::Connected}, 2000);
}

void TestConnectFlow::createExistingFails()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("connected")));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Create, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.finals, QList<State>{State::Failed}, 3000);
    QCOMPARE(rec.failures.value(0), QStringLiteral("A session named pixel12digital already exists on the gateway. "
                                                   "Use Reconnect on it instead."));
    QCOMPARE(h.sim.requests().size(), 1);
}

void TestConnectFlow::reconnectUnknownFails()
{
    FlowHarness h(FlowHarness::scenario(kId, QString()));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.finals, QList<State>{State::Failed}, 3000);
    QVERIFY2(rec.failures.value(0).contains(QLatin1String("Create it instead")), qPrintable(rec.failures.value(0)));
}

void TestConnectFlow::tokenReconnectsWithoutQr()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("disconnected"), {}, true));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.finals, QList<State>{State::Connected}, 3000);
    QVERIFY(rec.payloads.isEmpty());
    QCOMPARE(rec.connectedCount, 1);
    QCOMPARE(h.count(QStringLiteral("DELETE"), channelPath()), 0);
    QVERIFY(!rec.states.contains(State::ConfirmRestart));
}

void TestConnectFlow::dataUrlAndTextFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("dataurl") << QStringLiteral("dataurl");
    QTest::newRow("data object") << QStringLiteral("data");
    QTest::newRow("raw text") << QStringLiteral("text");
}

void TestConnectFlow::dataUrlAndTextFormats()
{
    QFETCH(QString, format);
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("qr"), QJsonObject{{QStringLiteral("qrFormat"), format}}));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, FlowHarness::fastOptions());
    Recorder rec(flow);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.payloads.size(), 1, 3000);
    QVERIFY(!flow.currentQr().isNull());
    if (format == QLatin1String("text"))
        QVERIFY(rec.payloads.first().startsWith(QLatin1String("2@sim,")));
}

QTEST_GUILESS_MAIN(TestConnectFlow)
#include "tst_connectflow.moc"
