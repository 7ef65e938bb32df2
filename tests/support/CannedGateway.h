#pragma once

// A hostile stand-in for the gateway, for the reliability tests: a loopback HTTP server that
// answers each "METHOD /path" with a canned raw answer (status, headers, body) and logs every
// request it got ("DELETE /api/channels/x"). Unknown routes get a JSON 404. One answer per
// connection (Connection: close), so redirects and repeats are counted exactly.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

class CannedGateway
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length and Connection
        QByteArray contentType = "application/json";
        bool stall = false; // never answer (the connection stays open)
    };

    explicit CannedGateway(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost))
    {
        m_server.listen(address);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool isValid() const { return m_server.isListening(); }
    QString baseUrl() const
    {
        return QStringLiteral("http://%1:%2").arg(m_server.serverAddress().toString()).arg(m_server.serverPort());
    }
    quint16 port() const { return m_server.serverPort(); }

    void on(const QByteArray& method, const QByteArray& path, const Answer& answer)
    {
        m_answers.insert(method + ' ' + path, answer);
    }
    static Answer json(int status, const QByteArray& body) { return Answer{status, body, {}, "application/json"}; }
    static Answer stalled() { return Answer{0, {}, {}, {}, true}; }
    static Answer redirect(int status, const QByteArray& location)
    {
        return Answer{status, QByteArray(), {{"Location", location}}, "text/plain"};
    }

    const QStringList& requests() const { return m_requests; }
    // The most requests that were waiting for an answer at the same time (stalled ones stay waiting).
    int maxInFlight() const { return m_maxInFlight; }
    qsizetype count(const QString& request) const { return m_requests.count(request); }

private:
    void serve(QTcpSocket* socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer->left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            const QByteArray key = requestLine.value(0) + ' ' + requestLine.value(1);
            m_requests << QString::fromLatin1(key);
            buffer->clear();
            const Answer answer = m_answers.value(key, json(404, "{\"success\":false,\"error\":\"Route not found\"}"));
            if (answer.stall) {
                m_maxInFlight = std::max(m_maxInFlight, ++m_stalled);
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this] { --m_stalled; });
                return;
            }
            m_maxInFlight = std::max(m_maxInFlight, m_stalled + 1);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " Canned\r\n";
            out += "Content-Type: " + answer.contentType + "\r\n";
            for (const auto& [name, value] : answer.headers)
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n";
            out += answer.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QHash<QByteArray, Answer> m_answers;
    QStringList m_requests;
    int m_stalled = 0;
    int m_maxInFlight = 0;
};
