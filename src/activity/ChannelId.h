#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace activity {

// Lower case, every whitespace character removed: "Pixel12 Digital" -> "pixel12digital".
QString normaliseChannelId(const QString& id);

// Whether an id written elsewhere (an activity row's channel, a per-session setting) names the
// gateway session `sessionId`. Session ids are case-sensitive on the gateway, so an exact match
// wins, and a match that differs only in case or spacing counts only when no session has the
// written id exactly (isSession tells; without it, no other session is known).
// Two different ids that normalise alike ("Vendas" and "vendas", "Pixel12 Digital" and
// "pixel12digital"): allowed on the gateway, easy to confuse.
bool differOnlyInCaseOrSpacing(const QString& a, const QString& b);

using IsSession = std::function<bool(const QString& id)>;
bool idNamesSession(const QString& written, const QString& sessionId, const IsSession& isSession = {});

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
// "?, ?, …": one SQL placeholder per activity event type (the backends' IN lists).
QString eventTypePlaceholders();
// The linked number of a Pixel Hub wrapper (or wppconnect) channel: the `to` of its inbound rows.
// A row is inbound when its event type is one of inboundEventTypes() and none of fromMePaths()
// holds true; its `to` is the first of accountPaths() holding a non-empty string (a WhatsApp id
// such as "554797146908@c.us", turned into digits above, gateway::accountFromJid).
const QStringList& inboundEventTypes();
const QList<QStringList>& fromMePaths();
const QList<QStringList>& accountPaths();

// Whapi.Cloud messages as Pixel Hub logs them ("whapi_" + event.type + "_" + event.event). Such a
// row is activity only when one of its messages is inbound (`from_me` false, dialects.md §3.5 and
// rule 7): our own sends through the API come back as the same event.
QString whapiMessagesEventType();

} // namespace activity
