#pragma once

// A stand-in for an activity database that is down or hangs, for the fault matrices:
//   Down: a loopback port that was free a moment ago, closed again (connection refused).
//   Slow: accepts the TCP connection and never sends the server's greeting.
#include <QList>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

class FakeDatabaseServer
{
public:
    enum class Behaviour
    {
        Down,
        Slow
    };

    explicit FakeDatabaseServer(Behaviour behaviour)
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            return;
        m_port = m_server.serverPort();
        if (behaviour == Behaviour::Down) {
            m_server.close();
            return;
        }
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                m_held.append(socket); // children of the server: closed with it
        });
    }

    bool isValid() const { return m_port != 0; }
    // A MySQL DSN pointing at it (the driver really connects, then waits or is refused).
    QString dsn() const { return QStringLiteral("mysql://phs@127.0.0.1:%1/activity").arg(m_port); }
    // Connections accepted and held so far (Slow only).
    qsizetype heldConnections() const { return m_held.size(); }

private:
    QTcpServer m_server;
    quint16 m_port = 0;
    QList<QTcpSocket*> m_held;
};
