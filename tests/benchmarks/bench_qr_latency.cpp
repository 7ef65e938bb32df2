// How long a QR code takes to appear in ConnectFlow once the gateway has it, against the in-process
// simulator over loopback. Three figures, median of N runs each:
//   ready      the gateway already holds a QR when the flow starts (Reconnect, default options):
//              start() -> qrReady, i.e. one /qr round trip plus decoding;
//   polling    the QR becomes ready while the flow polls (simulator: empty, INITIALIZING, then QR;
//              default back-off 800 ms x1.5): moment the simulator first holds the QR -> qrReady;
//   decode     qr::decodePayload of the simulator's base64 PNG alone.
// Usage: bench_qr_latency [runs]   (default 10)
#include "FlowHarness.h"

#include "qr/QrImage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using sessions::ConnectFlow;

namespace {

const QString kId = QStringLiteral("bench");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QString phaseOf(sim::GatewaySimulator& sim)
{
    const QJsonArray sessions = sim.stateJson().value(QStringLiteral("sessions")).toArray();
    return sessions.isEmpty() ? QString() : sessions.first().toObject().value(QStringLiteral("phase")).toString();
}

// start() -> qrReady when the gateway already has the QR.
double readyRun(QString* payload)
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("qr")));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, ConnectFlow::Options{});
    QElapsedTimer clock;
    double ms = -1;
    QObject::connect(&flow, &ConnectFlow::qrReady, &flow, [&](const QImage&, const QString& p) {
        ms = double(clock.nsecsElapsed()) / 1e6;
        *payload = p;
    });
    clock.start();
    flow.start();
    if (!QTest::qWaitFor([&] { return ms >= 0; }, 10000))
        qFatal("no QR within 10 s");
    return ms;
}

// The simulator's flip to "QR ready" -> qrReady, while the flow polls with its default back-off.
double pollingRun()
{
    FlowHarness h(FlowHarness::scenario(kId, QStringLiteral("initializing")));
    ConnectFlow flow(*h.client, ConnectFlow::Mode::Reconnect, kId, ConnectFlow::Options{});
    QElapsedTimer clock;
    double hasQrAt = -1;
    double shownAt = -1;
    QObject::connect(&h.sim, &sim::GatewaySimulator::requestReceived, &flow, [&](const sim::RequestRecord& r) {
        if (!r.path.endsWith(QLatin1String("/qr")) || hasQrAt >= 0)
            return;
        // The simulator answers right after this signal: look at its phase once that is done.
        QTimer::singleShot(0, &flow, [&] {
            if (hasQrAt < 0 && phaseOf(h.sim) == QLatin1String("qr"))
                hasQrAt = double(clock.nsecsElapsed()) / 1e6;
        });
    });
    QObject::connect(&flow, &ConnectFlow::qrReady, &flow,
                     [&](const QImage&, const QString&) { shownAt = double(clock.nsecsElapsed()) / 1e6; });
    clock.start();
    flow.start();
    if (!QTest::qWaitFor([&] { return shownAt >= 0; }, 20000))
        qFatal("no QR within 20 s");
    return (hasQrAt >= 0 && shownAt >= 0) ? shownAt - hasQrAt : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;
    QTextStream out(stdout);

    QList<double> ready, polling, decode;
    QString payload;
    for (int i = 0; i < runs; ++i)
        ready.append(readyRun(&payload));
    for (int i = 0; i < runs; ++i)
        polling.append(pollingRun());
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        const qr::Decoded d = qr::decodePayload(payload);
        decode.append(double(clock.nsecsElapsed()) / 1e6);
        if (!d.ok())
            qFatal("decode failed: %s", qPrintable(d.error));
    }

    auto line = [&](const char* name, const QList<double>& v) {
        out << name << ": median " << QString::number(median(v), 'f', 2) << " ms, min "
            << QString::number(*std::min_element(v.begin(), v.end()), 'f', 2) << " ms, max "
            << QString::number(*std::max_element(v.begin(), v.end()), 'f', 2) << " ms (" << v.size() << " runs)\n";
    };
    line("ready   (gateway already has the QR: start -> qrReady)", ready);
    line("polling (QR becomes ready while polling: gateway has it -> qrReady)", polling);
    line("decode  (base64 PNG -> QImage)", decode);
    return 0;
}
