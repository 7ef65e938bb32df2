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

std::optional<Result> ListChannelsJob::interpretBody(const QByteArray& body, int httpStatus)
{
    // Item by item: a big listing never becomes one JSON document (finding 13).
    auto channels = parseChannelList(body);
    if (!channels)
        return std::nullopt;
    m_channels = std::move(*channels);
    Result result;
    result.ok = true;
    result.httpStatus = httpStatus;
    return result;
}

} // namespace gateway
