#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace sim {

// What the simulated network or proxy does instead of the gateway's normal answer.
enum class FaultKind
{
    None,
    Json401,
    Html401,
    Html504,
    Json500,
    Html500,
    RouteNotFound404,
    Empty200,
    Error200, // HTTP 200 whose body says {"error": true, ...} (Evolution's swallowed exceptions)
    Truncated,
    InvalidJson,
    Oversized,
    Reset,
    Stall // never answers
};

// Stable names used by the control API and scenarios: json401, html401, html504, json500, html500,
// route404, empty200, error200, truncated, invalid, oversized, reset, stall (and none).
QString faultKindToString(FaultKind kind);
std::optional<FaultKind> faultKindFromString(const QString& name);

struct FaultSpec
{
    FaultKind kind = FaultKind::None;
    QString pathPrefix; // matched against the decoded path; empty matches every /api request
    int count = -1;     // -1 = every matching request
    int delayMs = 0;    // extra delay before the faulty answer
    QString method;     // empty = any method
};

} // namespace sim

Q_DECLARE_METATYPE(sim::FaultSpec)
