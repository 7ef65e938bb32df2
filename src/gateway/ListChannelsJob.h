#pragma once

#include "gateway/DialectJob.h"

namespace gateway {

// The session list (Pixel Hub GET /api/channels, WAHA GET /api/sessions?all=true, ...); a 2xx
// without a list is a failure.
class ListChannelsJob : public DialectJob
{
    Q_OBJECT

public:
    ListChannelsJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, QObject* parent)
        : DialectJob(nam, std::move(spec), std::move(dialect), parent)
    {}

    // The sessions of a successful answer, parsed once; valid while finished() is being emitted.
    const QList<ChannelInfo>& channels() const { return m_channels; }

protected:
    Result interpret(Result result) override { return dialect().parseList(std::move(result), m_channels); }
    std::optional<Result> interpretBody(const QByteArray& body, int httpStatus) override
    {
        return dialect().parseListBody(body, httpStatus, m_channels);
    }

private:
    QList<ChannelInfo> m_channels;
};

} // namespace gateway
