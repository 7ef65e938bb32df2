#pragma once

#include "gateway/GatewayJob.h"

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

protected:
    Result interpret(Result result) const override;

private:
    QString m_id;
};

} // namespace gateway
