#include "StartSessionJob.h"

#include "gateway/JobHelpers.h"
#include "gateway/Parsers.h"

namespace gateway {

Result StartSessionJob::interpret(Result result) const
{
    return refusedIfSaysSo(std::move(result));
}

} // namespace gateway
