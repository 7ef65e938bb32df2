#include "CreateChannelJob.h"

#include "gateway/JobHelpers.h"
#include "gateway/Parsers.h"

namespace gateway {

Result CreateChannelJob::interpret(Result result) const
{
    return refusedIfSaysSo(std::move(result));
}

} // namespace gateway
