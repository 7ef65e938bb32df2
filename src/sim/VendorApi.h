#pragma once

#include "HttpReply.h"
#include "SimRequest.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace sim {

class SessionModel;
class SimSession;

// The routes of one vendor dialect (dialects.md), over the same sessions, phases and /__sim/
// controls as the Pixel Hub wrapper's: the phone scans, unlinks and goes silent the same way.
class VendorApi
{
public:
    explicit VendorApi(SessionModel& model)
        : m_model(model)
    {}
    virtual ~VendorApi() = default;

    virtual QByteArray credentialHeader() const = 0;
    // Whether the request carries the right credential (recorded as the request's secretOk).
    // Default: the credential header holds the secret.
    virtual bool credentialOk(const SimRequest& request) const;
    // A route answered without the credential check above (a welcome page, or a dialect that
    // checks its credential itself in handle()).
    virtual bool open(const SimRequest& request) const
    {
        Q_UNUSED(request)
        return false;
    }
    void setSecret(const QString& secret) { m_secret = secret; }
    // Called once the credential was accepted (or for open routes).
    virtual HttpReply handle(const SimRequest& request) = 0;
    // The vendor's answer to a missing or wrong credential.
    virtual HttpReply unauthorized() const = 0;
    // A listing body, for the "truncated" fault.
    virtual QByteArray listingBody() = 0;

protected:
    // Initializing -> Qr after the scenario's number of QR polls (the QR is "not ready" before).
    bool advanceToQr(SimSession& session);
    QString pngBase64(SimSession& session);

    SessionModel& m_model;
    QString m_secret;
};

// WAHA (dialects.md §1): /api/sessions..., X-Api-Key, empty DELETE body, 422 on QR out of SCAN_QR_CODE,
// the QR's JSON only for "Accept: application/json" exactly.
class WahaApi : public VendorApi
{
public:
    using VendorApi::VendorApi;
    QByteArray credentialHeader() const override { return "X-Api-Key"; }
    HttpReply handle(const SimRequest& request) override;
    HttpReply unauthorized() const override;
    QByteArray listingBody() override;

    static QString statusOf(const SimSession& session);

private:
    QJsonObject info(const SimSession& session);
    HttpReply qr(const SimRequest& request, SimSession& session);
};

// Evolution API v2 (dialects.md §2): /instance/..., apikey, {error:true} in HTTP 200, 400 on logout
// while closed, the instance guard's 404 before the key is checked.
class EvolutionApi : public VendorApi
{
public:
    using VendorApi::VendorApi;
    QByteArray credentialHeader() const override { return "apikey"; }
    HttpReply handle(const SimRequest& request) override;
    HttpReply unauthorized() const override;
    QByteArray listingBody() override;
    // The instance guard runs before the key check: an unknown instance is a 404 even without a key.
    bool unknownInstance(const SimRequest& request);
    bool open(const SimRequest& request) const override;

    static QString stateOf(const SimSession& session);

private:
    HttpReply connect(SimSession& session, const QString& number);
};

// Whapi.Cloud's gate API (dialects.md §3): one channel (the model's first session; its id is the
// channel id), Authorization: Bearer <channel token>, /health never launches with wakeup=false,
// 409 on the QR and the pairing code while AUTH and on logout while logged out, 401 for a wrong token.
class WhapiApi : public VendorApi
{
public:
    using VendorApi::VendorApi;
    QByteArray credentialHeader() const override { return "Authorization"; }
    bool credentialOk(const SimRequest& request) const override;
    HttpReply handle(const SimRequest& request) override;
    HttpReply unauthorized() const override;
    QByteArray listingBody() override;

    static QString statusOf(const SimSession& session);

private:
    SimSession* channel();
};

// wppconnect-server used directly (dialects.md §4): the secret in the paths of generate-token,
// show-all-sessions and clear-session-data (400 when wrong), a bearer token per session for the
// rest (401 when missing or wrong), status-session with the raw QR in urlcode, start-session
// (waitQrCode, phone for a pairing code), logout-session, close-session, /healthz open.
class WppconnectApi : public VendorApi
{
public:
    using VendorApi::VendorApi;
    QByteArray credentialHeader() const override { return "Authorization"; }
    bool credentialOk(const SimRequest& request) const override;
    bool open(const SimRequest&) const override { return true; } // handle() checks its credential
    HttpReply handle(const SimRequest& request) override;
    HttpReply unauthorized() const override;
    QByteArray listingBody() override;

    static QString statusOf(const SimSession& session);
    // The token generate-token gives for a session: the same for the same session and secret.
    static QString tokenFor(const QString& session, const QString& secret);

private:
    bool secretRoute(const SimRequest& request) const;
    QJsonObject status(SimSession& session);

    // Sessions a client started: only these get to their QR as status-session is polled (a list's
    // status calls leave the others as they are).
    QSet<QString> m_started;
};

} // namespace sim
