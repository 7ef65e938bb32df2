#pragma once

#include "gateway/GatewayJob.h"
#include "gateway/Parsers.h"

namespace gateway {

// What a /qr answer means, read once from the result.
struct QrReply
{
    QrAnswer answer;                // a successful answer: the QR payload and/or the gateway's status
    bool sessionNotStarted = false; // a failure saying "Session not started" (contract §2.5 row e)
    bool invalidQrResponse = false; // a failure saying "Invalid QR code response": the pre-patch
                                    // gateway's way of saying CONNECTED (row c)
};

// GET /api/channels/{id}/qr: a QR, or a status (INITIALIZING, CONNECTED), or nothing yet.
class GetQrJob : public GatewayJob
{
    Q_OBJECT

public:
    GetQrJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
    {}

    // Valid while finished() is being emitted.
    const QrReply& reply() const { return m_reply; }

protected:
    Result interpret(Result result) const override;
    void read(const Result& result) override;

private:
    QrReply m_reply;
};

} // namespace gateway
