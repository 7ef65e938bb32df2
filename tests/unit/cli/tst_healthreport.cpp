// health::HealthReport: the classification, the monitoring-plugin text and the JSON, without a network.
#include "cli/SessionFormat.h"
#include "health/HealthReport.h"
#include "runtime/SessionMonitor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

sessions::Session session(const QString& id, sessions::Status status, health::Health h, const QString& raw = {})
{
    sessions::Session s;
    s.id = id;
    s.name = id;
    s.status = status;
    s.rawStatus = raw.isEmpty() ? sessions::statusKey(status) : raw;
    s.health = h;
    s.healthReason = h == health::Health::Zombie ? QStringLiteral("silent for 7 h (threshold 4 h)") : QString();
    return s;
}

} // namespace

class TestHealthReport : public QObject
{
    Q_OBJECT

private slots:
    void verdicts();
    void monitoringLine();
    void unknownWhenUnreachable();
    void emptyListIsOkWithANote();
    void actionsAndDryRun();
    void json();
    void silentAtLeastInTheListContract();
};

void TestHealthReport::verdicts()
{
    using S = sessions::Status;
    using H = health::Health;
    QCOMPARE(health::HealthReport::fromSessions({session("a", S::Connected, H::Healthy),
                                                 session("b", S::Connected, H::ActivityUnknown),
                                                 session("c", S::Connected, H::NoActivity)})
                 .level(),
             health::Level::Ok);
    const auto warning = health::HealthReport::fromSessions(
        {session("a", S::Connected, H::Healthy), session("z", S::Connected, H::Zombie)});
    QCOMPARE(warning.level(), health::Level::Warning);
    QCOMPARE(warning.exitCode(), 1);
    const auto critical = health::HealthReport::fromSessions(
        {session("z", S::Connected, H::Zombie), session("q", S::QrPending, H::NotConnected)});
    QCOMPARE(critical.level(), health::Level::Critical);
    QCOMPARE(critical.exitCode(), 2);
    QCOMPARE(critical.unhealthySessions().size(), 2);
    for (const S s : {S::Disconnected, S::Starting, S::Unknown})
        QCOMPARE(health::HealthReport::fromSessions({session("x", s, H::NotConnected)}).level(),
                 health::Level::Critical);
}

void TestHealthReport::monitoringLine()
{
    using S = sessions::Status;
    using H = health::Health;
    QList<sessions::Session> list;
    for (const char* id : {"a", "b", "c", "d"})
        list << session(id, S::Connected, H::Healthy);
    list << session("suporte", S::Connected, H::Zombie) << session("vendas", S::Disconnected, H::NotConnected);
    const auto report = health::HealthReport::fromSessions(list);
    QCOMPARE(report.summary(),
             QString("SESSIONS CRITICAL - 1 disconnected, 1 possibly disconnected of 6 | sessions=6;;;0 "
                     "connected=4;;;0 zombies=1;;;0 not_connected=1;;;0"));
    const QStringList details = report.detailLines();
    QCOMPARE(details.size(), 2);
    QVERIFY(details.at(0).startsWith("suporte: connected, possibly disconnected: silent for 7 h"));
    QVERIFY(details.at(1).startsWith("vendas: disconnected -> "));
    QCOMPARE(health::HealthReport::fromSessions({session("a", S::Connected, H::Healthy)}).summary(),
             QString("SESSIONS OK - The session is connected | sessions=1;;;0 connected=1;;;0 zombies=0;;;0 "
                     "not_connected=0;;;0"));
}

void TestHealthReport::unknownWhenUnreachable()
{
    const auto report = health::HealthReport::unreachable(gateway::Result::failure(
        gateway::ErrorKind::ProxyTimeout, "The gateway timed out behind nginx (HTTP 504) | retry\nlater"));
    QCOMPARE(report.level(), health::Level::Unknown);
    QCOMPARE(report.exitCode(), 3);
    // One line, and no '|' that a monitoring system would take for performance data.
    QCOMPARE(report.summary(),
             QString("SESSIONS UNKNOWN - The gateway timed out behind nginx (HTTP 504) / retry later"));
    QCOMPARE(report.toJson().value("error_kind").toString(), QString("proxy_timeout"));
    QCOMPARE(health::HealthReport().level(), health::Level::Unknown);

    // Issue 14 #2: the healthcheck's own output keeps the gateway's words; a window (status bar,
    // tray, summary tooltip) reads the problem without them, alone or among several gateways.
    gateway::Result refused;
    refused.kind = gateway::ErrorKind::Http;
    refused.message = text::LiveText::translate("GatewayJob", "The gateway reported a failure: %1")
                          .arg(text::LiveText::raw(QStringLiteral("WPPConnect getQRCode failed")));
    const auto failed = health::HealthReport::unreachable(refused);
    QVERIFY(failed.problem().contains(QLatin1String("WPPConnect getQRCode failed")));
    QCOMPARE(failed.problemForAgent(), QStringLiteral("The gateway reported a failure."));
    const auto both = health::HealthReport::combine({{QStringLiteral("a"), failed}, {QStringLiteral("b"), failed}});
    QVERIFY(both.problem().contains(QLatin1String("WPPConnect")));
    QVERIFY2(!both.problemForAgent().contains(QLatin1String("WPPConnect")), qPrintable(both.problemForAgent()));
    QVERIFY(both.problemForAgent().contains(QLatin1String("gateway b")));
}

