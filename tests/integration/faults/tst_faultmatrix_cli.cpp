// Fault matrix, headless: every CLI flow against every fault the simulator can inject (plus a
// refused connection). For each pair: no crash, the command ends within its bounds, it exits 1
// (3 for the healthcheck), and stderr carries one clear message, at most three lines, that names
// the cause. Adding a fault or a flow is one line in the tables below.
// The activity database's faults (down, slow) have their own table: the database is optional, so
// the flows that read it still list the sessions, with one note that names the cause; only
// test-connection, whose job is to check it, fails.
#include "../../support/FakeDatabaseServer.h"
#include "../../unit/cli/CliFixture.h"
#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

struct Fault
{
    const char* name;
    sim::FaultKind kind;  // None: the gateway's port is closed (connection refused)
    const char* mentions; // a word the message must contain (case-insensitive)
};

const Fault kFaults[] = {
    {"json401", sim::FaultKind::Json401, "secret"},
    {"html401", sim::FaultKind::Html401, "password"},
    {"html504", sim::FaultKind::Html504, "504"},
    {"json500", sim::FaultKind::Json500, "internal error"},
    {"html500", sim::FaultKind::Html500, "web page"},
    {"route404", sim::FaultKind::RouteNotFound404, "Route not found"},
    {"empty200", sim::FaultKind::Empty200, "empty"},
    {"truncated", sim::FaultKind::Truncated, "not valid data"},
    {"invalid", sim::FaultKind::InvalidJson, "not valid data"},
    {"oversized", sim::FaultKind::Oversized, "larger than"},
    {"reset", sim::FaultKind::Reset, "closed the connection"},
    {"stall", sim::FaultKind::Stall, "did not answer within"},
    {"refused", sim::FaultKind::None, "refused"},
};

struct Flow
{
    const char* name;
    QStringList args;
    int exitCode;
};

const QList<Flow>& flows()
{
    static const QList<Flow> all = {
        {"list", {"list"}, 1},
        {"list-json", {"--json", "list"}, 1},
        {"show", {"show", "pixel12digital"}, 1},
        {"create", {"create", "novo", "--wait", "0"}, 1},
        {"reconnect", {"reconnect", "imobsites", "--wait", "0"}, 1},
        {"delete", {"delete", "vendas", "--yes"}, 1},
        {"healthcheck", {"healthcheck"}, 3},
        {"healthcheck-dry", {"healthcheck", "--dry-run"}, 3},
        {"test-connection", {"test-connection"}, 1},
    };
    return all;
}

struct DatabaseFault
{
    const char* name;
    bool slow;            // true: accepts the connection and never answers; false: nothing listens
    const char* mentions; // a word the note must contain (case-insensitive)
};

const DatabaseFault kDatabaseFaults[] = {
    {"database-down", false, "Cannot reach"},
    {"database-slow", true, "did not answer within"},
};

struct ActivityFlow
{
    const char* name;
    QStringList args;
    int exitCode;
    bool noteOnStdout;  // the text of show and the healthcheck carry the note; the others use stderr
    const char* output; // what stdout still shows from the gateway's answer; empty: nothing required
};

const QList<ActivityFlow>& activityFlows()
{
    static const QList<ActivityFlow> all = {
        {"list", {"list"}, 0, false, "pixel12digital"},
        {"list-json", {"--json", "list"}, 0, false, "pixel12digital"},
        {"show", {"show", "pixel12digital"}, 0, true, "pixel12digital"},
        {"show-json", {"--json", "show", "pixel12digital"}, 0, false, "pixel12digital"},
        {"healthcheck-dry", {"healthcheck", "--dry-run"}, 2, true, "SESSIONS CRITICAL"}, // sessions are down
        {"test-connection", {"test-connection"}, 1, false, "sessions"},
    };
    return all;
}

} // namespace

Q_DECLARE_METATYPE(sim::FaultKind)

class TestFaultMatrixCli : public QObject
{
    Q_OBJECT

    SimFixture m_fx;

    CliRun run(const QStringList& args)
    {
        CliRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        settings::Profile profile(
            std::make_unique<QSettings>(m_fx.dir().filePath("profile.ini"), QSettings::IniFormat));
        // Short bounds so a stalled gateway ends each flow in seconds.
        profile.setListTimeout(std::chrono::seconds(2));
        profile.setRequestTimeout(std::chrono::seconds(2));
        profile.setConnectTimeout(std::chrono::seconds(2));
        profile.setConnectDeadline(std::chrono::seconds(3));
        profile.setActivityTimeout(std::chrono::seconds(2));
        settings::SecretStore secrets;
        cli::CommandContext context(out, err, profile, secrets);
        r.code = cli::CommandRegistry::standard().run(QStringList{"pixelhub-sessions-cli"} + args, context);
        out.flush();
        err.flush();
        return r;
    }

