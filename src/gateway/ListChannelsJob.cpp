#include "ListChannelsJob.h"

#include "gateway/JobHelpers.h"

namespace gateway {

Result ListChannelsJob::interpret(Result result) const
{
    if (auto channels = parseChannelList(result.json)) {
        m_channels = std::move(*channels);
        return result;
    }
    return failWithBody(std::move(result), tr("The gateway answered without a session list. Check the gateway URL "
                                              "in Settings and the gateway's version."));
}

} // namespace gateway
