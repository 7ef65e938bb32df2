// Activity benchmark (on demand: -DPHS_BENCHMARKS=ON, run by run-activity-benchmark.sh, which
// fills the tables with activity-bench-generate.sh and restarts MariaDB before each cold step).
//
//   bench_activity cli   the first whole `pixelhub-sessions-cli list --json` against the simulator,
//                        with an empty cache (cold), checked against bench_truth: every zombie
//                        verdict, and the exact last activity of every session active within the
//                        threshold; then 1,000 new rows and the same call again (warm).
//   bench_activity old   the old page's query (one LIKE scan per channel, gateway-contract.md 5.2)
//                        for PHS_BENCH_OLD_SAMPLE channels (default 2), one after the other.
//
// Environment: PHS_TEST_MYSQL_DSN (the benchmark database), PHS_TEST_MYSQL_PASSWORD,
// PHS_BENCH_CLI (the CLI executable), PHS_BENCH_GATEWAY (the simulator's URL), PHS_BENCH_SECRET
// (its secret), PHS_BENCH_HOME (an empty directory: the CLI's home, config and cache).
// Prints one line per figure, "key: value", for the script's summary.

#include "activity/Dsn.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace {

constexpr int Channels = 200;
constexpr qint64 ThresholdSeconds = 4 * 3600; // the CLI's default
const QString kConn = QStringLiteral("bench-activity");

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QSqlDatabase db()
{
    return QSqlDatabase::database(kConn);
}

bool exec(const QString& sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        out() << "FAILED: " << q.lastError().text() << "\n  " << sql.left(200) << Qt::endl;
        return false;
    }
    return true;
}

struct CliResult
{
    int code = -1;
    qint64 ms = 0;
    QByteArray stdoutText;
    QByteArray stderrText;
};

CliResult runCli(const QString& dsn, const QString& password)
{
    const QString home = qEnvironmentVariable("PHS_BENCH_HOME");
    QDir().mkpath(home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home + QStringLiteral("/no"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PIXELHUB_GATEWAY_URL"), qEnvironmentVariable("PHS_BENCH_GATEWAY"));
    env.insert(QStringLiteral("PIXELHUB_GATEWAY_SECRET"), qEnvironmentVariable("PHS_BENCH_SECRET"));
    env.insert(QStringLiteral("PIXELHUB_ACTIVITY_DSN"), dsn);
    env.insert(QStringLiteral("PIXELHUB_ACTIVITY_PASSWORD"), password);
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(qEnvironmentVariable("PHS_BENCH_CLI"), {QStringLiteral("list"), QStringLiteral("--json")});
    process.waitForFinished(120000);
    CliResult r;
    r.ms = timer.elapsed();
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.stdoutText = process.readAllStandardOutput();
    r.stderrText = process.readAllStandardError();
    return r;
}

// Checks the CLI's answer against bench_truth at the database's now. Returns the mismatches.
int check(const CliResult& r, int* zombies, int* exact, int* silentAtLeast)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT UNIX_TIMESTAMP()")) || !q.next())
        return 1000;
    const qint64 now = q.value(0).toLongLong();
    QHash<QString, qint64> truth;
    if (!q.exec(QStringLiteral("SELECT channel, last_epoch FROM bench_truth")))
        return 1000;
    while (q.next())
        truth.insert(q.value(0).toString(), q.value(1).toLongLong());
    const QJsonArray sessions = QJsonDocument::fromJson(r.stdoutText).array();
    int bad = sessions.size() == Channels ? 0 : 1;
    if (bad)
        out() << "  expected " << Channels << " sessions, got " << sessions.size() << Qt::endl;
    for (const QJsonValue& v : sessions) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const qint64 last = truth.value(id, -1);
        const qint64 age = now - last;
        const bool zombie = last >= 0 && age > ThresholdSeconds;
        const bool saidZombie = o.value(QStringLiteral("is_zombie")).toBool();
        const QJsonValue at = o.value(QStringLiteral("last_activity_at"));
        const QJsonValue silent = o.value(QStringLiteral("silent_for_at_least_s"));
        *zombies += saidZombie ? 1 : 0;
        bool ok = saidZombie == zombie;
        if (at.isString()) {
            ++*exact;
            ok = ok && QDateTime::fromString(at.toString(), Qt::ISODate).toSecsSinceEpoch() == last;
        } else {
            ++*silentAtLeast;
            // Only a session silent for longer than the threshold may lack its exact instant.
            ok = ok && zombie && silent.isDouble() && silent.toDouble() > ThresholdSeconds &&
                 silent.toDouble() <= double(age) + 5;
        }
        if (!ok) {
            ++bad;
            if (bad <= 5)
                out() << "  wrong: " << QJsonDocument(o).toJson(QJsonDocument::Compact) << " truth age " << age
                      << Qt::endl;
        }
    }
    return bad;
}

