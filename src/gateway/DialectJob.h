#pragma once

#include "gateway/Dialect.h"
#include "gateway/GatewayJob.h"

#include <memory>

namespace gateway {

// A gateway call whose answer is read by the dialect that made its request.
class DialectJob : public GatewayJob
{
    Q_OBJECT

protected:
    DialectJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, QObject* parent)
        : GatewayJob(nam, std::move(spec), parent)
        , m_dialect(std::move(dialect))
    {}

    const Dialect& dialect() const { return *m_dialect; }

private:
    std::shared_ptr<const Dialect> m_dialect;
};

} // namespace gateway
