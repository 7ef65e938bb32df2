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
