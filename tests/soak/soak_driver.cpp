// Soak: the real main window (offscreen) refreshing every second for DURATION seconds against
// wa-gateway-sim in another process, while random faults and state changes are injected through
// the simulator's /__sim/ control endpoints on loopback. Every 10 s it samples the resident memory
// and the open file descriptors (sockets counted apart) of this process; at the end the faults are
// cleared and the window must recover (one good refresh, no banner, no stale rows).
//
//   QT_QPA_PLATFORM=offscreen soak_driver [seconds=600] [seed]
//
// Exit codes: 0 fine; 1 setup failed; 2 fds grew by more than kFdMargin; 3 the simulator died;
// 4 a refresh never ended (no answer within kStuckMs); 5 no recovery after the faults stopped.
// A crash ends it with a signal, which the shell reports as 128 + N.
#include "AppContext.h"
#include "ErrorBanner.h"
#include "MainWindow.h"
#include "SessionTableModel.h"
#include "runtime/SessionMonitor.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

const QString kSecret = QStringLiteral("soak-secret-5a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d");
constexpr int kSampleMs = 10000;
constexpr int kFdMargin = 8;       // a few keep-alive connections may come and go
constexpr qint64 kStuckMs = 30000; // no refresh may run longer (list timeout is 3 s)
constexpr int kMaxExtraSessions = 25;

const char* const kFaultKinds[] = {"json401",  "html401",   "html504", "json500",   "html500", "route404",
                                   "empty200", "truncated", "invalid", "oversized", "reset",   "stall"};

struct Sample
{
    qint64 rssKb = -1;
    int fds = -1;
    int sockets = -1;
};

Sample sample()
{
    Sample s;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                s.rssKb = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    const QDir fdDir(QStringLiteral("/proc/self/fd"));
    const QStringList fds = fdDir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    s.fds = int(fds.size());
    s.sockets = 0;
    for (const QString& fd : fds) {
        char target[64] = {};
        const QByteArray link = QFile::encodeName(fdDir.filePath(fd));
        if (::readlink(link.constData(), target, sizeof target - 1) > 0 && qstrncmp(target, "socket:", 7) == 0)
            ++s.sockets;
    }
    return s;
}

QJsonObject session(const QString& id, const QString& phase)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("phase"), phase}, {QStringLiteral("token"), true}};
}

QJsonObject baseScenario()
{
    QJsonArray sessions;
    sessions << session(QStringLiteral("pixel12digital"), QStringLiteral("connected"))
             << session(QStringLiteral("imobsites"), QStringLiteral("qr"))
             << session(QStringLiteral("suporte"), QStringLiteral("zombie"))
             << session(QStringLiteral("vendas"), QStringLiteral("disconnected"))
             << session(QStringLiteral("financeiro"), QStringLiteral("not_started"))
             << session(QStringLiteral("marketing"), QStringLiteral("initializing"))
             << session(QStringLiteral("cobranca"), QStringLiteral("connected"));
    return QJsonObject{{QStringLiteral("qrAfterPolls"), 1},
                       {QStringLiteral("qrRotateSeconds"), 5},
                       {QStringLiteral("sessions"), sessions}};
}

