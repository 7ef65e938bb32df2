// The history store against each database kind (PHS_HISTORY_TEST_KIND): the schema, changes
// recorded once (a desktop and a command-line run sharing it), relinks, idempotent delivery,
// bounded pruning, two processes writing at once, and a team database that is down.
#include "HistoryTestDb.h"
#include "history/HistoryDb.h"
#include "history/HistoryStore.h"

#include "../../support/FakeDatabaseServer.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace history;
using sessions::Status;

namespace {
sessions::Session seen(const QString& session, Status status, bool zombie = false)
{
    sessions::Session s;
    s.id = session;
    s.status = status;
    s.health = zombie ? sessions::Health::Zombie : sessions::Health::Healthy;
    s.rawStatus = sessions::statusKey(status).toUpper();
    return s;
}

Event action(const QString& session, const QString& name, qint64 at, const QString& result = Event::okResult())
{
    Event e;
    e.id = Event::newId();
    e.kind = Event::Kind::Action;
    e.atMs = at;
    e.gateway = QStringLiteral("gw");
    e.session = session;
    e.action = name;
    e.actor = QStringLiteral("ana@desk");
    e.result = result;
    return e;
}

int countStatus(const QList<Event>& events)
{
    return int(std::count_if(events.begin(), events.end(), [](const Event& e) { return e.isStatus(); }));
}
} // namespace

class TstHistoryDb : public QObject
{
    Q_OBJECT

    HistoryTestDb m_t;
    QTemporaryDir m_dir;
    int m_file = 0;
    QString m_sqlitePath;

    // A store's config with a local file of its own (no team database).
    HistoryConfig localOnly(const char* tag)
    {
        HistoryConfig config;
        config.localPath = m_dir.filePath(QStringLiteral("%1-%2.db").arg(QLatin1String(tag)).arg(++m_file));
        config.timeoutMs = 3000;
        return config;
    }

    // A fresh, empty store of the kind under test (each test starts from nothing).
    std::unique_ptr<HistoryDb> fresh()
    {
        if (m_t.isTeam()) {
            if (!m_t.dropTables())
                return nullptr;
        } else {
            m_sqlitePath = m_dir.filePath(QStringLiteral("history-%1.db").arg(++m_file));
        }
        return connectAgain();
    }
    // Another program's connection to the same store.
    std::unique_ptr<HistoryDb> connectAgain()
    {
        activity::Dsn dsn;
        if (m_t.isTeam()) {
            dsn = *activity::Dsn::parse(m_t.dsn, nullptr);
        } else {
            dsn.kind = activity::DbKind::Sqlite;
            dsn.database = m_sqlitePath;
        }
        auto db = std::make_unique<HistoryDb>(dsn, m_t.password, 10000);
        if (!db->open()) {
            qWarning() << db->lastError();
            return nullptr;
        }
        return db;
    }

private slots:
    void initTestCase()
    {
        m_t = HistoryTestDb::fromEnvironment();
        HISTORY_TEST_SKIP_OR_FAIL(m_t);
        QVERIFY(m_dir.isValid());
    }

    void schemaIsCreatedAndVersioned()
    {
        auto db = fresh();
        QVERIFY(db);
        QVERIFY(db->observe(QStringLiteral("gw"), {seen(QStringLiteral("a"), Status::Connected)}, 1000, false));
        auto again = connectAgain(); // an existing schema is used as it is
        QVERIFY(again);
        QCOMPARE(again->events(QStringLiteral("gw"), {}, 0)->size(), 1);
        again.reset();
        db.reset();
        // A schema from a newer version is refused, not written to.
        QVERIFY(m_t.exec({QStringLiteral("UPDATE phs_history_meta SET value = '99' WHERE name = 'schema_version'")},
                         m_sqlitePath));
        activity::Dsn dsn;
        if (m_t.isTeam()) {
            dsn = *activity::Dsn::parse(m_t.dsn, nullptr);
        } else {
            dsn.kind = activity::DbKind::Sqlite;
            dsn.database = m_sqlitePath;
        }
        HistoryDb newer(dsn, m_t.password, 10000);
        QVERIFY(!newer.open());
        QVERIFY2(newer.lastError().contains(QStringLiteral("newer version")), qPrintable(newer.lastError()));
    }

