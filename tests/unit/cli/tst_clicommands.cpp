// The verbs of pixelhub-sessions-cli, in process: the registry with string streams, the gateway
// client resolved from flags and PIXELHUB_GATEWAY_SECRET, against the in-process simulator.
#include "CliFixture.h"

#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"
#include "settings/GatewayProfiles.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QImage>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void helpForEveryVerb();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void secretOptionsAreRefused_data();
    void secretOptionsAreRefused();

    void listJsonHasExactlyTheContractKeys();
    void listJsonWithActivityMarksZombies();
    void historyOfStatusChanges();
    void listTable();
    void listFailureIsOneShortMessage();

    void showSession();
    void showUnknownSession();
    void testConnection();

    void deleteNeedsYes();
    void deleteSendsOneDelete();

    void healthcheck_data();
    void healthcheck();
    void healthcheckJson();
    void healthcheckEmptyListIsOk();
    void healthcheckSilentHours();
    void healthcheckOverSeveralGateways();
    void testConnectionKeepsTheAnswerThatCameFirst();

    void createWritesQrAndReturns();
    void createWaitsForTheScan();
    void createTimesOutWithoutScan();
    void reconnectRecreatesAStaleSession();
    void reconnectDoesNotRecreateWithoutEvidence();

private:
    CliRun run(const QStringList& args);
    // Two saved gateways: alpha, the fixture's simulator, and beta, `refusing`, started here,
    // which refuses the secret the run sends it.
    bool startBeta(sim::GatewaySimulator& refusing);
    void saveAlphaAndBeta(const sim::GatewaySimulator& refusing);
    SimFixture m_fx;
};

void TestCliCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("PIXELHUB_GATEWAY_SECRET", SimFixture::Secret);
    for (const char* name : {"PIXELHUB_GATEWAY_URL", "PIXELHUB_ACTIVITY_DSN", "PIXELHUB_ACTIVITY_PASSWORD"})
        qunsetenv(name);
}

void TestCliCommands::cleanup()
{
    qputenv("PIXELHUB_GATEWAY_SECRET", SimFixture::Secret);
    m_fx.stop();
}

CliRun TestCliCommands::run(const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    settings::Profile profile(std::make_unique<QSettings>(m_fx.dir().filePath("profile.ini"), QSettings::IniFormat));
    settings::SecretStore secrets;
    cli::CommandContext context(out, err, profile, secrets);
    context.setHistoryFile(m_fx.historyFile());
    const cli::CommandRegistry registry = cli::CommandRegistry::standard();
    r.code = registry.run(QStringList{"pixelhub-sessions-cli"} + args, context);
    out.flush();
    err.flush();
    return r;
}

bool TestCliCommands::startBeta(sim::GatewaySimulator& refusing)
{
    refusing.setSecret("another-secret");
    qputenv("PHS_TEST_ALPHA", SimFixture::Secret);
    qputenv("PHS_TEST_BETA", "a-wrong-secret");
    return refusing.loadScenario(scenarioOf({sessionOf("b1", "disconnected")})) && refusing.listen();
}

void TestCliCommands::saveAlphaAndBeta(const sim::GatewaySimulator& refusing)
{
    QSettings raw(m_fx.dir().filePath("profile.ini"), QSettings::IniFormat);
    settings::GatewayProfiles profiles(raw);
    QCOMPARE(profiles.save({"alpha", "pixelhub", QUrl(m_fx.url()), "PHS_TEST_ALPHA"}), QString());
    QCOMPARE(profiles.save({"beta", "pixelhub", refusing.baseUrl(), "PHS_TEST_BETA"}), QString());
}

void TestCliCommands::helpForEveryVerb()
{
    const QStringList verbs = cli::CommandRegistry::standard().verbs();
    QCOMPARE(verbs, (QStringList{"list", "show", "create", "reconnect", "restart", "logout", "delete", "history",
                                 "healthcheck", "test-connection", "gateways", "gateway"}));
    CliRun all = run({"--help"});
    QCOMPARE(all.code, 0);
    for (const QString& verb : verbs) {
        QVERIFY2(all.out.contains(verb), qPrintable(verb));
        for (const QStringList& args :
             {QStringList{"help", verb}, QStringList{verb, "--help"}, QStringList{verb, "-h"}}) {
            const CliRun r = run(args);
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains("Usage: pixelhub-sessions-cli [global options] " + verb), qPrintable(r.out));
            QVERIFY(r.out.contains("--gateway"));
            QVERIFY(r.err.isEmpty());
        }
    }
    QVERIFY(run({"help", "delete"}).out.contains("--yes"));
    QVERIFY(run({"healthcheck", "--help"}).out.contains("--dry-run"));
    QVERIFY(run({"create", "--help"}).out.contains("--qr-png"));
    const CliRun version = run({"--version"});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith("pixelhub-sessions-cli " PHS_VERSION));
}

