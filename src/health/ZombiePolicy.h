#pragma once

#include "activity/ActivitySnapshot.h"
#include "health/Health.h"
#include "sessions/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <chrono>
#include <optional>

namespace health {

// When a session that says "connected" has gone silent. One policy for the GUI, the CLI and the
// healthcheck, so they can no longer disagree (gateway-contract.md 5.1).
class ZombiePolicy
{
    Q_DECLARE_TR_FUNCTIONS(ZombiePolicy)

public:
    ZombiePolicy(); // 4 h, a session without any activity is not a zombie

    void setThreshold(std::chrono::seconds threshold);
    std::chrono::seconds threshold() const;
    // Per-session threshold (a low-traffic channel may be quiet for days), kept under the id as
    // given; it applies to a session spelt differently (case, spaces) only when no session has
    // that id exactly (activity::idNamesSession).
    void setOverride(const QString& sessionId, std::chrono::seconds threshold);
    void clearOverride(const QString& sessionId);
    std::chrono::seconds thresholdFor(const QString& sessionId) const;
    // The global threshold or the largest override, whichever is longer: how far back the
    // activity rows must reach for every verdict to be settled.
    std::chrono::seconds largestThreshold() const;

    // The gateway's session ids of this evaluation, for the rule above and the activity lookup.
    void setSessionIds(QSet<QString> ids);
    // Whether the rule above may ask about `id`: only for the ids an override or the snapshot's
    // activity is filed under, so setSessionIds() needs no other (a listing of 200,000 sessions
    // does not become a set of 200,000 ids).
    bool mayAskAbout(const QString& id, const activity::ActivitySnapshot& activity) const;
    // The activity of a session in a snapshot, by the same rule.
    std::optional<activity::ChannelActivity> activityOf(const QString& sessionId,
                                                        const activity::ActivitySnapshot& activity) const;

    void setNoActivityIsZombie(bool zombie);
    bool noActivityIsZombie() const;

    // connectedFor: how long the session has been connected, from the history (nullopt: not
    // known). A session connected for less than its threshold is not a zombie, whatever its last
    // message: a relinked session is given the threshold to receive one.
    Verdict evaluate(const QString& sessionId, sessions::Status status, const activity::ActivitySnapshot& activity,
                     std::optional<std::chrono::seconds> connectedFor = std::nullopt) const;

    // "5 h 12 min", "3 d 4 h", "40 s": the duration wording of the verdicts.
    static QString formatDuration(std::chrono::seconds duration);

private:
    activity::IsSession isSession() const;
    Verdict evaluateSilence(const QString& sessionId, sessions::Status status,
                            const activity::ActivitySnapshot& activity) const;

    std::chrono::seconds m_threshold;
    QHash<QString, std::chrono::seconds> m_overrides; // by id as given
    QSet<QString> m_sessionIds;
    bool m_noActivityIsZombie = false;
};

} // namespace health