    // Runs the command line, then stops the simulator; `elapsed` gets the command's duration.
    CliRun timedRun(const QStringList& args, qint64* elapsed)
    {
        QElapsedTimer clock;
        clock.start();
        CliRun r = run(args);
        *elapsed = clock.elapsed();
        m_fx.stop();
        return r;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PIXELHUB_GATEWAY_SECRET", SimFixture::Secret);
        for (const char* name : {"PIXELHUB_GATEWAY_URL", "PIXELHUB_ACTIVITY_DSN", "PIXELHUB_ACTIVITY_PASSWORD"})
            qunsetenv(name);
    }

    void matrix_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<sim::FaultKind>("fault");
        QTest::addColumn<QString>("mentions");
        for (const Flow& flow : flows()) {
            for (const Fault& fault : kFaults) {
                QTest::addRow("%s x %s", flow.name, fault.name)
                    << flow.args << flow.exitCode << fault.kind << QString::fromLatin1(fault.mentions);
            }
        }
    }

    void matrix()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(sim::FaultKind, fault);
        QFETCH(QString, mentions);

        QVERIFY(m_fx.start({}, false));
        QStringList globals = m_fx.globals();
        if (fault == sim::FaultKind::None) {
            QTcpServer probe; // a port that was free a moment ago: nothing listens there
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            globals = QStringList{"--gateway", QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort())};
        } else {
            sim::FaultSpec spec;
            spec.kind = fault;
            spec.pathPrefix = QStringLiteral("/api/");
            m_fx.sim().setFault(spec);
        }

        qint64 elapsed = 0;
        const CliRun r = timedRun(globals + args, &elapsed);

        QCOMPARE(r.code, exitCode);
        QVERIFY2(elapsed < 15000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        // The healthcheck prints its verdict line on stdout; the others put the message on stderr.
        const QString message = (exitCode == 3 ? r.out : r.err).trimmed();
        QVERIFY2(!message.isEmpty(), "no message");
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() <= 3, qPrintable(r.err));
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("<html"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(!r.out.contains(QString::fromLatin1(SimFixture::Secret)));
        QVERIFY(!r.err.contains(QString::fromLatin1(SimFixture::Secret)));
    }

    void databaseMatrix_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("noteOnStdout");
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("slow");
        QTest::addColumn<QString>("mentions");
        for (const ActivityFlow& flow : activityFlows()) {
            for (const DatabaseFault& fault : kDatabaseFaults) {
                QTest::addRow("%s x %s", flow.name, fault.name)
                    << flow.args << flow.exitCode << flow.noteOnStdout << QString::fromLatin1(flow.output) << fault.slow
                    << QString::fromLatin1(fault.mentions);
            }
        }
    }

    void databaseMatrix()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(bool, noteOnStdout);
        QFETCH(QString, output);
        QFETCH(bool, slow);
        QFETCH(QString, mentions);

        QVERIFY(m_fx.start({}, false));
        FakeDatabaseServer database(slow ? FakeDatabaseServer::Behaviour::Slow : FakeDatabaseServer::Behaviour::Down);
        QVERIFY(database.isValid());
        const QStringList globals = m_fx.globals() + QStringList{"--activity-dsn", database.dsn()};
        qint64 elapsed = 0;
        const CliRun r = timedRun(globals + args, &elapsed);

        QCOMPARE(r.code, exitCode);
        QVERIFY2(elapsed < 15000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QVERIFY2(r.out.contains(output), qPrintable(r.out)); // the gateway's part still works
        if (args.contains(QLatin1String("--json")) && args.contains(QLatin1String("list")))
            QVERIFY(parseJson(r.out).isArray()); // the note never spoils the JSON on stdout
        const QString message = noteOnStdout ? r.out : r.err;
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(r.out + r.err));
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() <= 3, qPrintable(r.err));
        QVERIFY(!r.out.contains(QString::fromLatin1(SimFixture::Secret)));
        QVERIFY(!r.err.contains(QString::fromLatin1(SimFixture::Secret)));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrixCli)
#include "tst_faultmatrix_cli.moc"