void TestCliCommands::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("nothing") << QStringList{} << 2;
    QTest::newRow("unknown verb") << QStringList{"frobnicate"} << 2;
    QTest::newRow("help unknown verb") << QStringList{"help", "frobnicate"} << 2;
    QTest::newRow("unknown option") << QStringList{"list", "--colour"} << 2;
    QTest::newRow("unknown global option") << QStringList{"--colour", "list"} << 2;
    QTest::newRow("show without id") << QStringList{"show"} << 2;
    QTest::newRow("show two ids") << QStringList{"show", "a", "b"} << 2;
    QTest::newRow("bad silent hours") << QStringList{"--silent-hours", "abc", "list"} << 2;
    QTest::newRow("zero silent hours") << QStringList{"list", "--silent-hours", "0"} << 2;
    QTest::newRow("nan silent hours") << QStringList{"list", "--silent-hours", "nan"} << 2;
    QTest::newRow("inf silent hours") << QStringList{"list", "--silent-hours", "inf"} << 2;
    QTest::newRow("negative silent hours") << QStringList{"list", "--silent-hours", "-4"} << 2;
    QTest::newRow("silent hours above the schema") << QStringList{"list", "--silent-hours", "2161"} << 2;
    QTest::newRow("absurd silent hours") << QStringList{"list", "--silent-hours", "1e300"} << 2;
    QTest::newRow("bad gateway url") << QStringList{"--gateway", "ftp://x", "list"} << 2;
    QTest::newRow("password in url") << QStringList{"--gateway", "https://u:p@x", "list"} << 2;
    QTest::newRow("bad dsn") << QStringList{"--activity-dsn", "oracle://x", "list"} << 2;
    QTest::newRow("create bad id") << QStringList{"create", "bad id"} << 2;
    QTest::newRow("create slash id") << QStringList{"create", "a/b"} << 2;
    QTest::newRow("reconnect long id") << QStringList{"reconnect", QString(65, QLatin1Char('x'))} << 2;
    QTest::newRow("reconnect bad wait") << QStringList{"reconnect", "vendas", "--wait", "soon"} << 2;
    QTest::newRow("create missing folder") << QStringList{"create", "nova", "--qr-png", "/nonexistent/dir/qr.png"} << 2;
    QTest::newRow("delete bad id") << QStringList{"delete", "../x", "--yes"} << 2;
    QTest::newRow("delete without yes") << QStringList{"delete", "vendas"} << 2;
    QTest::newRow("healthcheck bad option is UNKNOWN") << QStringList{"healthcheck", "--bogus"} << 3;
    QTest::newRow("healthcheck bad hours is UNKNOWN") << QStringList{"healthcheck", "--silent-hours", "-1"} << 3;
    QTest::newRow("healthcheck nan hours is UNKNOWN") << QStringList{"healthcheck", "--silent-hours", "nan"} << 3;
}

void TestCliCommands::usageErrorsSendNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QVERIFY(m_fx.start({}, false));
    const CliRun r = run(QStringList{"--gateway", m_fx.url()} + args);
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_fx.requests(), QStringList{});
}

void TestCliCommands::secretOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--secret=") << QStringList{"--secret=topsecretvalue", "list"};
    QTest::newRow("--secret value") << QStringList{"list", "--secret", "topsecretvalue"};
    QTest::newRow("--password") << QStringList{"--password", "topsecretvalue", "healthcheck"};
    QTest::newRow("--gateway-secret") << QStringList{"test-connection", "--gateway-secret=topsecretvalue"};
    QTest::newRow("--activity-password") << QStringList{"--activity-password", "topsecretvalue", "list"};
}

void TestCliCommands::secretOptionsAreRefused()
{
    QFETCH(QStringList, args);
    QVERIFY(m_fx.start({}, false));
    const CliRun r = run(QStringList{"--gateway", m_fx.url()} + args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("PIXELHUB_GATEWAY_SECRET"));
    QVERIFY(!r.err.contains("topsecretvalue"));
    QVERIFY(!r.out.contains("topsecretvalue"));
    QCOMPARE(m_fx.requests(), QStringList{});
}

