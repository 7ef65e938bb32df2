#pragma once

#include "gateway/GatewayJob.h"
#include "gateway/Parsers.h"

namespace gateway {

// GET /api/channels: the session list; a 2xx without a list is a failure.
class ListChannelsJob : public GatewayJob
{
    Q_OBJECT

public:
    ListChannelsJob(QNetworkAccessManager& nam, Spec spec, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
    {}

    // The sessions of a successful answer, parsed once; valid while finished() is being emitted.
    const QList<ChannelInfo>& channels() const { return m_channels; }

protected:
    Result interpret(Result result) const override;
    std::optional<Result> interpretBody(const QByteArray& body, int httpStatus) override;

private:
    mutable QList<ChannelInfo> m_channels; // filled by interpret()
};

} // namespace gateway
