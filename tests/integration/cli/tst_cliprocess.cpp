// The real pixelhub-sessions-cli executable, run with QProcess against the in-process simulator,
// with an isolated home (no profile, no keychain): the JSON contract, the healthcheck verdicts and
// request log, secrets never printed, and the systemd units.
#include "../../support/FakeDatabaseServer.h"
#include "CliFixture.h"

#include <QImage>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

class TestCliProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void listJsonContract();
    void healthcheckVerdicts_data();
    void healthcheckVerdicts();
    void healthcheckJson();
    void headlessWithoutSecretDoesNotHang();
    void createWritesQr();
    void diagnosticsStayOffWithoutVerbose();
    void secretsAreNeverPrinted();
    void databaseDownIsOneNote();
    void usageAndHelp();
    void systemdUnitsVerify();

private:
    CliRun exec(const QStringList& args, const QString& secret = QString::fromLatin1(SimFixture::Secret));
    SimFixture m_fx;
    bool m_keepLoggingRules = true; // false: run without QT_LOGGING_RULES, as cron does
};

void TestCliProcess::initTestCase()
{
    QVERIFY(QFile::exists(PHS_CLI_EXECUTABLE));
}

void TestCliProcess::cleanup()
{
    m_fx.stop();
}

CliRun TestCliProcess::exec(const QStringList& args, const QString& secret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"PIXELHUB_GATEWAY_URL", "PIXELHUB_GATEWAY_SECRET", "PIXELHUB_ACTIVITY_DSN", "PIXELHUB_ACTIVITY_PASSWORD"})
        env.remove(name);
    if (!m_keepLoggingRules) {
        env.remove("QT_LOGGING_RULES");
        env.remove("QT_MESSAGE_PATTERN");
    }
    if (!secret.isEmpty())
        env.insert("PIXELHUB_GATEWAY_SECRET", secret);
    // A server: an empty home, no desktop session bus, English messages.
    const QString home = m_fx.dir().filePath("home");
    QDir().mkpath(home);
    env.insert("HOME", home);
    env.insert("XDG_CONFIG_HOME", home + "/.config");
    env.insert("XDG_CACHE_HOME", home + "/.cache");
    env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home + "/no-bus");
    env.insert("LANG", "C.UTF-8");
    env.insert("LC_ALL", "C.UTF-8");
    env.insert("LANGUAGE", "en");

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(PHS_CLI_EXECUTABLE, args);
    CliRun r;
    if (!process.waitForStarted(5000))
        return r;
    // The simulator lives in this process: keep its event loop running while the CLI works.
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000)
        QTest::qWait(20);
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    return r;
}

// The activity database down: the sessions still list (exit 0), stderr carries the one note that
// names the cause, and none of the internal diagnostics unless --verbose asks for them.
void TestCliProcess::databaseDownIsOneNote()
{
    QVERIFY(m_fx.start({}, false));
    const FakeDatabaseServer database(FakeDatabaseServer::Behaviour::Down);
    QVERIFY(database.isValid());
    const QStringList args = m_fx.globals() + QStringList{"--activity-dsn", database.dsn(), "list"};

    const CliRun quiet = exec(args);
    QCOMPARE(quiet.code, 0);
    QVERIFY(quiet.out.contains(QLatin1String("pixel12digital")));
    const QStringList lines = quiet.err.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("Note: last activity unknown: Cannot reach the activity database")),
             qPrintable(quiet.err));

    const CliRun verbose = exec(QStringList{"--verbose"} + args);
    QCOMPARE(verbose.code, 0);
    QVERIFY2(verbose.err.contains(QLatin1String("pixelhub.activity")), qPrintable(verbose.err));
    QVERIFY(verbose.err.contains(QLatin1String("Note: last activity unknown")));
}

