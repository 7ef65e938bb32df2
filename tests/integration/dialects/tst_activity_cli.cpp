// Last activity asked of the gateway itself (WAHA, Evolution, Whapi), with no activity database:
// the command line (in process) against the simulator speaking each dialect. A connected session
// whose last inbound message is old is a zombie, a recent one is not, each connected session is
// asked once per refresh (the others not at all), a gateway that stalls the call still lists (the
// row says why its activity is unknown), and with a database that knows the sessions the gateway
// is not asked.
#include "../../unit/cli/CliFixture.h"
#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QJsonObject>
#include <QStandardPaths>

using namespace std::chrono_literals;

class TestActivityCli : public QObject
{
    Q_OBJECT

    SimFixture m_fx;
    QString m_dialect;
    std::chrono::seconds m_requestTimeout{30};

    CliRun run(const QStringList& args, bool withDatabase = false)
    {
        CliRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        settings::Profile profile(
            std::make_unique<QSettings>(m_fx.dir().filePath("profile.ini"), QSettings::IniFormat));
        profile.setRequestTimeout(m_requestTimeout);
        settings::SecretStore secrets;
        cli::CommandContext context(out, err, profile, secrets);
        QStringList globals{"--gateway", m_fx.url(), "--dialect", m_dialect};
        if (withDatabase)
            globals << "--activity-dsn" << m_fx.dsn();
        r.code = cli::CommandRegistry::standard().run(QStringList{"pixelhub-sessions-cli"} + globals + args, context);
        out.flush();
        err.flush();
        return r;
    }

    // "canal" is connected (the Whapi profile's one channel: the simulator's first session);
    // WAHA and Evolution also list another connected session and one waiting for a scan.
    void start(const QString& dialect, bool withDatabase = false)
    {
        m_dialect = dialect;
        QJsonArray sessions{QJsonObject{{"id", "canal"}, {"phase", "connected"}, {"token", true}}};
        if (dialect != QLatin1String("whapi")) {
            sessions.append(QJsonObject{{"id", "outro"}, {"phase", "connected"}, {"token", true}});
            sessions.append(QJsonObject{{"id", "novo"}, {"phase", "qr"}});
        }
        QVERIFY(m_fx.start(scenarioOf(sessions), withDatabase));
        QVERIFY(m_fx.sim().setDialect(dialect));
    }

    // The path of the dialect's last-activity call for a session (dialects.md §5.2).
    QString activityPath(const QString& id) const
    {
        if (m_dialect == QLatin1String("waha"))
            return QStringLiteral("/api/%1/chats/overview").arg(id);
        if (m_dialect == QLatin1String("evolution"))
            return QStringLiteral("/chat/findMessages/%1").arg(id);
        return QStringLiteral("/chats");
    }

    int activityCalls(const QString& id) const
    {
        int n = 0;
        for (const QString& r : m_fx.requests()) {
            if (r.endsWith(QLatin1Char(' ') + activityPath(id)))
                ++n;
        }
        return n;
    }

    static QJsonObject rowOf(const QJsonArray& rows, const QString& id)
    {
        for (const QJsonValue& row : rows) {
            if (row.toObject().value("id").toString() == id)
                return row.toObject();
        }
        return {};
    }

    QJsonArray listRows()
    {
        const CliRun r = run({"--json", "list"});
        if (r.code != 0)
            qWarning() << r.err;
        return parseJson(r.out).array();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PIXELHUB_GATEWAY_SECRET", SimFixture::Secret);
        for (const char* name : {"PIXELHUB_GATEWAY_URL", "PIXELHUB_ACTIVITY_DSN", "PIXELHUB_ACTIVITY_PASSWORD",
                                 "PIXELHUB_GATEWAY_DIALECT"})
            qunsetenv(name);
    }

    void init() { m_requestTimeout = 30s; }
    void cleanup() { m_fx.stop(); }

