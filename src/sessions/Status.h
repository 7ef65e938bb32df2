#pragma once

#include <QString>

#include <optional>

namespace sessions {

// The normalised session status. Health (zombie) is an overlay computed elsewhere, not a status.
enum class Status
{
    Connected,
    Disconnected,
    QrPending, // waiting for a QR scan
    Starting,  // initialising, QR not generated yet
    Unknown,   // anything unrecognised: the raw string is kept and shown
};

// Maps whatever string the gateway sends (any case, spacing, WPPConnect or wrapper vocabulary)
// to a Status. Unlike the gateway's own mapping, "disconnected" is never taken for "connected".
Status statusFromGateway(const QString& raw);

// The status a dialect mapped itself (its key, as statusKey() makes them), else the vendor-neutral
// reading of the raw word.
Status statusOf(const QString& dialectKey, const QString& raw);

// The stable machine key used in JSON output: connected, disconnected, qr_pending, starting, unknown.
QString statusKey(Status status);
// The inverse of statusKey(); anything else is nullopt.
std::optional<Status> statusFromKey(const QString& key);

// The translated label of the design's vocabulary table; for Unknown, the raw string itself.
QString statusLabel(Status status, const QString& raw);

} // namespace sessions
