// One suite, three registrations (tst_activity_index_sqlite / _mysql / _postgres): the kind comes
// from PHS_ACTIVITY_TEST_KIND. MySQL and PostgreSQL use the private servers started by
// tests/scripts/{mariadb,postgres}-start.sh (PHS_TEST_MYSQL_DSN / PHS_TEST_PG_DSN and passwords);
// without them the suite is skipped, or fails when PHS_REQUIRE_MYSQL / PHS_REQUIRE_PG is 1.

#include "ChannelCases.h"
#include "activity/ActivityIndex.h"
#include "activity/ActivityReader.h"
#include "activity/ChannelId.h"
#include "health/ZombiePolicy.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using activity::ActivityConfig;
using activity::ActivityIndex;
using activity::ActivityReader;
using activity::ActivitySnapshot;
using Kind = activity::ChannelKnowledge::Kind;
using activity::DbKind;
using activity::Dsn;

namespace {

const QString kConn = QStringLiteral("tst-activity-fixture");

QString sqliteSchema()
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS webhook_raw_logs (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                          "received_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, event_type TEXT NULL, "
                          "payload_hash TEXT NULL, payload_json TEXT NOT NULL, processed INTEGER NOT NULL DEFAULT 0, "
                          "event_id TEXT NULL, error_message TEXT NULL, "
                          "created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
}

QString postgresSchema()
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS webhook_raw_logs (id SERIAL PRIMARY KEY, "
                          "received_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, event_type VARCHAR(100) NULL, "
                          "payload_hash VARCHAR(16) NULL, payload_json TEXT NOT NULL, "
                          "processed SMALLINT NOT NULL DEFAULT 0, event_id VARCHAR(36) NULL, "
                          "error_message VARCHAR(500) NULL, created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
}

} // namespace

class TestActivityIndex : public QObject
{
    Q_OBJECT

private:
    DbKind m_kind = DbKind::Sqlite;
    std::optional<Dsn> m_dsn;
    QString m_password;
    QTemporaryDir m_dir;

    QSqlDatabase fixture() { return QSqlDatabase::database(kConn); }