    void dialects_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("waha") << "waha";
        QTest::newRow("evolution") << "evolution";
        QTest::newRow("whapi") << "whapi";
    }

    void zombieWithoutDatabase_data() { dialects_data(); }
    void zombieWithoutDatabase()
    {
        QFETCH(QString, dialect);
        start(dialect);
        // Whole seconds: the gateways give the time in epoch seconds.
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600).addMSecs(0);
        const QDateTime oldSeconds = QDateTime::fromSecsSinceEpoch(old.toSecsSinceEpoch(), Qt::UTC);
        QVERIFY(m_fx.sim().setLastInbound("canal", oldSeconds));

        const QJsonArray rows = listRows();
        const QJsonObject canal = rowOf(rows, "canal");
        QCOMPARE(canal.value("status").toString(), QStringLiteral("connected"));
        // The newest inbound message, not the message we sent just now (dialects.md §5.3 rule 7).
        QCOMPARE(canal.value("last_activity_at").toString(), oldSeconds.toString(Qt::ISODate));
        QVERIFY(canal.value("is_zombie").toBool());
        // One call per connected session, none for the others, and never more than the sessions.
        QCOMPARE(activityCalls("canal"), 1);
        if (dialect != QLatin1String("whapi")) {
            QCOMPARE(activityCalls("outro"), 1);
            QCOMPARE(activityCalls("novo"), 0);
            QVERIFY(!rowOf(rows, "outro").value("is_zombie").toBool()); // 5 min ago
            QVERIFY(rowOf(rows, "novo").value("last_activity_at").isNull());
        }

        // The same verdict in show and in the healthcheck (one code path, the runtime).
        CliRun shown = run({"--json", "show", "canal"});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QVERIFY(parseJson(shown.out).object().value("is_zombie").toBool());
        m_fx.clearRequests();
        const CliRun check = run({"--json", "healthcheck", "--dry-run"});
        const QJsonObject report = parseJson(check.out).object();
        QCOMPARE(report.value("counts").toObject().value("zombie").toInt(), 1);
        QVERIFY(rowOf(report.value("sessions").toArray(), "canal").value("is_zombie").toBool());
        QCOMPARE(activityCalls("canal"), 1);
    }

    void recentIsNotZombie_data() { dialects_data(); }
    void recentIsNotZombie()
    {
        QFETCH(QString, dialect);
        start(dialect);
        const QDateTime recent = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 600, Qt::UTC);
        QVERIFY(m_fx.sim().setLastInbound("canal", recent));
        const QJsonObject canal = rowOf(listRows(), "canal");
        QCOMPARE(canal.value("last_activity_at").toString(), recent.toString(Qt::ISODate));
        QVERIFY(!canal.value("is_zombie").toBool());
        QCOMPARE(activityCalls("canal"), 1);
    }

    // A gateway that never answers the last-activity call: the listing still comes, within the
    // request time-out, and the row says why its activity is unknown (not a zombie, not healthy).
    void stalledCallDoesNotStallListing_data() { dialects_data(); }
    void stalledCallDoesNotStallListing()
    {
        QFETCH(QString, dialect);
        start(dialect);
        m_requestTimeout = 1s;
        QVERIFY(m_fx.sim().setLastInbound("canal", QDateTime::currentDateTimeUtc().addSecs(-6 * 3600)));
        sim::FaultSpec stall;
        stall.kind = sim::FaultKind::Stall;
        stall.pathPrefix = activityPath("canal");
        m_fx.sim().setFault(stall);

        const CliRun listed = run({"--json", "list"});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QJsonObject canal = rowOf(parseJson(listed.out).array(), "canal");
        QCOMPARE(canal.value("status").toString(), QStringLiteral("connected"));
        QVERIFY(canal.value("last_activity_at").isNull());
        QVERIFY(!canal.value("is_zombie").toBool());

        const CliRun check = run({"--json", "healthcheck", "--dry-run"});
        const QJsonObject row = rowOf(parseJson(check.out).object().value("sessions").toArray(), "canal");
        QCOMPARE(row.value("health").toString(), QStringLiteral("activity_unknown"));
        QVERIFY2(row.value("reason").toString().contains(QLatin1String("gateway")),
                 qPrintable(row.value("reason").toString()));
    }

    // With an activity database that knows the sessions, the gateway is not asked.
    void databaseFirst_data() { dialects_data(); }
    void databaseFirst()
    {
        QFETCH(QString, dialect);
        start(dialect, true);
        const CliRun r = run({"--json", "list"}, true);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject canal = rowOf(parseJson(r.out).array(), "canal");
        QVERIFY(!canal.value("last_activity_at").isNull());
        QCOMPARE(activityCalls("canal"), 0);
    }

    // The Pixel Hub wrapper lists no number: the account key comes from the `to` of the
    // session's inbound activity rows (issue 12, item 4).
    void pixelhubAccountFromActivityRows()
    {
        m_dialect = QStringLiteral("pixelhub");
        QVERIFY(m_fx.start(scenarioOf({QJsonObject{
                               {"id", "canal"}, {"phase", "connected"}, {"token", true}, {"phone", "5547999990001"}}}),
                           true));
        const CliRun r = run({"--json", "list"}, true);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(rowOf(parseJson(r.out).array(), "canal").value("account").toString(), QStringLiteral("5547999990001"));
    }
};

QTEST_GUILESS_MAIN(TestActivityCli)
#include "tst_activity_cli.moc"
