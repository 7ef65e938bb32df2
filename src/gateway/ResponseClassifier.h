#pragma once

#include "gateway/Result.h"

#include <QNetworkReply>

namespace gateway {

// Everything the transport knew about one answer; input of the pure classification below.
struct RawResponse
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray wwwAuthenticate;
    QByteArray body;
    QString host; // "host:port", for messages
};

// Turns a transport answer into a Result: HTML pages (nginx 401/504), empty bodies, invalid or
// truncated JSON, refused connections and JSON errors each become one clear, translated message.
// A 2xx with a valid JSON body is ok; whether its content is usable is the endpoint's business.
Result classifyResponse(const RawResponse& response);

// How far the clock of the server that sent `dateHeader` (an HTTP Date: "Wed, 02 Dec 2026 14:45:19
// GMT") was ahead of ours when its answer came at `receivedUtc`. 0 for a missing or unreadable
// header, and for a difference under 2 s: the header has whole seconds and the answer took time.
qint64 clockAheadSeconds(const QByteArray& dateHeader, const QDateTime& receivedUtc);

// The gateway's own error text from a JSON body: error, message, error_message, details, data.error.
QString gatewayErrorText(const QJsonValue& body);

// What a gateway or a library said, for a message: on one line, at most 200 characters, and marked
// as raw words (shown whole on the command line, behind "Details" in a window).
text::LiveText gatewayWords(const QString& text);

// The gateway's "Session not started. Please, use the /start-session route", however it is wrapped.
bool indicatesSessionNotStarted(const Result& result);

} // namespace gateway