    // Settings › History › "Test team database" (HistoryProbe) only connects and reads: the tables
    // are created when the setting is saved and used, never by the test.
    void probeCreatesNothing()
    {
        activity::Dsn dsn;
        if (m_t.isTeam()) {
            QVERIFY(m_t.dropTables());
            dsn = *activity::Dsn::parse(m_t.dsn, nullptr);
        } else {
            m_sqlitePath = m_dir.filePath(QStringLiteral("history-%1.db").arg(++m_file));
            dsn.kind = activity::DbKind::Sqlite;
            dsn.database = m_sqlitePath;
        }
        const auto tablesNow = [&] {
            if (!m_t.isTeam())
                return QFileInfo::exists(m_sqlitePath) ? QStringLiteral("file") : QString();
            // The admin connection sees the tables if anything created them.
            QStringList found;
            for (const char* t : {"phs_history_events", "phs_history_last", "phs_history_outbox", "phs_history_meta"}) {
                if (m_t.exec({QStringLiteral("SELECT 1 FROM %1 WHERE 1 = 0").arg(QLatin1String(t))}))
                    found << QLatin1String(t);
            }
            return found.join(QLatin1Char(','));
        };

        HistoryDb::Probe p = HistoryDb(dsn, m_t.password, 10000).probe();
        QVERIFY2(p.reachable, qPrintable(p.error));
        QCOMPARE(p.schemaVersion, 0);
        QCOMPARE(tablesNow(), QString()); // nothing created

        // Once used (the setting saved), the same test reports the version it finds.
        QVERIFY(connectAgain());
        p = HistoryDb(dsn, m_t.password, 10000).probe();
        QVERIFY2(p.reachable, qPrintable(p.error));
        QCOMPARE(p.schemaVersion, HistoryDb::SchemaVersion);

        // A wrong password: not reachable, and the message never holds it.
        if (m_t.isTeam()) {
            const QString wrong = QStringLiteral("wrong-pass-7Qz");
            p = HistoryDb(dsn, wrong, 10000).probe();
            QVERIFY(!p.reachable);
            QVERIFY(!p.error.isEmpty());
            QVERIFY(!p.error.contains(wrong));
        }
    }

    void changesAreRecordedOnceAcrossPrograms()
    {
        // The desktop app and a cron healthcheck see the same listings, one after the other.
        auto gui = fresh();
        auto cli = connectAgain();
        QVERIFY(gui && cli);
        const QString gw = QStringLiteral("gw");
        QCOMPARE(*gui->observe(gw, {seen("a", Status::Connected), seen("b", Status::QrPending)}, 1000, false), 2);
        QCOMPARE(*cli->observe(gw, {seen("a", Status::Connected), seen("b", Status::QrPending)}, 1100, false), 0);
        QCOMPARE(*gui->observe(gw, {seen("a", Status::Connected), seen("b", Status::QrPending)}, 1200, false), 0);
        // b is scanned: the one that sees it first records it, the other finds it known.
        const auto changed =
            cli->observe(gw, {seen("a", Status::Connected), seen("b", Status::Connected)}, 1300, false);
        QCOMPARE(*changed, 1);
        const QList<Event> atScan = *cli->events(gw, {}, 0);
        const auto scan = std::find_if(atScan.cbegin(), atScan.cend(), [](const Event& e) { return e.atMs == 1300; });
        QVERIFY(scan != atScan.cend());
        QCOMPARE(scan->session, QStringLiteral("b"));
        QCOMPARE(scan->from, std::optional<Status>(Status::QrPending));
        QCOMPARE(scan->to, Status::Connected);
        QCOMPARE(*gui->observe(gw, {seen("a", Status::Connected), seen("b", Status::Connected)}, 1400, false), 0);
        // a goes silent: the zombie overlay is a change of its own.
        QCOMPARE(*gui->observe(gw, {seen("a", Status::Connected, true)}, 1500, false), 1);
        QCOMPARE(*cli->observe(gw, {seen("a", Status::Connected, true)}, 1600, false), 0);

        const QList<Event> all = *gui->events(gw, {}, 0);
        QCOMPARE(countStatus(all), 4);
        const SessionStates states = *cli->states(gw);
        QCOMPARE(states.value("b").status, Status::Connected);
        QCOMPARE(states.value("b").sinceMs, 1300);
        QCOMPARE(states.value("a").sinceMs, -1); // first seen connected: since when is not known
        QCOMPARE(states.value("a").zombieSinceMs, 1500);
        QVERIFY(!all.first().from.has_value());
    }