// The offscreen platform warns on every tooltip and menu; keep the figures readable.
QtMessageHandler g_defaultHandler = nullptr;
void filterMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    g_defaultHandler = qInstallMessageHandler(filterMessages);
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const int duration = args.size() > 1 ? std::max(10, args.at(1).toInt()) : 600;
    const quint32 seed = args.size() > 2 ? args.at(2).toUInt() : QRandomGenerator::system()->generate();
    QRandomGenerator random(seed);
    std::printf("soak: %d s, seed %u\n", duration, seed);
    std::fflush(stdout);

    QTemporaryDir dir;
    QFile scenarioFile(dir.filePath(QStringLiteral("scenario.json")));
    if (!dir.isValid() || !scenarioFile.open(QIODevice::WriteOnly))
        return 1;
    scenarioFile.write(QJsonDocument(baseScenario()).toJson());
    scenarioFile.close();
    const QString activityDb = dir.filePath(QStringLiteral("activity.db"));

    // The gateway in another process, so only the app's own work runs in this one.
    QProcess sim;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WA_SIM_SECRET"), kSecret);
    sim.setProcessEnvironment(env);
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(QStringLiteral(PHS_SIM_EXECUTABLE),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"), scenarioFile.fileName(),
               QStringLiteral("--activity-sqlite"), activityDb, QStringLiteral("--activity-interval-ms"),
               QStringLiteral("1000")});
    QByteArray banner;
    QElapsedTimer startClock;
    startClock.start();
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    while (!match.hasMatch() && startClock.elapsed() < 10000 && sim.state() != QProcess::NotRunning) {
        sim.waitForReadyRead(200);
        banner += sim.readAllStandardOutput();
        match = listening.match(QString::fromUtf8(banner));
    }
    if (!match.hasMatch()) {
        std::fprintf(stderr, "wa-gateway-sim did not start\n");
        return 1;
    }
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));
    if (base.host() != QLatin1String("127.0.0.1")) // control traffic stays on loopback
        return 1;

    ui::AppContext::Options options;
    options.profile = std::make_unique<settings::Profile>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("profile.ini")), QSettings::IniFormat));
    options.profile->setRefreshInterval(std::chrono::seconds(1));
    options.profile->setListTimeout(std::chrono::seconds(3));
    options.profile->setRequestTimeout(std::chrono::seconds(3));
    options.profile->setConnectTimeout(std::chrono::seconds(3));
    options.overrides.gatewayUrl = base;
    options.overrides.activityDsn = QStringLiteral("sqlite://") + activityDb;
    options.secretService = QStringLiteral("PixelHub Sessions soak");
    options.runtimeSecrets = {{settings::SecretStore::Key::GatewaySecret, kSecret},
                              {settings::SecretStore::Key::ActivityPassword, QString()}};
    options.activityCacheDir = dir.filePath(QStringLiteral("cache"));
    auto context = std::make_unique<ui::AppContext>(std::move(options));
    auto window = std::make_unique<ui::MainWindow>(*context);
    window->resize(1000, 600);
    window->show();

    int exitCode = 0;
    int refreshes = 0;
    int failures = 0;
    int faultsArmed = 0;
    int stateChanges = 0;
    int controlErrors = 0;
    QMap<QString, int> failureKinds;
    qint64 longestRefreshMs = 0;
    qint64 worstStallMs = 0;
    QElapsedTimer refreshClock;
    bool chaos = true;
    bool firstLoad = false;
    int extraSessions = 0;

    QObject::connect(&context->monitor(), &runtime::SessionMonitor::refreshStarted, &app,
                     [&] { refreshClock.start(); });
    QObject::connect(&context->monitor(), &runtime::SessionMonitor::refreshFinished, &app,
                     [&](const gateway::Result& result) {
                         ++refreshes;
                         if (refreshClock.isValid())
                             longestRefreshMs = std::max(longestRefreshMs, refreshClock.elapsed());
                         refreshClock.invalidate();
                         if (result.ok) {
                             firstLoad = true;
                         } else {
                             ++failures;
                             // The first words name the cause ("The gateway refused the secret…").
                             failureKinds[result.message.toString().section(QLatin1Char(' '), 0, 5)]++;
                         }
                     });

    // Event-loop probe: the longest gap between 50 ms ticks.
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        if (sinceTick.isValid())
            worstStallMs = std::max(worstStallMs, sinceTick.elapsed() - 50);
        sinceTick.restart();
    });
    probe.start(50);

    // Control requests, one at a time.
    QNetworkAccessManager control;
    bool controlBusy = false;
    auto post = [&](const QString& path, const QJsonObject& body, const char* verb = "POST") {
        QNetworkRequest request(QUrl(base.toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(5000);
        controlBusy = true;
        QNetworkReply* reply = control.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->deleteLater();
            controlBusy = false;
            if (reply->error() != QNetworkReply::NoError &&
                reply->error() < QNetworkReply::ContentAccessDenied) // 409 for a scan without a QR is fine
                ++controlErrors;
        });
    };

    QStringList ids;
    for (const QJsonValue& v : baseScenario().value(QStringLiteral("sessions")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();

    QTimer chaosTimer;
    QObject::connect(&chaosTimer, &QTimer::timeout, &app, [&] {
        chaosTimer.setInterval(300 + int(random.bounded(1700)));
        if (!chaos || controlBusy || !firstLoad)
            return;
        const QString id = ids.at(random.bounded(int(ids.size())));
        switch (random.bounded(10)) {
        case 0:
        case 1:
        case 2:
        case 3: {
            const char* kind = kFaultKinds[random.bounded(int(std::size(kFaultKinds)))];
            ++faultsArmed;
            post(QStringLiteral("/__sim/fault"), QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                                                             {QStringLiteral("path"), QStringLiteral("/api/channels")},
                                                             {QStringLiteral("count"), 1}});
            break;
        }
        case 4:
            ++stateChanges;
            post(QStringLiteral("/__sim/latency"),
                 QJsonObject{{QStringLiteral("ms"), random.bounded(3) == 0 ? 0 : int(random.bounded(4500))},
                             {QStringLiteral("path"), QStringLiteral("/api/channels")}});
            break;
        case 5:
            ++stateChanges;
            post(QStringLiteral("/__sim/sessions/%1/scan").arg(id), {});
            break;
        case 6:
            ++stateChanges;
            post(QStringLiteral("/__sim/sessions/%1/unlink").arg(id), {});
            break;
        case 7:
            ++stateChanges;
            post(QStringLiteral("/__sim/sessions/%1/silent").arg(id),
                 QJsonObject{{QStringLiteral("silent"), random.bounded(2) == 0}});
            break;
        case 8: {
            ++stateChanges;
            if (extraSessions >= kMaxExtraSessions) { // bounded: back to the base scenario
                extraSessions = 0;
                post(QStringLiteral("/__sim/scenario"), baseScenario());
                break;
            }
            static const char* phases[] = {"connected", "qr", "disconnected", "zombie", "initializing"};
            ++extraSessions;
            post(QStringLiteral("/__sim/sessions"),
                 session(QStringLiteral("soak%1").arg(random.bounded(100000)),
                         QString::fromLatin1(phases[random.bounded(int(std::size(phases)))])));
            break;
        }
        default:
            post(QStringLiteral("/__sim/fault"), {}, "DELETE");
            break;
        }
    });
    chaosTimer.start(1000);

    QList<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    auto printSample = [&](const Sample& s) {
        std::printf("t=%4llds rss=%6lld kB fds=%3d sockets=%3d refreshes=%5d failures=%5d\n", clock.elapsed() / 1000,
                    s.rssKb, s.fds, s.sockets, refreshes, failures);
        std::fflush(stdout);
    };
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        const Sample s = sample();
        samples << s;
        printSample(s);
    });
    sampler.start(kSampleMs);

    // Watchdogs: the simulator must live, and no refresh may hang.
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, &app, [&] {
        if (sim.state() == QProcess::NotRunning) {
            std::fprintf(stderr, "wa-gateway-sim died (exit %d)\n", sim.exitCode());
            exitCode = 3;
            app.quit();
        } else if (refreshClock.isValid() && refreshClock.elapsed() > kStuckMs) {
            std::fprintf(stderr, "a refresh has been running for %lld ms\n", refreshClock.elapsed());
            exitCode = 4;
            app.quit();
        }
    });
    watchdog.start(1000);

    // The end: stop the chaos, clear faults and latency, and wait for the window to recover.
    int recoveredAfterMs = -1;
    int recoveryStep = 0;
    QTimer::singleShot(duration * 1000, &app, [&] {
        chaos = false;
        chaosTimer.stop();
        QElapsedTimer recovery;
        recovery.start();
        auto* poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [&, poll, recovery]() mutable {
            if (controlBusy)
                return;
            if (recoveryStep == 0) {
                post(QStringLiteral("/__sim/fault"), {}, "DELETE");
                recoveryStep = 1;
            } else if (recoveryStep == 1) {
                post(QStringLiteral("/__sim/latency"),
                     QJsonObject{{QStringLiteral("ms"), 0}, {QStringLiteral("path"), QStringLiteral("/api/channels")}});
                recoveryStep = 2;
            } else if (recoveryStep == 2) {
                post(QStringLiteral("/__sim/latency"), QJsonObject{{QStringLiteral("ms"), 0}});
                recoveryStep = 3;
            } else {
                const auto& monitor = context->monitor();
                const bool healthy = !monitor.isRefreshing() && monitor.lastResult().ok && monitor.hasListing() &&
                                     !window->errorBanner()->isVisible() && !window->sessionModel()->isStale();
                if (healthy) {
                    recoveredAfterMs = int(recovery.elapsed());
                    poll->stop();
                    // Let closed connections go, then the last sample.
                    QTimer::singleShot(3000, &app, [&] { app.quit(); });
                } else if (recovery.elapsed() > 20000) {
                    std::fprintf(stderr, "no recovery: %s\n", qPrintable(monitor.lastResult().message));
                    exitCode = 5;
                    poll->stop();
                    app.quit();
                }
            }
        });
        poll->start(200);
    });

    context->reload();
    app.exec();
    sampler.stop();
    const Sample last = sample();
    samples << last;
    printSample(last);

    const int rows = window->sessionModel()->rowCount();
    window.reset();
    context.reset();
    sim.terminate();
    if (!sim.waitForFinished(5000))
        sim.kill();

    // The baseline is the first sample (after the first load and warm-up connections).
    const Sample& first = samples.first();
    qint64 maxRss = 0;
    int maxFds = 0;
    int maxSockets = 0;
    for (const Sample& s : std::as_const(samples)) {
        maxRss = std::max(maxRss, s.rssKb);
        maxFds = std::max(maxFds, s.fds);
        maxSockets = std::max(maxSockets, s.sockets);
    }
    std::printf("\n--- soak summary (seed %u, %d s) ---\n", seed, duration);
    std::printf("refreshes: %d, failures seen: %d, faults armed: %d, state changes: %d, control errors: %d\n",
                refreshes, failures, faultsArmed, stateChanges, controlErrors);
    for (auto it = failureKinds.cbegin(); it != failureKinds.cend(); ++it)
        std::printf("  %4d x %s…\n", it.value(), qPrintable(it.key()));
    std::printf("longest refresh: %lld ms, longest event-loop stall: %lld ms\n", longestRefreshMs, worstStallMs);
    std::printf("RSS: start %lld kB, end %lld kB, max %lld kB\n", first.rssKb, last.rssKb, maxRss);
    std::printf("fds: start %d, end %d, max %d (sockets: start %d, end %d, max %d)\n", first.fds, last.fds, maxFds,
                first.sockets, last.sockets, maxSockets);
    std::printf("recovered after the faults stopped: %s (%d ms), rows at the end: %d\n",
                recoveredAfterMs >= 0 ? "yes" : "no", recoveredAfterMs, rows);
    if (exitCode == 0 && last.fds > first.fds + kFdMargin) {
        std::fprintf(stderr, "file descriptors grew from %d to %d\n", first.fds, last.fds);
        exitCode = 2;
    }
    if (exitCode == 0 && (refreshes == 0 || recoveredAfterMs < 0))
        exitCode = 5;
    std::printf("result: %s (exit %d)\n", exitCode == 0 ? "PASS" : "FAIL", exitCode);
    return exitCode;
}
