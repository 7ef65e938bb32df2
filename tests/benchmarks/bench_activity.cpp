// Activity benchmark (on demand: -DPHS_BENCHMARKS=ON, run by run-activity-benchmark.sh).
// Compares the old PHP query (one LIKE scan per channel) with ActivityReader's cold read and its
// incremental refresh on a MariaDB table of 1,000,000 realistic rows over 200 channels.
//
// Environment: PHS_TEST_MYSQL_DSN, PHS_TEST_MYSQL_PASSWORD (the server of mariadb-start.sh),
// PHS_BENCH_ROWS (default 1000000), PHS_BENCH_OLD_SAMPLE (channels timed the old way, default 5;
// 200 times them all). The table webhook_raw_logs of that database is replaced.

#include "activity/ActivityReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

constexpr int Channels = 200;
const QString kConn = QStringLiteral("bench-activity");

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(kConn));
    if (!q.exec(sql)) {
        out() << "FAILED: " << q.lastError().text() << "\n  " << sql.left(200) << Qt::endl;
        return false;
    }
    return true;
}

// Rows [first, first + count) of the synthetic history: a contract 6.1 message payload, two
// spellings per channel ("Canal 017" / "canal017"), one row per second up to now.
QString generateSql(qint64 first, qint64 count, qint64 total)
{
    return QStringLiteral(
               "INSERT INTO webhook_raw_logs (event_type, payload_hash, payload_json, created_at) "
               "SELECT 'message', LEFT(MD5(s.seq), 16), CONCAT('{\"spec_version\":\"1.0\",\"event\":\"message\","
               "\"session\":{\"id\":\"', ch, '\"},\"message\":{\"id\":\"false_5547', LPAD(s.seq, 8, '0'), "
               "'@c.us_3EB0', UPPER(LEFT(MD5(s.seq), 12)), '\",\"from\":\"5547', LPAD(s.seq, 8, '0'), '@c.us\","
               "\"to\":\"554797146908@c.us\",\"text\":\"pedido ', s.seq, ' ok\",\"timestamp\":', 1768512935 + s.seq, "
               "'},\"ack\":null,\"connection\":null,\"raw\":{\"provider\":\"wppconnect\",\"payload\":{\"event\":"
               "\"onmessage\",\"session\":\"', ch, '\",\"type\":\"chat\",\"fromMe\":false}},\"event_id\":\"', UUID(), "
               "'\",\"timestamp\":', 1768512935 + s.seq, '}'), NOW() - INTERVAL (%3 - s.seq) SECOND "
               "FROM (SELECT seq, IF(seq MOD 2 = 0, CONCAT('Canal ', LPAD(seq MOD %4, 3, '0')), "
               "CONCAT('canal', LPAD(seq MOD %4, 3, '0'))) AS ch FROM seq_%1_to_%2) s")
        .arg(first)
        .arg(first + count - 1)
        .arg(total)
        .arg(Channels);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString dsnText = qEnvironmentVariable("PHS_TEST_MYSQL_DSN");
    const QString password = qEnvironmentVariable("PHS_TEST_MYSQL_PASSWORD");
    const qint64 rows =
        qEnvironmentVariableIsSet("PHS_BENCH_ROWS") ? qEnvironmentVariableIntValue("PHS_BENCH_ROWS") : 1000000;
    const int sample = qEnvironmentVariableIsSet("PHS_BENCH_OLD_SAMPLE")
                           ? qBound(1, qEnvironmentVariableIntValue("PHS_BENCH_OLD_SAMPLE"), Channels)
                           : 5;
    QString error;
    const auto dsn = activity::Dsn::parse(dsnText, &error);
    if (!dsn || dsn->kind != activity::DbKind::MySql) {
        out() << "PHS_TEST_MYSQL_DSN must be a mysql:// DSN (run tests/scripts/mariadb-start.sh). " << error
              << Qt::endl;
        return 2;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), kConn);
        db.setHostName(dsn->host);
        db.setPort(dsn->port);
        db.setUserName(dsn->user);
        db.setDatabaseName(dsn->database);
        db.setPassword(password);
        if (!db.open()) {
            out() << "cannot connect: " << db.lastError().text() << Qt::endl;
            return 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    if (!exec(QStringLiteral("TRUNCATE TABLE webhook_raw_logs")))
        return 1;
    for (qint64 first = 1; first <= rows; first += 250000) {
        if (!exec(generateSql(first, std::min<qint64>(250000, rows - first + 1), rows)))
            return 1;
    }
    QSqlQuery q(QSqlDatabase::database(kConn));
    if (!q.exec(QStringLiteral("SELECT COUNT(*), AVG(LENGTH(payload_json)) FROM webhook_raw_logs")) || !q.next())
        return 1;
    out() << "generated " << q.value(0).toLongLong() << " rows, average payload " << q.value(1).toDouble() << " bytes, "
          << Channels << " channels, in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    exec(QStringLiteral("ANALYZE TABLE webhook_raw_logs"));
    // Warm the buffer pool so neither side pays for the first read from disk.
    exec(QStringLiteral("SELECT COUNT(*) FROM webhook_raw_logs WHERE LENGTH(payload_json) > 0"));

    // The old query (gateway-contract.md 5.2), one channel at a time, channels spread over the set.
    qint64 oldMs = 0;
    for (int i = 0; i < sample; ++i) {
        const int channel = i * Channels / sample;
        const QString id = QStringLiteral("Canal %1").arg(channel, 3, 10, QLatin1Char('0'));
        const QString normalised = id.toLower().remove(u' ');
        q.prepare(QStringLiteral("SELECT created_at FROM webhook_raw_logs WHERE event_type IN ('message','onmessage',"
                                 "'onselfmessage','message.sent','message.received') AND (payload_json LIKE ? OR "
                                 "payload_json LIKE ?) ORDER BY created_at DESC LIMIT 1"));
        q.addBindValue(QString(u'%' + id + u'%'));
        q.addBindValue(QString(u'%' + normalised + u'%'));
        timer.restart();
        if (!q.exec() || !q.next()) {
            out() << "old query failed: " << q.lastError().text() << Qt::endl;
            return 1;
        }
        oldMs += timer.elapsed();
    }
    q.finish();
    const double oldAllMs = double(oldMs) / sample * Channels;
    out() << "old LIKE query: " << sample << " channels in " << oldMs << " ms ("
          << (sample < Channels ? "extrapolated" : "measured") << " for " << Channels << ": " << oldAllMs / 1000.0
          << " s)" << Qt::endl;

    QTemporaryDir cacheDir;
    activity::ActivityConfig config;
    config.dsn = dsn;
    config.password = password;
    config.cacheDir = cacheDir.path();
    config.timeoutMs = 600000; // the cold read of a large table is allowed to take its time here
    activity::ActivityReader reader(config);
    const activity::ActivitySnapshot cold = reader.refresh();
    if (cold.state != activity::ActivitySnapshot::State::Ok) {
        out() << "cold read failed: " << cold.reason << Qt::endl;
        return 1;
    }
    out() << "cold read: " << cold.elapsedMs << " ms, " << cold.rowsScanned << " rows, " << cold.channels.size()
          << " channels; speed-up over the old way for all channels: " << oldAllMs / std::max<qint64>(1, cold.elapsedMs)
          << "x" << Qt::endl;

    if (!exec(generateSql(rows + 1, 1000, rows + 1000)))
        return 1;
    const activity::ActivitySnapshot warm = reader.refresh();
    out() << "refresh after 1000 new rows: " << warm.elapsedMs << " ms of database work, " << warm.rowsScanned
          << " rows read, " << warm.channels.size() << " channels" << Qt::endl;
    const activity::ActivitySnapshot idle = reader.refresh();
    out() << "refresh with nothing new: " << idle.elapsedMs << " ms, " << idle.rowsScanned << " rows read" << Qt::endl;

    const bool coldOk = oldAllMs / std::max<qint64>(1, cold.elapsedMs) >= 100.0 && cold.channels.size() == Channels;
    const bool warmOk = warm.elapsedMs < 100 && warm.rowsScanned == 1000;
    out() << "goal cold >= 100x: " << (coldOk ? "met" : "NOT met")
          << "; goal refresh < 100 ms: " << (warmOk ? "met" : "NOT met") << Qt::endl;
    QSqlDatabase::database(kConn).close();
    QSqlDatabase::removeDatabase(kConn);
    return coldOk && warmOk ? 0 : 1;
}
