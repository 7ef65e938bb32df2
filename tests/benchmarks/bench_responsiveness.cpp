// Responsiveness benchmark: the real main window with 1,000 sessions served by wa-gateway-sim in
// ANOTHER process (so only the app's own work lands on the GUI thread), refreshed repeatedly while
// 10% of the statuses change each round. A 1 ms precise timer probes the event loop; the longest
// gap between two ticks is the longest stall. Prints the figures and the resident memory.
//   bench_responsiveness [rounds] [sessions]
#include "AppContext.h"
#include "MainWindow.h"
#include "sessions/SessionMonitor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

const QString kSecret = QStringLiteral("bench-secret-00112233445566778899aabbccddeeff");

qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QJsonObject scenario(int sessions, int round)
{
    static const char* phases[] = {"connected", "disconnected", "qr", "initializing", "zombie"};
    QJsonArray list;
    for (int i = 0; i < sessions; ++i) {
        // Each round moves a different tenth of the sessions to another phase.
        const int shift = (i % 10 == round % 10) ? round : 0;
        list.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("session%1").arg(i, 4, 10, QLatin1Char('0'))},
                                {QStringLiteral("phase"), QString::fromLatin1(phases[(i + shift) % 5])},
                                {QStringLiteral("token"), true}});
    }
    return QJsonObject{{QStringLiteral("sessions"), list}};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    const int count = argc > 2 ? std::max(1, atoi(argv[2])) : 1000;
    QTemporaryDir dir;

    QFile scenarioFile(dir.filePath(QStringLiteral("scenario.json")));
    if (!scenarioFile.open(QIODevice::WriteOnly))
        return 1;
    scenarioFile.write(QJsonDocument(scenario(count, 0)).toJson());
    scenarioFile.close();

    QProcess sim;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WA_SIM_SECRET"), kSecret);
    sim.setProcessEnvironment(env);
    sim.start(QStringLiteral(PHS_SIM_EXECUTABLE),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"), scenarioFile.fileName()});
    if (!sim.waitForReadyRead(10000)) {
        std::fprintf(stderr, "wa-gateway-sim did not start\n");
        return 1;
    }
    const auto match =
        QRegularExpression(QStringLiteral("http://127.0.0.1:(\\d+)")).match(QString::fromUtf8(sim.readAll()));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));

    ui::AppContext::Options options;
    options.profile = std::make_unique<settings::Profile>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("profile.ini")), QSettings::IniFormat));
    options.profile->setRefreshInterval(std::chrono::seconds(0));
    options.overrides.gatewayUrl = base;
    options.secretService = QStringLiteral("PixelHub Sessions benchmark");
    options.runtimeSecrets = {{settings::SecretStore::Key::GatewaySecret, kSecret}};
    options.activityCacheDir = dir.filePath(QStringLiteral("cache"));
    ui::AppContext context(std::move(options));
    ui::MainWindow window(context);
    window.resize(1000, 700);
    window.show();
    const qint64 rssStart = residentKb();

    // The probe: a 1 ms timer; the longest gap between ticks is the longest event-loop stall.
    qint64 worstGap = 0, roundWorst = 0;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        if (sinceTick.isValid())
            roundWorst = std::max(roundWorst, sinceTick.elapsed());
        sinceTick.restart();
    });
    probe.start(1);

    QNetworkAccessManager control;
    QList<qint64> gaps;
    int round = 0;
    auto nextRound = [&] {
        // Change the gateway's state (in the other process), then refresh the window.
        QNetworkRequest req(QUrl(base.toString() + QStringLiteral("/__sim/scenario")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = control.post(req, QJsonDocument(scenario(count, round)).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->deleteLater();
            roundWorst = 0;
            sinceTick.invalidate();
            context.monitor().refresh();
        });
    };
    QObject::connect(&context.monitor(), &sessions::SessionMonitor::refreshFinished, &app,
                     [&](const gateway::Result& result) {
                         if (!result.ok) {
                             std::fprintf(stderr, "refresh failed: %s\n", qPrintable(result.message));
                             app.exit(1);
                             return;
                         }
                         // Let the view paint what changed before closing the round.
                         QTimer::singleShot(100, &app, [&] {
                             if (round > 0) // round 0 is the first load (all rows inserted)
                                 gaps.append(roundWorst);
                             else
                                 std::printf("first load of %d sessions: longest stall %lld ms\n", count, roundWorst);
                             worstGap = std::max(worstGap, round > 0 ? roundWorst : 0);
                             if (++round > rounds) {
                                 app.quit();
                                 return;
                             }
                             nextRound();
                         });
                     });
    context.reload();

    const int rc = app.exec();
    const qint64 rssEnd = residentKb();
    sim.terminate();
    sim.waitForFinished(3000);
    if (rc != 0 || gaps.isEmpty())
        return rc ? rc : 1;
    std::sort(gaps.begin(), gaps.end());
    std::printf("%d refreshes of %d sessions (10%% changing each): longest stall median %lld ms, max %lld ms\n",
                int(gaps.size()), count, gaps.at(gaps.size() / 2), worstGap);
    std::printf("resident memory: %lld MB after the first load, %lld MB at the end\n", rssStart / 1024, rssEnd / 1024);
    return 0;
}
