// Responsiveness benchmark: the real main window with 1,000 sessions served by wa-gateway-sim in
// ANOTHER process (so only the app's own work lands on the GUI thread), refreshed repeatedly while
// 10% of the statuses change each round. A 1 ms precise timer probes the event loop; the longest
// gap between two ticks is the longest stall. For the window's first paint, the first load, the
// reloads (every row removed, then inserted again) and the refreshes it prints the longest stall,
// the events it was made of (receiver, event type, ms), and the resident memory.
//   bench_responsiveness [refreshes=20] [sessions=1000] [reloads=5]
#include "AppContext.h"
#include "MainWindow.h"
#include "runtime/SessionMonitor.h"

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

// Times every top-level event delivery, so the longest stall can be broken down into the events
// that made it up: which receiver, which event type, how long.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    struct Delivery
    {
        double ms;
        QByteArray what;
    };
    QList<Delivery> sinceTick; // top-level deliveries since the probe last ticked

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const QEvent::Type type = event->type();
        const char* cls = receiver->metaObject()->className();
        QElapsedTimer t;
        t.start();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms >= 0.5)
            sinceTick.append({ms, QByteArray(cls) + " / event type " + QByteArray::number(int(type))});
        return r;
    }

private:
    int m_depth = 0;
};

void printBreakdown(const char* label, qint64 gapMs, const QList<TimedApplication::Delivery>& events)
{
    std::printf("  %s, made of (events of 0.5 ms or more):\n", label);
    double sum = 0;
    for (const auto& e : events) {
        std::printf("    %6.1f ms  %s\n", e.ms, e.what.constData());
        sum += e.ms;
    }
    // Smaller events, the loop itself, and time the shared machine gave to other processes.
    std::printf("    %6.1f ms  (the rest)\n", std::max(0.0, double(gapMs) - sum));
}

} // namespace

int main(int argc, char* argv[])
{
    TimedApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    const int count = argc > 2 ? std::max(1, atoi(argv[2])) : 1000;
    const int reloads = argc > 3 ? std::max(0, atoi(argv[3])) : 5;
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
    const qint64 rssShown = residentKb();
    qint64 rssFirstLoad = 0;

    // The probe: a 1 ms timer; the longest gap between ticks is the longest event-loop stall.
    qint64 roundWorst = 0;
    QList<TimedApplication::Delivery> roundWorstEvents;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        if (sinceTick.isValid() && sinceTick.elapsed() > roundWorst) {
            roundWorst = sinceTick.elapsed();
            roundWorstEvents = app.sinceTick;
        }
        app.sinceTick.clear();
        sinceTick.restart();
    });
    probe.start(1);

    // The plan: the first load, then refreshes with statuses changing, then reloads (all rows
    // removed, then all inserted again) to give the insertion of every row more than one sample.
    enum class Kind
    {
        FirstLoad,
        Refresh,
        Empty,
        Reload
    };
    struct Step
    {
        Kind kind;
        int round;
    };
    QList<Step> plan{{Kind::FirstLoad, 0}};
    for (int r = 1; r <= rounds; ++r)
        plan.append({Kind::Refresh, r});
    for (int r = 0; r < reloads; ++r)
        plan << Step{Kind::Empty, 0} << Step{Kind::Reload, 0};
    struct Figures
    {
        QList<qint64> gaps;
        qint64 worst = -1;
        QList<TimedApplication::Delivery> worstEvents;
        void add(qint64 gap, const QList<TimedApplication::Delivery>& events)
        {
            gaps.append(gap);
            if (gap > worst) {
                worst = gap;
                worstEvents = events;
            }
        }
        void print(const char* what) const
        {
            if (gaps.isEmpty())
                return;
            QList<qint64> sorted = gaps;
            std::sort(sorted.begin(), sorted.end());
            std::printf("%s (%d): longest stall median %lld ms, max %lld ms\n", what, int(sorted.size()),
                        sorted.at(sorted.size() / 2), worst);
            printBreakdown("the worst one", worst, worstEvents);
        }
    };
    Figures firstLoad, refreshes, reloadFigures;

    QNetworkAccessManager control;
    qsizetype step = 0;
    auto runStep = [&] {
        // Change the gateway's state (in the other process), then refresh the window.
        const Step& current = plan.at(step);
        QNetworkRequest req(QUrl(base.toString() + QStringLiteral("/__sim/scenario")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject state = scenario(current.kind == Kind::Empty ? 0 : count, current.round);
        QNetworkReply* reply = control.post(req, QJsonDocument(state).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->deleteLater();
            roundWorst = 0;
            roundWorstEvents.clear();
            sinceTick.invalidate();
            if (plan.at(step).kind == Kind::FirstLoad)
                context.reload(); // resolves the settings, then lists
            else
                context.monitor().refresh();
        });
    };
    QObject::connect(&context.monitor(), &runtime::SessionMonitor::refreshFinished, &app,
                     [&](const gateway::Result& result) {
                         if (!result.ok) {
                             std::fprintf(stderr, "refresh failed: %s\n", qPrintable(result.message));
                             app.exit(1);
                             return;
                         }
                         // Let the view paint what changed before closing the step.
                         QTimer::singleShot(100, &app, [&] {
                             switch (plan.at(step).kind) {
                             case Kind::FirstLoad:
                                 firstLoad.add(roundWorst, roundWorstEvents);
                                 rssFirstLoad = residentKb();
                                 break;
                             case Kind::Refresh:
                                 refreshes.add(roundWorst, roundWorstEvents);
                                 break;
                             case Kind::Reload:
                                 reloadFigures.add(roundWorst, roundWorstEvents);
                                 break;
                             case Kind::Empty:
                                 break;
                             }
                             if (++step == plan.size()) {
                                 app.quit();
                                 return;
                             }
                             runStep();
                         });
                     });
    // The window paints itself once before any session is listed (a real gateway and the keychain
    // take longer than that); that one-time paint is reported on its own, then the listing starts.
    QTimer::singleShot(500, &app, [&] {
        std::printf("window's first paint, before any session: longest stall %lld ms\n", roundWorst);
        printBreakdown("the first paint", roundWorst, roundWorstEvents);
        runStep();
    });

    const int rc = app.exec();
    const qint64 rssEnd = residentKb();
    sim.terminate();
    sim.waitForFinished(3000);
    if (rc != 0 || step != plan.size())
        return rc ? rc : 1;
    firstLoad.print(qPrintable(QStringLiteral("first load of %1 sessions").arg(count)));
    reloadFigures.print(qPrintable(QStringLiteral("reloads of %1 sessions from none").arg(count)));
    refreshes.print(qPrintable(QStringLiteral("refreshes of %1 sessions, 10% changing each").arg(count)));
    std::printf("resident memory: %lld MB with the window shown, %lld MB after the first load, %lld MB at the end\n",
                rssShown / 1024, rssFirstLoad / 1024, rssEnd / 1024);
    return 0;
}
