#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace sim {

// A response as it will be put on the wire, faults included. HttpWire writes it raw.
struct HttpReply
{
    enum class Transport
    {
        Normal, // status line, headers, full body
        Reset,  // headers promising the full body, part of it, then a connection reset
        Stall   // never answer
    };

    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers
    QByteArray body;
    Transport transport = Transport::Normal;
    int delayMs = 0;

    static HttpReply json(int status, const QJsonObject& object);
    static HttpReply jsonError(int status, const QString& error);
    static HttpReply html(int status, const QByteArray& page);
};

} // namespace sim
