#include "DeleteChannelJob.h"

#include "gateway/JobHelpers.h"
#include "gateway/Parsers.h"

namespace gateway {

Result DeleteChannelJob::interpret(Result result) const
{
    return refusedUnlessDone(std::move(result));
}

} // namespace gateway
