#include "settings/Limits.h"

#include <cmath>

namespace settings {

std::optional<std::chrono::seconds> parseSilenceHours(const QString& text)
{
    bool ok = false;
    const double hours = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(hours))
        return std::nullopt;
    const double seconds = hours * 3600.0;
    if (seconds < double(MinSilenceThreshold.count()) || seconds > double(MaxSilenceThreshold.count()))
        return std::nullopt;
    return std::chrono::seconds(std::llround(seconds));
}

} // namespace settings
