// libFuzzer target: webhook_raw_logs payloads. The channel extraction follows the design's path
// list and must return a normalised id (lower case, no spaces) or nothing.
#include "activity/ChannelId.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray payload(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString channel = activity::channelFromPayload(payload);
    if (channel != activity::normaliseChannelId(channel))
        __builtin_trap();
    for (const QChar c : channel) {
        // Some capitals (U+03D4) have no lower-case form: "lower case" means toLower() leaves it alone.
        if (c.isSpace() || c.toLower() != c)
            __builtin_trap();
    }
    return 0;
}
