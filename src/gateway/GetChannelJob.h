#pragma once

#include "gateway/GatewayJob.h"
#include "gateway/Parsers.h"

#include <optional>

namespace gateway {

// GET /api/channels/{id}: one session; the status is nested under `channel`.
class GetChannelJob : public GatewayJob
{
    Q_OBJECT

public:
    GetChannelJob(QNetworkAccessManager& nam, Spec spec, QString id, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
        , m_id(std::move(id))
    {}

    // The session of a successful answer, parsed once; valid while finished() is being emitted.
    const std::optional<ChannelInfo>& channel() const { return m_channel; }

protected:
    Result interpret(Result result) const override;
    void read(const Result& result) override;

private:
    QString m_id;
    std::optional<ChannelInfo> m_channel;
};

} // namespace gateway
