#include "SettingsSchema.h"

#include <cmath>

namespace settings::schema {

std::optional<seconds> parseHours(const QString& text, const Duration& range)
{
    bool ok = false;
    const double hours = text.trimmed().toDouble(&ok);
    // toDouble() accepts "nan" and "inf": isfinite() turns both away before any comparison.
    if (!ok || !std::isfinite(hours) || hours <= 0)
        return std::nullopt;
    const double secs = hours * 3600.0;
    if (secs > double(range.max.count()) + 1.0) // also keeps llround() within range
        return std::nullopt;
    const seconds rounded(std::llround(secs)); // 1/60 h is 59.999… s in binary
    if (!range.contains(rounded))
        return std::nullopt;
    return rounded;
}

std::optional<seconds> parseSilentHours(const QString& text)
{
    return parseHours(text, SilenceThreshold);
}

} // namespace settings::schema