void TestCliProcess::listJsonContract()
{
    QVERIFY(m_fx.start({}, true));
    const CliRun r = exec(m_fx.globals() + QStringList{"list", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonDocument doc = parseJson(r.out);
    QVERIFY(doc.isArray());

    // The expected sessions straight from the simulator's state: every non-hidden one, in order.
    QStringList expectedIds;
    QHash<QString, QString> names;
    for (const QJsonValue& v : m_fx.sim().stateJson().value("sessions").toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value("hidden").toBool())
            expectedIds << s.value("id").toString();
        names.insert(s.value("id").toString(), s.value("name").toString());
    }
    QStringList ids;
    const QStringList keys{"account", "dialect",     "duplicate_id",     "gateway", "gateway_status",
                           "id",      "is_zombie",   "last_activity_at", "name",    "silent_for_at_least_s",
                           "status",  "status_since"};
    for (const QJsonValue& v : doc.array()) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), keys);
        QVERIFY(o.value("id").isString());
        QVERIFY(o.value("name").isString());
        QVERIFY(o.value("status").isString());
        QVERIFY(o.value("gateway_status").isString());
        QVERIFY(o.value("is_zombie").isBool());
        QVERIFY(o.value("last_activity_at").isNull() || o.value("last_activity_at").isString());
        if (o.value("last_activity_at").isString()) {
            const QString at = o.value("last_activity_at").toString();
            QVERIFY2(at.endsWith('Z') && QDateTime::fromString(at, Qt::ISODate).isValid(), qPrintable(at));
        }
        const QString id = o.value("id").toString();
        if (!names.value(id).isEmpty())
            QCOMPARE(o.value("name").toString(), names.value(id));
        ids << id;
    }
    QCOMPARE(ids, expectedIds);
    auto byId = [&](const QString& id) {
        for (const QJsonValue& v : doc.array()) {
            if (v.toObject().value("id").toString() == id)
                return v.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(byId("imobsites").value("status").toString(), QString("qr_pending"));
    QCOMPARE(byId("vendas").value("status").toString(), QString("disconnected"));
    QCOMPARE(byId("suporte").value("is_zombie"), QJsonValue(true));
    QVERIFY(byId("pixel12digital").value("last_activity_at").isString()); // webhook "Pixel12 Digital"
    QCOMPARE(byId("pixel12digital").value("is_zombie"), QJsonValue(false));
    QCOMPARE(byId("financeiro").value("last_activity_at"), QJsonValue(QJsonValue::Null));
    QCOMPARE(m_fx.requests(), QStringList{"GET /api/channels"});
}

void TestCliProcess::healthcheckVerdicts_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::addColumn<bool>("activity");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("unhealthy");

    const QJsonObject healthy = scenarioOf({sessionOf("alpha", "connected"), sessionOf("beta", "connected")});
    const QJsonObject zombie = scenarioOf({sessionOf("alpha", "connected"), sessionOf("zed", "zombie")});
    const QJsonObject down =
        scenarioOf({sessionOf("alpha", "connected"), sessionOf("delta", "disconnected"), sessionOf("qrs", "qr")});
    for (const bool dry : {false, true}) {
        const char* tag = dry ? " dry-run" : "";
        QTest::addRow("OK%s", tag) << healthy << true << QString() << dry << 0 << QStringList{};
        QTest::addRow("WARNING zombie%s", tag) << zombie << true << QString() << dry << 1 << QStringList{"zed"};
        QTest::addRow("CRITICAL%s", tag) << down << false << QString() << dry << 2 << QStringList{"delta", "qrs"};
        QTest::addRow("UNKNOWN down%s", tag) << down << false << QString("down") << dry << 3 << QStringList{};
        QTest::addRow("UNKNOWN secret%s", tag) << down << false << QString("secret") << dry << 3 << QStringList{};
        QTest::addRow("UNKNOWN html504%s", tag) << down << false << QString("html504") << dry << 3 << QStringList{};
    }
}

void TestCliProcess::healthcheckVerdicts()
{
    QFETCH(QJsonObject, scenario);
    QFETCH(bool, activity);
    QFETCH(QString, failure);
    QFETCH(bool, dryRun);
    QFETCH(int, code);
    QFETCH(QStringList, unhealthy);

    QVERIFY(m_fx.start(scenario, activity));
    QStringList args = failure == "down" ? QStringList{"--gateway", "http://127.0.0.1:1"} : m_fx.globals();
    if (failure == "html504")
        m_fx.sim().setFault({sim::FaultKind::Html504, "/api/channels", -1, 0, {}});
    args << "healthcheck";
    if (dryRun)
        args << "--dry-run";
    const CliRun r =
        exec(args, failure == "secret" ? QString("wrong-secret") : QString::fromLatin1(SimFixture::Secret));
    QCOMPARE(r.code, code);
    static const QStringList verdicts{"OK", "WARNING", "CRITICAL", "UNKNOWN"};
    QVERIFY2(r.out.startsWith("SESSIONS " + verdicts.at(code) + " - "), qPrintable(r.out));
    for (const QString& id : unhealthy)
        QVERIFY2(r.out.contains("\n" + id + ": "), qPrintable(r.out));

    const QStringList requests = m_fx.requests();
    for (const QString& request : requests) {
        QVERIFY2(request.startsWith("GET "), qPrintable(request)); // never DELETE, POST
    }
    if (failure == "down")
        return;
    QCOMPARE(requests.count("GET /api/channels"), 1);
    for (const QString& id : unhealthy)
        QCOMPARE(requests.count("GET /api/channels/" + id + "/qr"), dryRun ? 0 : 1);
    QCOMPARE(requests.size(), 1 + (dryRun ? 0 : unhealthy.size()));
}

