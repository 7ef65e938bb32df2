// Every failure exit of the real pixelhub-sessions-cli, run many times, each as a new user (empty
// home and cache), with the gateway unreachable and an activity database configured: the process
// never dies of a signal. Regression test for the healthcheck crash: main ran the exit handlers
// while the phs-activity thread was still inside QSqlDatabase::addDatabase (the thread was never
// joined). The race is rare (a few % of runs), hence the loop: PHS_EXIT_LOOP_RUNS sets the number
// of healthcheck runs (default 200); every other verb runs a tenth as often.
#include "../../support/FakeDatabaseServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCliExits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failureExitsNeverCrash_data();
    void failureExitsNeverCrash();

private:
    struct Outcome
    {
        bool crashed = false;
        bool finished = false;
        int code = -1;
        QString err;
    };
    Outcome runOnce(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_sqliteDsn;
    QString m_deadGateway;
    int m_runs = 200;
};

void TestCliExits::initTestCase()
{
    QVERIFY(QFile::exists(PHS_CLI_EXECUTABLE));
    QVERIFY(m_dir.isValid());
    bool ok = false;
    const int runs = qEnvironmentVariableIntValue("PHS_EXIT_LOOP_RUNS", &ok);
    if (ok && runs > 0)
        m_runs = runs;

    // An activity database with rows, so the worker gets as far as its cache.
    const QString path = m_dir.filePath("activity.db");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "seed");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec("CREATE TABLE webhook_raw_logs (id INTEGER PRIMARY KEY, event_type TEXT, channel_id TEXT, "
                        "payload_json TEXT, created_at TEXT)"),
                 qPrintable(q.lastError().text()));
        for (int i = 1; i <= 50; ++i)
            QVERIFY(q.exec(QString("INSERT INTO webhook_raw_logs (event_type, channel_id, payload_json, created_at) "
                                   "VALUES ('message', 'chan%1', '{}', datetime('now'))")
                               .arg(i % 7)));
        db.close();
    }
    QSqlDatabase::removeDatabase("seed");
    m_sqliteDsn = "sqlite://" + path;

    // A loopback port that was free a moment ago: connection refused.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_deadGateway = QString("http://127.0.0.1:%1").arg(server.serverPort());
    server.close();
}

TestCliExits::Outcome TestCliExits::runOnce(const QStringList& args)
{
    QTemporaryDir home(m_dir.filePath("home-XXXXXX")); // a new user every time: empty cache
    // Only a short connect deadline, so create and reconnect give up on the dead gateway quickly.
    QDir().mkpath(home.filePath(".config/PixelHub"));
    QFile profile(home.filePath(".config/PixelHub/Sessions.conf"));
    if (profile.open(QIODevice::WriteOnly))
        profile.write("[connect]\ndeadlineSeconds=3\n");
    profile.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"PIXELHUB_GATEWAY_URL", "PIXELHUB_GATEWAY_SECRET", "PIXELHUB_ACTIVITY_DSN", "PIXELHUB_ACTIVITY_PASSWORD"})
        env.remove(name);
    env.insert("PIXELHUB_GATEWAY_SECRET", "exit-loop-secret");
    env.insert("HOME", home.path());
    env.insert("XDG_CONFIG_HOME", home.path() + "/.config");
    env.insert("XDG_CACHE_HOME", home.path() + "/.cache");
    env.insert("XDG_DATA_HOME", home.path() + "/.local/share");
    env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.path() + "/no-bus");
    env.insert("LANG", "C.UTF-8");
    env.insert("LC_ALL", "C.UTF-8");

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(PHS_CLI_EXECUTABLE, args);
    Outcome outcome;
    if (!process.waitForStarted(10000))
        return outcome;
    outcome.finished = process.waitForFinished(120000);
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.code = process.exitCode();
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    if (!outcome.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    return outcome;
}

void TestCliExits::failureExitsNeverCrash_data()
{
    QTest::addColumn<QStringList>("verb");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<int>("share"); // runs = m_runs / share
    QTest::newRow("healthcheck") << QStringList{"healthcheck"} << 3 << 1;
    QTest::newRow("healthcheck --dry-run") << QStringList{"healthcheck", "--dry-run"} << 3 << 10;
    QTest::newRow("list") << QStringList{"list"} << 1 << 10;
    QTest::newRow("list --json") << QStringList{"list", "--json"} << 1 << 10;
    QTest::newRow("show") << QStringList{"show", "alpha"} << 1 << 10;
    QTest::newRow("create") << QStringList{"create", "alpha", "--wait", "0"} << 1 << 10;
    QTest::newRow("reconnect") << QStringList{"reconnect", "alpha", "--wait", "0"} << 1 << 10;
    QTest::newRow("delete") << QStringList{"delete", "alpha", "--yes"} << 1 << 10;
    QTest::newRow("test-connection") << QStringList{"test-connection"} << 1 << 10;
}

void TestCliExits::failureExitsNeverCrash()
{
    QFETCH(QStringList, verb);
    QFETCH(int, expectedCode);
    QFETCH(int, share);
    const FakeDatabaseServer downDatabase(FakeDatabaseServer::Behaviour::Down);
    QVERIFY(downDatabase.isValid());
    const int runs = std::max(1, m_runs / share);
    int signals_ = 0;
    int wrongCodes = 0;
    QString firstProblem;
    for (int i = 0; i < runs; ++i) {
        // Alternate a readable SQLite database and a MySQL port that refuses the connection.
        const QString dsn = i % 2 == 0 ? m_sqliteDsn : downDatabase.dsn();
        const Outcome o = runOnce(QStringList{"--gateway", m_deadGateway, "--activity-dsn", dsn} + verb);
        QVERIFY2(o.finished, qPrintable(QString("run %1 did not end: %2").arg(i).arg(o.err)));
        if (o.crashed) {
            ++signals_;
            if (firstProblem.isEmpty())
                firstProblem = QString("run %1 (%2) died of a signal: %3").arg(i).arg(dsn, o.err.left(400));
        } else if (o.code != expectedCode) {
            ++wrongCodes;
            if (firstProblem.isEmpty())
                firstProblem = QString("run %1 (%2) exit %3: %4").arg(i).arg(dsn).arg(o.code).arg(o.err.left(400));
        }
    }
    qInfo("%s: %d runs, %d signals, %d unexpected exit codes", qPrintable(verb.join(' ')), runs, signals_, wrongCodes);
    QVERIFY2(signals_ == 0 && wrongCodes == 0, qPrintable(firstProblem));
}

QTEST_GUILESS_MAIN(TestCliExits)
#include "tst_cliexits.moc"
