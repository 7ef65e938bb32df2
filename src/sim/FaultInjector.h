#pragma once

#include "FaultSpec.h"
#include "HttpReply.h"

#include <QList>

#include <functional>
#include <optional>

namespace sim {

// Holds the armed faults and turns a matching /api request into the broken answer the proxy or
// network would produce.
class FaultInjector
{
public:
    // Replaces a fault with the same path prefix and method; FaultKind::None just removes it.
    void set(const FaultSpec& fault);
    void clear() { m_faults.clear(); }
    QList<FaultSpec> faults() const { return m_faults; }

    // Consumes one use of the first matching fault.
    std::optional<FaultSpec> take(const QByteArray& method, const QString& path);

    // listing: the normal channels body, needed by the "truncated" fault.
    static HttpReply reply(const FaultSpec& fault, const std::function<QByteArray()>& listing);

    static QByteArray nginxPage(int status, const QByteArray& title);

private:
    QList<FaultSpec> m_faults;
};

} // namespace sim
