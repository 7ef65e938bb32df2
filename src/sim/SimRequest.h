#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sim {

// A copy of what the simulator needs from an incoming request, detached from QtHttpServer.
struct SimRequest
{
    QByteArray method;    // upper case: GET, POST, ...
    QString path;         // percent-decoded, for records and prefix matching
    QString query;        // percent-decoded, without '?'; empty when none
    QStringList segments; // path split on '/' before decoding each part, so "%2F" stays inside an id
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Case-insensitive header lookup; a null QByteArray when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value.isNull() ? QByteArray("") : value;
        }
        return {};
    }
    // A query item's value; a null QString when absent.
    QString queryItem(const QString& name) const;
};

} // namespace sim
