#pragma once

#include "text/LiveText.h"

#include <QByteArray>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace gateway {

// Why a gateway call failed. Each kind has one translated message, made where the failure happens.
enum class ErrorKind
{
    None,
    NotConfigured, // no gateway URL (or no secret) yet
    Cancelled,     // the caller cancelled; still delivered as a result
    Timeout,       // no complete answer within the call's time budget
    Network,       // refused, unreachable, DNS, reset mid-body
    Tls,           // certificate not trusted, handshake failed
    Redirect,      // redirected to another host: refused, the secret is not sent there
    Auth,          // the gateway refused or did not get the secret (JSON 401)
    ProxyAuth,     // nginx in front of the gateway asks for Basic Auth (HTML 401)
    ProxyTimeout,  // nginx gave up waiting for the gateway (HTML 504)
    Html,          // some other HTML page instead of JSON
    RouteNotFound, // 404 "Route not found": wrong URL or gateway version
    NotFound,      // 404 for a session the gateway does not know
    Conflict,      // 409: e.g. the session already exists
    Http,          // any other non-2xx answer with a JSON body
    EmptyBody,     // no body at all: the gateway always sends one when healthy
    BadBody,       // invalid, truncated or unexpected JSON
    TooLarge,      // the body exceeded the size cap
    Unsupported,   // the gateway's dialect has no such operation: nothing was sent
};

// The value every gateway job ends with, exactly once.
struct Result
{
    bool ok = false;
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    // For a support person: what happened and what to do, translated whenever it is read (a dialog
    // that keeps it follows a language change; the command line prints it at once).
    text::LiveText message;
    QString gatewayError; // the gateway's own error text, verbatim, when it sent one
    QJsonValue json;      // the decoded body (2xx and JSON error bodies)
    QByteArray body;      // raw bytes, kept only by jobs that need them (QR image download)
    qint64 elapsedMs = 0;
    // Nothing listened at the gateway's address (connection refused): a fast, certain answer that
    // waiting does not change while the gateway is down, unlike a silent or slow gateway.
    bool refused = false;
    // How far the gateway's clock is ahead of this computer's (negative: behind), in seconds, from
    // the answer's Date header; 0 when it sent none or the two agree within the header's precision.
    // The times a gateway reports (its messages) are on its clock, so ages are measured on it.
    qint64 clockAheadSeconds = 0;

    // The command line prints message whole; a window shows agentMessage() with details() behind
    // "Details". Both come from message's raw words (text::LiveText::raw), so they always agree.
    // message without the raw words it embeds (the network or TLS library's error, the gateway's
    // own error text, a web page's title) and the punctuation that framed them.
    QString agentMessage() const { return message.toAgentString(); }
    // Those raw words, one per line, exactly as inserted; empty when message has none.
    QString details() const { return message.rawWords().join(QLatin1Char('\n')); }

    static Result failure(ErrorKind kind, text::LiveText message, int httpStatus = 0)
    {
        Result r;
        r.kind = kind;
        r.message = std::move(message);
        r.httpStatus = httpStatus;
        return r;
    }
    // A message already made (the command line's, a test's): kept as it is.
    static Result failure(ErrorKind kind, const QString& message, int httpStatus = 0)
    {
        return failure(kind, text::LiveText::verbatim(message), httpStatus);
    }
};

// A stable, untranslated name for logs and JSON ("timeout", "proxy_timeout", ...).
QString errorKindName(ErrorKind kind);

} // namespace gateway

Q_DECLARE_METATYPE(gateway::Result)
