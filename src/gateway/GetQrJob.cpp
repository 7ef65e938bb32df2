#include "GetQrJob.h"

#include "gateway/JobHelpers.h"
#include "gateway/ResponseClassifier.h"

namespace gateway {

Result GetQrJob::interpret(Result result) const
{
    const QrAnswer answer = parseQr(result.json);
    if (!answer.payload.isEmpty() || !answer.status.isEmpty())
        return result;
    // 2xx without QR is "not ready yet", unless the body itself says it failed.
    return refusedIfSaysSo(std::move(result));
}

void GetQrJob::read(const Result& result)
{
    m_reply = {};
    if (result.ok) {
        m_reply.answer = parseQr(result.json);
        return;
    }
    m_reply.sessionNotStarted = indicatesSessionNotStarted(result);
    const QString text = result.gatewayError.isEmpty() ? gatewayErrorText(result.json) : result.gatewayError;
    m_reply.invalidQrResponse = text.contains(QLatin1String("Invalid QR code response"), Qt::CaseInsensitive);
}

} // namespace gateway
