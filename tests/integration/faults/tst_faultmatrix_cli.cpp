// Fault matrix, headless: every CLI flow against every fault the simulator can inject (plus a
// refused connection). For each pair: no crash, the command ends within its bounds, it exits 1
// (3 for the healthcheck), and stderr carries one clear message, at most three lines, that names
// the cause. Adding a fault or a flow is one line in the tables below.
// The activity database's faults (down, slow) have their own table: the database is optional, so
// the flows that read it still list the sessions, with one note that names the cause; only
// test-connection, whose job is to check it, fails.
#include "../../support/CannedGateway.h"
#include "../../support/FakeDatabaseServer.h"
#include "../../unit/cli/CliFixture.h"
#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"
#include "gateway/Cleartext.h"
#include "sessions/ConnectFlow.h"
#include "settings/GatewayProfiles.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QElapsedTimer>

#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

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

// What a hostile gateway puts into ids, names, statuses and error texts: a window title (OSC 0), a
// screen clear, a clipboard write (OSC 52), a carriage return overwrite, a forged line, an 8-bit
// CSI (C1) and a bidi override.
// JSON escapes, as the gateway would send them.
const char kHostile[] = "\\u001b]0;pwned\\u0007\\u001b[2J\\u001b]52;c;ZXZpbA==\\u0007\\rOK\\nSESSIONS OK - forged"
                        "\\u009b31m\\u202Egnp.exe";

// True when text holds anything a terminal would act on or that reorders the line.
bool hasRawControls(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || u == 0x202E || u == 0x2028)
            return true;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(sim::FaultKind)

using ProfileTweak = std::function<void(settings::Profile&)>;

// A dialectFaults row whose simulator expects another secret than the command line sends.
static const QString WrongSecret = QStringLiteral("(wrong secret)");

class TestFaultMatrixCli : public QObject
{
    Q_OBJECT

    SimFixture m_fx;

    CliRun run(const QStringList& args, const ProfileTweak& tweak = ProfileTweak())
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
        profile.setHealthcheckDeadline(std::chrono::minutes(5));
        if (tweak)
            tweak(profile);
        settings::SecretStore secrets;
        cli::CommandContext context(out, err, profile, secrets);
        context.setHistoryFile(m_fx.historyFile()); // not the shared one
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

