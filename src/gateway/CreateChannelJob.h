#pragma once

#include "gateway/GatewayJob.h"

namespace gateway {

// POST /api/channels {"channel": id}: asks the gateway to create a session.
class CreateChannelJob : public GatewayJob
{
    Q_OBJECT

public:
    CreateChannelJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
    {}

    // The answer says the session exists already (409, or "already exists" in the gateway's
    // words, which may come with any status). Valid while finished() is being emitted.
    bool alreadyExists() const { return m_alreadyExists; }

protected:
    Result interpret(Result result) const override;
    void read(const Result& result) override;

private:
    bool m_alreadyExists = false;
};

} // namespace gateway
