#include "CreateChannelJob.h"

#include "gateway/JobHelpers.h"
#include "gateway/ResponseClassifier.h"

namespace gateway {

Result CreateChannelJob::interpret(Result result) const
{
    return refusedIfSaysSo(std::move(result));
}

void CreateChannelJob::read(const Result& result)
{
    const QString text = result.gatewayError.isEmpty() ? gatewayErrorText(result.json) : result.gatewayError;
    m_alreadyExists = !result.ok && (result.kind == ErrorKind::Conflict ||
                                     text.contains(QLatin1String("already exist"), Qt::CaseInsensitive));
}

} // namespace gateway
