#include "health/ZombiePolicy.h"

#include "activity/ChannelId.h"

#include <optional>

namespace health {

using namespace std::chrono_literals;

ZombiePolicy::ZombiePolicy()
    : m_threshold(4h)
{}

void ZombiePolicy::setThreshold(std::chrono::seconds threshold)
{
    m_threshold = std::max(threshold, 1s);
}

std::chrono::seconds ZombiePolicy::threshold() const
{
    return m_threshold;
}

void ZombiePolicy::setOverride(const QString& sessionId, std::chrono::seconds threshold)
{
    m_overrides.insert(sessionId, std::max(threshold, 1s));
}

void ZombiePolicy::clearOverride(const QString& sessionId)
{
    m_overrides.remove(sessionId);
}

void ZombiePolicy::setSessionIds(QSet<QString> ids)
{
    m_sessionIds = std::move(ids);
}

bool ZombiePolicy::mayAskAbout(const QString& id, const activity::ActivitySnapshot& activity) const
{
    return m_overrides.contains(id) || activity.channels.contains(id);
}

activity::IsSession ZombiePolicy::isSession() const
{
    if (m_sessionIds.isEmpty())
        return {};
    return [this](const QString& id) { return m_sessionIds.contains(id); };
}

std::chrono::seconds ZombiePolicy::thresholdFor(const QString& sessionId) const
{
    if (const auto exact = m_overrides.constFind(sessionId); exact != m_overrides.constEnd())
        return *exact;
    const activity::IsSession known = isSession();
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it) {
        if (activity::idNamesSession(it.key(), sessionId, known))
            return *it;
    }
    return m_threshold;
}

std::optional<activity::ChannelActivity> ZombiePolicy::activityOf(const QString& sessionId,
                                                                  const activity::ActivitySnapshot& activity) const
{
    return activity.find(sessionId, isSession());
}

std::chrono::seconds ZombiePolicy::largestThreshold() const
{
    std::chrono::seconds largest = m_threshold;
    for (const std::chrono::seconds threshold : m_overrides)
        largest = std::max(largest, threshold);
    return largest;
}

void ZombiePolicy::setNoActivityIsZombie(bool zombie)
{
    m_noActivityIsZombie = zombie;
}

bool ZombiePolicy::noActivityIsZombie() const
{
    return m_noActivityIsZombie;
}

Verdict ZombiePolicy::evaluate(const QString& sessionId, sessions::Status status,
                               const activity::ActivitySnapshot& activity,
                               std::optional<std::chrono::seconds> connectedFor) const
{
    Verdict verdict = evaluateSilence(sessionId, status, activity);
    const std::chrono::seconds limit = thresholdFor(sessionId);
    if (verdict.health == Health::Zombie && connectedFor && *connectedFor < limit)
        return {Health::Healthy, tr("connected %1 ago; its last message is older (threshold %2)")
                                     .arg(formatDuration(*connectedFor), formatDuration(limit))};
    return verdict;
}

Verdict ZombiePolicy::evaluateSilence(const QString& sessionId, sessions::Status status,
                                      const activity::ActivitySnapshot& activity) const
{
    using State = activity::ActivitySnapshot::State;
    if (status != sessions::Status::Connected)
        return {Health::NotConnected, tr("not connected")};
    if (activity.state != State::Ok) {
        const QString why = activity.reason.isEmpty() ? tr("activity database not configured") : activity.reason;
        return {Health::ActivityUnknown, tr("last activity unknown: %1").arg(why)};
    }
    const std::chrono::seconds limit = thresholdFor(sessionId);
    const activity::ChannelKnowledge known = activity.lookup(sessionId);
    using Kind = activity::ChannelKnowledge::Kind;
    if (known.kind == Kind::SilentAtLeast) {
        // Not among the rows read, which reach `silent` back: silent at least that long.
        const std::chrono::seconds silent(known.silentSeconds);
        if (silent > limit)
            return {Health::Zombie,
                    tr("silent for more than %1 (threshold %2)").arg(formatDuration(silent), formatDuration(limit))};
        return {Health::ActivityUnknown, tr("silent for at least %1; older history is still being read (threshold %2)")
                                             .arg(formatDuration(silent), formatDuration(limit))};
    }
    if (known.kind != Kind::Found) {
        if (m_noActivityIsZombie)
            return {Health::Zombie, tr("no activity recorded (counted as a zombie by the settings)")};
        return {Health::NoActivity, tr("no activity recorded")};
    }
    const std::chrono::seconds age(known.activity.ageSeconds);
    if (age > limit)
        return {Health::Zombie, tr("silent for %1 (threshold %2)").arg(formatDuration(age), formatDuration(limit))};
    return {Health::Healthy, tr("last activity %1 ago (threshold %2)").arg(formatDuration(age), formatDuration(limit))};
}

QString ZombiePolicy::formatDuration(std::chrono::seconds duration)
{
    const qint64 total = std::max<qint64>(0, duration.count());
    const qint64 days = total / 86400;
    const qint64 hours = (total % 86400) / 3600;
    const qint64 minutes = (total % 3600) / 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes) : tr("%1 h").arg(hours);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(total);
}

} // namespace health
