// libFuzzer target: the gateway's answers, as the client would see them. The first byte picks the
// HTTP status and content type; the rest is the body. Nothing may crash, hang or allocate wildly.
#include "gateway/ResponseClassifier.h"
#include "gateway/pixelhub/PixelhubParsers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = {200, 201, 204, 301, 400, 401, 403, 404, 409, 500, 502, 503, 504};
    gateway::RawResponse raw;
    raw.httpStatus = statuses[data[0] % std::size(statuses)];
    raw.contentType = (data[0] & 0x80) ? QByteArray("text/html") : QByteArray("application/json");
    raw.wwwAuthenticate = (data[0] & 0x40) ? QByteArray("Basic realm=\"x\"") : QByteArray();
    raw.body = QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    raw.host = QStringLiteral("gw:8443");

    const gateway::Result r = gateway::classifyResponse(raw);
    if (!r.ok && r.message.isEmpty())
        __builtin_trap(); // every failure must explain itself
    const auto list = gateway::pixelhub::parseChannelList(r.json);
    if (list) {
        for (const auto& c : *list) {
            if (c.id.isEmpty())
                __builtin_trap();
        }
    }
    (void)gateway::pixelhub::parseChannel(r.json, QStringLiteral("x"));
    (void)gateway::pixelhub::parseQr(r.json);
    (void)gateway::indicatesSessionNotStarted(r);
    return 0;
}
