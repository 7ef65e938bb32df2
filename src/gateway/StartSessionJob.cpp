#include "StartSessionJob.h"

#include "gateway/JobHelpers.h"

namespace gateway {

Result StartSessionJob::interpret(Result result) const
{
    return refusedIfSaysSo(std::move(result));
}

void StartSessionJob::read(const Result& result)
{
    m_unsupported =
        result.kind == ErrorKind::RouteNotFound || result.kind == ErrorKind::NotFound || result.kind == ErrorKind::Http;
}

} // namespace gateway
