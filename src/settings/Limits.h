#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace settings {

// The silence threshold's range in the settings schema: one minute to 90 days. The profile clamps
// a stored value to it; --silent-hours is refused outside it.
inline constexpr std::chrono::seconds MinSilenceThreshold{60};
inline constexpr std::chrono::seconds MaxSilenceThreshold{90LL * 24 * 3600};

// A silence threshold typed in hours ("4", "0.5"): nullopt for anything that is not a finite number
// within [MinSilenceThreshold, MaxSilenceThreshold] (NaN, inf, 0, negative, absurd).
std::optional<std::chrono::seconds> parseSilenceHours(const QString& text);

} // namespace settings
