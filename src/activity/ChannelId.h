#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace activity {

// Lower case, every whitespace character removed: "Pixel12 Digital" -> "pixel12digital".
QString normaliseChannelId(const QString& id);

// The JSON paths that may name the channel of a webhook row, in priority order (design.md,
// "Activity and zombies"). The first path holding a non-empty JSON string wins; other value
// types (objects, numbers, null) are skipped. The SQL backends build their queries from this list
// so the database and channelFromPayload() agree row for row.
const QList<QStringList>& channelPaths();

// The normalised channel of a raw payload; empty when the payload is not a JSON object or no
// path holds a non-empty string.
QString channelFromPayload(const QByteArray& payloadJson);

// The event types that count as activity.
const QStringList& activityEventTypes();

} // namespace activity