void TestHealthReport::emptyListIsOkWithANote()
{
    const auto report = health::HealthReport::fromSessions({});
    QCOMPARE(report.level(), health::Level::Ok);
    QVERIFY(report.summary().startsWith("SESSIONS OK - "));
    QCOMPARE(report.detailLines().size(), 1);
}

void TestHealthReport::actionsAndDryRun()
{
    using S = sessions::Status;
    using H = health::Health;
    auto report = health::HealthReport::fromSessions(
        {session("a", S::Connected, H::Healthy), session("q", S::QrPending, H::NotConnected)});
    report.setDryRun(true);
    QCOMPARE(report.sessions().at(0).action, health::Action::None);
    QCOMPARE(report.sessions().at(1).action, health::Action::DryRun);
    QCOMPARE(report.detailLines().value(0), QString("q: qr_pending -> (dry run: no request sent)"));
    report.setDryRun(false);
    report.setAction("q", health::Action::QrFailed, "asked the gateway for a QR, failed: boom");
    QCOMPARE(report.detailLines().value(0), QString("q: qr_pending -> asked the gateway for a QR, failed: boom"));
    QCOMPARE(report.level(), health::Level::Critical); // a failed action does not change the verdict
}

void TestHealthReport::json()
{
    using S = sessions::Status;
    using H = health::Health;
    sessions::Session z = session("z", S::Connected, H::Zombie);
    z.activity = sessions::ActivityState::Known;
    z.lastActivityUtc = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
    auto report = health::HealthReport::fromSessions({z}, "db down");
    report.setAction("z", health::Action::QrRequested, "asked");
    const QJsonObject o = report.toJson();
    QCOMPARE(o.value("verdict").toString(), QString("WARNING"));
    QCOMPARE(o.value("exit_code").toInt(), 1);
    QCOMPARE(o.value("activity_problem").toString(), QString("db down"));
    const QJsonObject s = o.value("sessions").toArray().at(0).toObject();
    QCOMPARE(s.value("last_activity_at").toString(), QString("2026-02-01T10:00:00Z"));
    QCOMPARE(s.value("action").toString(), QString("qr_requested"));
    QCOMPARE(s.value("action_ok"), QJsonValue(true));
    QCOMPARE(s.value("health").toString(), QString("zombie"));
}

// Rows read newest first reach 5 h back: a session not among them is silent for at least 5 h. Its
// JSON says so (no exact instant), its verdict is settled, and the text says "more than".
void TestHealthReport::silentAtLeastInTheListContract()
{
    activity::ActivitySnapshot snapshot;
    snapshot.state = activity::ActivitySnapshot::State::Ok;
    snapshot.dbNowUtc = QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
    snapshot.wholeHistory = false;
    snapshot.coveredSeconds = 5 * 3600 + 60;
    activity::ChannelActivity recent;
    recent.ageSeconds = 600;
    recent.lastAtUtc = snapshot.dbNowUtc.addSecs(-600);
    snapshot.channels.insert(QStringLiteral("busy"), recent);
    const health::ZombiePolicy policy;
    gateway::ChannelInfo quiet;
    quiet.id = QStringLiteral("Quiet");
    quiet.rawStatus = QStringLiteral("connected");
    gateway::ChannelInfo busy = quiet;
    busy.id = QStringLiteral("busy");

    const sessions::Session q = runtime::evaluateSession(quiet, snapshot, policy);
    QCOMPARE(q.activity, sessions::ActivityState::SilentAtLeast);
    QJsonObject o = cli::SessionFormat::toJson(q, QStringLiteral("main"), QStringLiteral("pixelhub"));
    QCOMPARE(o.value("last_activity_at"), QJsonValue(QJsonValue::Null));
    QCOMPARE(o.value("silent_for_at_least_s").toDouble(), double(5 * 3600 + 60));
    QCOMPARE(o.value("is_zombie"), QJsonValue(true));
    QCOMPARE(cli::SessionFormat::lastActivity(q), QStringLiteral("more than 5 h 1 min ago"));
    QCOMPARE(q.healthReason, QStringLiteral("silent for more than 5 h 1 min (threshold 4 h)"));

    const sessions::Session b = runtime::evaluateSession(busy, snapshot, policy);
    o = cli::SessionFormat::toJson(b, QStringLiteral("main"), QStringLiteral("pixelhub"));
    QCOMPARE(o.value("last_activity_at").toString(), QStringLiteral("2026-02-01T11:50:00Z"));
    QCOMPARE(o.value("silent_for_at_least_s"), QJsonValue(QJsonValue::Null));
    QCOMPARE(o.value("is_zombie"), QJsonValue(false));

    // The rows do not reach the threshold yet: the verdict waits, it does not guess.
    snapshot.coveredSeconds = 3600;
    const sessions::Session early = runtime::evaluateSession(quiet, snapshot, policy);
    QCOMPARE(early.health, health::Health::ActivityUnknown);
    QCOMPARE(cli::SessionFormat::toJson(early, QStringLiteral("main"), QStringLiteral("pixelhub")).value("is_zombie"),
             QJsonValue(false));
    QCOMPARE(cli::SessionFormat::toJson(early, QStringLiteral("main"), QStringLiteral("pixelhub"))
                 .value("silent_for_at_least_s")
                 .toDouble(),
             3600.0);
}

QTEST_GUILESS_MAIN(TestHealthReport)
#include "tst_healthreport.moc"