    void aRelinkIsWhenTheSessionConnected()
    {
        auto db = fresh();
        QVERIFY(db);
        const QString gw = QStringLiteral("gw");
        QVERIFY(db->observe(gw, {seen("z", Status::Connected, true)}, 1000, false));
        // Relinked from the app: the refreshes never saw it disconnected.
        QVERIFY(db->addActions({action("z", "reconnect", 5000)}, false));
        QVERIFY(
            db->addActions({action("z", "reconnect", 6000, "The gateway refused")}, false)); // a failure links nothing
        SessionState z = db->states(gw)->value("z");
        QCOMPARE(z.linkedMs, 5000);
        QCOMPARE(z.statusSinceMs(), 5000);
        // A session created by the app before any refresh saw it.
        QVERIFY(db->addActions({action("new", "create", 7000)}, false));
        const SessionState created = db->states(gw)->value("new");
        QVERIFY(!created.seen);
        QCOMPARE(created.linkedMs, 7000);
        QCOMPARE(*db->observe(gw, {seen("new", Status::Connected)}, 8000, false), 1);
        QCOMPARE(db->states(gw)->value("new").statusSinceMs(), 7000);
        QCOMPARE(db->lastAction(gw, "z")->result, QStringLiteral("The gateway refused"));
    }

    // The last state's gateway word: written with each change, left as it was by a link alone
    // (the states read back no longer carry it).
    void aLinkKeepsTheGatewaysWord()
    {
        auto db = fresh();
        QVERIFY(db);
        const QString gw = QStringLiteral("gw");
        sessions::Session a = seen("a", Status::Connected);
        a.rawStatus = QStringLiteral("WORKING");
        QVERIFY(db->observe(gw, {a}, 1000, false));
        const auto word = [&](const char* session) {
            return m_t.scalar(QStringLiteral("SELECT gateway_status FROM phs_history_last WHERE gateway = 'gw' AND "
                                             "session = '%1'")
                                  .arg(QLatin1String(session)),
                              m_sqlitePath);
        };
        QCOMPARE(word("a").toString(), QStringLiteral("WORKING"));
        QVERIFY(db->addActions({action("a", "reconnect", 5000)}, false));
        QCOMPARE(db->states(gw)->value("a").linkedMs, 5000);
        QCOMPARE(word("a").toString(), QStringLiteral("WORKING"));
        // Created by the app: no word until a refresh sees the session.
        QVERIFY(db->addActions({action("new", "create", 6000)}, false));
        QVERIFY(word("new").isNull());
        sessions::Session created = seen("new", Status::QrPending);
        created.rawStatus = QStringLiteral("SCAN_QR_CODE");
        QCOMPARE(*db->observe(gw, {created}, 7000, false), 1);
        QCOMPARE(word("new").toString(), QStringLiteral("SCAN_QR_CODE"));
    }

