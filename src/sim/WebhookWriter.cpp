#include "WebhookWriter.h"

#include "SessionModel.h"
#include "SimLog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sim {

namespace {

QString str(const char* text)
{
    return QString::fromLatin1(text);
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int bounded(int low, int high)
{
    return QRandomGenerator::global()->bounded(low, high);
}

QString phone(quint32 seed)
{
    return QStringLiteral("5547%1@c.us").arg(seed % 100000000u, 8, 10, QLatin1Char('0'));
}

// The linked phone the inbound messages are sent to (the app reads the account from it).
QString sessionPhone(const SimSession& session)
{
    if (!session.phone.isEmpty())
        return session.phone + QStringLiteral("@c.us");
    return phone(static_cast<quint32>(qHash(session.id)));
}

QString webhookId(const SimSession& session)
{
    return session.webhookSessionId.isEmpty() ? session.id : session.webhookSessionId;
}

QJsonObject sessionObject(const SimSession& session)
{
    return {{str("id"), webhookId(session)}, {str("name"), session.name}};
}

bool sqlFail(QString* error, const QString& what, const QSqlError& sqlError)
{
    const QString message = what + QStringLiteral(": ") + sqlError.text();
    qCWarning(lcSim) << message;
    if (error)
        *error = message;
    return false;
}

const char* const kTexts[] = {
    "Bom dia! Vocês têm horário amanhã?",
    "Qual o valor do plano mensal?",
    "Obrigado, recebido.",
    "Pode me mandar o boleto?",
    "Ok, combinado.",
    "Segue o comprovante.",
    "Ainda está disponível?",
    "Vou verificar e retorno.",
};

} // namespace

WebhookWriter::WebhookWriter(SessionModel& model, QObject* parent)
    : QObject(parent)
    , m_model(model)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { writeTick(); });
}

bool WebhookWriter::attach(const QString& connectionName, int intervalMs, QString* error)
{
    detach();
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isValid() || !db.isOpen()) {
        if (error)
            *error = QStringLiteral("database connection \"%1\" is not open").arg(connectionName);
        return false;
    }
    m_connectionName = connectionName;
    if (!createTable(error) || !backfill(error)) {
        m_connectionName.clear();
        return false;
    }
    if (intervalMs > 0)
        m_timer.start(intervalMs);
    return true;
}

void WebhookWriter::detach()
{
    m_timer.stop();
    m_connectionName.clear();
}

bool WebhookWriter::isSqlite() const
{
    return QSqlDatabase::database(m_connectionName, false).driverName().startsWith(QLatin1String("QSQLITE"));
}

