#include "GetChannelJob.h"

#include "gateway/JobHelpers.h"

namespace gateway {

Result GetChannelJob::interpret(Result result) const
{
    if (parseChannel(result.json, m_id))
        return result;
    return failWithBody(std::move(result), tr("The gateway answered without the session's status."));
}

void GetChannelJob::read(const Result& result)
{
    m_channel = result.ok ? parseChannel(result.json, m_id) : std::nullopt;
}

} // namespace gateway