    // Each vendor dialect's own failure shapes (dialects.md §5.3): injected, or what the simulator
    // speaking that dialect answers by itself. None crashes; each ends as one clear message.
    void dialectFaults_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<sim::FaultKind>("fault"); // None: the dialect's own answer
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const auto none = sim::FaultKind::None;
        const auto error200 = sim::FaultKind::Error200;
        QTest::newRow("evolution 200-with-error x list")
            << "evolution" << error200 << "/instance/" << QStringList{"list"} << 1 << "simulated failure";
        QTest::newRow("evolution 200-with-error x show")
            << "evolution" << error200 << "/instance/" << QStringList{"show", "pixel12digital"} << 1
            << "simulated failure";
        QTest::newRow("evolution 200-with-error x reconnect")
            << "evolution" << error200 << "/instance/connect/" << QStringList{"reconnect", "financeiro"} << 1
            << "simulated failure";
        QTest::newRow("evolution 200-with-error x restart (closed)")
            << "evolution" << none << QString() << QStringList{"restart", "vendas"} << 1 << "not connected";
        QTest::newRow("evolution 200-with-error x healthcheck")
            << "evolution" << error200 << "/instance/" << QStringList{"healthcheck"} << 3 << "simulated failure";
        QTest::newRow("waha empty 200 x list")
            << "waha" << sim::FaultKind::Empty200 << "/api/" << QStringList{"list"} << 1 << "empty";
        QTest::newRow("waha empty 200 x show")
            << "waha" << sim::FaultKind::Empty200 << "/api/" << QStringList{"show", "pixel12digital"} << 1 << "empty";
        QTest::newRow("waha 422 x reconnect (working)")
            << "waha" << none << QString() << QStringList{"reconnect", "pixel12digital"} << 1 << "connected";
        QTest::newRow("waha 401 x list") << "waha" << sim::FaultKind::Json401 << "/api/" << QStringList{"list"} << 1
                                         << "secret";
        QTest::newRow("evolution 401 x list")
            << "evolution" << sim::FaultKind::Json401 << "/instance/" << QStringList{"list"} << 1 << "secret";
        // Whapi: one channel (the scenario's first session, connected): 409 on its QR is "connected".
        QTest::newRow("whapi 409 x reconnect (authenticated)")
            << "whapi" << none << QString() << QStringList{"reconnect", "pixel12digital"} << 1 << "connected";
        QTest::newRow("whapi 401 x list") << "whapi" << none << WrongSecret << QStringList{"list"} << 1 << "secret";
        QTest::newRow("whapi 401 x show")
            << "whapi" << none << WrongSecret << QStringList{"show", "pixel12digital"} << 1 << "secret";
        // wppconnect: a wrong secret is a 400 ("The SECRET_KEY is incorrect"), read as a credential failure.
        QTest::newRow("wppconnect wrong secret (400) x list")
            << "wppconnect" << none << WrongSecret << QStringList{"list"} << 1 << "secret";
        QTest::newRow("wppconnect wrong secret (400) x show")
            << "wppconnect" << none << WrongSecret << QStringList{"show", "pixel12digital"} << 1 << "SECRET_KEY";
        QTest::newRow("wppconnect wrong secret (400) x reconnect")
            << "wppconnect" << none << WrongSecret << QStringList{"reconnect", "financeiro"} << 1 << "SECRET_KEY";
    }

    void dialectFaults()
    {
        QFETCH(QString, dialect);
        QFETCH(sim::FaultKind, fault);
        QFETCH(QString, path);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);

        QVERIFY(m_fx.start({}, false));
        QVERIFY(m_fx.sim().setDialect(dialect));
        if (path == WrongSecret)
            m_fx.sim().setSecret(QStringLiteral("not-the-cli-secret"));
        else if (fault != sim::FaultKind::None) {
            sim::FaultSpec spec;
            spec.kind = fault;
            spec.pathPrefix = path;
            m_fx.sim().setFault(spec);
        }
        qint64 elapsed = 0;
        const CliRun r = timedRun(m_fx.globals() + QStringList{"--dialect", dialect} + args, &elapsed);
        QCOMPARE(r.code, exitCode);
        const QString message = (exitCode == 3 ? r.out : r.err).trimmed();
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(r.err.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() <= 3, qPrintable(r.err));
        QVERIFY(!r.out.contains(QString::fromLatin1(SimFixture::Secret)));
        QVERIFY(!r.err.contains(QString::fromLatin1(SimFixture::Secret)));
    }

    // Hostile text from the gateway never reaches the terminal raw: human output and error messages
    // show controls and bidi overrides as visible escapes; JSON carries the exact values.
    void hostileText_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("failing"); // the gateway answers 500 with the hostile text as its error
        QTest::addColumn<int>("exitCode");
        QTest::newRow("list") << QStringList{"list"} << false << 0;
        QTest::newRow("show") << QStringList{"show", "evil"} << false << 0;
        QTest::newRow("healthcheck") << QStringList{"healthcheck", "--dry-run"} << false << 2;
        QTest::newRow("list x 500") << QStringList{"list"} << true << 1;
        QTest::newRow("show x 500") << QStringList{"show", "evil"} << true << 1;
        QTest::newRow("delete x 500") << QStringList{"delete", "evil", "--yes"} << true << 1;
        QTest::newRow("healthcheck x 500") << QStringList{"healthcheck"} << true << 3;
    }

    void hostileText()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, failing);
        QFETCH(int, exitCode);
        CannedGateway gateway;
        QVERIFY(gateway.isValid());
        const QString hostile = QJsonDocument::fromJson(QByteArray("[\"") + kHostile + "\"]").array().at(0).toString();
        const QJsonObject channelObject{
            {"id", "evil"}, {"name", hostile}, {"status", QString("DISCONNECTED" + hostile)}};
        const QByteArray channel = QJsonDocument(channelObject).toJson(QJsonDocument::Compact);
        if (failing) {
            const QByteArray error =
                QJsonDocument(QJsonObject{{"success", false}, {"error", hostile}}).toJson(QJsonDocument::Compact);
            for (const QByteArray method : {"GET", "DELETE"}) {
                gateway.on(method, "/api/channels", CannedGateway::json(500, error));
                gateway.on(method, "/api/channels/evil", CannedGateway::json(500, error));
            }
        } else {
            gateway.on("GET", "/api/channels",
                       CannedGateway::json(200, "{\"success\":true,\"channels\":[" + channel + "]}"));
            gateway.on("GET", "/api/channels/evil",
                       CannedGateway::json(200, "{\"success\":true,\"channel\":" + channel + "}"));
        }
        const CliRun r = run(QStringList{"--gateway", gateway.baseUrl()} + args);
        QCOMPARE(r.code, exitCode);
        QVERIFY2(!hasRawControls(r.out), qPrintable(r.out.toUtf8().toPercentEncoding(" \n")));
        QVERIFY2(!hasRawControls(r.err), qPrintable(r.err.toUtf8().toPercentEncoding(" \n")));
        QVERIFY2(!r.out.contains(QLatin1String("\nSESSIONS OK")), qPrintable(r.out)); // no forged line
        const QString shown = r.out + r.err;
        if (!failing) // the name is shown, made visible
            QVERIFY2(shown.contains(QLatin1String("\\x1b")) && shown.contains(QLatin1String("\\u202E")),
                     qPrintable(shown));

        if (!failing && args.first() == QLatin1String("list")) {
            // JSON stays exact: the same hostile name, byte for byte.
            const CliRun json = run(QStringList{"--gateway", gateway.baseUrl(), "--json"} + args);
            QCOMPARE(json.code, 0);
            QCOMPARE(parseJson(json.out).array().at(0).toObject().value("name").toString(), hostile);
        }
    }

    // Hostile values on the command line and in the environment: refused with exit 2 before
    // anything is sent, and a password hidden in them is never echoed.
    void hostileInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("envName");
        QTest::addColumn<QString>("envValue"); // %1 = the gateway's base URL without scheme
        const QString none;
        QTest::newRow("silent-hours nan") << QStringList{"--silent-hours", "nan", "healthcheck"} << none << none;
        QTest::newRow("silent-hours inf") << QStringList{"--silent-hours", "inf", "list"} << none << none;
        QTest::newRow("silent-hours negative") << QStringList{"--silent-hours", "-4", "list"} << none << none;
        QTest::newRow("silent-hours zero") << QStringList{"--silent-hours", "0", "list"} << none << none;
        QTest::newRow("silent-hours absurd") << QStringList{"--silent-hours", "1e9", "list"} << none << none;
        QTest::newRow("silent-hours after verb") << QStringList{"list", "--silent-hours", "NaN"} << none << none;
        QTest::newRow("show ..") << QStringList{"show", ".."} << none << none;
        QTest::newRow("show .") << QStringList{"show", "."} << none << none;
        QTest::newRow("show slash") << QStringList{"show", "a/b"} << none << none;
        QTest::newRow("show space") << QStringList{"show", "a b"} << none << none;
        QTest::newRow("reconnect ..") << QStringList{"reconnect", ".."} << none << none;
        QTest::newRow("dsn encoded password")
            << QStringList{"--activity-dsn", "mysql://u%3Ahunter2@127.0.0.1/db", "list"} << none << none;
        QTest::newRow("dsn password option")
            << QStringList{"--activity-dsn", "mysql://u@127.0.0.1/db?password=hunter2", "list"} << none << none;
        QTest::newRow("env dsn encoded password") << QStringList{"list"} << "PIXELHUB_ACTIVITY_DSN"
                                                  << "postgresql://u%3Ahunter2@127.0.0.1/db";
        QTest::newRow("gateway encoded password")
            << QStringList{"--gateway", "http://u%3Ahunter2@%1", "list"} << none << none;
        QTest::newRow("gateway data url") << QStringList{"--gateway", "data://hunter2", "list"} << none << none;
        QTest::newRow("gateway file url") << QStringList{"--gateway", "file:///etc/hunter2", "list"} << none << none;
        QTest::newRow("env gateway password") << QStringList{"list"} << "PIXELHUB_GATEWAY_URL"
                                              << "http://u:hunter2@%1";
        QTest::newRow("env gateway data url") << QStringList{"list"} << "PIXELHUB_GATEWAY_URL"
                                              << "data://hunter2";
    }

    void hostileInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, envName);
        QFETCH(QString, envValue);
        CannedGateway gateway;
        QVERIFY(gateway.isValid());
        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(gateway.port());
        QStringList argv;
        if (!args.contains("--gateway") && envName != "PIXELHUB_GATEWAY_URL")
            argv << "--gateway" << gateway.baseUrl();
        for (const QString& a : args)
            argv << (a.contains("%1") ? a.arg(hostPort) : a);
        if (!envName.isEmpty())
            qputenv(envName.toLatin1(), envValue.arg(hostPort).toUtf8());
        const CliRun r = run(argv);
        if (!envName.isEmpty())
            qunsetenv(envName.toLatin1());
        // A usage error: 2, or UNKNOWN (3) for the healthcheck, as monitoring plugins do.
        QCOMPARE(r.code, args.contains("healthcheck") ? 3 : 2);
        QVERIFY2(gateway.requests().isEmpty(), qPrintable(gateway.requests().join(", ")));
        QVERIFY2(!r.err.trimmed().isEmpty(), "no message");
        QVERIFY2(!QString(r.out + r.err).contains("hunter2"), qPrintable(r.err));
    }

    // delete says "deleted" only when the session is gone: no redirect followed, a failure in the
    // body read as such, and a GET that no longer finds the session.
    void deleteIsConfirmed_data()
    {
        QTest::addColumn<QByteArray>("deleteStatus");
        QTest::addColumn<QByteArray>("deleteBody"); // or the Location of a redirect
        QTest::addColumn<int>("getStatus");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("deleted") << QByteArray("200") << QByteArray("{\"success\":true}") << 404 << 0 << "deleted";
        QTest::newRow("301 turns DELETE into GET")
            << QByteArray("301") << QByteArray("/api/channels/evil") << 200 << 1 << "redirect";
        QTest::newRow("307") << QByteArray("307") << QByteArray("/api/channels/evil") << 404 << 1 << "redirect";
        QTest::newRow("success string false")
            << QByteArray("200") << QByteArray("{\"success\":\"false\"}") << 404 << 1 << "failure";
        QTest::newRow("success zero") << QByteArray("200") << QByteArray("{\"success\":0}") << 404 << 1 << "failure";
        QTest::newRow("success string zero")
            << QByteArray("200") << QByteArray("{\"success\":\"0\"}") << 404 << 1 << "failure";
        QTest::newRow("error in 2xx") << QByteArray("200") << QByteArray("{\"error\":\"session not deleted\"}") << 404
                                      << 1 << "not deleted";
        QTest::newRow("still there") << QByteArray("200") << QByteArray("{\"success\":true}") << 200 << 1
                                     << "still exists";
    }

    void deleteIsConfirmed()
    {
        QFETCH(QByteArray, deleteStatus);
        QFETCH(QByteArray, deleteBody);
        QFETCH(int, getStatus);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        CannedGateway gateway;
        const int status = deleteStatus.toInt();
        gateway.on("DELETE", "/api/channels/evil",
                   status >= 300 && status < 400 ? CannedGateway::redirect(status, deleteBody)
                                                 : CannedGateway::json(status, deleteBody));
        gateway.on(
            "GET", "/api/channels/evil",
            getStatus == 200
                ? CannedGateway::json(
                      200,
                      "{\"success\":true,\"channel\":{\"id\":\"evil\",\"name\":\"evil\",\"status\":\"CONNECTED\"}}")
                : CannedGateway::json(404, "{\"success\":false,\"error\":\"A sessão do WhatsApp não está ativa.\"}"));
        const CliRun r = run({"--gateway", gateway.baseUrl(), "delete", "evil", "--yes"});
        QCOMPARE(r.code, exitCode);
        QCOMPARE(gateway.count("DELETE /api/channels/evil"), 1); // never repeated by a redirect
        QVERIFY2(QString(r.out + r.err).contains(mentions, Qt::CaseInsensitive), qPrintable(r.out + r.err));
        if (exitCode != 0)
            QVERIFY2(!r.out.contains("deleted"), qPrintable(r.out));
    }

    // show prints the session it was asked for, or nothing.
    void showAnswerMustMatch()
    {
        CannedGateway gateway;
        gateway.on(
            "GET", "/api/channels/abc",
            CannedGateway::json(
                200,
                "{\"success\":true,\"channel\":{\"id\":\"victim\",\"name\":\"victim\",\"status\":\"CONNECTED\"}}"));
        const CliRun r = run({"--gateway", gateway.baseUrl(), "show", "abc"});
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.out.contains("victim"), qPrintable(r.out));
        QVERIFY2(r.err.contains("victim") && r.err.contains("abc"), qPrintable(r.err));
    }

    // Finding 11: a listing with one id twice is a gateway inconsistency. Both rows are printed (table
    // and JSON, flagged), and one note on stderr says so; neither row hides the other.
    void duplicateIdsAreShownBoth()
    {
        CannedGateway gateway;
        gateway.on("GET", "/api/channels",
                   CannedGateway::json(200, "{\"success\":true,\"channels\":["
                                            "{\"id\":\"twin\",\"name\":\"First\",\"status\":\"CONNECTED\"},"
                                            "{\"id\":\"solo\",\"name\":\"Solo\",\"status\":\"CONNECTED\"},"
                                            "{\"id\":\"twin\",\"name\":\"Second\",\"status\":\"DISCONNECTED\"}]}"));
        const CliRun table = run({"--gateway", gateway.baseUrl(), "list"});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("First") && table.out.contains("Second"), qPrintable(table.out));
        QVERIFY2(table.out.contains("3 sessions"), qPrintable(table.out));
        QVERIFY2(table.err.contains("inconsistent") && table.err.contains("twin") && !table.err.contains("solo"),
                 qPrintable(table.err));
        QVERIFY(table.err.trimmed().split('\n').size() <= 3);

        const CliRun json = run({"--gateway", gateway.baseUrl(), "--json", "list"});
        QCOMPARE(json.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value("name").toString(), QString("First"));
        QCOMPARE(rows.at(2).toObject().value("name").toString(), QString("Second"));
        QCOMPARE(rows.at(2).toObject().value("status").toString(), QString("disconnected"));
        QCOMPARE(rows.at(0).toObject().value("duplicate_id"), QJsonValue(true));
        QCOMPARE(rows.at(1).toObject().value("duplicate_id"), QJsonValue(false));
        QCOMPARE(rows.at(2).toObject().value("duplicate_id"), QJsonValue(true));
        QVERIFY2(json.err.contains("twin"), qPrintable(json.err));
    }

    // Finding 5: reconnect against a silent gateway ends by one deadline for the whole verb (the
    // connect deadline), not by the listing's time-out plus the flow's deadline. The listing alone
    // would stall 30 s here; the verb's bound is 3 s. The margin is wide: the old code cannot end
    // before the listing's 30 s.
    void reconnectHasOneDeadline()
    {
        QVERIFY(m_fx.start({}, false));
        sim::FaultSpec spec;
        spec.kind = sim::FaultKind::Stall;
        spec.pathPrefix = QStringLiteral("/api/");
        m_fx.sim().setFault(spec);
        QElapsedTimer clock;
        clock.start();
        const CliRun r =
            run(m_fx.globals() + QStringList{"reconnect", "imobsites", "--wait", "0"}, [](settings::Profile& p) {
                p.setListTimeout(std::chrono::seconds(30));
                p.setRequestTimeout(std::chrono::seconds(30));
                p.setConnectTimeout(std::chrono::seconds(30));
                p.setConnectDeadline(std::chrono::seconds(3));
            });
        const qint64 elapsed = clock.elapsed();
        m_fx.stop();
        QCOMPARE(r.code, 1);
        QVERIFY2(elapsed < 20000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QVERIFY2(r.err.trimmed().split('\n').size() <= 3, qPrintable(r.err));
    }

    // A refused connection is a fast, certain answer: create and reconnect give up after a few refused
    // attempts in a row, with a message that names the gateway, instead of polling until the connect
    // deadline (a minute here) and then saying only that no QR code came within it.
    void refusedGatewayEndsTheConnectFlow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("reconnect") << QStringList{"reconnect", "imobsites", "--wait", "0"};
        QTest::newRow("create") << QStringList{"create", "novo", "--wait", "0"};
    }

    void refusedGatewayEndsTheConnectFlow()
    {
        QFETCH(QStringList, args);
        QTcpServer probe; // a port that was free a moment ago: nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString address = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const CliRun r = run(QStringList{"--gateway", "http://" + address} + args,
                             [](settings::Profile& p) { p.setConnectDeadline(std::chrono::minutes(1)); });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(address), qPrintable(r.err));
        const int attempts = sessions::ConnectFlow::Options{}.maxRefused;
        QVERIFY(attempts > 1);
        QVERIFY2(r.err.contains(QStringLiteral("Stopped after %1 refused attempts in a row.").arg(attempts)),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains("within"), qPrintable(r.err)); // not the deadline's message
        QVERIFY2(r.err.trimmed().split('\n').size() <= 3, qPrintable(r.err));
    }

    // Several gateways: which one holds the session is looked up within the verb's own deadline, and
    // a gateway that did not answer is named ("it may be there"), not "no gateway has it". Before,
    // the lookup waited for the stalled listing's whole time-out plus a margin, then said no gateway
    // had the session.
    void reconnectLookupNamesTheSilentGateway()
    {
        QVERIFY(m_fx.start({}, false));
        CannedGateway stalled;
        stalled.on("GET", "/api/channels", CannedGateway::stalled());
        QVERIFY(stalled.isValid());
        qputenv("PHS_TEST_ALPHA", SimFixture::Secret);
        qputenv("PHS_TEST_BETA", SimFixture::Secret);
        {
            QSettings raw(m_fx.dir().filePath("profile.ini"), QSettings::IniFormat);
            settings::GatewayProfiles profiles(raw);
            QCOMPARE(profiles.save({"alpha", "pixelhub", QUrl(m_fx.url()), "PHS_TEST_ALPHA"}), QString());
            QCOMPARE(profiles.save({"beta", "pixelhub", QUrl(stalled.baseUrl()), "PHS_TEST_BETA"}), QString());
        }
        const CliRun r = run({"reconnect", "ghost", "--wait", "0"}, [](settings::Profile& p) {
            p.setListTimeout(std::chrono::seconds(30));
            p.setConnectDeadline(std::chrono::seconds(3));
        });
        m_fx.stop();
        QSettings(m_fx.dir().filePath("profile.ini"), QSettings::IniFormat).remove("profiles");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("beta") && r.err.contains("could not list"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("No gateway has"), qPrintable(r.err));
    }

    // A compression bomb (a small body that inflates to far more than the size cap) is refused, and
    // the message says what happened: not "not valid data (illegal value at byte 1)".
    void compressionBombIsNamed_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("body");
        // 64 MiB of JSON whitespace inflating from about 64 KiB; a zlib stream is what qCompress makes.
        const QByteArray bomb = QByteArray(64 * 1024 * 1024, ' ') + "{}";
        QTest::newRow("deflate") << QByteArray("deflate") << qCompress(bomb, 9).mid(4);
        QTest::newRow("deflate, valid JSON")
            << QByteArray("deflate") << qCompress("{\"success\":true,\"channels\":[]" + bomb + "}", 9).mid(4);
    }

    void compressionBombIsNamed()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, body);
        CannedGateway gateway;
        CannedGateway::Answer answer = CannedGateway::json(200, body);
        answer.headers = {{"Content-Encoding", encoding}};
        gateway.on("GET", "/api/channels", answer);
        const CliRun r = run({"--gateway", gateway.baseUrl(), "list"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("decompressed"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("not valid data"), qPrintable(r.err));
        QVERIFY2(r.err.trimmed().split('\n').size() <= 3, qPrintable(r.err));
    }

    // A redirect loop ends fast with a message that says so; a POST is never sent twice.
    void redirectLoops_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("maxRequests");
        QTest::newRow("create 307 loop") << QByteArray("POST") << QByteArray("/api/channels")
                                         << QStringList{"create", "novo", "--wait", "0"} << 1;
        QTest::newRow("list 302 loop") << QByteArray("GET") << QByteArray("/api/channels") << QStringList{"list"} << 6;
    }

    void redirectLoops()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QStringList, args);
        QFETCH(int, maxRequests);
        CannedGateway gateway;
        gateway.on(method, path, CannedGateway::redirect(method == "POST" ? 307 : 302, path));
        const CliRun r = run(QStringList{"--gateway", gateway.baseUrl()} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(gateway.count(QString::fromLatin1(method + ' ' + path)) <= maxRequests,
                 qPrintable(gateway.requests().join(", ")));
        QVERIFY2(r.err.contains(method == "POST" ? "redirect" : "too many redirects", Qt::CaseInsensitive),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains("empty answer"), qPrintable(r.err));
        QVERIFY2(r.err.trimmed().split('\n').size() <= 3, qPrintable(r.err));
    }

    // Ten stalled sessions: at most four QR requests at once, and the whole check ends at its
    // deadline (a setting) with the rest marked not sent, instead of 10 x the request timeout.
    void healthcheckIsConcurrentAndBounded()
    {
        CannedGateway gateway;
        QByteArray channels;
        for (int i = 0; i < 10; ++i) {
            channels += (i ? "," : "") + QByteArray("{\"id\":\"s") + QByteArray::number(i) +
                        "\",\"name\":\"s\",\"status\":\"DISCONNECTED\"}";
            gateway.on("GET", "/api/channels/s" + QByteArray::number(i) + "/qr", CannedGateway::stalled());
        }
        gateway.on("GET", "/api/channels",
                   CannedGateway::json(200, "{\"success\":true,\"channels\":[" + channels + "]}"));
        const CliRun r = run({"--gateway", gateway.baseUrl(), "healthcheck"}, [](settings::Profile& p) {
            p.setRequestTimeout(std::chrono::seconds(120));
            p.setHealthcheckDeadline(std::chrono::seconds(5));
        });
        QCOMPARE(r.code, 2);
        QCOMPARE(gateway.maxInFlight(), 4);
        QCOMPARE(r.out.count("not sent"), 6);
        QCOMPARE(r.out.count("\ns"), 10); // one line per session, none lost
    }

    // The design's TLS rule: plain http:// carries the secret only to this computer. No traffic
    // leaves loopback here: the remote host is refused before anything is sent.
    void cleartextToAnotherHostIsRefused()
    {
        const CliRun remote = run({"--gateway", "http://203.0.113.7:9", "list"});
        QCOMPARE(remote.code, 1);
        QVERIFY2(remote.err.contains("clear text"), qPrintable(remote.err));
        QVERIFY2(remote.err.contains("nothing was sent"), qPrintable(remote.err));

        // Another loopback address than 127.0.0.1 is still this computer.
        CannedGateway loopback(QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(loopback.isValid());
        loopback.on("GET", "/api/channels", CannedGateway::json(200, "{\"success\":true,\"channels\":[]}"));
        const CliRun local = run({"--gateway", loopback.baseUrl(), "list"});
        QCOMPARE(local.code, 0);
        QCOMPARE(loopback.count("GET /api/channels"), 1);
        QVERIFY2(local.err.isEmpty(), qPrintable(local.err));
    }

    void cleartextRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https remote") << "https://wpp.example.com:8443" << true;
        QTest::newRow("http 127.0.0.2") << "http://127.0.0.2:8443" << true;
        QTest::newRow("http ::1") << "http://[::1]:8443" << true;
        QTest::newRow("http localhost") << "http://localhost:8443" << true;
        QTest::newRow("http name on loopback") << "http://gw-loop.test:8443" << true;
        QTest::newRow("http name remote") << "http://gw-remote.test:8443" << false;
        QTest::newRow("http name half remote") << "http://gw-mixed.test:8443" << false;
        QTest::newRow("http name unresolved") << "http://gw-nowhere.test:8443" << false;
        QTest::newRow("http remote literal") << "http://192.0.2.10" << false;
    }

    void cleartextRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const gateway::HostResolver resolver = [](const QString& host) -> QList<QHostAddress> {
            if (host == "gw-loop.test")
                return {QHostAddress("127.0.0.2")};
            if (host == "gw-remote.test")
                return {QHostAddress("192.0.2.10")};
            if (host == "gw-mixed.test")
                return {QHostAddress("127.0.0.1"), QHostAddress("192.0.2.11")};
            return {};
        };
        QCOMPARE(gateway::mayCarrySecret(QUrl(url), resolver), allowed);
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
