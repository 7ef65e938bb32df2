#pragma once

#include "gateway/DialectJob.h"

#include <optional>

namespace gateway {

// One session's status (Pixel Hub GET /api/channels/{id}, ...).
class GetChannelJob : public DialectJob
{
    Q_OBJECT

public:
    GetChannelJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, QString id,
                  QObject* parent)
        : DialectJob(nam, std::move(spec), std::move(dialect), parent)
        , m_id(std::move(id))
    {}

    // The session of a successful answer, parsed once; valid while finished() is being emitted.
    const std::optional<ChannelInfo>& channel() const { return m_channel; }

protected:
    Result interpret(Result result) override { return dialect().parseChannel(std::move(result), m_id, m_channel); }

private:
    QString m_id;
    std::optional<ChannelInfo> m_channel;
};

} // namespace gateway
