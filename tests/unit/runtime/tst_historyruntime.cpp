// The refresh cycle and the history together (runtime::SessionsRuntime): a zombie that is
// relinked is not a zombie at the next refresh although its last message is still old, whether
// the refreshes saw it disconnected or only the app's reconnect knows; and two programs sharing
// the history file (a desktop app and a cron run) record each change once.
#include "activity/ActivityIndex.h"
#include "history/HistoryDb.h"
#include "history/HistoryStore.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"
#include "sessions/SessionBook.h"

#include "../../support/CannedGateway.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using sessions::Health;
using sessions::Status;

class TstHistoryRuntime : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_activityPath;
    QNetworkAccessManager m_nam;

    static QByteArray listing(const QList<std::pair<const char*, const char*>>& sessions)
    {
        QByteArray items;
        for (const auto& [id, status] : sessions) {
            if (!items.isEmpty())
                items += ',';
            items += QByteArray("{\"id\":\"") + id + "\",\"name\":\"" + id + "\",\"status\":\"" + status + "\"}";
        }
        return "{\"success\":true,\"channels\":[" + items + "]}";
    }

    runtime::GatewaySetup setupFor(const CannedGateway& gateway) const
    {
        runtime::GatewaySetup setup;
        setup.profile = {QStringLiteral("pix"), QStringLiteral("pixelhub"), QUrl(gateway.baseUrl()), {}};
        setup.config.baseUrl = QUrl(gateway.baseUrl());
        setup.config.secret = QStringLiteral("s3cret");
        return setup;
    }

    static runtime::RefreshSnapshot refreshed(runtime::SessionsRuntime& r)
    {
        QSignalSpy spy(&r, &runtime::SessionsRuntime::snapshotReady);
        if (!r.refresh() || !spy.wait(20000))
            return {};
        return spy.first().first().value<runtime::RefreshSnapshot>();
    }

    static const sessions::Session* find(const runtime::RefreshSnapshot& s, const QString& id)
    {
        for (const sessions::Session& session : s.sessions) {
            if (session.id == id)
                return &session;
        }
        return nullptr;
    }

    history::HistoryConfig historyConfig(const QString& file) const
    {
        history::HistoryConfig c;
        c.localPath = m_dir.filePath(file);
        c.timeoutMs = 5000;
        return c;
    }

    activity::ActivityConfig activityConfig() const
    {
        activity::ActivityConfig c;
        activity::Dsn dsn;
        dsn.kind = activity::DbKind::Sqlite;
        dsn.database = m_activityPath;
        c.dsn = dsn;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Every session's last message is 8 hours old: past the 4-hour threshold.
        m_activityPath = m_dir.filePath(QStringLiteral("activity.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(m_activityPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("CREATE TABLE webhook_raw_logs (id INTEGER PRIMARY KEY AUTOINCREMENT, event_type TEXT, "
                           "payload_json TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"));
            for (const char* id : {"z", "z2", "calm"})
                QVERIFY(q.exec(QStringLiteral("INSERT INTO webhook_raw_logs (event_type, payload_json, created_at) "
                                              "VALUES ('message', '{\"sessionId\":\"%1\"}', "
                                              "datetime('now', '-8 hours'))")
                                   .arg(QLatin1String(id))));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    }

    void relinkSeenByTheRefreshes()
    {
        CannedGateway gateway;
        QVERIFY(gateway.isValid());
        history::HistoryStore store(historyConfig(QStringLiteral("seen.db")));
        activity::ActivityIndex index(activityConfig());
        runtime::SessionsRuntime r(setupFor(gateway), m_nam);
        r.setActivityIndex(&index);
        r.setHistory(&store);

        gateway.on("GET", "/api/channels", CannedGateway::json(200, listing({{"z", "CONNECTED"}})));
        runtime::RefreshSnapshot s = refreshed(r);
        QVERIFY(find(s, "z"));
        QCOMPARE(find(s, "z")->health, Health::Zombie);
        QVERIFY(!find(s, "z")->statusSinceUtc.isValid()); // first seen: since when is not known

        gateway.on("GET", "/api/channels", CannedGateway::json(200, listing({{"z", "QRCODE"}})));
        s = refreshed(r);
        QCOMPARE(find(s, "z")->status, Status::QrPending);

        // Scanned: connected again, its last message still 8 hours old.
        gateway.on("GET", "/api/channels", CannedGateway::json(200, listing({{"z", "CONNECTED"}})));
        s = refreshed(r);
        QCOMPARE(find(s, "z")->status, Status::Connected);
        QCOMPARE(find(s, "z")->activity, sessions::ActivityState::Known);
        QCOMPARE(find(s, "z")->health, Health::Healthy);
        QVERIFY(find(s, "z")->statusSinceUtc.isValid());
        QVERIFY(find(s, "z")->statusSinceUtc.secsTo(QDateTime::currentDateTimeUtc()) < 600);
        // And at the refresh after that too.
        s = refreshed(r);
        QCOMPARE(find(s, "z")->health, Health::Healthy);
        QCOMPARE(s.history.value("z").status, Status::Connected);
    }

    // The window refreshes the monitors themselves (ui::RefreshController): what those listings
    // see is recorded and the cycle ends with a snapshot, as for SessionsRuntime::refresh(). They
    // used to record nothing, so the window never showed since when a status lasted.
    void refreshOfTheMonitorIsRecorded()
    {
        CannedGateway gateway;
        QVERIFY(gateway.isValid());
        history::HistoryStore store(historyConfig(QStringLiteral("window.db")));
        runtime::SessionsRuntime r(setupFor(gateway), m_nam);
        r.setHistory(&store);
        const auto refreshedByTheWindow = [&r] {
            QSignalSpy spy(&r, &runtime::SessionsRuntime::snapshotReady);
            if (!r.monitor().refresh() || !spy.wait(20000))
                return runtime::RefreshSnapshot();
            return spy.first().first().value<runtime::RefreshSnapshot>();
        };
        gateway.on("GET", "/api/channels", CannedGateway::json(200, listing({{"w", "DISCONNECTED"}})));
        runtime::RefreshSnapshot s = refreshedByTheWindow();
        QVERIFY(find(s, "w"));
        QVERIFY(!find(s, "w")->statusSinceUtc.isValid()); // first seen
        gateway.on("GET", "/api/channels", CannedGateway::json(200, listing({{"w", "CONNECTED"}})));
        s = refreshedByTheWindow();
        QVERIFY(find(s, "w"));
        QCOMPARE(find(s, "w")->status, Status::Connected);
        QVERIFY(find(s, "w")->statusSinceUtc.isValid());
        QCOMPARE(r.monitor().history().value(QStringLiteral("w")).status, Status::Connected);
    }

    void relinkKnownOnlyFromTheAction()
    {
        // Reconnected from the app between two refreshes, which never saw it disconnected.
        CannedGateway gateway;
        QVERIFY(gateway.isValid());
        history::HistoryStore store(historyConfig(QStringLiteral("action.db")));
        activity::ActivityIndex index(activityConfig());
        runtime::SessionsRuntime r(setupFor(gateway), m_nam);
        r.setActivityIndex(&index);
        r.setHistory(&store);
        gateway.on("GET", "/api/channels", CannedGateway::json(200, listing({{"z2", "CONNECTED"}})));
        QCOMPARE(find(refreshed(r), "z2")->health, Health::Zombie);
        store.recordAction(QStringLiteral("pix"), QStringLiteral("z2"), QStringLiteral("reconnect"),
                           history::Event::okResult());
        const runtime::RefreshSnapshot s = refreshed(r);
        QCOMPARE(find(s, "z2")->health, Health::Healthy);
        QVERIFY(find(s, "z2")->statusSinceUtc.isValid());
    }

    // The command line (Runtime::Options::statesAfterListing) reads the last states once the
    // listing is in the book, so a big gateway's states are not held beside its listing while the
    // book is built (issue 16, finding 13). Its verdicts are those of a run that read them first.
    void statesReadAfterTheListingJudgeTheSame()
    {
        CannedGateway gateway;
        QVERIFY(gateway.isValid());
        const history::HistoryConfig config = historyConfig(QStringLiteral("late.db"));
        activity::ActivityIndex index(activityConfig());
        gateway.on("GET", "/api/channels",
                   CannedGateway::json(200, listing({{"z2", "CONNECTED"}, {"calm", "CONNECTED"}})));
        {
            // An earlier run saw both silent, then z2 was reconnected from the app.
            history::HistoryStore store(config);
            runtime::SessionsRuntime r(setupFor(gateway), m_nam);
            r.setActivityIndex(&index);
            r.setHistory(&store);
            QCOMPARE(find(refreshed(r), "z2")->health, Health::Zombie);
            store.recordAction(QStringLiteral("pix"), QStringLiteral("z2"), QStringLiteral("reconnect"),
                               history::Event::okResult());
            QVERIFY(store.waitForWrites(std::chrono::seconds(20)));
        }
        QList<runtime::RefreshSnapshot> runs;
        for (const bool afterListing : {false, true}) {
            history::HistoryStore store(config);
            runtime::SessionsRuntime r(setupFor(gateway), m_nam);
            r.setActivityIndex(&index);
            int loads = 0;
            bool bookLoaded = false; // when the states came
            connect(&store, &history::HistoryStore::statesLoaded, &r, [&] {
                ++loads;
                bookLoaded = r.book().isLoaded();
            });
            r.setHistory(&store, afterListing);
            // A listing that fails puts nothing in the book: read after a listing, the states
            // are not read yet (the worker answers in order: synced() comes after them).
            gateway.on("GET", "/api/channels", CannedGateway::json(500, "{}"));
            QVERIFY(!refreshed(r).result.ok);
            QSignalSpy synced(&store, &history::HistoryStore::synced);
            store.sync();
            QVERIFY(synced.wait(20000));
            QCOMPARE(loads, afterListing ? 0 : 1);
            gateway.on("GET", "/api/channels",
                       CannedGateway::json(200, listing({{"z2", "CONNECTED"}, {"calm", "CONNECTED"}})));
            runs << refreshed(r);
            QCOMPARE(loads, 1);
            if (afterListing)
                QVERIFY(bookLoaded);
        }
        for (const runtime::RefreshSnapshot& s : std::as_const(runs)) {
            QVERIFY(find(s, "z2") && find(s, "calm"));
            QCOMPARE(find(s, "z2")->health, Health::Healthy);
            QVERIFY(find(s, "z2")->statusSinceUtc.isValid());
            QCOMPARE(find(s, "calm")->health, Health::Zombie);
        }
        QCOMPARE(find(runs.at(1), "z2")->statusSinceUtc, find(runs.at(0), "z2")->statusSinceUtc);
        QCOMPARE(runs.at(1).history.value("z2").linkedMs, runs.at(0).history.value("z2").linkedMs);
    }

    void twoProgramsRecordEachChangeOnce()
    {
        CannedGateway gateway;
        QVERIFY(gateway.isValid());
        const history::HistoryConfig shared = historyConfig(QStringLiteral("shared.db"));
        activity::ActivityIndex index(activityConfig());
        // The desktop app and a command-line run: each its own store on the same file.
        history::HistoryStore guiStore(shared);
        history::HistoryStore cliStore(shared);
        runtime::SessionsRuntime gui(setupFor(gateway), m_nam);
        runtime::SessionsRuntime cli(setupFor(gateway), m_nam);
        for (runtime::SessionsRuntime* r : {&gui, &cli})
            r->setActivityIndex(&index);
        gui.setHistory(&guiStore);
        cli.setHistory(&cliStore);

        const QList<QList<std::pair<const char*, const char*>>> steps = {
            {{"calm", "CONNECTED"}, {"a", "DISCONNECTED"}},
            {{"calm", "CONNECTED"}, {"a", "QRCODE"}},
            {{"calm", "CONNECTED"}, {"a", "CONNECTED"}},
        };
        for (const auto& step : steps) {
            gateway.on("GET", "/api/channels", CannedGateway::json(200, listing(step)));
            QVERIFY(!refreshed(gui).sessions.isEmpty());
            QVERIFY(!refreshed(cli).sessions.isEmpty());
            QVERIFY(!refreshed(gui).sessions.isEmpty());
        }
        QVERIFY(guiStore.waitForWrites(std::chrono::seconds(20)));
        QVERIFY(cliStore.waitForWrites(std::chrono::seconds(20)));

        activity::Dsn dsn;
        dsn.database = shared.localPath;
        history::HistoryDb db(dsn, {}, 5000);
        QVERIFY(db.open());
        const QList<history::Event> events = *db.events(QStringLiteral("pix"), {}, 0);
        QStringList seen;
        for (const history::Event& e : events)
            seen << e.session + u':' + (e.from ? sessions::statusKey(*e.from) : QStringLiteral("-")) + u'>' +
                        sessions::statusKey(e.to) + (e.toZombie ? QStringLiteral("(zombie)") : QString());
        // calm: first seen (a zombie: 8 h silent, never seen connecting); a: first seen, two changes.
        seen.sort(); // the two first sightings share their time
        QCOMPARE(seen, (QStringList{"a:->disconnected", "a:disconnected>qr_pending", "a:qr_pending>connected",
                                    "calm:->connected(zombie)"}));
    }

    // Closing a runtime (every CLI run ends so) evaluates nothing again: with a listing of 215,000
    // sessions, one more evaluation and merge was the peak of the run's memory (issue 16, finding 13).
    void closingEvaluatesNothingAgain()
    {
        CannedGateway gateway;
        QVERIFY(gateway.isValid());
        activity::ActivityIndex index(activityConfig());
        auto* r = new runtime::SessionsRuntime(setupFor(gateway), m_nam);
        r->setActivityIndex(&index);
        gateway.on("GET", "/api/channels",
                   CannedGateway::json(200, listing({{"z", "CONNECTED"}, {"calm", "CONNECTED"}})));
        QVERIFY(find(refreshed(*r), "z"));
        QSignalSpy applied(&r->book(), &sessions::SessionBook::applied);
        delete r;
        QCOMPARE(applied.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TstHistoryRuntime)
#include "tst_historyruntime.moc"
