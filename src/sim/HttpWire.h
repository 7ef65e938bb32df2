#pragma once

#include "HttpReply.h"

class QTcpSocket;

namespace sim {

// Writes HTTP/1.1 responses byte by byte on a socket, so faults (resets, short bodies) are exact.
class HttpWire
{
public:
    static void send(QTcpSocket* socket, const HttpReply& reply);
    static QByteArray reasonPhrase(int status);
    static QByteArray head(const HttpReply& reply, qint64 contentLength);
};

} // namespace sim
