#pragma once

#include "gateway/DialectJob.h"

namespace gateway {

// A QR for a session: a QR, or a status (INITIALIZING, CONNECTED), or nothing yet.
class GetQrJob : public DialectJob
{
    Q_OBJECT

public:
    GetQrJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, QObject* parent)
        : DialectJob(nam, std::move(spec), std::move(dialect), parent)
    {}

    // Valid while finished() is being emitted.
    const QrReply& reply() const { return m_reply; }

protected:
    Result interpret(Result result) override { return dialect().parseQr(std::move(result), m_reply); }

private:
    QrReply m_reply;
};

} // namespace gateway
