#pragma once

#include "gateway/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace gateway {

// The body's "success" read as the gateway means it: false for false, "false", 0 and "0".
bool successIsFalse(const QJsonValue& success);

// An answer the gateway means as a failure, whatever its HTTP status: kind Http, with the
// gateway's own error text in the message.
Result refused(Result result);

// A 2xx whose body says {"success": false, "error": ...}: the gateway means it, so it is a failure.
// Any other 2xx is left as it is (PixelHub treated every 2xx as success; so do we, unless told).
Result refusedIfSaysSo(Result result);

// For a destructive call, where a false "done" loses data: also a failure when the 2xx body has no
// "success" but carries an "error" text ({"error": "session not deleted"}).
Result refusedUnlessDone(Result result);

// Turns an unusable 2xx into a BadBody failure, preferring the gateway's own error text if any.
Result failWithBody(Result result, const text::LiveText& fallbackMessage);

// Readers shared by the dialects' parsers.
// The phone number of a WhatsApp id ("5547999@c.us", "5547999:12@s.whatsapp.net"): its digits.
QString accountFromJid(const QString& jid);
// A unix time in seconds or milliseconds (number or numeric string); null when absent or zero.
QDateTime timeFromEpoch(const QJsonValue& value);
// A string member, trimmed; numbers as their integer text.
QString stringAt(const QJsonObject& object, const char* key);
// A session id as one percent-encoded path segment ("a b/c" -> "a%20b%2Fc").
QString encodedSegment(const QString& id);
// A request body: compact JSON.
QByteArray compactJson(const QJsonObject& object);
// The 2xx is a "conflict" answer the dialect reads as a state: ok again, body kept.
Result asState(Result result);

} // namespace gateway
