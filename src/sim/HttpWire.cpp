#include "HttpWire.h"

#include "SimClock.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace sim {

QByteArray HttpWire::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 504:
        return "Gateway Time-out";
    default:
        return "Status";
    }
}

QByteArray HttpWire::head(const HttpReply& reply, qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    const QString date = QLocale::c().toString(SimClock::nowUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    out += "Date: " + date.toLatin1() + " GMT\r\n";
    bool hasServer = false;
    for (const auto& [name, value] : reply.headers) {
        hasServer = hasServer || name.compare("Server", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    if (!hasServer)
        out += "X-Powered-By: Express\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    return out;
}

void HttpWire::send(QTcpSocket* socket, const HttpReply& reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (reply.transport) {
    case HttpReply::Transport::Stall:
        return;
    case HttpReply::Transport::Normal:
        socket->write(head(reply, reply.body.size()));
        socket->write(reply.body);
        return;
    case HttpReply::Transport::Reset: {
        // Promise the whole body, deliver some of it, then drop the connection hard (RST).
        const qint64 promised = qMax<qint64>(reply.body.size(), 64);
        socket->write(head(reply, promised));
        socket->write(reply.body.left(reply.body.size() / 2));
        socket->flush();
#ifdef Q_OS_UNIX
        const linger hard{1, 0};
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
        socket->abort();
        return;
    }
    }
}

} // namespace sim
