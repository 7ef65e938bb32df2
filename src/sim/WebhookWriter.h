#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace sim {

class SessionModel;
class SimSession;

// Writes the rows PixelHub's webhook handler would have stored (table webhook_raw_logs) for the
// simulated sessions: history on attach, then one fresh message per interval for a live session.
class WebhookWriter : public QObject
{
    Q_OBJECT

public:
    explicit WebhookWriter(SessionModel& model, QObject* parent = nullptr);

    // The connection must already be open (SQLite or MariaDB/MySQL); intervalMs <= 0 = history only.
    bool attach(const QString& connectionName, int intervalMs, QString* error = nullptr);
    void detach();
    bool isAttached() const { return !m_connectionName.isEmpty(); }

    // One round of live rows; public so a test or a demo can force it.
    bool writeTick(QString* error = nullptr);
    int rowsWritten() const { return m_rowsWritten; }

private:
    bool createTable(QString* error);
    bool backfill(QString* error);
    // minutesAgo is applied by the database clock, like the real CURRENT_TIMESTAMP.
    bool insertRow(const QString& eventType, const QByteArray& payload, int minutesAgo, QString* error);
    bool isSqlite() const;
    QByteArray messagePayload(const SimSession& session, int minutesAgo) const;
    QByteArray ackPayload(const SimSession& session) const;

    SessionModel& m_model;
    QString m_connectionName;
    QTimer m_timer;
    int m_rowsWritten = 0;
};

} // namespace sim