    // SQLite reads every state under the write lock anyway: observe() hands them back as it left
    // them, the same as reading them all again (what the history worker did after every refresh).
    void observeGivesTheStatesItLeaves()
    {
        auto db = fresh();
        QVERIFY(db);
        const QString gw = QStringLiteral("gw");
        QVERIFY(db->observe(gw, {seen("a", Status::Connected), seen("b", Status::QrPending)}, 1000, false));
        QVERIFY(db->addActions({action("c", "create", 1500)}, false));
        QVERIFY(db->observe("other", {seen("x", Status::Connected)}, 1600, false));
        SessionStates after;
        const Observations next = {seen("a", Status::Disconnected), seen("b", Status::QrPending),
                                   seen("c", Status::Connected), seen("d", Status::Connected, true)};
        QCOMPARE(*db->observe(gw, next, 2000, false, &after), 3);
        if (db->dsn().kind != activity::DbKind::Sqlite) {
            QVERIFY(after.isEmpty()); // not read there: left as it was
            return;
        }
        const SessionStates read = *db->states(gw);
        QCOMPARE(after.size(), 4);
        QCOMPARE(QSet<QString>(after.keyBegin(), after.keyEnd()), QSet<QString>(read.keyBegin(), read.keyEnd()));
        for (auto it = read.cbegin(); it != read.cend(); ++it) {
            const SessionState& got = after.value(it.key());
            QCOMPARE(got.status, it->status);
            QCOMPARE(got.zombie, it->zombie);
            QCOMPARE(got.sinceMs, it->sinceMs);
            QCOMPARE(got.zombieSinceMs, it->zombieSinceMs);
            QCOMPARE(got.linkedMs, it->linkedMs);
            QCOMPARE(got.seen, it->seen);
        }
        QCOMPARE(after.value("a").sinceMs, 2000);
        QCOMPARE(after.value("c").linkedMs, 1500);
    }

    void keptStatesAreOneCopyUntilTheDatabaseChanges()
    {
        auto db = fresh();
        QVERIFY(db);
        if (db->dsn().kind != activity::DbKind::Sqlite)
            QSKIP("kept states are for the local SQLite file");
        db->keepStates(true);
        const QString gw = QStringLiteral("gw");
        SessionStates first;
        QCOMPARE(*db->observe(gw, {seen("a", Status::Connected), seen("b", Status::QrPending)}, 1000, false, &first),
                 2);
        // Read again, and a refresh that changes nothing: the same copy, not a second one.
        const SessionStates read = *db->states(gw);
        QVERIFY(read.isSharedWith(first));
        SessionStates unchanged;
        QCOMPARE(
            *db->observe(gw, {seen("a", Status::Connected), seen("b", Status::QrPending)}, 1100, false, &unchanged), 0);
        QVERIFY(unchanged.isSharedWith(first));

        // Another program records a change: read again, and the change is not recorded twice.
        auto other = connectAgain();
        QVERIFY(other);
        QCOMPARE(*other->observe(gw, {seen("b", Status::Connected)}, 1200, false), 1);
        const SessionStates afterOther = *db->states(gw);
        QVERIFY(!afterOther.isSharedWith(first));
        QCOMPARE(afterOther.value("b").status, Status::Connected);
        QCOMPARE(afterOther.value("b").sinceMs, 1200);
        QCOMPARE(*db->observe(gw, {seen("a", Status::Connected), seen("b", Status::Connected)}, 1300, false), 0);

        // This connection's own writes: an action (the link time) and a change are in what it answers.
        QVERIFY(db->addActions({action("a", "reconnect", 1400)}, false));
        QCOMPARE(db->states(gw)->value("a").linkedMs, 1400);
        SessionStates changed;
        QCOMPARE(
            *db->observe(gw, {seen("a", Status::Disconnected), seen("b", Status::Connected)}, 1500, false, &changed),
            1);
        QCOMPARE(changed.value("a").status, Status::Disconnected);
        QCOMPARE(changed.value("a").sinceMs, 1500);
        const SessionStates last = *db->states(gw);
        QVERIFY(last.isSharedWith(changed));
        const SessionStates fromDisk = *connectAgain()->states(gw);
        QCOMPARE(fromDisk.value("a").status, Status::Disconnected);
        QCOMPARE(fromDisk.value("a").linkedMs, 1400);
        QCOMPARE(fromDisk.size(), last.size());

        // Without keeping (a team database is the one read): every call reads, as before.
        db->keepStates(false);
        QVERIFY(!db->states(gw)->isSharedWith(*db->states(gw)));
    }

