#include "activity/ActivitySnapshot.h"

#include "activity/ChannelId.h"

namespace activity {

std::optional<ChannelActivity> ActivitySnapshot::find(const QString& sessionId) const
{
    const auto it = channels.constFind(normaliseChannelId(sessionId));
    if (it == channels.constEnd())
        return std::nullopt;
    return *it;
}

void registerActivityMetaTypes()
{
    qRegisterMetaType<activity::ActivitySnapshot>();
}

} // namespace activity
