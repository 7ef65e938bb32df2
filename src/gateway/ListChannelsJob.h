#pragma once

#include "gateway/DialectJob.h"

#include <functional>

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

    // Where the list gives names only: fills in each session's status (the client's one Get per
    // session), then calls finishHeld(). Set before the answer comes.
    using StatusFiller = std::function<void(ListChannelsJob& job, Result result)>;
    void setStatusFiller(StatusFiller filler) { m_filler = std::move(filler); }
    QList<ChannelInfo>& mutableChannels() { return m_channels; }
    using GatewayJob::finishHeld;

protected:
    Result interpret(Result result) override { return dialect().parseList(std::move(result), m_channels); }
    std::optional<Result> interpretBody(const QByteArray& body, int httpStatus) override
    {
        return dialect().parseListBody(body, httpStatus, m_channels);
    }

    bool hold(const Result& result) override
    {
        if (!result.ok || !m_filler || m_channels.isEmpty())
            return false;
        m_filler(*this, result);
        return true;
    }

private:
    QList<ChannelInfo> m_channels;
    StatusFiller m_filler;
};

} // namespace gateway