    void theWorkerAnswersARefreshWithTheStatesItLoaded()
    {
        if (m_t.isTeam())
            QSKIP("the local file only: with a team database the states are read from the team's");
        // A command-line run against a big gateway whose history is there: the states loaded at
        // the start are the ones the refresh leaves when nothing changed (one copy, not two).
        const HistoryConfig config = localOnly("worker");
        const Observations listing = {seen("a", Status::Connected), seen("b", Status::QrPending)};
        {
            HistoryStore store(config);
            store.observe("gw", listing);
            QVERIFY(store.waitForWrites(std::chrono::seconds(60)));
        }
        HistoryStore store(config);
        QSignalSpy loaded(&store, &HistoryStore::statesLoaded);
        QSignalSpy observed(&store, &HistoryStore::observed);
        store.requestStates("gw");
        store.observe("gw", listing);
        QVERIFY(observed.wait(60000) || observed.size() == 1);
        QCOMPARE(loaded.size(), 1);
        const auto before = loaded.first().at(2).value<SessionStates>();
        const auto after = observed.first().at(2).value<SessionStates>();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.value("b").status, Status::QrPending);
        QVERIFY(after.isSharedWith(before));
        QVERIFY(listing.isDetached()); // the worker let go of the listing before it answered
    }

    void theCallerReadsTheWorkersAnswerWhereItArrives()
    {
        if (m_t.isTeam())
            QSKIP("the local file only: the hand-off between threads is the same for every database");
        // The window reads the uptimes the worker built (a hash made on its thread) in the slot,
        // by reference, without a copy of its own. Under ThreadSanitizer this is a race unless the
        // store orders the answer's hand-off (no entry of tests/sanitizers/tsan.supp covers this read).
        const HistoryConfig config = localOnly("answer");
        HistoryStore store(config);
        store.observe("gw", {seen("a", Status::Connected), seen("b", Status::Disconnected)});
        const quint64 ticket = store.requestUptimes("gw");
        int answers = 0;
        bool aIsUp = false;
        bool bIsDown = false;
        connect(&store, &HistoryStore::uptimesLoaded, this,
                [&](quint64 t, const QString& gateway, const Uptimes& uptimes) {
                    ++answers;
                    // Seen a moment ago: connected for all the time known (which may be 0 ms).
                    aIsUp = t == ticket && gateway == "gw" && uptimes.contains("a") &&
                            uptimes.value("a").day.upMs == uptimes.value("a").day.knownMs;
                    bIsDown = uptimes.contains("b") && uptimes.value("b").day.upMs == 0;
                });
        // Delivered without ever waiting in the event loop: waking up there reads the worker's
        // wake-up (an eventfd, which ThreadSanitizer does see), and that would order the answer by
        // chance.
        QDeadlineTimer deadline(std::chrono::seconds(60));
        while (answers == 0 && !deadline.hasExpired()) {
            QThread::msleep(10);
            QCoreApplication::sendPostedEvents(&store, QEvent::MetaCall);
        }
        QCOMPARE(answers, 1);
        QVERIFY(aIsUp);
        QVERIFY(bIsDown);
    }

    void deliveryIsIdempotent()
    {
        auto team = fresh();
        QVERIFY(team);
        const QString gw = QStringLiteral("gw");
        Event first;
        first.id = Event::newId();
        first.atMs = 1000;
        first.gateway = gw;
        first.session = "a";
        first.to = Status::Connected;
        Event drop = first;
        drop.id = Event::newId();
        drop.atMs = 2000;
        drop.from = Status::Connected;
        drop.to = Status::Disconnected;
        const Event act = action("a", "reconnect", 2500);
        QVERIFY(team->deliver({first, drop, act}));
        QVERIFY(team->deliver({first, drop, act})); // again: the batch was delivered, the desk crashed
        // Another desk saw the same drop, with its own id.
        Event same = drop;
        same.id = Event::newId();
        same.atMs = 2100;
        QVERIFY(team->deliver({same}));
        const QList<Event> all = *team->events(gw, {}, 0);
        QCOMPARE(all.size(), 3);
        QCOMPARE(countStatus(all), 2);
        QCOMPARE(team->states(gw)->value("a").status, Status::Disconnected);
        QCOMPARE(team->states(gw)->value("a").linkedMs, 2500);
    }

    void pruningIsBoundedAndKeepsTheBuffer()
    {
        auto db = fresh();
        QVERIFY(db);
        QList<Event> old;
        for (int i = 0; i < 50; ++i)
            old << action(QStringLiteral("s%1").arg(i), "restart", 1000 + i);
        QVERIFY(db->addActions(old.mid(0, 40), false));
        QVERIFY(db->addActions(old.mid(40), true)); // 10 not delivered yet
        QVERIFY(db->addActions({action("recent", "restart", 100000)}, false));
        QCOMPARE(db->prune(50000, 25), 25);
        QCOMPARE(db->prune(50000, 25), 15);
        QCOMPARE(db->prune(50000, 25), 0);
        QCOMPARE(db->events("gw", {}, 0)->size(), 11);
        QCOMPARE(db->pendingCount(), 10);
    }

    void twoProcessesWriteAtOnce()
    {
        QVERIFY(fresh());
        const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/history_writer");
        QList<QProcess*> procs;
        for (const char* tag : {"p1", "p2"}) {
            auto* p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PIXELHUB_HISTORY_PASSWORD"), m_t.password);
            p->setProcessEnvironment(env);
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            // With a team database each program has its own local file (its own desk).
            const QString local =
                m_t.isTeam() ? m_dir.filePath(QStringLiteral("desk-%1-%2.db").arg(tag).arg(++m_file)) : m_sqlitePath;
            p->start(writer,
                     {local, m_t.isTeam() ? m_t.dsn : QStringLiteral("-"), QStringLiteral("500"), QLatin1String(tag)});
            procs << p;
        }
        for (QProcess* p : procs) {
            QVERIFY(p->waitForFinished(240000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
        }
        auto db = connectAgain();
        QVERIFY(db);
        const QList<Event> all = *db->events("gw", {}, 0);
        QSet<QString> sessions;
        for (const Event& e : all) {
            if (!e.isStatus())
                sessions.insert(e.session);
        }
        QCOMPARE(all.size() - countStatus(all), 1000);
        QCOMPARE(sessions.size(), 1000);
        QCOMPARE(countStatus(all), 1); // "shared" seen connected 100 times, by two programs: one change
    }

    void teamDownIsBufferedThenDeliveredOnce()
    {
        if (!m_t.isTeam())
            QSKIP("a team database is MariaDB or PostgreSQL");
        QVERIFY(fresh());
        const QString local = m_dir.filePath(QStringLiteral("desk-offline-%1.db").arg(++m_file));
        FakeDatabaseServer down(FakeDatabaseServer::Behaviour::Down);
        QVERIFY(down.isValid());
        HistoryConfig config;
        config.localPath = local;
        config.teamPassword = m_t.password;
        config.timeoutMs = 3000;
        {
            // A cron run while the team database is down: everything stays in the local file.
            config.teamDsn = down.dsn();
            HistoryStore store(config);
            QSignalSpy problems(&store, &HistoryStore::problemChanged);
            store.observe("gw", {seen("a", Status::Connected), seen("b", Status::Disconnected)});
            store.recordAction("gw", "b", "reconnect", "The gateway refused");
            store.observe("gw", {seen("a", Status::Connected), seen("b", Status::QrPending)});
            QSignalSpy synced(&store, &HistoryStore::synced);
            QVERIFY(store.waitForWrites(std::chrono::seconds(60)));
            QCOMPARE(synced.last().at(1).toInt(), 4); // a, b, the action, b's change
            QVERIFY(!store.problem().isEmpty());
            QVERIFY(!store.problem().contains(m_t.password));
        }
        for (int run = 0; run < 2; ++run) {
            // The next runs: the team database is back. The first delivers, the second finds
            // nothing left; nothing is doubled.
            config.teamDsn = m_t.dsn;
            HistoryStore store(config);
            QSignalSpy synced(&store, &HistoryStore::synced);
            QVERIFY(store.waitForWrites(std::chrono::seconds(60)));
            QCOMPARE(synced.last().at(1).toInt(), 0);
        }
        auto team = connectAgain();
        const QList<Event> all = *team->events("gw", {}, 0);
        QCOMPARE(all.size(), 4);
        QCOMPARE(countStatus(all), 3);
        QCOMPARE(team->states("gw")->value("b").status, Status::QrPending);
    }
};

QTEST_GUILESS_MAIN(TstHistoryDb)
#include "tst_HistoryDb.moc"
