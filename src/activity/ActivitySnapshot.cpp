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

ChannelKnowledge ActivitySnapshot::lookup(const QString& sessionId) const
{
    ChannelKnowledge out;
    if (state != State::Ok)
        return out;
    if (const auto found = find(sessionId); found && found->ageSeconds >= 0) {
        out.kind = ChannelKnowledge::Kind::Found;
        out.activity = *found;
    } else if (wholeHistory) {
        out.kind = ChannelKnowledge::Kind::NoneRecorded;
    } else {
        out.kind = ChannelKnowledge::Kind::SilentAtLeast;
        out.silentSeconds = std::max<qint64>(0, coveredSeconds);
    }
    return out;
}

void registerActivityMetaTypes()
{
    qRegisterMetaType<activity::ActivitySnapshot>();
}

} // namespace activity
