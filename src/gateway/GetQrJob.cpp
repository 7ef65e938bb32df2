#include "GetQrJob.h"

#include "gateway/JobHelpers.h"
#include "gateway/Parsers.h"

namespace gateway {

Result GetQrJob::interpret(Result result) const
{
    const QrAnswer answer = parseQr(result.json);
    if (!answer.payload.isEmpty() || !answer.status.isEmpty())
        return result;
    // 2xx without QR is "not ready yet", unless the body itself says it failed.
    return refusedIfSaysSo(std::move(result));
}

} // namespace gateway