int runCliBench(const activity::Dsn& dsn, const QString& dsnText, const QString& password)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM webhook_raw_logs")) || !q.next())
        return 1;
    const qint64 rows = q.value(0).toLongLong();
    q.finish();

    const CliResult cold = runCli(dsnText, password);
    int zombies = 0, exact = 0, silent = 0;
    const int bad = check(cold, &zombies, &exact, &silent);
    out() << "rows: " << rows << Qt::endl;
    out() << "cold_cli_ms: " << cold.ms << Qt::endl;
    out() << "cold_exit: " << cold.code << Qt::endl;
    out() << "cold_zombies: " << zombies << Qt::endl;
    out() << "cold_exact: " << exact << Qt::endl;
    out() << "cold_silent_at_least: " << silent << Qt::endl;
    out() << "cold_mismatches: " << bad << Qt::endl;
    if (!cold.stderrText.trimmed().isEmpty())
        out() << "cold_stderr: " << QString::fromUtf8(cold.stderrText).simplified() << Qt::endl;

    // 1,000 new rows, now, then the same call with the cache of the first.
    if (!exec(QStringLiteral("SET @warm = NOW()")) ||
        !exec(QStringLiteral(
            "INSERT INTO webhook_raw_logs (event_type, payload_hash, payload_json, created_at, received_at) "
            "SELECT 'message', LEFT(MD5(seq), 16), CONCAT('{\"session\":{\"id\":\"canal', LPAD(40 + seq MOD 160, 3, "
            "'0'), '\"},\"message\":{\"text\":\"warm ', seq, '\"}}'), @warm, @warm FROM seq_1_to_1000")))
        return 1;
    // The truth moves with the new rows (channels 40..199 only: the zombies stay zombies).
    exec(QStringLiteral("UPDATE bench_truth SET last_epoch = UNIX_TIMESTAMP(@warm) WHERE channel >= 'canal040'"));
    const CliResult warm = runCli(dsnText, password);
    zombies = exact = silent = 0;
    const int warmBad = check(warm, &zombies, &exact, &silent);
    out() << "warm_cli_ms: " << warm.ms << Qt::endl;
    out() << "warm_mismatches: " << warmBad << Qt::endl;
    const CliResult idle = runCli(dsnText, password);
    out() << "idle_cli_ms: " << idle.ms << Qt::endl;
    Q_UNUSED(dsn);
    return bad == 0 && warmBad == 0 && cold.code == 0 ? 0 : 1;
}

int runOldBench()
{
    const int sample = qEnvironmentVariableIsSet("PHS_BENCH_OLD_SAMPLE")
                           ? qBound(1, qEnvironmentVariableIntValue("PHS_BENCH_OLD_SAMPLE"), Channels)
                           : 2;
    QSqlQuery q(db());
    qint64 total = 0;
    qint64 first = 0;
    for (int i = 0; i < sample; ++i) {
        const int channel = 40 + i * 160 / sample;
        const QString id = QStringLiteral("Canal %1").arg(channel, 3, 10, QLatin1Char('0'));
        const QString normalised = id.toLower().remove(u' ');
        q.prepare(QStringLiteral("SELECT created_at FROM webhook_raw_logs WHERE event_type IN ('message','onmessage',"
                                 "'onselfmessage','message.sent','message.received') AND (payload_json LIKE ? OR "
                                 "payload_json LIKE ?) ORDER BY created_at DESC LIMIT 1"));
        q.addBindValue(QString(u'%' + id + u'%'));
        q.addBindValue(QString(u'%' + normalised + u'%'));
        QElapsedTimer timer;
        timer.start();
        if (!q.exec() || !q.next()) {
            out() << "old query failed: " << q.lastError().text() << Qt::endl;
            return 1;
        }
        const qint64 ms = timer.elapsed();
        if (i == 0)
            first = ms;
        total += ms;
    }
    out() << "old_first_channel_ms: " << first << Qt::endl;
    out() << "old_sample: " << sample << Qt::endl;
    out() << "old_sample_ms: " << total << Qt::endl;
    out() << "old_all_channels_estimate_s: " << double(total) / sample * Channels / 1000.0 << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString mode = app.arguments().value(1);
    const QString dsnText = qEnvironmentVariable("PHS_TEST_MYSQL_DSN");
    const QString password = qEnvironmentVariable("PHS_TEST_MYSQL_PASSWORD");
    QString error;
    const auto dsn = activity::Dsn::parse(dsnText, &error);
    if (!dsn || dsn->kind != activity::DbKind::MySql || (mode != u"cli" && mode != u"old")) {
        out() << "usage: bench_activity cli|old, with PHS_TEST_MYSQL_DSN a mysql:// DSN " << error << Qt::endl;
        return 2;
    }
    int rc = 0;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), kConn);
        d.setHostName(dsn->host);
        d.setPort(dsn->port);
        d.setUserName(dsn->user);
        d.setDatabaseName(dsn->database);
        d.setPassword(password);
        if (!d.open()) {
            out() << "cannot connect: " << d.lastError().text() << Qt::endl;
            return 1;
        }
        rc = mode == u"cli" ? runCliBench(*dsn, dsnText, password) : runOldBench();
    }
    QSqlDatabase::database(kConn).close();
    QSqlDatabase::removeDatabase(kConn);
    return rc;
}