    bool exec(const QString& sql)
    {
        QSqlQuery q(fixture());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    // Inserts a row whose created_at is ageSeconds before the database's own now.
    bool insert(const QVariant& eventType, const QByteArray& payload, qint64 ageSeconds)
    {
        QSqlQuery q(fixture());
        QString sql;
        switch (m_kind) {
        case DbKind::MySql:
            sql = QStringLiteral("INSERT INTO webhook_raw_logs (event_type, payload_json, created_at) "
                                 "VALUES (?, ?, NOW() - INTERVAL ? SECOND)");
            break;
        case DbKind::Postgres:
            sql = QStringLiteral("INSERT INTO webhook_raw_logs (event_type, payload_json, created_at) "
                                 "VALUES (?, ?, LOCALTIMESTAMP(0) - make_interval(secs => ?))");
            break;
        case DbKind::Sqlite:
            sql = QStringLiteral("INSERT INTO webhook_raw_logs (event_type, payload_json, created_at) "
                                 "VALUES (?, ?, datetime('now', '-' || ? || ' seconds'))");
            break;
        }
        q.prepare(sql);
        q.addBindValue(eventType);
        q.addBindValue(QString::fromUtf8(payload));
        q.addBindValue(ageSeconds);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }

    // One row per (age, channel, event type), inserted in this order (so in id order).
    struct Row
    {
        qint64 age;
        const char* channel;
        const char* type = "message";
    };
    bool insertRows(const QList<Row>& rows)
    {
        for (const Row& r : rows) {
            const QByteArray payload =
                QStringLiteral(R"({"session":{"id":"%1"}})").arg(QString::fromLatin1(r.channel)).toUtf8();
            if (!insert(QString::fromLatin1(r.type), payload, r.age))
                return false;
        }
        return true;
    }

    // The same with an explicit id (sparse ids).
    bool insertWithId(qint64 id, const QString& channel, qint64 ageSeconds)
    {
        QString created;
        switch (m_kind) {
        case DbKind::MySql:
            created = QStringLiteral("NOW() - INTERVAL ? SECOND");
            break;
        case DbKind::Postgres:
            created = QStringLiteral("LOCALTIMESTAMP(0) - make_interval(secs => ?)");
            break;
        case DbKind::Sqlite:
            created = QStringLiteral("datetime('now', '-' || ? || ' seconds')");
            break;
        }
        QSqlQuery q(fixture());
        q.prepare(QStringLiteral("INSERT INTO webhook_raw_logs (id, event_type, payload_json, created_at) "
                                 "VALUES (?, 'message', ?, %1)")
                      .arg(created));
        q.addBindValue(id);
        q.addBindValue(QStringLiteral(R"({"session":{"id":"%1"}})").arg(channel));
        q.addBindValue(ageSeconds);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }

    // A reader with fixed small chunks and no back-fill inside a refresh, so each step is exact.
    std::unique_ptr<ActivityReader> reader(qint64 chunk, const QString& cacheSubdir = QStringLiteral("cache")) const
    {
        ActivityConfig c = config(cacheSubdir);
        c.backfillMs = 0;
        auto r = std::make_unique<ActivityReader>(c);
        r->setChunkSize(chunk);
        return r;
    }

    static bool near(qint64 got, qint64 want) { return qAbs(got - want) <= 3; }

    bool truncate()
    {
        switch (m_kind) {
        case DbKind::MySql:
            return exec(QStringLiteral("TRUNCATE TABLE webhook_raw_logs"));
        case DbKind::Postgres:
            return exec(QStringLiteral("TRUNCATE TABLE webhook_raw_logs RESTART IDENTITY"));
        case DbKind::Sqlite:
            return exec(QStringLiteral("DELETE FROM webhook_raw_logs")) &&
                   exec(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'webhook_raw_logs'"));
        }
        return false;
    }

    ActivityConfig config(const QString& cacheSubdir = QStringLiteral("cache")) const
    {
        ActivityConfig c;
        c.dsn = m_dsn;
        c.password = m_password;
        c.cacheDir = m_dir.filePath(cacheSubdir);
        c.timeoutMs = 10000;
        return c;
    }

    static ActivitySnapshot refreshed(ActivityIndex& index)
    {
        QSignalSpy spy(&index, &ActivityIndex::ready);
        index.refresh();
        if (!spy.wait(30000))
            return {};
        return spy.at(0).at(0).value<ActivitySnapshot>();
    }

private slots:
    void initTestCase()
    {
        // The client sits in Tokyo; the MariaDB test server runs at -03:00. Ages must not care.
        qputenv("TZ", "Asia/Tokyo");
        tzset();
        QVERIFY(m_dir.isValid());
        const QByteArray kind = qgetenv("PHS_ACTIVITY_TEST_KIND");
        QString dsnText;
        if (kind == "mysql" || kind == "postgres") {
            const bool my = kind == "mysql";
            dsnText = qEnvironmentVariable(my ? "PHS_TEST_MYSQL_DSN" : "PHS_TEST_PG_DSN");
            m_password = qEnvironmentVariable(my ? "PHS_TEST_MYSQL_PASSWORD" : "PHS_TEST_PG_PASSWORD");
            if (dsnText.isEmpty()) {
                if (qEnvironmentVariableIntValue(my ? "PHS_REQUIRE_MYSQL" : "PHS_REQUIRE_PG") == 1)
                    QFAIL("the database server is required but its DSN variable is not set");
                QSKIP("no test server: run tests/scripts/mariadb-start.sh or postgres-start.sh first");
            }
        } else {
            // sqlite:///var/... here, sqlite:///C:/... on Windows (the drive letter is not a host).
            const QString path = m_dir.filePath(QStringLiteral("activity.db"));
            dsnText = QStringLiteral("sqlite://") + (path.startsWith(u'/') ? QString() : QStringLiteral("/")) + path;
        }
        QString error;
        m_dsn = Dsn::parse(dsnText, &error);
        QVERIFY2(m_dsn, qPrintable(error));
        m_kind = m_dsn->kind;

        const QString driver = m_kind == DbKind::MySql      ? QStringLiteral("QMYSQL")
                               : m_kind == DbKind::Postgres ? QStringLiteral("QPSQL")
                                                            : QStringLiteral("QSQLITE");
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, kConn);
        db.setHostName(m_dsn->host);
        db.setPort(m_dsn->port);
        db.setUserName(m_dsn->user);
        db.setPassword(m_password);
        db.setDatabaseName(m_dsn->database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        if (m_kind == DbKind::Sqlite)
            QVERIFY(exec(sqliteSchema()));
        if (m_kind == DbKind::Postgres)
            QVERIFY(exec(postgresSchema()));
        if (m_kind == DbKind::MySql) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT @@global.time_zone")) && q.next());
            if (q.value(0).toString() != u"-03:00")
                qWarning("the MariaDB test server is not at -03:00; the clock test is weaker");
        }
        if (m_kind == DbKind::Postgres)
            exec(QStringLiteral("ALTER DATABASE ") + m_dsn->database + QStringLiteral(" SET TimeZone = '-03:00'"));
    }

    void init()
    {
        QVERIFY(truncate());
        QDir(m_dir.filePath(QStringLiteral("cache"))).removeRecursively();
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(kConn, false).close();
        QSqlDatabase::removeDatabase(kConn);
    }

    void matchesExactly()
    {
        const QList<ChannelCase> cases = loadChannelCases();
        QVERIFY(!cases.isEmpty());
        QHash<QString, qint64> expected; // channel -> youngest activity age
        for (const ChannelCase& c : cases) {
            QVERIFY(insert(c.eventTypeIsNull ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.eventType),
                           c.payload, c.ageSeconds));
            if (c.activity && !c.channel.isEmpty()) {
                const auto it = expected.find(c.channel);
                if (it == expected.end())
                    expected.insert(c.channel, c.ageSeconds);
                else
                    *it = std::min(*it, c.ageSeconds);
            }
        }
        ActivityIndex index(config());
        const ActivitySnapshot snapshot = refreshed(index);
        QCOMPARE(snapshot.state, ActivitySnapshot::State::Ok);
        QCOMPARE(snapshot.rowsScanned, cases.size());
        QStringList got = snapshot.channels.keys();
        QStringList want = expected.keys();
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const qint64 age = snapshot.channels.value(it.key()).ageSeconds;
            QVERIFY2(qAbs(age - it.value()) <= 3,
                     qPrintable(it.key() + u' ' + QString::number(age) + u" vs " + QString::number(it.value())));
        }
        QVERIFY(!snapshot.find(QStringLiteral("imob"))->lastAtUtc.isNull());
        QCOMPARE(snapshot.find(QStringLiteral("Pixel12 Digital"))->ageSeconds,
                 snapshot.channels.value(QStringLiteral("pixel12digital")).ageSeconds);
        QVERIFY(!snapshot.find(QStringLiteral("zzonlyintext")));
    }

    void agesComeFromTheDatabaseClock()
    {
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"clock"}})", 5 * 3600 + 12 * 60));
        ActivityIndex index(config());
        const ActivitySnapshot snapshot = refreshed(index);
        QCOMPARE(snapshot.state, ActivitySnapshot::State::Ok);
        const auto clock = snapshot.find(QStringLiteral("clock"));
        QVERIFY(clock);
        QVERIFY2(qAbs(clock->ageSeconds - (5 * 3600 + 12 * 60)) <= 3, qPrintable(QString::number(clock->ageSeconds)));
        QCOMPARE(clock->lastAtUtc.timeSpec(), Qt::UTC);
        QCOMPARE(snapshot.dbNowUtc.timeSpec(), Qt::UTC);
        QCOMPARE(clock->lastAtUtc.secsTo(snapshot.dbNowUtc), clock->ageSeconds);
        // Same host, so the database's UTC instant must agree with the real one within seconds.
        const qint64 expectedEpoch = QDateTime::currentSecsSinceEpoch() - (5 * 3600 + 12 * 60);
        QVERIFY2(qAbs(clock->lastAtUtc.toSecsSinceEpoch() - expectedEpoch) <= 5,
                 qPrintable(clock->lastAtUtc.toString(Qt::ISODate)));
    }

    // The Pixel Hub wrapper lists no number: the account is the `to` of the channel's inbound
    // rows, the newest one's; our own sends (fromMe, onselfmessage) and Whapi rows give none.
    void accountFromInboundRows()
    {
        const auto row = [](const char* to, const char* fromMe) {
            return QStringLiteral(
                       R"({"event":"message","session":{"id":"conta"},"message":{"from":"5511911112222@c.us",)"
                       R"("to":"%1"},"raw":{"provider":"wppconnect","payload":{"event":"onmessage",)"
                       R"("session":"conta","to":"%1","fromMe":%2}}})")
                .arg(QLatin1String(to), QLatin1String(fromMe))
                .toUtf8();
        };
        QVERIFY(insert(QStringLiteral("message"), row("5547000000001@c.us", "false"), 7200)); // an older link
        QVERIFY(insert(QStringLiteral("message"), row("554797146908@c.us", "false"), 600));
        QVERIFY(insert(QStringLiteral("message"), row("5511933334444@c.us", "true"), 300)); // sent by us
        QVERIFY(insert(QStringLiteral("onselfmessage"), row("5511955556666@c.us", "false"), 200));
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"semnumero"}})", 100));
        ActivityIndex index(config());
        const ActivitySnapshot snapshot = refreshed(index);
        QCOMPARE(snapshot.state, ActivitySnapshot::State::Ok);
        QCOMPARE(snapshot.find(QStringLiteral("conta"))->account, QStringLiteral("554797146908@c.us"));
        QCOMPARE(snapshot.find(QStringLiteral("semnumero"))->account, QString());

        // The next run reads the cache, and a newer inbound row to another number wins.
        QVERIFY(insert(QStringLiteral("message"), row("5547999990009@c.us", "false"), 10));
        ActivityIndex again(config());
        QCOMPARE(refreshed(again).find(QStringLiteral("conta"))->account, QStringLiteral("5547999990009@c.us"));
    }

    void readsOnlyNewRows()
    {
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"alpha"}})", 3600));
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"beta"}})", 7200));
        ActivityIndex index(config());
        ActivitySnapshot snapshot = refreshed(index);
        QCOMPARE(snapshot.rowsScanned, 2);

        snapshot = refreshed(index);
        QCOMPARE(snapshot.state, ActivitySnapshot::State::Ok);
        QCOMPARE(snapshot.rowsScanned, 0);
        QCOMPARE(snapshot.channels.size(), 2);

        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"beta"}})", 60));
        QVERIFY(insert(QStringLiteral("onmessage"), R"({"sessionId":"Gamma"})", 30));
        QVERIFY(insert(QStringLiteral("message.ack"), R"({"sessionId":"alpha"})", 1));
        snapshot = refreshed(index);
        QCOMPARE(snapshot.rowsScanned, 3);
        QCOMPARE(snapshot.channels.size(), 3);
        QVERIFY(qAbs(snapshot.find(QStringLiteral("alpha"))->ageSeconds - 3600) <= 3);
        QVERIFY(qAbs(snapshot.find(QStringLiteral("beta"))->ageSeconds - 60) <= 3);
        QVERIFY(qAbs(snapshot.find(QStringLiteral("gamma"))->ageSeconds - 30) <= 3);

        // A new index (the next start of the app) resumes from the cache on disk.
        ActivityIndex again(config());
        snapshot = refreshed(again);
        QCOMPARE(snapshot.rowsScanned, 0);
        QCOMPARE(snapshot.channels.size(), 3);
    }

    void truncatedTableResetsTheCache()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"old"}})", 100 + i));
        ActivityIndex index(config());
        QCOMPARE(refreshed(index).channels.size(), 1);

        QVERIFY(truncate());
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"fresh"}})", 10));
        const ActivitySnapshot snapshot = refreshed(index);
        QCOMPARE(snapshot.state, ActivitySnapshot::State::Ok);
        QCOMPARE(snapshot.rowsScanned, 1);
        QCOMPARE(snapshot.channels.keys(), QStringList{QStringLiteral("fresh")});
    }

    void replacedTableResetsTheCache()
    {
        // Same or higher ids after a replacement: the watermark row's fingerprint no longer matches.
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"before"}})", 500));
        ActivityIndex index(config());
        QCOMPARE(refreshed(index).channels.size(), 1);
        QVERIFY(truncate());
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"after"}})", 50));
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"after"}})", 40));
        const ActivitySnapshot snapshot = refreshed(index);
        QCOMPARE(snapshot.channels.keys(), QStringList{QStringLiteral("after")});
        QCOMPARE(snapshot.rowsScanned, 2);
    }

    // Newest first: the rows reach back past the threshold, then stop. A channel whose newest row
    // sits at a lower id than older ones still gets its newest; a channel whose only activity is
    // older than the threshold, and one with none, are silent for at least the reach.
    void newestFirstStopsPastTheThreshold()
    {
        QVERIFY(insertRows({
            {90000, "ancient"},             // 1
            {36000, "old"},                 // 2: only activity older than the threshold
            {30000, "busy", "message.ack"}, // 3: not activity
            {20000, "busy"},                // 4
            {15000, "busy"},                // 5
            {60, "zig"},                    // 6: out of id order, zig's newest
            {10000, "zig"},                 // 7
            {5000, "busy"},                 // 8
            {3000, "zig"},                  // 9
            {100, "busy"},                  // 10
        }));
        const auto r = reader(2);
        QList<ActivitySnapshot> partials;
        const qint64 reach = 4 * 3600;
        ActivitySnapshot s = r->refresh(reach, [&](const ActivitySnapshot& p) { partials << p; });
        QCOMPARE(s.state, ActivitySnapshot::State::Ok);
        QVERIFY(!s.partial);
        QCOMPARE(s.rowsScanned, 8); // rows 3..10: not the two below the reach
        QVERIFY(!s.wholeHistory);
        QVERIFY2(near(s.coveredSeconds, 20000), qPrintable(QString::number(s.coveredSeconds)));
        QStringList keys = s.channels.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("busy"), QStringLiteral("zig")}));
        QVERIFY(near(s.find(QStringLiteral("zig"))->ageSeconds, 60));
        QVERIFY(near(s.find(QStringLiteral("busy"))->ageSeconds, 100));
        QCOMPARE(s.lookup(QStringLiteral("old")).kind, Kind::SilentAtLeast);
        QCOMPARE(s.lookup(QStringLiteral("old")).silentSeconds, s.coveredSeconds);
        QCOMPARE(s.lookup(QStringLiteral("never")).kind, Kind::SilentAtLeast);
        const health::ZombiePolicy policy;
        QCOMPARE(policy.evaluate(QStringLiteral("old"), sessions::Status::Connected, s).health, health::Health::Zombie);
        QCOMPARE(policy.evaluate(QStringLiteral("zig"), sessions::Status::Connected, s).health,
                 health::Health::Healthy);

        // One intermediate snapshot per chunk before the reach, newest rows first.
        QCOMPARE(partials.size(), 3);
        QVERIFY(partials.first().partial);
        QVERIFY2(near(partials.first().coveredSeconds, 100),
                 qPrintable(QString::number(partials.first().coveredSeconds)));
        keys = partials.first().channels.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("busy"), QStringLiteral("zig")}));
        QVERIFY(near(partials.first().find(QStringLiteral("zig"))->ageSeconds, 3000));
        for (qsizetype i = 1; i < partials.size(); ++i)
            QVERIFY(partials.at(i).coveredSeconds >= partials.at(i - 1).coveredSeconds);

        // The back-fill reads the rest, once.
        s = r->backfill(reach, 60000);
        QCOMPARE(s.rowsScanned, 2);
        QVERIFY(s.wholeHistory);
        QVERIFY(near(s.find(QStringLiteral("old"))->ageSeconds, 36000));
        QVERIFY(near(s.find(QStringLiteral("ancient"))->ageSeconds, 90000));
        QVERIFY(near(s.find(QStringLiteral("zig"))->ageSeconds, 60));
        QCOMPARE(s.lookup(QStringLiteral("never")).kind, Kind::NoneRecorded);
        QCOMPARE(policy.evaluate(QStringLiteral("never"), sessions::Status::Connected, s).health,
                 health::Health::NoActivity);
        QCOMPARE(r->refresh(reach).rowsScanned, 0);
    }

    // New rows read forwards and older ones back-filled meet without a row read twice or missed,
    // across runs (a new reader resumes from the cache).
    void forwardAndBackfillMeetExactly()
    {
        QHash<QString, qint64> newest;
        QList<Row> rows;
        static const char* const names[] = {"a", "b", "c", "d", "e"};
        for (int i = 0; i < 13; ++i) {
            const qint64 age = 100000 - i * 5000;
            rows << Row{age, names[i % 5], i % 4 == 3 ? "message.ack" : "message"};
            if (i % 4 != 3)
                newest[QString::fromLatin1(names[i % 5])] = age;
        }
        QVERIFY(insertRows(rows));
        qint64 scanned = reader(3)->refresh(1).rowsScanned; // reaches 1 s back: the top chunk only
        QCOMPARE(scanned, 3);

        QVERIFY(insertRows({{50, "e"}, {40, "f", "message.ack"}, {30, "f"}, {20, "a"}}));
        newest[QStringLiteral("e")] = 50;
        newest[QStringLiteral("f")] = 30;
        newest[QStringLiteral("a")] = 20;
        const auto r = reader(3);
        ActivitySnapshot s = r->refresh(1);
        QCOMPARE(s.rowsScanned, 4); // just the new rows
        scanned += s.rowsScanned;
        int slices = 0;
        while (!s.wholeHistory && slices++ < 20) {
            QVERIFY(insertRows({{10, "g"}})); // rows keep coming while the back-fill runs
            newest[QStringLiteral("g")] = 10;
            s = r->backfill(1, 1); // a chunk or a few per slice
            QCOMPARE(s.state, ActivitySnapshot::State::Ok);
            scanned += s.rowsScanned;
        }
        QVERIFY(s.wholeHistory);
        QCOMPARE(scanned, qint64(rows.size()) + 4 + slices);
        QStringList got = s.channels.keys();
        QStringList want = newest.keys();
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        for (auto it = newest.cbegin(); it != newest.cend(); ++it)
            QVERIFY2(near(s.channels.value(it.key()).ageSeconds, it.value()), qPrintable(it.key()));
        QCOMPARE(reader(3)->refresh(1).rowsScanned, 0);
    }

    void truncatedMidBackfillResetsTheCache()
    {
        for (int i = 0; i < 10; ++i)
            QVERIFY(insertRows({{5000 - i * 100, "before"}}));
        ActivitySnapshot s = reader(2)->refresh(1);
        QCOMPARE(s.rowsScanned, 2);
        QVERIFY(!s.wholeHistory);

        // Fewer rows than the high edge.
        QVERIFY(truncate());
        QVERIFY(insertRows({{300, "after"}, {200, "after"}, {100, "other"}}));
        s = reader(2)->refresh(-1);
        QCOMPARE(s.rowsScanned, 3);
        QVERIFY(s.wholeHistory);
        QStringList keys = s.channels.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("after"), QStringLiteral("other")}));
    }

    void replacedMidBackfillResetsTheCache()
    {
        for (int i = 0; i < 6; ++i)
            QVERIFY(insertRows({{9000 - i * 100, "before"}}));
        ActivitySnapshot s = reader(2)->refresh(1);
        QCOMPARE(s.rowsScanned, 2);
        QVERIFY(!s.wholeHistory);

        // As many rows and more: the row at the high edge is not the one read.
        QVERIFY(truncate());
        for (int i = 0; i < 8; ++i)
            QVERIFY(insertRows({{800 - i * 10, "after"}}));
        s = reader(2)->refresh(-1);
        QCOMPARE(s.rowsScanned, 8);
        QCOMPARE(s.channels.keys(), QStringList{QStringLiteral("after")});
        QVERIFY(s.wholeHistory);
    }

    // A per-session threshold above the global one: the reach is the largest, so that session's
    // verdict is settled too.
    void overrideLargerThanTheThresholdReachesBackFarEnough()
    {
        QVERIFY(insertRows({{250000, "x"},
                            {180000, "slow"}, // 50 h ago: fine for a 72 h threshold
                            {100000, "x"},
                            {50000, "x"},
                            {20000, "x"},
                            {10000, "x"},
                            {1000, "x"},
                            {100, "x"}}));
        health::ZombiePolicy policy;
        using namespace std::chrono_literals;
        QCOMPARE(reader(2, QStringLiteral("global"))->refresh(policy.largestThreshold().count()).rowsScanned, 6);

        policy.setOverride(QStringLiteral("Slow"), 72h);
        // Reaching only the global threshold leaves the slow session undecided...
        ActivitySnapshot s = reader(2, QStringLiteral("global"))->refresh(4 * 3600);
        QCOMPARE(policy.evaluate(QStringLiteral("Slow"), sessions::Status::Connected, s).health,
                 health::Health::ActivityUnknown);
        // ...the largest threshold settles it.
        s = reader(2, QStringLiteral("global"))->refresh(policy.largestThreshold().count());
        QVERIFY(s.find(QStringLiteral("slow")));
        QVERIFY(near(s.find(QStringLiteral("slow"))->ageSeconds, 180000));
        QCOMPARE(policy.evaluate(QStringLiteral("Slow"), sessions::Status::Connected, s).health,
                 health::Health::Healthy);
    }

    // Keyset chunks: a lone huge id is one step away, not billions of empty id ranges.
    void sparseIdsAreWalkedByRows()
    {
        const qint64 huge = m_kind == DbKind::Sqlite  ? std::numeric_limits<qint64>::max()
                            : m_kind == DbKind::MySql ? qint64(4294967295)  // INT UNSIGNED
                                                      : qint64(2147483647); // SERIAL
        QVERIFY(insertRows({{7200, "low"}, {3600, "low"}}));
        QVERIFY(insertWithId(huge, QStringLiteral("top"), 60));
        QElapsedTimer timer;
        timer.start();
        ActivitySnapshot s = reader(1)->refresh(-1);
        QCOMPARE(s.state, ActivitySnapshot::State::Ok);
        QVERIFY(s.wholeHistory);
        QCOMPARE(s.rowsScanned, 3);
        QVERIFY(near(s.find(QStringLiteral("top"))->ageSeconds, 60));
        QVERIFY(near(s.find(QStringLiteral("low"))->ageSeconds, 3600));
        QCOMPARE(reader(1)->refresh(-1).rowsScanned, 0);
        QVERIFY2(timer.elapsed() < 8000, "walked empty id ranges"); // the refresh stops at 10 s otherwise
    }

    // Inserts a row with a raw created_at expression (a literal in the kind's own syntax).
    bool insertRaw(const QByteArray& payload, const QString& createdAtSql)
    {
        return exec(QStringLiteral("INSERT INTO webhook_raw_logs (event_type, payload_json, created_at) VALUES "
                                   "('message', '%1', %2)")
                        .arg(QString::fromUtf8(payload), createdAtSql));
    }

    // A date far in the future that the kind's created_at column can hold (MariaDB's TIMESTAMP ends in 2038).
    QString futureSql() const
    {
        return m_kind == DbKind::MySql ? QStringLiteral("'2037-12-31 00:00:00'")
                                       : QStringLiteral("'2100-01-01 00:00:00'");
    }

    // One poisoned created_at must not flip a verdict: garbage, empty and epoch-integer values are
    // ignored (they read as 1970: a false zombie), and so is a date later than the database's clock
    // (it reads as "0 s ago": a hidden zombie).
    void poisonedTimestampsAreIgnored()
    {
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"healthy"}})", 60));
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"zombie"}})", 5 * 3600));
        QVERIFY(insertRaw(R"({"session":{"id":"zombie"}})", futureSql()));
        if (m_kind == DbKind::Sqlite) { // only a text column can hold these
            QVERIFY(insertRaw(R"({"session":{"id":"healthy"}})", QStringLiteral("'garbage'")));
            QVERIFY(insertRaw(R"({"session":{"id":"healthy"}})", QStringLiteral("''")));
            QVERIFY(insertRaw(R"({"session":{"id":"healthy"}})", QStringLiteral("1700000000")));
            QVERIFY(insertRaw(R"({"session":{"id":"onlypoison"}})", QStringLiteral("'garbage'")));
        }
        ActivityIndex index(config());
        const ActivitySnapshot snapshot = refreshed(index);
        QCOMPARE(snapshot.state, ActivitySnapshot::State::Ok);
        const auto healthy = snapshot.find(QStringLiteral("healthy"));
        QVERIFY(healthy);
        QVERIFY2(qAbs(healthy->ageSeconds - 60) <= 3, qPrintable(QString::number(healthy->ageSeconds)));
        const auto zombie = snapshot.find(QStringLiteral("zombie"));
        QVERIFY(zombie);
        QVERIFY2(qAbs(zombie->ageSeconds - 5 * 3600) <= 3, qPrintable(QString::number(zombie->ageSeconds)));
        QVERIFY(!snapshot.find(QStringLiteral("onlypoison")));
    }

    // What the cache holds is checked again: a future time cached by an older version (or before
    // the database's clock was set back) is discarded and the history read again.
    void cachedFutureTimeIsRevalidated()
    {
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"zombie"}})", 5 * 3600));
        {
            ActivityIndex index(config());
            QCOMPARE(refreshed(index).state, ActivitySnapshot::State::Ok);
        }
        {
            QSqlDatabase cache = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            cache.setDatabaseName(m_dir.filePath(QStringLiteral("cache/activity-cache.sqlite")));
            QVERIFY(cache.open());
            QSqlQuery q(cache);
            QVERIFY(q.exec(QStringLiteral("UPDATE channels SET last_epoch = 4102444800 WHERE channel = 'zombie'")));
            QCOMPARE(q.numRowsAffected(), 1);
            cache.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        ActivityIndex index(config());
        const ActivitySnapshot snapshot = refreshed(index);
        QCOMPARE(snapshot.state, ActivitySnapshot::State::Ok);
        const auto zombie = snapshot.find(QStringLiteral("zombie"));
        QVERIFY(zombie);
        QVERIFY2(qAbs(zombie->ageSeconds - 5 * 3600) <= 3, qPrintable(QString::number(zombie->ageSeconds)));
    }

    // Fractions of a second: MariaDB's DATETIME(6) and TIMESTAMP(6) (UNIX_TIMESTAMP gives a decimal
    // there), PostgreSQL's timestamp and timestamptz with microseconds, SQLite text with a fraction.
    // The rows count, and the edges and the horizon read the same whole seconds. Before, MariaDB's
    // decimal read as an unusable timestamp: every row was ignored, and the horizon read as 1970.
    void fractionalSecondsAreUsable_data()
    {
        QTest::addColumn<QString>("alter");   // the column's new type, or empty
        QTest::addColumn<QString>("restore"); // back to the fixture's schema
        QTest::addColumn<QString>("created"); // SQL of created_at, one ? for the age (s, fractional)
        switch (m_kind) {
        case DbKind::MySql: {
            const QString alter = QStringLiteral("ALTER TABLE webhook_raw_logs MODIFY created_at %1 NOT NULL DEFAULT "
                                                 "CURRENT_TIMESTAMP(6)");
            const QString restore = QStringLiteral(
                "ALTER TABLE webhook_raw_logs MODIFY created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP");
            const QString created = QStringLiteral("NOW(6) - INTERVAL CAST(? * 1000000 AS SIGNED) MICROSECOND");
            QTest::newRow("DATETIME(6)") << alter.arg(QStringLiteral("DATETIME(6)")) << restore << created;
            QTest::newRow("TIMESTAMP(6)") << alter.arg(QStringLiteral("TIMESTAMP(6)")) << restore << created;
            break;
        }
        case DbKind::Postgres: {
            const QString restore =
                QStringLiteral("ALTER TABLE webhook_raw_logs ALTER COLUMN created_at TYPE TIMESTAMP");
            QTest::newRow("timestamp") << QString() << restore
                                       << QStringLiteral("LOCALTIMESTAMP - make_interval(secs => ?)");
            QTest::newRow("timestamptz") << QStringLiteral(
                                                "ALTER TABLE webhook_raw_logs ALTER COLUMN created_at TYPE TIMESTAMPTZ")
                                         << restore << QStringLiteral("now() - make_interval(secs => ?)");
            break;
        }
        case DbKind::Sqlite:
            QTest::newRow("text, six digits")
                << QString() << QString()
                << QStringLiteral("strftime('%Y-%m-%d %H:%M:%f', 'now', '-' || ? || ' seconds') || '456'");
            QTest::newRow("ISO 8601, Z")
                << QString() << QString()
                << QStringLiteral("strftime('%Y-%m-%dT%H:%M:%f', 'now', '-' || ? || ' seconds') || '456Z'");
            break;
        }
    }

    void fractionalSecondsAreUsable()
    {
        QFETCH(QString, alter);
        QFETCH(QString, restore);
        QFETCH(QString, created);
        const auto restoreSchema = qScopeGuard([&] {
            if (!restore.isEmpty())
                exec(restore);
        });
        if (!alter.isEmpty())
            QVERIFY(exec(alter));
        const QList<std::pair<const char*, double>> rows{
            {"old", 3 * 86400 + 0.9}, {"zombie", 5 * 3600 + 0.25}, {"healthy", 3600.5}, {"healthy", 60.5}};
        for (const auto& [channel, age] : rows) {
            QSqlQuery q(fixture());
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO webhook_raw_logs (event_type, payload_json, created_at) "
                                             "VALUES ('message', ?, %1)")
                                  .arg(created)));
            q.addBindValue(QStringLiteral(R"({"session":{"id":"%1"}})").arg(QLatin1String(channel)));
            q.addBindValue(age);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        // Chunks of one row: every edge and every horizon is read from a fractional created_at.
        const ActivitySnapshot s = reader(1)->refresh(-1);
        QCOMPARE(s.state, ActivitySnapshot::State::Ok);
        QCOMPARE(s.rowsScanned, 4);
        for (const auto& [channel, age] : {std::pair{"healthy", 60}, {"zombie", 5 * 3600}, {"old", 3 * 86400}}) {
            const auto found = s.find(QLatin1String(channel));
            QVERIFY2(found, channel);
            QVERIFY2(near(found->ageSeconds, age), qPrintable(QString::number(found->ageSeconds)));
        }
        QVERIFY2(s.coveredSeconds <= 4 * 86400, qPrintable(QString::number(s.coveredSeconds)));
        // The next refresh finds the edges unchanged (the same seconds): nothing is read again.
        const ActivitySnapshot again = reader(1)->refresh(-1);
        QCOMPARE(again.state, ActivitySnapshot::State::Ok);
        QCOMPARE(again.rowsScanned, 0);
        QVERIFY(again.find(QStringLiteral("healthy")));
        QVERIFY(near(again.find(QStringLiteral("healthy"))->ageSeconds, 60));
    }

    void textIdColumnIsReported()
    {
        if (m_kind != DbKind::Sqlite)
            QSKIP("one backend is enough for the shape check");
        const QString path = m_dir.filePath(QStringLiteral("textid.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("textid"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE webhook_raw_logs (id TEXT PRIMARY KEY, event_type TEXT, "
                                          "payload_json TEXT, created_at TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO webhook_raw_logs VALUES ('a1', 'message', "
                                          "'{\"sessionId\":\"x\"}', datetime('now'))")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("textid"));
        ActivityConfig c = config(QStringLiteral("textid"));
        c.dsn->database = path;
        ActivityReader r(c);
        const ActivitySnapshot s = r.refresh(3600);
        QCOMPARE(s.state, ActivitySnapshot::State::Unavailable);
        QVERIFY2(s.reason.contains(QStringLiteral("integer")), qPrintable(s.reason));
    }

    void indexForwardsIntermediateSnapshots()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(insertRows({{10000 - i * 1000, "steady"}}));
        ActivityIndex index(config());
        index.setReach(1);
        QSignalSpy updates(&index, &ActivityIndex::updated);
        const ActivitySnapshot s = refreshed(index);
        QCOMPARE(s.state, ActivitySnapshot::State::Ok);
        QVERIFY(!s.partial);
        QVERIFY(near(s.find(QStringLiteral("steady"))->ageSeconds, 6000));
        for (const QList<QVariant>& args : std::as_const(updates))
            QVERIFY(args.at(0).value<ActivitySnapshot>().partial);
    }

    void refreshCoalesces()
    {
        QVERIFY(insert(QStringLiteral("message"), R"({"session":{"id":"x"}})", 5));
        ActivityIndex index(config());
        QSignalSpy spy(&index, &ActivityIndex::ready);
        index.refresh();
        QVERIFY(index.isBusy());
        index.refresh();
        index.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 20000); // the running one plus one merged follow-up
        QTest::qWait(200);
        QCOMPARE(spy.size(), 2);
        QVERIFY(!index.isBusy());
    }

    void unreachableIsReportedFast()
    {
        ActivityConfig c = config(QStringLiteral("down"));
        if (m_kind == DbKind::Sqlite) {
            c.dsn->database = m_dir.filePath(QStringLiteral("missing/nothing.db"));
        } else {
            c.dsn->host = QStringLiteral("127.0.0.1");
            c.dsn->port = 1; // nothing listens there
        }
        c.password = QStringLiteral("pa55-word-never-shown");
        c.timeoutMs = 3000;
        ActivityIndex index(c);
        QElapsedTimer timer;
        timer.start();
        const ActivitySnapshot snapshot = refreshed(index);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(snapshot.state, ActivitySnapshot::State::Unavailable);
        QVERIFY2(snapshot.reason.contains(c.dsn->location()), qPrintable(snapshot.reason));
        QVERIFY(!snapshot.reason.contains(c.password));
        qInfo() << "reason:" << snapshot.reason;

        QSignalSpy tested(&index, &ActivityIndex::connectionTested);
        index.testConnection();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.at(0).at(0).toBool(), false);
    }

    void wrongPasswordIsReported()
    {
        if (m_kind == DbKind::Sqlite)
            QSKIP("SQLite has no password");
        ActivityConfig c = config(QStringLiteral("badpw"));
        c.password = QStringLiteral("definitely-wrong-pw");
        ActivityIndex index(c);
        const ActivitySnapshot snapshot = refreshed(index);
        QCOMPARE(snapshot.state, ActivitySnapshot::State::Unavailable);
        QVERIFY2(snapshot.reason.contains(QStringLiteral("password")), qPrintable(snapshot.reason));
        QVERIFY(!snapshot.reason.contains(c.password));
    }

    void connectionTestSucceeds()
    {
        ActivityIndex index(config());
        QSignalSpy tested(&index, &ActivityIndex::connectionTested);
        index.testConnection();
        QVERIFY(tested.wait(10000));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    }

    void notConfigured()
    {
        ActivityIndex index(ActivityConfig{});
        const ActivitySnapshot snapshot = refreshed(index);
        QCOMPARE(snapshot.state, ActivitySnapshot::State::NotConfigured);
        QVERIFY(!snapshot.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActivityIndex)
#include "tst_ActivityIndex.moc"
