#include "FaultSpec.h"

#include <array>
#include <utility>

namespace sim {

namespace {

constexpr std::array<std::pair<FaultKind, const char*>, 14> kNames{{
    {FaultKind::None, "none"},
    {FaultKind::Json401, "json401"},
    {FaultKind::Html401, "html401"},
    {FaultKind::Html504, "html504"},
    {FaultKind::Json500, "json500"},
    {FaultKind::Html500, "html500"},
    {FaultKind::RouteNotFound404, "route404"},
    {FaultKind::Empty200, "empty200"},
    {FaultKind::Error200, "error200"},
    {FaultKind::Truncated, "truncated"},
    {FaultKind::InvalidJson, "invalid"},
    {FaultKind::Oversized, "oversized"},
    {FaultKind::Reset, "reset"},
    {FaultKind::Stall, "stall"},
}};

} // namespace

QString faultKindToString(FaultKind kind)
{
    for (const auto& [k, name] : kNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

std::optional<FaultKind> faultKindFromString(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const auto& [k, n] : kNames) {
        if (wanted == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

} // namespace sim
