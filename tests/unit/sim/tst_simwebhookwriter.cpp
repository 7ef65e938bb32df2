#include "GatewaySimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QString kConnection = QStringLiteral("tst_simwebhookwriter");

} // namespace

// The activity rows the simulator writes into webhook_raw_logs (SQLite in memory).
class TestSimWebhookWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsProductionTable();
    void backfillsHistory();
    void writesLiveRowsOnlyForConnectedNonSilentSessions();
    void refusesClosedConnection();

private:
    int count(const QString& where = {});

    std::unique_ptr<sim::GatewaySimulator> m_sim;
};

void TestSimWebhookWriter::init()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), kConnection);
    db.setDatabaseName(s(":memory:"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    m_sim = std::make_unique<sim::GatewaySimulator>();
    QString error;
    QVERIFY2(m_sim->loadScenarioFile(s(":/sim/basic.json"), &error), qPrintable(error));
}

void TestSimWebhookWriter::cleanup()
{
    m_sim.reset();
    QSqlDatabase::database(kConnection, false).close();
    QSqlDatabase::removeDatabase(kConnection);
}

int TestSimWebhookWriter::count(const QString& where)
{
    QSqlQuery query(QSqlDatabase::database(kConnection, false));
    const QString sql =
        s("SELECT COUNT(*) FROM webhook_raw_logs") + (where.isEmpty() ? QString() : s(" WHERE ") + where);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSimWebhookWriter::createsProductionTable()
{
    QString error;
    QVERIFY2(m_sim->attachActivityDatabase(kConnection, 0, &error), qPrintable(error));
    const QSqlRecord record = QSqlDatabase::database(kConnection, false).record(s("webhook_raw_logs"));
    for (const char* column : {"id", "received_at", "event_type", "payload_hash", "payload_json", "processed",
                               "event_id", "error_message", "created_at"})
        QVERIFY2(record.contains(s(column)), column);
    // Attaching twice keeps the table (CREATE IF NOT EXISTS) and adds history again.
    const int before = count();
    QVERIFY(m_sim->attachActivityDatabase(kConnection, 0, &error));
    QVERIFY(count() > before);
}

void TestSimWebhookWriter::backfillsHistory()
{
    QString error;
    QVERIFY2(m_sim->attachActivityDatabase(kConnection, 0, &error), qPrintable(error));
    QVERIFY(count() > 0);
    QCOMPARE(count(), m_sim->activityRowsWritten());
    QCOMPARE(count(s("processed <> 0")), 0);
    QCOMPARE(count(s("length(payload_hash) <> 16")), 0);

    // pixel12digital is written as "Pixel12 Digital", like the January payloads.
    QVERIFY(count(s("payload_json LIKE '%\"id\":\"Pixel12 Digital\"%' AND event_type = 'message'")) >= 3);
    QVERIFY(count(s("event_type = 'message' AND created_at > datetime('now', '-20 minutes') AND "
                    "payload_json LIKE '%Pixel12 Digital%'")) >= 1);
    // The zombie has only old rows; sessions that are not connected have none.
    QVERIFY(count(s("payload_json LIKE '%\"suporte\"%'")) > 0);
    QCOMPARE(count(s("payload_json LIKE '%\"suporte\"%' AND created_at > datetime('now', '-6 hours')")), 0);
    QCOMPARE(count(s("payload_json LIKE '%imobsites%' OR payload_json LIKE '%financeiro%'")), 0);

    QSqlQuery query(QSqlDatabase::database(kConnection, false));
    QVERIFY(query.exec(s("SELECT payload_json FROM webhook_raw_logs WHERE event_type = 'message' LIMIT 1")));
    QVERIFY(query.next());
    const QJsonObject envelope = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    QCOMPARE(envelope.value(s("event")).toString(), s("message"));
    QVERIFY(envelope.value(s("session")).toObject().contains(s("name")));
    const QJsonObject message = envelope.value(s("message")).toObject();
    for (const char* key : {"id", "from", "to", "text", "timestamp"})
        QVERIFY2(message.contains(s(key)), key);
    QCOMPARE(envelope.value(s("raw")).toObject().value(s("provider")).toString(), s("wppconnect"));
    QCOMPARE(envelope.value(s("raw")).toObject().value(s("payload")).toObject().value(s("event")).toString(),
             s("onmessage"));
}

void TestSimWebhookWriter::writesLiveRowsOnlyForConnectedNonSilentSessions()
{
    QString error;
    QVERIFY2(m_sim->attachActivityDatabase(kConnection, 20, &error), qPrintable(error));
    const int history = count(s("event_type = 'message'"));
    QTRY_VERIFY_WITH_TIMEOUT(count(s("event_type = 'message'")) >= history + 5, 3000);
    // Only pixel12digital (and the hidden "fantasma") are connected and not silent.
    QCOMPARE(count(s("event_type = 'message' AND created_at > datetime('now', '-1 minutes') AND "
                     "payload_json NOT LIKE '%Pixel12 Digital%' AND payload_json NOT LIKE '%fantasma%'")),
             0);

    // Everyone goes quiet: no more message rows.
    QVERIFY(m_sim->setSilent(s("pixel12digital"), true));
    QVERIFY(m_sim->unlink(s("fantasma")));
    const int quiet = count(s("event_type = 'message'"));
    QTest::qWait(150);
    QCOMPARE(count(s("event_type = 'message'")), quiet);
}

void TestSimWebhookWriter::refusesClosedConnection()
{
    QString error;
    QVERIFY(!m_sim->attachActivityDatabase(s("no-such-connection"), 0, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSimWebhookWriter)
#include "tst_simwebhookwriter.moc"
