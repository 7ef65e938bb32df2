#include "activity/ActivitySnapshot.h"

#include "activity/ChannelId.h"

namespace activity {

std::optional<ChannelActivity> ActivitySnapshot::find(const QString& sessionId, const IsSession& isSession) const
{
    if (const auto exact = channels.constFind(sessionId); exact != channels.constEnd())
        return *exact;
    // The reader files channels under their normalised spelling (ChannelId.h).
    const QString key = normaliseChannelId(sessionId);
    const auto it = channels.constFind(key);
    if (it == channels.constEnd() || !idNamesSession(key, sessionId, isSession))
        return std::nullopt;
    return *it;
}

void registerActivityMetaTypes()
{
    qRegisterMetaType<activity::ActivitySnapshot>();
}

} // namespace activity
