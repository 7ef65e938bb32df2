#pragma once

#include "HttpReply.h"
#include "SimRequest.h"

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
    // Called once the credential was accepted (or for routes that need none).
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

    static QString stateOf(const SimSession& session);

private:
    HttpReply connect(SimSession& session, const QString& number);
};

} // namespace sim