void TestCliProcess::healthcheckJson()
{
    QVERIFY(m_fx.start(scenarioOf({sessionOf("alpha", "connected"), sessionOf("zed", "zombie")}), true));
    const CliRun r = exec(m_fx.globals() + QStringList{"--json", "healthcheck", "--dry-run"});
    QCOMPARE(r.code, 1);
    const QJsonObject o = parseJson(r.out).object();
    QCOMPARE(o.value("verdict").toString(), QString("WARNING"));
    QCOMPARE(o.value("exit_code").toInt(), 1);
    QCOMPARE(o.value("counts").toObject().value("zombie").toInt(), 1);
    QCOMPARE(o.value("dry_run"), QJsonValue(true));
    for (const QJsonValue& v : o.value("sessions").toArray()) {
        const QJsonObject s = v.toObject();
        QCOMPARE(s.value("action").toString(), QString(s.value("id") == QJsonValue("zed") ? "dry_run" : "none"));
        QVERIFY(s.value("action_ok").isNull());
    }
    QCOMPARE(m_fx.requests(), QStringList{"GET /api/channels"});
}

void TestCliProcess::headlessWithoutSecretDoesNotHang()
{
    // No secret anywhere and no keychain service: a quick, clear failure, never a hang.
    QVERIFY(m_fx.start({}, false));
    QElapsedTimer clock;
    clock.start();
    CliRun r = exec(m_fx.globals() + QStringList{"list"}, QString());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("PIXELHUB_GATEWAY_SECRET"), qPrintable(r.err));
    r = exec(m_fx.globals() + QStringList{"healthcheck"}, QString());
    QCOMPARE(r.code, 3);
    QVERIFY(clock.elapsed() < 20000);
}

// As cron runs it (no QT_LOGGING_RULES, stderr not a terminal): stderr carries nothing but the
// command's own message, none of the internal or Qt diagnostics (the connect flow's debug lines
// used to leak); --verbose still shows them.
void TestCliProcess::diagnosticsStayOffWithoutVerbose()
{
    QVERIFY(m_fx.start({}, false));
    m_keepLoggingRules = false;
    const QString png = m_fx.dir().filePath("quiet-qr.png");
    const CliRun quiet = exec(m_fx.globals() + QStringList{"create", "quiet", "--qr-png", png, "--wait", "0"});
    const CliRun verbose =
        exec(m_fx.globals() + QStringList{"--verbose", "create", "loud", "--qr-png", png, "--wait", "0"});
    m_keepLoggingRules = true;
    QCOMPARE(quiet.code, 0);
    QVERIFY2(quiet.err.trimmed().isEmpty(), qPrintable(quiet.err));
    QCOMPARE(verbose.code, 0);
    QVERIFY2(verbose.err.contains(QLatin1String("phs.")) || verbose.err.contains(QLatin1String("pixelhub.")),
             qPrintable(verbose.err));
}

