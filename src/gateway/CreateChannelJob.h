#pragma once

#include "gateway/DialectJob.h"

namespace gateway {

// Asks the gateway to create a session (Pixel Hub POST /api/channels {"channel": id}, ...).
class CreateChannelJob : public DialectJob
{
    Q_OBJECT

public:
    CreateChannelJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, QObject* parent)
        : DialectJob(nam, std::move(spec), std::move(dialect), parent)
    {}

    // The answer says the session exists already (409, or "already exists" in the gateway's
    // words, which may come with any status). Valid while finished() is being emitted.
    bool alreadyExists() const { return m_alreadyExists; }

protected:
    Result interpret(Result result) override { return dialect().parseCreate(std::move(result), m_alreadyExists); }

private:
    bool m_alreadyExists = false;
};

} // namespace gateway
