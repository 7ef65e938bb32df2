#include "GetChannelJob.h"

#include "gateway/JobHelpers.h"
#include "gateway/Parsers.h"

namespace gateway {

Result GetChannelJob::interpret(Result result) const
{
    if (parseChannel(result.json, m_id))
        return result;
    return failWithBody(std::move(result), tr("The gateway answered without the session's status."));
}

} // namespace gateway
