#include "ListChannelsJob.h"

#include "gateway/JobHelpers.h"
#include "gateway/Parsers.h"

namespace gateway {

Result ListChannelsJob::interpret(Result result) const
{
    if (parseChannelList(result.json))
        return result;
    return failWithBody(std::move(result), tr("The gateway answered without a session list. Check the gateway URL "
                                              "in Settings and the gateway's version."));
}

} // namespace gateway
