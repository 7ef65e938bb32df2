// The window and the command line share one activity cache (runtime::ConfigResolver's), so a cron
// healthcheck or a CLI `list` after the window has read the activity table reads no old row again.
// Counted with the CLI's own --verbose line ("activity: N rows in …"), against a control run with
// an empty cache that reads every row.
#include "GatewaySimulator.h"
#include "GuiTestSupport.h"
#include "runtime/ConfigResolver.h"
#include "runtime/SessionMonitor.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

class TestSharedCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sim::GatewaySimulator m_sim;
    QString m_dsn;
    static constexpr int Rows = 3000;

    // Rows read by one CLI `list`, with the cache under `cacheHome`.
    int cliRowsRead(const QString& cacheHome)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
        env.insert(QStringLiteral("PIXELHUB_GATEWAY_SECRET"), guitest::Secret);
        env.insert(QStringLiteral("HOME"), m_dir.path());
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(PHS_CLI_EXECUTABLE),
                  {QStringLiteral("--verbose"), QStringLiteral("--gateway"), m_sim.baseUrl().toString(),
                   QStringLiteral("--activity-dsn"), m_dsn, QStringLiteral("list"), QStringLiteral("--json")});
        // The simulator answers from this process's event loop: wait without blocking it.
        QSignalSpy finished(&cli, &QProcess::finished);
        if (!finished.wait(60000))
            return -1;
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        int total = 0;
        bool seen = false;
        static const QRegularExpression line(QStringLiteral("activity: (\\d+) rows in"));
        for (auto it = line.globalMatch(err); it.hasNext();) {
            total += it.next().captured(1).toInt();
            seen = true;
        }
        if (cli.exitCode() != 0 || !seen) {
            qWarning().noquote() << "CLI exit" << cli.exitCode() << err.left(2000);
            return -1;
        }
        return total;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The real cache location rule (no Qt test mode), under a private XDG_CACHE_HOME.
        for (const char* name :
             {"PIXELHUB_GATEWAY_URL", "PIXELHUB_GATEWAY_SECRET", "PIXELHUB_ACTIVITY_DSN", "PIXELHUB_ACTIVITY_PASSWORD"})
            qunsetenv(name);
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("cache"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));

        const QString path = m_dir.filePath(QStringLiteral("activity.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE webhook_raw_logs (id INTEGER PRIMARY KEY, event_type TEXT, "
                                           "channel_id TEXT, payload_json TEXT, created_at TEXT)")),
                     qPrintable(q.lastError().text()));
            QVERIFY(db.transaction());
            const QStringList channels{QStringLiteral("pixel12digital"), QStringLiteral("suporte"),
                                       QStringLiteral("vendas")};
            for (int i = 1; i <= Rows; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO webhook_raw_logs (event_type, channel_id, payload_json, "
                                              "created_at) VALUES ('message', '%1', '{}', datetime('now', '-%2 "
                                              "seconds'))")
                                   .arg(channels.at(i % channels.size()))
                                   .arg(Rows - i)));
            QVERIFY(db.commit());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
        m_dsn = QStringLiteral("sqlite://") + path;

        m_sim.setSecret(guitest::Secret);
        QVERIFY(m_sim.loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(m_sim.listen() != 0);
    }

    void cliReadsNoRowTheWindowRead()
    {
        // The control: an empty cache reads the whole table, so the count below can fail.
        QCOMPARE(cliRowsRead(m_dir.filePath(QStringLiteral("empty-cache"))), Rows);

        {
            ui::AppContext::Options o = guitest::options(m_dir, m_sim.baseUrl(), m_dsn);
            o.activityCacheDir.clear(); // the shared cache, as the installed app uses it
            QCOMPARE(runtime::ConfigResolver::activityCacheDir(),
                     m_dir.filePath(QStringLiteral("cache/PixelHub/Sessions/activity")));
            guitest::Window f = guitest::openWindow(std::move(o));
            QTRY_VERIFY_WITH_TIMEOUT(f.context->monitor().activity().state == activity::ActivitySnapshot::State::Ok &&
                                         f.context->monitor().activity().wholeHistory,
                                     30000);
        } // the window closes; its cache stays

        QCOMPARE(cliRowsRead(m_dir.filePath(QStringLiteral("cache"))), 0);
    }
};

QTEST_MAIN(TestSharedCache)
#include "tst_sharedcache.moc"