void TestCliProcess::createWritesQr()
{
    QVERIFY(m_fx.start({}, false));
    const QString png = m_fx.dir().filePath("process-qr.png");
    const CliRun r = exec(m_fx.globals() + QStringList{"create", "viaprocess", "--qr-png", png, "--wait", "0"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(png), qPrintable(r.out));
    QVERIFY(!QImage(png).isNull());
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // stderr is not a terminal: no progress lines
    const CliRun verbose =
        exec(m_fx.globals() + QStringList{"--verbose", "create", "viaprocess2", "--qr-png", png, "--wait", "0"});
    QCOMPARE(verbose.code, 0);
    QVERIFY(!verbose.err.isEmpty()); // --verbose: progress goes to stderr
}

void TestCliProcess::secretsAreNeverPrinted()
{
    const QString secret = QString::fromLatin1(SimFixture::Secret);
    QVERIFY(m_fx.start({}, true));
    const QList<QStringList> commands{
        {"list"},
        {"list", "--json"},
        {"show", "suporte"},
        {"show", "suporte", "--json"},
        {"healthcheck", "--dry-run"},
        {"healthcheck", "--json"},
        {"test-connection"},
        {"test-connection", "--json"},
        {"show", "nobody"},
    };
    for (const QStringList& command : commands) {
        const CliRun r = exec(m_fx.globals() + command);
        QVERIFY2(r.code >= 0, qPrintable(command.join(' ')));
        QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), qPrintable(command.join(' ')));
    }
    // Failures (refused secret) and a secret passed as an option are not echoed either.
    CliRun r = exec(m_fx.globals() + QStringList{"list"}, "another-secret-value-42");
    QCOMPARE(r.code, 1);
    QVERIFY(!r.out.contains("another-secret-value-42") && !r.err.contains("another-secret-value-42"));
    m_fx.sim().clearRequests();
    r = exec(m_fx.globals() + QStringList{"list", "--secret=" + secret});
    QCOMPARE(r.code, 2);
    QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
    QVERIFY(r.err.contains("PIXELHUB_GATEWAY_SECRET"));
    QCOMPARE(m_fx.requests(), QStringList{});
}

void TestCliProcess::usageAndHelp()
{
    QVERIFY(m_fx.start({}, false));
    for (const QString verb : {"list", "show", "create", "reconnect", "delete", "healthcheck", "test-connection"}) {
        CliRun r = exec({verb, "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(verb));
        r = exec({"help", verb});
        QCOMPARE(r.code, 0);
    }
    QCOMPARE(exec({"frobnicate"}).code, 2);
    QCOMPARE(exec(m_fx.globals() + QStringList{"delete", "vendas"}).code, 2);
    QCOMPARE(exec(m_fx.globals() + QStringList{"create", "not valid!"}).code, 2);
    QCOMPARE(m_fx.requests(), QStringList{});
    QCOMPARE(exec({"--version"}).code, 0);
}

void TestCliProcess::systemdUnitsVerify()
{
    const QString tool = QStandardPaths::findExecutable("systemd-analyze");
    if (tool.isEmpty())
        QSKIP("systemd-analyze is not installed");
    // The units point at /usr/bin; verify a copy that points at the built executable.
    const QString unitDir = m_fx.dir().filePath("units");
    QDir().mkpath(unitDir);
    QStringList units;
    for (const char* name : {"pixelhub-sessions-healthcheck.service", "pixelhub-sessions-healthcheck.timer"}) {
        QFile in(QStringLiteral(PHS_PACKAGING_DIR "/systemd/") + name);
        QVERIFY2(in.open(QIODevice::ReadOnly), name);
        QString text = QString::fromUtf8(in.readAll());
        QVERIFY(!text.contains("SECRET=")); // secrets come from the EnvironmentFile only
        text.replace("/usr/bin/pixelhub-sessions-cli", PHS_CLI_EXECUTABLE);
        QFile out(unitDir + '/' + name);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        units << out.fileName();
    }
    QProcess verify;
    verify.setWorkingDirectory(unitDir);
    verify.start(tool, QStringList{"verify", "--man=no"} + units);
    QVERIFY(verify.waitForFinished(60000));
    const QString output = QString::fromUtf8(verify.readAllStandardOutput() + verify.readAllStandardError());
    if (verify.exitCode() != 0 && output.contains("Failed to initialize", Qt::CaseInsensitive))
        QSKIP("systemd-analyze cannot run here (no systemd manager environment)");
    QVERIFY2(verify.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.trimmed().isEmpty(), qPrintable(output));
    QFile timer(QStringLiteral(PHS_PACKAGING_DIR "/systemd/pixelhub-sessions-healthcheck.timer"));
    QVERIFY(timer.open(QIODevice::ReadOnly));
    QVERIFY(timer.readAll().contains("OnUnitActiveSec=15min"));
    // Git keeps no file modes but the executable bit: the package installs the example 0600 (checked
    // by the package test) and the service refuses an environment file others can read.
    QFile env(QStringLiteral(PHS_PACKAGING_DIR "/healthcheck.env.example"));
    QVERIFY(env.exists());
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