void TestCliCommands::listJsonHasExactlyTheContractKeys()
{
    QVERIFY(m_fx.start({}, false));
    const CliRun r = run(m_fx.globals() + QStringList{"list", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonDocument doc = parseJson(r.out);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QStringList ids;
    const QStringList keys{"account", "dialect",     "duplicate_id",     "gateway", "gateway_status",
                           "id",      "is_zombie",   "last_activity_at", "name",    "silent_for_at_least_s",
                           "status",  "status_since"};
    const QStringList statuses{"connected", "disconnected", "qr_pending", "starting", "unknown"};
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), keys);
        QVERIFY(o.value("id").isString());
        QVERIFY(o.value("name").isString());
        QVERIFY(statuses.contains(o.value("status").toString()));
        QVERIFY(o.value("gateway_status").isString());
        QVERIFY(o.value("last_activity_at").isNull()); // no activity database
        QVERIFY(o.value("account").isNull());          // the Pixel Hub wrapper does not say
        QCOMPARE(o.value("is_zombie"), QJsonValue(false));
        ids << o.value("id").toString();
    }
    // Every listed session of basic.json, in the gateway's order; the hidden one is not listed.
    QCOMPARE(ids,
             (QStringList{"pixel12digital", "imobsites", "suporte", "vendas", "financeiro", "marketing", "cobranca"}));
    auto find = [&](const QString& id) {
        for (const QJsonValue& v : array) {
            if (v.toObject().value("id").toString() == id)
                return v.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(find("pixel12digital").value("name").toString(), QString("Pixel12 Digital"));
    QCOMPARE(find("pixel12digital").value("status").toString(), QString("connected"));
    QCOMPARE(find("imobsites").value("status").toString(), QString("qr_pending"));
    QCOMPARE(find("imobsites").value("gateway_status").toString(), QString("qr_required"));
    QCOMPARE(find("vendas").value("status").toString(), QString("disconnected"));
    QCOMPARE(find("suporte").value("status").toString(), QString("connected")); // a zombie still says connected
    QCOMPARE(m_fx.requests(), QStringList{"GET /api/channels"});
}

void TestCliCommands::listJsonWithActivityMarksZombies()
{
    QVERIFY(m_fx.start({}, true));
    const CliRun r = run(m_fx.globals() + QStringList{"--json", "list"});
    QCOMPARE(r.code, 0);
    QJsonObject suporte, pixel;
    for (const QJsonValue& v : parseJson(r.out).array()) {
        if (v.toObject().value("id") == QJsonValue("suporte"))
            suporte = v.toObject();
        if (v.toObject().value("id") == QJsonValue("pixel12digital"))
            pixel = v.toObject();
    }
    QCOMPARE(suporte.value("is_zombie"), QJsonValue(true));
    QCOMPARE(pixel.value("is_zombie"), QJsonValue(false));
    for (const QJsonObject& o : {suporte, pixel}) {
        const QString at = o.value("last_activity_at").toString();
        QVERIFY2(at.endsWith('Z'), qPrintable(at));
        QVERIFY(QDateTime::fromString(at, Qt::ISODate).isValid());
    }
    // A huge threshold: nobody is a zombie.
    const CliRun relaxed = run(m_fx.globals() + QStringList{"--json", "--silent-hours", "1000", "list"});
    for (const QJsonValue& v : parseJson(relaxed.out).array())
        QCOMPARE(v.toObject().value("is_zombie"), QJsonValue(false));
}

void TestCliCommands::historyOfStatusChanges()
{
    const auto session = [this](const QString& id) {
        const CliRun r = run(m_fx.globals() + QStringList{"--json", "list"});
        for (const QJsonValue& v : parseJson(r.out).array()) {
            if (v.toObject().value("id").toString() == id)
                return v.toObject();
        }
        return QJsonObject();
    };
    // First seen: since when it is connected is not known.
    QVERIFY(m_fx.start(scenarioOf({sessionOf("alpha", "connected"), sessionOf("beta", "connected")}), false));
    QCOMPARE(session("alpha").value("status"), QJsonValue("connected"));
    QVERIFY(session("alpha").value("status_since").isNull());
    // The same gateway later: alpha lost its phone. The next run sees the change and knows since when.
    QVERIFY(m_fx.start(scenarioOf({sessionOf("alpha", "disconnected"), sessionOf("beta", "connected")}), false, true));
    const QJsonObject dropped = session("alpha");
    QCOMPARE(dropped.value("status"), QJsonValue("disconnected"));
    const QString since = dropped.value("status_since").toString();
    QVERIFY2(since.endsWith('Z') && QDateTime::fromString(since, Qt::ISODate).isValid(), qPrintable(since));
    QVERIFY(session("beta").value("status_since").isNull());

    const CliRun json = run(m_fx.globals() + QStringList{"history", "alpha", "--json"});
    QCOMPARE(json.code, 0);
    const QJsonArray events = parseJson(json.out).array();
    QCOMPARE(events.size(), 2); // first seen, then the change; the runs in between recorded nothing
    const QJsonObject first = events.at(0).toObject();
    const QJsonObject change = events.at(1).toObject();
    QCOMPARE(first.value("kind"), QJsonValue("status"));
    QVERIFY(first.value("from").isNull());
    QCOMPARE(first.value("to"), QJsonValue("connected"));
    QCOMPARE(change.value("from"), QJsonValue("connected"));
    QCOMPARE(change.value("to"), QJsonValue("disconnected"));
    QCOMPARE(change.value("session"), QJsonValue("alpha"));
    QCOMPARE(change.value("gateway"), QJsonValue("default"));
    QCOMPARE(change.value("gateway_status"), dropped.value("gateway_status"));
    QCOMPARE(change.value("at"), QJsonValue(since));
    QVERIFY(first.value("at").toString() <= change.value("at").toString());

    const CliRun text = run(m_fx.globals() + QStringList{"history", "alpha", "--since", "7d"});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("connected -> disconnected"), qPrintable(text.out));
    QCOMPARE(run(m_fx.globals() + QStringList{"history", "alpha", "--since", "forever"}).code, 2);

    // The healthcheck's performance data ends with the uptime of the last 24 hours.
    const CliRun check = run(m_fx.globals() + QStringList{"healthcheck", "--dry-run"});
    const QString firstLine = check.out.section('\n', 0, 0);
    QVERIFY2(firstLine.contains(" zombies=") && firstLine.contains(" uptime_24h="), qPrintable(firstLine));
}

