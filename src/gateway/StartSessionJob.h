#pragma once

#include "gateway/DialectJob.h"

namespace gateway {

// Starts a session that is not running (Pixel Hub POST /api/channels/{id}/start-session, ...).
class StartSessionJob : public DialectJob
{
    Q_OBJECT

public:
    StartSessionJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, QObject* parent)
        : DialectJob(nam, std::move(spec), std::move(dialect), parent)
    {}

    // The gateway has no such route, or refuses it (404, an HTTP error that is not worth retrying:
    // callers look at transient failures first): only deleting and creating the session again can
    // give a QR (contract §2.6). Valid while finished() is being emitted.
    bool unsupported() const { return m_unsupported; }

protected:
    Result interpret(Result result) override { return dialect().parseStart(std::move(result), m_unsupported); }

private:
    bool m_unsupported = false;
};

} // namespace gateway
