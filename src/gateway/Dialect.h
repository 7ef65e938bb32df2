#pragma once

#include "gateway/Result.h"
#include "gateway/Types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <memory>
#include <optional>

class QNetworkRequest;

namespace gateway {

// What a dialect can do; the GUI offers, and the CLI accepts, only these.
struct Capabilities
{
    bool list = true;          // the gateway lists its sessions (else: one profile is one session)
    bool listHasStatus = true; // false: the list gives names only, each status is one Get (bounded)
    bool create = true;        // a session can be created from the app
    bool remove = true;        // a session can be deleted from the app
    bool start = true;         // a stopped session can be started
    bool restart = false;      // a native restart, distinct from delete + create
    bool logout = false;       // unlink the phone, keep the session
    bool pairingCode = false;  // link with a phone number instead of a QR
    bool lastActivity = false; // the gateway can tell when the last message came
};

// The operations of the dialect layer (dialects.md §5.1).
enum class Operation
{
    List,
    Get,
    Create,
    Start,
    Qr,
    PairingCode,
    Restart,
    Logout,
    Delete,
    Health,
    LastActivity,
    SessionToken, // wppconnect: the bearer token of one session, generated from the server secret
};

// One HTTP request of a dialect, before the transport adds the base URL and the credential.
struct Request
{
    QByteArray verb = "GET";
    // Relative to the base URL, percent-encoded. The literal {SECRET} is replaced by the
    // percent-encoded server secret (wppconnect puts it in the path); logs show {SECRET}.
    QString path;
    QUrlQuery query;
    QByteArray body;                        // JSON, or empty
    QByteArray accept = "application/json"; // verbatim (WAHA compares it exactly)
    bool listTimeout = false;               // uses the (long) list timeout
    bool expectJson = true;                 // false: any 2xx body is the payload (an image)
    bool keepBody = false;                  // keep the raw bytes in Result::body
    QString session;                        // the session a per-session credential is for
};

// A gateway's HTTP dialect: its requests, its credential and pure parsers of its answers into the
// typed results every front end shares. Every vendor quirk is absorbed here, never above:
// the parsers get the transport's classified result (2xx or not) and may turn a failure into a
// state (WAHA 422 "not in QR state", Whapi 409) or a 2xx into a failure (Evolution's
// {"error": true}). Transport failures (network, timeout, TLS) are passed through unchanged.
class Dialect
{
    Q_DECLARE_TR_FUNCTIONS(Dialect)

public:
    virtual ~Dialect() = default;

    virtual QString name() const = 0; // "pixelhub", "waha", ...
    virtual Capabilities capabilities() const = 0;
    bool supports(Operation op) const;

    // The request for op on session id (arg: the create's display name, the pairing code's phone
    // digits). Only called for operations supports() allows.
    virtual Request request(Operation op, const QString& id = {}, const QString& arg = {}) const = 0;

    // Puts the credential on a request: the server secret, or for wppconnect the session's token.
    virtual void authorize(QNetworkRequest& request, const QString& secret, const QString& sessionToken) const = 0;
    // wppconnect: per-session requests need a token generated once from the secret.
    virtual bool needsSessionToken() const { return false; }

    virtual Result parseList(Result r, QList<ChannelInfo>& out) const = 0;
    // A 2xx listing read item by item from its bytes, without one JSON document of the whole
    // answer (a big listing stays in bounded memory): the result, or nullopt to fall back to
    // parseList with its checks and messages. Default: always the fallback.
    virtual std::optional<Result> parseListBody(const QByteArray& body, int httpStatus, QList<ChannelInfo>& out) const;
    virtual Result parseChannel(Result r, const QString& id, std::optional<ChannelInfo>& out) const = 0;
    virtual Result parseCreate(Result r, bool& alreadyExists) const = 0;
    // unsupported: the gateway cannot start it; only delete + create can give a QR.
    virtual Result parseStart(Result r, bool& unsupported) const = 0;
    virtual Result parseQr(Result r, QrReply& out) const = 0;
    virtual Result parsePairingCode(Result r, PairingCode& out) const;
    // Restart, Logout and Delete; "already done" answers are success.
    virtual Result parseAction(Operation op, Result r) const;
    virtual Result parseHealth(Result r, QString& version) const;
    // The newest inbound message's time, or null when none is known.
    virtual Result parseLastActivity(Result r, QDateTime& out) const;
    virtual Result parseSessionToken(Result r, QString& token) const;

    // Why op cannot be done with this dialect (translated, names the dialect).
    text::LiveText unsupportedMessage(Operation op) const;
};

// The dialects this build speaks, in the design's order.
QStringList dialectNames();
// A dialect by name; nullptr for an unknown name.
std::shared_ptr<const Dialect> makeDialect(const QString& name);
// The untranslated verb of an operation ("restart", "logout", ...), for messages and logs.
QString operationName(Operation op);

} // namespace gateway
