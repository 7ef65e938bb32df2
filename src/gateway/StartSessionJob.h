#pragma once

#include "gateway/GatewayJob.h"

namespace gateway {

// POST /api/channels/{id}/start-session (no body): starts a session that is not running.
class StartSessionJob : public GatewayJob
{
    Q_OBJECT

public:
    StartSessionJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
    {}

    // The gateway has no such route, or refuses it (404, an HTTP error that is not worth retrying:
    // callers look at transient failures first): only deleting and creating the session again can
    // give a QR (contract §2.6). Valid while finished() is being emitted.
    bool unsupported() const { return m_unsupported; }

protected:
    Result interpret(Result result) const override;
    void read(const Result& result) override;

private:
    bool m_unsupported = false;
};

} // namespace gateway