void TestCliCommands::listTable()
{
    QVERIFY(m_fx.start({}, true));
    const CliRun r = run(m_fx.globals() + QStringList{"list"});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split('\n');
    QVERIFY(lines.first().startsWith("ID"));
    QVERIFY(lines.first().contains("LAST ACTIVITY"));
    const int statusColumn = int(lines.first().indexOf("STATUS"));
    for (const QString& line : lines.mid(1, 7))
        QVERIFY2(line.size() > statusColumn && line.at(statusColumn - 1) == ' ', qPrintable(line)); // aligned
    QString suporte;
    for (const QString& line : lines) {
        if (line.startsWith("suporte "))
            suporte = line;
    }
    QVERIFY2(suporte.contains("POSSIBLY DISCONNECTED"), qPrintable(r.out));
    QVERIFY(suporte.contains(" ago"));
}

void TestCliCommands::listFailureIsOneShortMessage()
{
    QVERIFY(m_fx.start({}, false));
    m_fx.sim().setFault({sim::FaultKind::Html504, "/api/channels", -1, 0, {}});
    const CliRun r = run(m_fx.globals() + QStringList{"list"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(r.err.trimmed().split('\n').size() <= 3);
}

void TestCliCommands::showSession()
{
    QVERIFY(m_fx.start({}, true));
    CliRun r = run(m_fx.globals() + QStringList{"show", "suporte", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = parseJson(r.out).object();
    QCOMPARE(o.value("id").toString(), QString("suporte"));
    QCOMPARE(o.value("status").toString(), QString("connected"));
    QCOMPARE(o.value("is_zombie"), QJsonValue(true));
    QCOMPARE(o.value("health").toString(), QString("zombie"));
    QVERIFY(!o.value("reason").toString().isEmpty());
    QVERIFY(o.value("gateway_answer").isObject());
    QVERIFY(o.value("last_activity_at").toString().endsWith('Z'));
    QCOMPARE(m_fx.requests(), QStringList{"GET /api/channels/suporte"});

    // The hidden session is not listed, but show finds it; text output carries the raw answer.
    r = run(m_fx.globals() + QStringList{"show", "fantasma"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("fantasma"));
    QVERIFY(r.out.contains("Gateway answer"));
    QVERIFY(r.out.contains("\"channel\""));
}

void TestCliCommands::showUnknownSession()
{
    QVERIFY(m_fx.start({}, false));
    const CliRun r = run(m_fx.globals() + QStringList{"show", "nosuch"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.err.trimmed().split('\n').size() <= 3);
    QCOMPARE(m_fx.requests(), QStringList{"GET /api/channels/nosuch"});

    // One id rule for every verb on a session: "..", "." or spaces never reach the gateway.
    for (const QString& bad : {QStringLiteral(".."), QStringLiteral("."), QStringLiteral("no such session")}) {
        m_fx.clearRequests();
        const CliRun u = run(m_fx.globals() + QStringList{"show", bad});
        QCOMPARE(u.code, 2);
        QVERIFY(u.err.contains("not a valid session id"));
        QVERIFY2(m_fx.requests().isEmpty(), qPrintable(bad));
    }
}

void TestCliCommands::testConnection()
{
    QVERIFY(m_fx.start({}, true));
    CliRun r = run(m_fx.globals() + QStringList{"test-connection"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(": 7 sessions, answered in "), qPrintable(r.out)); // the Settings probe's words
    r = run(m_fx.globals() + QStringList{"test-connection", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = parseJson(r.out).object();
    QCOMPARE(o.value("ok"), QJsonValue(true));
    QCOMPARE(o.value("gateway").toObject().value("sessions").toInt(), 7);
    QVERIFY(o.value("gateway").toObject().value("latency_ms").isDouble());
    QCOMPARE(o.value("activity").toObject().value("ok"), QJsonValue(true));

    qputenv("PIXELHUB_GATEWAY_SECRET", "wrong");
    r = run(m_fx.globals() + QStringList{"test-connection"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("401"));
    m_fx.stop();
    r = run({"--gateway", "http://127.0.0.1:1", "test-connection"});
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.isEmpty());
}

void TestCliCommands::deleteNeedsYes()
{
    QVERIFY(m_fx.start({}, false));
    const CliRun r = run(m_fx.globals() + QStringList{"delete", "vendas"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--yes"));
    QCOMPARE(m_fx.requests(), QStringList{});
}

void TestCliCommands::deleteSendsOneDelete()
{
    QVERIFY(m_fx.start({}, false));
    CliRun r = run(m_fx.globals() + QStringList{"delete", "vendas", "--yes"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("vendas"));
    // One DELETE, then the GET that confirms the session is gone.
    QCOMPARE(m_fx.requests(), (QStringList{"DELETE /api/channels/vendas", "GET /api/channels/vendas"}));
    QVERIFY(!m_fx.sim().sessionIds().contains("vendas"));
}

void TestCliCommands::healthcheck_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::addColumn<bool>("activity");
    QTest::addColumn<QString>("failure"); // "", "down", "secret", "html504"
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("unhealthy");

    const QJsonObject healthy = scenarioOf({sessionOf("alpha", "connected"), sessionOf("beta", "connected")});
    const QJsonObject zombie = scenarioOf({sessionOf("alpha", "connected"), sessionOf("zed", "zombie")});
    const QJsonObject down =
        scenarioOf({sessionOf("alpha", "connected"), sessionOf("zed", "zombie"), sessionOf("delta", "disconnected")});
    for (const bool dry : {true, false}) {
        const QString tag = dry ? " dry-run" : "";
        QTest::addRow("all healthy, activity%s", qPrintable(tag))
            << healthy << true << QString() << 0 << "OK" << QStringList{};
        QTest::addRow("all healthy, no activity db%s", qPrintable(tag))
            << healthy << false << QString() << 0 << "OK" << QStringList{};
        QTest::addRow("zombie only%s", qPrintable(tag))
            << zombie << true << QString() << 1 << "WARNING" << QStringList{"zed"};
        QTest::addRow("zombie without activity db is not seen%s", qPrintable(tag))
            << zombie << false << QString() << 0 << "OK" << QStringList{};
        QTest::addRow("disconnected and zombie%s", qPrintable(tag))
            << down << true << QString() << 2 << "CRITICAL" << QStringList{"zed", "delta"};
        QTest::addRow("gateway down%s", qPrintable(tag))
            << down << true << QString("down") << 3 << "UNKNOWN" << QStringList{};
        QTest::addRow("wrong secret%s", qPrintable(tag))
            << down << false << QString("secret") << 3 << "UNKNOWN" << QStringList{};
        QTest::addRow("html 504%s", qPrintable(tag))
            << down << false << QString("html504") << 3 << "UNKNOWN" << QStringList{};
    }
}

void TestCliCommands::healthcheck()
{
    QFETCH(QJsonObject, scenario);
    QFETCH(bool, activity);
    QFETCH(QString, failure);
    QFETCH(int, code);
    QFETCH(QString, verdict);
    QFETCH(QStringList, unhealthy);
    const bool dryRun = QString::fromLatin1(QTest::currentDataTag()).endsWith("dry-run");

    QVERIFY(m_fx.start(scenario, activity));
    QStringList args = m_fx.globals();
    if (failure == "down") {
        args = QStringList{"--gateway", "http://127.0.0.1:1"};
    } else if (failure == "secret") {
        qputenv("PIXELHUB_GATEWAY_SECRET", "not-the-secret");
    } else if (failure == "html504") {
        m_fx.sim().setFault({sim::FaultKind::Html504, "/api/channels", -1, 0, {}});
    }
    args << "healthcheck";
    if (dryRun)
        args << "--dry-run";
    const CliRun r = run(args);
    QCOMPARE(r.code, code);
    const QStringList lines = r.out.trimmed().split('\n');
    QVERIFY2(lines.first().startsWith("SESSIONS " + verdict + " - "), qPrintable(r.out));
    if (code != 3)
        QVERIFY2(lines.first().contains(" | sessions="), qPrintable(lines.first()));

    // One line per unhealthy session, saying what was done.
    for (const QString& id : unhealthy) {
        bool found = false;
        for (const QString& line : lines) {
            if (!line.startsWith(id + ": "))
                continue;
            found = true;
            QVERIFY2(line.contains(dryRun ? "(dry run: no request sent)" : "asked the gateway for a QR"),
                     qPrintable(line));
        }
        QVERIFY2(found, qPrintable(r.out));
    }

    // The request log: the listing, then exactly one GET /qr per unhealthy session; never DELETE/POST.
    if (failure == "down")
        return;
    QStringList expected{"GET /api/channels"};
    if (!dryRun) {
        for (const QString& id : unhealthy)
            expected << "GET /api/channels/" + id + "/qr";
    }
    QStringList got = m_fx.requests();
    QCOMPARE(got.value(0), expected.value(0));
    std::sort(got.begin() + 1, got.end());
    std::sort(expected.begin() + 1, expected.end());
    QCOMPARE(got, expected);
}

void TestCliCommands::healthcheckJson()
{
    QVERIFY(m_fx.start(
        scenarioOf({sessionOf("alpha", "connected"), sessionOf("zed", "zombie"), sessionOf("delta", "disconnected")}),
        true));
    const CliRun r = run(m_fx.globals() + QStringList{"healthcheck", "--json"});
    QCOMPARE(r.code, 2);
    const QJsonObject o = parseJson(r.out).object();
    QCOMPARE(o.value("verdict").toString(), QString("CRITICAL"));
    QCOMPARE(o.value("exit_code").toInt(), 2);
    const QJsonObject counts = o.value("counts").toObject();
    QCOMPARE(counts.value("total").toInt(), 3);
    QCOMPARE(counts.value("connected").toInt(), 1);
    QCOMPARE(counts.value("zombie").toInt(), 1);
    QCOMPARE(counts.value("not_connected").toInt(), 1);
    QCOMPARE(counts.value("disconnected").toInt(), 1);
    const QJsonArray sessions = o.value("sessions").toArray();
    QCOMPARE(sessions.size(), 3);
    const QStringList keys{"action", "action_message", "action_ok",        "gateway_status", "health",
                           "id",     "is_zombie",      "last_activity_at", "reason",         "silent_for_at_least_s",
                           "status", "status_since"};
    for (const QJsonValue& v : sessions) {
        const QJsonObject s = v.toObject();
        QCOMPARE(s.keys(), keys);
        const QString id = s.value("id").toString();
        if (id == "alpha") {
            QCOMPARE(s.value("health").toString(), QString("healthy"));
            QCOMPARE(s.value("action").toString(), QString("none"));
            QVERIFY(s.value("action_ok").isNull());
        } else if (id == "zed") {
            QCOMPARE(s.value("is_zombie"), QJsonValue(true));
            QCOMPARE(s.value("action").toString(), QString("qr_requested"));
            QCOMPARE(s.value("action_ok"), QJsonValue(true));
        } else {
            QCOMPARE(s.value("status").toString(), QString("disconnected"));
            QCOMPARE(s.value("health").toString(), QString("not_connected"));
            QVERIFY(s.value("action_ok").isBool());
            QVERIFY(!s.value("action_message").toString().isEmpty());
        }
    }
}

void TestCliCommands::healthcheckEmptyListIsOk()
{
    QVERIFY(m_fx.start(scenarioOf({}), false));
    const CliRun r = run(m_fx.globals() + QStringList{"healthcheck"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("SESSIONS OK - "), qPrintable(r.out));
    QVERIFY(r.out.contains("sessions=0;;;0"));
    QVERIFY(r.out.contains("Note:"));
}

void TestCliCommands::healthcheckSilentHours()
{
    QVERIFY(m_fx.start(scenarioOf({sessionOf("alpha", "connected"), sessionOf("zed", "zombie")}), true));
    // Zombie rows are older than 6 h: a 1000 h threshold (global or per verb) makes it healthy.
    QCOMPARE(run(m_fx.globals() + QStringList{"healthcheck", "--dry-run", "--silent-hours", "1000"}).code, 0);
    QCOMPARE(run(m_fx.globals() + QStringList{"--silent-hours", "1000", "healthcheck", "--dry-run"}).code, 0);
    QCOMPARE(run(m_fx.globals() + QStringList{"healthcheck", "--dry-run"}).code, 1);
}

// Every saved gateway is checked at once and the verdict is the worst: a gateway that refuses the
// credential makes it UNKNOWN while the others are fine, and a session not connected on a gateway
// that answered makes it CRITICAL whatever the others say. Sessions carry their gateway's name.
void TestCliCommands::healthcheckOverSeveralGateways()
{
    sim::GatewaySimulator refusing;
    QVERIFY(startBeta(refusing));
    const QString file = m_fx.dir().filePath("profile.ini");
    const auto saveProfiles = [&] { saveAlphaAndBeta(refusing); };

    QVERIFY(m_fx.start(scenarioOf({sessionOf("alpha1", "connected"), sessionOf("alpha2", "connected")}), false));
    saveProfiles();
    CliRun r = run({"healthcheck", "--dry-run", "--json"});
    QCOMPARE(r.code, 3);
    QJsonObject o = parseJson(r.out).object();
    QCOMPARE(o.value("verdict").toString(), QString("UNKNOWN"));
    QCOMPARE(o.value("counts").toObject().value("total").toInt(), 2);
    for (const QJsonValue& v : o.value("sessions").toArray())
        QCOMPARE(v.toObject().value("gateway").toString(), QString("alpha"));
    const QJsonArray unreachable = o.value("unreachable_gateways").toArray();
    QCOMPARE(unreachable.size(), 1);
    QCOMPARE(unreachable.first().toObject().value("gateway").toString(), QString("beta"));
    QCOMPARE(o.value("error_kind").toString(), QString("auth"));

    r = run({"healthcheck", "--dry-run"});
    QCOMPARE(r.code, 3);
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.first().startsWith("SESSIONS UNKNOWN - gateway beta: "), qPrintable(r.out));
    QVERIFY2(lines.first().contains("| sessions=2;;;0 connected=2;;;0"), qPrintable(r.out));
    QVERIFY2(r.out.contains("Gateway beta not checked, nothing sent to it"), qPrintable(r.out));

    // A session not connected on a gateway that answered: CRITICAL, named with its gateway.
    QVERIFY(m_fx.start(scenarioOf({sessionOf("alpha1", "connected"), sessionOf("alpha2", "disconnected")}), false));
    saveProfiles();
    r = run({"healthcheck", "--dry-run"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.startsWith("SESSIONS CRITICAL - 1 disconnected of 2; gateway beta not answering | "),
             qPrintable(r.out));
    QVERIFY2(r.out.contains("Gateway beta not checked, nothing sent to it: "), qPrintable(r.out));
    QVERIFY2(r.out.contains("alpha/alpha2: disconnected -> (dry run: no request sent)"), qPrintable(r.out));
    QVERIFY(!r.out.contains("b1")); // nothing of the gateway that refused

    // test-connection checks every gateway, not the first one only, and names each.
    r = run({"test-connection"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("Gateway alpha (") && r.out.contains(": 2 sessions, answered in "), qPrintable(r.out));
    QVERIFY2(r.err.startsWith("Gateway beta ("), qPrintable(r.err));
    r = run({"test-connection", "--json"});
    QCOMPARE(r.code, 1);
    const QJsonArray tested = parseJson(r.out).object().value("gateways").toArray();
    QCOMPARE(tested.size(), 2);
    QCOMPARE(tested.at(0).toObject().value("name").toString(), QString("alpha"));
    QCOMPARE(tested.at(0).toObject().value("sessions").toInt(), 2);
    QCOMPARE(tested.at(1).toObject().value("name").toString(), QString("beta"));
    QCOMPARE(tested.at(1).toObject().value("ok"), QJsonValue(false));
    r = run({"--profile", "alpha", "test-connection"});
    QCOMPARE(r.code, 0);
    QVERIFY2(!r.out.contains("beta"), qPrintable(r.out));
    QFile::remove(file);
}

// test-connection over two gateways: the second answers (a refused secret) while the first is still
// awaited. Before, that answer was lost: the second job was awaited after it had finished, for the
// whole time-out, and reported as "did not answer in time" (the 120 s stalls of this test under load).
void TestCliCommands::testConnectionKeepsTheAnswerThatCameFirst()
{
    sim::GatewaySimulator refusing;
    QVERIFY(startBeta(refusing));
    QVERIFY(m_fx.start(scenarioOf({sessionOf("alpha1", "connected")}), false));
    m_fx.sim().setLatency(1500); // alpha answers well after beta
    saveAlphaAndBeta(refusing);
    const QString file = m_fx.dir().filePath("profile.ini");
    {
        settings::Profile profile(std::make_unique<QSettings>(file, QSettings::IniFormat));
        profile.setListTimeout(std::chrono::seconds(10));
        profile.setRequestTimeout(std::chrono::seconds(10));
    }
    const CliRun r = run({"test-connection"});
    QFile::remove(file);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("Gateway alpha (") && r.out.contains(": 1 session, answered in "), qPrintable(r.out));
    QVERIFY2(r.err.startsWith("Gateway beta ("), qPrintable(r.err));
    QVERIFY2(r.err.contains("secret"), qPrintable(r.err));
    QVERIFY2(!r.err.contains("did not answer in time"), qPrintable(r.err));
}

void TestCliCommands::createWritesQrAndReturns()
{
    QVERIFY(m_fx.start({}, false));
    const QString png = m_fx.dir().filePath("nova.png");
    const CliRun r = run(m_fx.globals() + QStringList{"create", "nova", "--qr-png", png});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(png), qPrintable(r.out + r.err));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 50);
    QVERIFY(m_fx.requests().contains("POST /api/channels"));
    QVERIFY(!m_fx.requests().join(' ').contains("DELETE"));
}

void TestCliCommands::createWaitsForTheScan()
{
    QVERIFY(m_fx.start({}, false));
    const QString png = m_fx.dir().filePath("scan.png");
    QTimer phone;
    bool scanned = false;
    connect(&phone, &QTimer::timeout, this, [&] {
        if (!scanned && QFile::exists(png))
            scanned = m_fx.sim().scan("novo");
    });
    phone.start(100);
    const CliRun r = run(m_fx.globals() + QStringList{"create", "novo", "--qr-png", png, "--wait", "20"});
    QVERIFY(scanned);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("connected"), qPrintable(r.out + r.err));
}

void TestCliCommands::createTimesOutWithoutScan()
{
    QVERIFY(m_fx.start({}, false));
    const QString png = m_fx.dir().filePath("noscan.png");
    QElapsedTimer clock;
    clock.start();
    const CliRun r = run(m_fx.globals() + QStringList{"create", "ninguem", "--qr-png", png, "--wait", "2"});
    QCOMPARE(r.code, 1);
    QVERIFY(QFile::exists(png));
    QVERIFY(clock.elapsed() >= 2000);
    QVERIFY(clock.elapsed() < 30000);
    QVERIFY(r.err.contains("2 s"));
    QVERIFY(r.err.trimmed().split('\n').last().size() > 0);
}

void TestCliCommands::reconnectRecreatesAStaleSession()
{
    // The activity database shows "suporte" silent for hours: a zombie, so it is recreated at once.
    QVERIFY(m_fx.start({}, true));
    const QString png = m_fx.dir().filePath("suporte.png");
    const CliRun r = run(m_fx.globals() + QStringList{"reconnect", "suporte", "--verbose", "--qr-png", png});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(png));
    QVERIFY2(r.err.contains("Recreating", Qt::CaseInsensitive), qPrintable(r.err));
    const QStringList requests = m_fx.requests();
    QVERIFY2(requests.contains("DELETE /api/channels/suporte"), qPrintable(requests.join('\n')));
    QVERIFY(requests.contains("POST /api/channels"));
}

void TestCliCommands::reconnectDoesNotRecreateWithoutEvidence()
{
    // No activity database: the gateway says "connected" and nothing says otherwise. Recreating
    // would drop a possibly working link, so it needs --force; nothing is deleted without it.
    QVERIFY(m_fx.start({}, false));
    const QString png = m_fx.dir().filePath("suporte.png");
    CliRun r = run(m_fx.globals() + QStringList{"reconnect", "suporte", "--qr-png", png});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("--force"), qPrintable(r.err));
    QVERIFY(!m_fx.requests().contains("DELETE /api/channels/suporte"));
    QVERIFY(!m_fx.requests().contains("POST /api/channels"));

    r = run(m_fx.globals() + QStringList{"reconnect", "suporte", "--force", "--qr-png", png});
    QCOMPARE(r.code, 0);
    QVERIFY(m_fx.requests().contains("DELETE /api/channels/suporte"));
    QVERIFY(QFile::exists(png));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
