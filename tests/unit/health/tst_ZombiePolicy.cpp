#include "health/ZombiePolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using activity::ActivitySnapshot;
using activity::ChannelActivity;
using health::Health;
using health::ZombiePolicy;
using sessions::Status;

namespace {

ActivitySnapshot snapshotWith(const QString& channel, qint64 ageSeconds)
{
    ActivitySnapshot s;
    s.state = ActivitySnapshot::State::Ok;
    s.dbNowUtc = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    ChannelActivity a;
    a.ageSeconds = ageSeconds;
    a.lastAtUtc = s.dbNowUtc.addSecs(-ageSeconds);
    s.channels.insert(channel, a);
    return s;
}

} // namespace

class TestZombiePolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const ZombiePolicy policy;
        QCOMPARE(policy.threshold(), 4h);
        QCOMPARE(policy.noActivityIsZombie(), false);
        QCOMPARE(policy.thresholdFor(QStringLiteral("any")), 4h);
    }

    void threshold_data()
    {
        QTest::addColumn<qint64>("age");
        QTest::addColumn<int>("health");
        QTest::newRow("fresh") << qint64(60) << int(Health::Healthy);
        QTest::newRow("exactly the threshold") << qint64(4 * 3600) << int(Health::Healthy);
        QTest::newRow("one second over") << qint64(4 * 3600 + 1) << int(Health::Zombie);
        QTest::newRow("5 h 12 min") << qint64(5 * 3600 + 12 * 60) << int(Health::Zombie);
    }
    void threshold()
    {
        QFETCH(qint64, age);
        QFETCH(int, health);
        const ZombiePolicy policy;
        const auto v = policy.evaluate(QStringLiteral("Pixel12 Digital"), Status::Connected,
                                       snapshotWith(QStringLiteral("pixel12digital"), age));
        QCOMPARE(int(v.health), health);
        QVERIFY(!v.reason.isEmpty());
    }

    void reasonSaysWhy()
    {
        const ZombiePolicy policy;
        const auto v = policy.evaluate(QStringLiteral("a"), Status::Connected,
                                       snapshotWith(QStringLiteral("a"), 5 * 3600 + 12 * 60));
        QCOMPARE(v.reason, QStringLiteral("silent for 5 h 12 min (threshold 4 h)"));
    }

    void perSessionOverride()
    {
        ZombiePolicy policy;
        policy.setOverride(QStringLiteral("ImobSites"), 72h);
        QCOMPARE(policy.thresholdFor(QStringLiteral("imobsites")), 72h);
        QCOMPARE(policy.thresholdFor(QStringLiteral("imob")), 4h); // exact ids, no prefix match
        const auto quiet = snapshotWith(QStringLiteral("imobsites"), 30 * 3600);
        QCOMPARE(policy.evaluate(QStringLiteral("ImobSites"), Status::Connected, quiet).health, Health::Healthy);
        policy.clearOverride(QStringLiteral("ImobSites"));
        QCOMPARE(policy.evaluate(QStringLiteral("ImobSites"), Status::Connected, quiet).health, Health::Zombie);
        policy.setThreshold(48h);
        QCOMPARE(policy.evaluate(QStringLiteral("ImobSites"), Status::Connected, quiet).health, Health::Healthy);
    }

    // Ids are case-sensitive on the gateway: "Vendas" and "vendas" are two sessions, and the
    // threshold set for one is not the other's. A differently spelt override still applies when no
    // session has its exact id (a profile saved before the gateway's id changed case).
    void overridesFollowTheExactId()
    {
        ZombiePolicy policy;
        policy.setOverride(QStringLiteral("Vendas"), 72h);
        policy.setSessionIds({QStringLiteral("Vendas"), QStringLiteral("vendas")});
        QCOMPARE(policy.thresholdFor(QStringLiteral("Vendas")), 72h);
        QCOMPARE(policy.thresholdFor(QStringLiteral("vendas")), 4h); // was 72h: one shared bucket
        const auto quiet = snapshotWith(QStringLiteral("vendas"), 30 * 3600);
        QCOMPARE(policy.evaluate(QStringLiteral("vendas"), Status::Connected, quiet).health, Health::Zombie);

        policy.setSessionIds({QStringLiteral("vendas")}); // no session is exactly "Vendas"
        QCOMPARE(policy.thresholdFor(QStringLiteral("vendas")), 72h);
        QCOMPARE(policy.evaluate(QStringLiteral("vendas"), Status::Connected, quiet).health, Health::Healthy);

        policy.setOverride(QStringLiteral("vendas"), 8h); // an exact one wins over the spelling
        policy.setSessionIds({});
        QCOMPARE(policy.thresholdFor(QStringLiteral("vendas")), 8h);
        QCOMPARE(policy.thresholdFor(QStringLiteral("Vendas")), 72h);
        QVERIFY(policy.thresholdFor(QStringLiteral("VENDAS")) != 4h); // either spelling, not the global
    }

    // The activity of a session: the channel with exactly its id first.
    void activityFollowsTheExactId()
    {
        ActivitySnapshot s = snapshotWith(QStringLiteral("Vendas"), 60);
        ChannelActivity old;
        old.ageSeconds = 50 * 3600;
        s.channels.insert(QStringLiteral("vendas"), old);
        ZombiePolicy policy;
        policy.setSessionIds({QStringLiteral("Vendas"), QStringLiteral("vendas"), QStringLiteral("VENDAS")});
        QCOMPARE(policy.activityOf(QStringLiteral("Vendas"), s)->ageSeconds, 60);
        QCOMPARE(policy.activityOf(QStringLiteral("vendas"), s)->ageSeconds, 50 * 3600);
        QCOMPARE(policy.evaluate(QStringLiteral("vendas"), Status::Connected, s).health, Health::Zombie);
        QCOMPARE(policy.evaluate(QStringLiteral("Vendas"), Status::Connected, s).health, Health::Healthy);
        // "VENDAS" has no channel of its own, and the normalised one ("vendas") is another session's.
        QVERIFY(!policy.activityOf(QStringLiteral("VENDAS"), s));

        // Spelt differently and no session has that spelling: the normalised match applies.
        const ActivitySnapshot spaced = snapshotWith(QStringLiteral("pixel12digital"), 120);
        policy.setSessionIds({QStringLiteral("Pixel12 Digital")});
        QCOMPARE(policy.activityOf(QStringLiteral("Pixel12 Digital"), spaced)->ageSeconds, 120);
        policy.setSessionIds({});
        QCOMPARE(policy.activityOf(QStringLiteral("Pixel12 Digital"), spaced)->ageSeconds, 120);
    }

    // The ids the rule may ask about are the overrides' and the activity's; the evaluation of a
    // big listing keeps only those.
    void asksOnlyAboutOverridesAndActivity()
    {
        ZombiePolicy policy;
        policy.setOverride(QStringLiteral("Vendas"), 72h);
        const auto s = snapshotWith(QStringLiteral("vendas"), 60);
        QVERIFY(policy.mayAskAbout(QStringLiteral("Vendas"), s));
        QVERIFY(policy.mayAskAbout(QStringLiteral("vendas"), s));
        QVERIFY(!policy.mayAskAbout(QStringLiteral("VENDAS"), s));
        QVERIFY(!policy.mayAskAbout(QStringLiteral("other"), s));
    }

    void noActivity()
    {
        ZombiePolicy policy;
        const auto empty = snapshotWith(QStringLiteral("other"), 10);
        auto v = policy.evaluate(QStringLiteral("silent"), Status::Connected, empty);
        QCOMPARE(v.health, Health::NoActivity);
        QVERIFY(v.health != Health::Zombie);
        policy.setNoActivityIsZombie(true);
        v = policy.evaluate(QStringLiteral("silent"), Status::Connected, empty);
        QCOMPARE(v.health, Health::Zombie);
        QCOMPARE(v.health, Health::Zombie);
    }

    // Rows read newest first reach `covered` back and the session is not among them.
    void silentAtLeast_data()
    {
        QTest::addColumn<qint64>("covered");
        QTest::addColumn<bool>("noActivityIsZombie");
        QTest::addColumn<int>("health");
        QTest::addColumn<QString>("reason");
        QTest::newRow("past the threshold") << qint64(5 * 3600) << false << int(Health::Zombie)
                                            << QStringLiteral("silent for more than 5 h (threshold 4 h)");
        QTest::newRow("past it, setting on") << qint64(5 * 3600) << true << int(Health::Zombie)
                                             << QStringLiteral("silent for more than 5 h (threshold 4 h)");
        QTest::newRow("not yet far enough")
            << qint64(3600) << true << int(Health::ActivityUnknown)
            << QStringLiteral("silent for at least 1 h; older history is still being read (threshold 4 h)");
    }
    void silentAtLeast()
    {
        QFETCH(qint64, covered);
        QFETCH(bool, noActivityIsZombie);
        QFETCH(int, health);
        QFETCH(QString, reason);
        ZombiePolicy policy;
        policy.setNoActivityIsZombie(noActivityIsZombie);
        ActivitySnapshot s = snapshotWith(QStringLiteral("other"), 10);
        s.wholeHistory = false;
        s.coveredSeconds = covered;
        const auto known = s.lookup(QStringLiteral("Quiet"));
        QCOMPARE(known.kind, activity::ChannelKnowledge::Kind::SilentAtLeast);
        QCOMPARE(known.silentSeconds, covered);
        QCOMPARE(s.lookup(QStringLiteral("Other")).kind, activity::ChannelKnowledge::Kind::Found);
        const auto v = policy.evaluate(QStringLiteral("Quiet"), Status::Connected, s);
        QCOMPARE(int(v.health), health);
        QCOMPARE(v.reason, reason);
    }

    void largestThresholdCoversOverrides()
    {
        ZombiePolicy policy;
        QCOMPARE(policy.largestThreshold(), 4h);
        policy.setOverride(QStringLiteral("busy"), 1h);
        QCOMPARE(policy.largestThreshold(), 4h);
        policy.setOverride(QStringLiteral("ImobSites"), 72h);
        QCOMPARE(policy.largestThreshold(), 72h);
        policy.setThreshold(100h);
        QCOMPARE(policy.largestThreshold(), 100h);
    }

    void unknownActivity_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("not configured") << int(ActivitySnapshot::State::NotConfigured);
        QTest::newRow("unavailable") << int(ActivitySnapshot::State::Unavailable);
    }
    void unknownActivity()
    {
        QFETCH(int, state);
        ZombiePolicy policy;
        policy.setNoActivityIsZombie(true); // must not turn an unknown into a zombie
        ActivitySnapshot s;
        s.state = ActivitySnapshot::State(state);
        s.reason = QStringLiteral("Cannot reach the activity database at db:3306 (refused).");
        const auto v = policy.evaluate(QStringLiteral("a"), Status::Connected, s);
        QCOMPARE(v.health, Health::ActivityUnknown);
        QVERIFY(v.health != Health::Zombie);
        if (s.state == ActivitySnapshot::State::Unavailable)
            QVERIFY(v.reason.contains(s.reason));
    }

    void notConnected_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("disconnected") << int(Status::Disconnected);
        QTest::newRow("qr pending") << int(Status::QrPending);
        QTest::newRow("starting") << int(Status::Starting);
        QTest::newRow("unknown") << int(Status::Unknown);
    }
    void notConnected()
    {
        QFETCH(int, status);
        const ZombiePolicy policy;
        const auto v = policy.evaluate(QStringLiteral("a"), Status(status), snapshotWith(QStringLiteral("a"), 99999));
        QCOMPARE(v.health, Health::NotConnected);
        QVERIFY(v.health != Health::Zombie);
    }

    void durations()
    {
        QCOMPARE(ZombiePolicy::formatDuration(40s), QStringLiteral("40 s"));
        QCOMPARE(ZombiePolicy::formatDuration(4h), QStringLiteral("4 h"));
        QCOMPARE(ZombiePolicy::formatDuration(3 * 24h + 4h + 5min), QStringLiteral("3 d 4 h"));
    }
};

QTEST_GUILESS_MAIN(TestZombiePolicy)
#include "tst_ZombiePolicy.moc"