bool WebhookWriter::createTable(QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QStringList statements;
    if (isSqlite()) {
        statements << str("CREATE TABLE IF NOT EXISTS webhook_raw_logs ("
                          "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                          " received_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                          " event_type TEXT NULL, payload_hash TEXT NULL, payload_json TEXT NOT NULL,"
                          " processed INTEGER NOT NULL DEFAULT 0, event_id TEXT NULL, error_message TEXT NULL,"
                          " created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
                   << str("CREATE INDEX IF NOT EXISTS idx_event_type ON webhook_raw_logs(event_type)")
                   << str("CREATE INDEX IF NOT EXISTS idx_received_at ON webhook_raw_logs(received_at)")
                   << str("CREATE INDEX IF NOT EXISTS idx_payload_hash ON webhook_raw_logs(payload_hash)")
                   << str("CREATE INDEX IF NOT EXISTS idx_processed ON webhook_raw_logs(processed)");
    } else {
        statements << str(
            "CREATE TABLE IF NOT EXISTS webhook_raw_logs ("
            "id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,"
            " received_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,"
            " event_type VARCHAR(100) NULL, payload_hash VARCHAR(16) NULL, payload_json LONGTEXT NOT NULL,"
            " processed TINYINT(1) NOT NULL DEFAULT 0, event_id VARCHAR(36) NULL,"
            " error_message VARCHAR(500) NULL, created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,"
            " INDEX idx_event_type (event_type), INDEX idx_received_at (received_at),"
            " INDEX idx_payload_hash (payload_hash), INDEX idx_processed (processed)"
            ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    }
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return sqlFail(error, QStringLiteral("cannot create webhook_raw_logs"), query.lastError());
    }
    return true;
}

bool WebhookWriter::insertRow(const QString& eventType, const QByteArray& payload, int minutesAgo, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (isSqlite()) {
        query.prepare(str("INSERT INTO webhook_raw_logs (received_at, event_type, payload_hash, payload_json, "
                          "processed, created_at) VALUES (datetime('now', ?), ?, ?, ?, 0, datetime('now', ?))"));
    } else {
        query.prepare(str("INSERT INTO webhook_raw_logs (received_at, event_type, payload_hash, payload_json, "
                          "processed, created_at) VALUES (NOW() - INTERVAL ? MINUTE, ?, ?, ?, 0, "
                          "NOW() - INTERVAL ? MINUTE)"));
    }
    const QVariant offset = isSqlite() ? QVariant(QStringLiteral("-%1 minutes").arg(minutesAgo)) : QVariant(minutesAgo);
    const QByteArray hash = QCryptographicHash::hash(payload, QCryptographicHash::Md5).toHex().left(16);
    query.addBindValue(offset);
    query.addBindValue(eventType.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(eventType));
    query.addBindValue(QString::fromLatin1(hash));
    query.addBindValue(QString::fromUtf8(payload));
    query.addBindValue(offset);
    if (!query.exec())
        return sqlFail(error, QStringLiteral("cannot insert into webhook_raw_logs"), query.lastError());
    ++m_rowsWritten;
    return true;
}

QByteArray WebhookWriter::messagePayload(const SimSession& session, int minutesAgo) const
{
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch() - qint64(minutesAgo) * 60;
    const QString from = phone(QRandomGenerator::global()->generate());
    const QString to = sessionPhone(session);
    const QString text = QString::fromUtf8(kTexts[bounded(0, static_cast<int>(std::size(kTexts)))]);
    const QString messageId = QStringLiteral("false_") + from + QLatin1Char('_') +
                              QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex().toUpper().left(20));
    const QJsonObject rawPayload{
        {str("event"), str("onmessage")},
        {str("session"), webhookId(session)},
        {str("id"), messageId},
        {str("type"), str("chat")},
        {str("body"), text},
        {str("t"), timestamp},
        {str("from"), from},
        {str("to"), to},
        {str("fromMe"), false},
        {str("chatId"), from},
        {str("isGroupMsg"), false},
    };
    const QJsonObject envelope{
        {str("spec_version"), str("1.0")},
        {str("event"), str("message")},
        {str("session"), sessionObject(session)},
        {str("message"), QJsonObject{{str("id"), messageId},
                                     {str("from"), from},
                                     {str("to"), to},
                                     {str("text"), text},
                                     {str("timestamp"), timestamp}}},
        {str("ack"), QJsonValue::Null},
        {str("connection"), QJsonValue::Null},
        {str("raw"), QJsonObject{{str("provider"), str("wppconnect")}, {str("payload"), rawPayload}}},
        {str("event_id"), uuid()},
        {str("correlation_id"), uuid()},
        {str("timestamp"), timestamp},
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

QByteArray WebhookWriter::ackPayload(const SimSession& session) const
{
    const QJsonObject ack{
        {str("id"),
         QStringLiteral("true_%1_%2").arg(phone(QRandomGenerator::global()->generate()), uuid().left(8).toUpper())},
        {str("ack"), bounded(1, 4)}};
    const QJsonObject envelope{
        {str("spec_version"), str("1.0")},
        {str("event"), str("message.ack")},
        {str("session"), sessionObject(session)},
        {str("message"), QJsonValue::Null},
        {str("ack"), ack},
        {str("connection"), QJsonValue::Null},
        {str("raw"), QJsonObject{{str("provider"), str("wppconnect")},
                                 {str("payload"),
                                  QJsonObject{{str("event"), str("onack")}, {str("session"), webhookId(session)}}}}},
        {str("event_id"), uuid()},
        {str("correlation_id"), uuid()},
        {str("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

bool WebhookWriter::backfill(QString* error)
{
    for (const SimSession* session : m_model.sessions()) {
        const SimSession::Phase phase = session->phase();
        const bool connected = phase == SimSession::Phase::Connected;
        const bool quiet = session->silent || phase == SimSession::Phase::Zombie;
        if (!connected && !quiet)
            continue;
        // Live sessions: recent history, the newest a few minutes old. Quiet ones: nothing in 6 hours.
        const int newest = quiet ? bounded(7 * 60, 10 * 60) : bounded(1, 15);
        for (int i = 0; i < 4; ++i) {
            const int minutesAgo = newest + i * bounded(20, 90);
            if (!insertRow(str("message"), messagePayload(*session, minutesAgo), minutesAgo, error))
                return false;
        }
        if (!insertRow(str("message.ack"), ackPayload(*session), newest + 1, error))
            return false;
    }
    return true;
}

bool WebhookWriter::writeTick(QString* error)
{
    if (!isAttached())
        return false;
    QList<const SimSession*> live;
    for (const SimSession* session : m_model.sessions()) {
        if (session->phase() == SimSession::Phase::Connected && !session->silent)
            live.append(session);
    }
    if (live.isEmpty())
        return true;
    const SimSession& session = *live.at(bounded(0, static_cast<int>(live.size())));
    if (!insertRow(str("message"), messagePayload(session, 0), 0, error))
        return false;
    if (bounded(0, 100) < 30 && !insertRow(str("message.ack"), ackPayload(session), 0, error))
        return false;
    if (bounded(0, 100) < 5) {
        // The handler stores a body it cannot parse as is, with no event type.
        const QByteArray broken = messagePayload(session, 0).chopped(7);
        if (!insertRow(QString(), broken, 0, error))
            return false;
    }
    return true;
}

} // namespace sim
