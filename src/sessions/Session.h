#pragma once

#include "gateway/Types.h"
#include "sessions/Health.h"
#include "sessions/Status.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace sessions {

// How much we know about a session's last activity (from webhook_raw_logs).
enum class ActivityState
{
    Unknown, // no activity database, or it is unreachable: see the book's activity reason
    None,    // the database answered, and nothing was ever recorded for this session
    Known,   // lastActivityUtc and silenceSeconds are set
    // Not among the newest rows read so far: silent for at least silenceSeconds (the rows read
    // reach that far back); the exact last activity is older and not known yet.
    SilentAtLeast,
};

// Where a session's activity comes from.
enum class ActivitySource
{
    None,     // nothing known (see ActivityState::Unknown)
    Database, // the team's activity database (webhook_raw_logs)
    Gateway,  // the gateway itself, asked for its last inbound message (no database, or it does not know the session)
};

// One session as the app shows it: the gateway's word, normalised, plus activity and health.
struct Session
{
    QString id;
    QString name;
    QString rawStatus;
    // The vendor's reason when it changes what to do (translated), the linked phone number
    // (digits, from the gateway or the activity rows) and the WhatsApp profile name, when known.
    gateway::ChannelExtras extras;
    QString healthReason; // translated: why it is (not) healthy

    QDateTime lastActivityUtc;
    qint64 silenceSeconds = -1; // Known: exact; SilentAtLeast: a lower bound
    // Since when the session is in its status (for a zombie: since when it is one), from the
    // history; invalid when the history never saw it change.
    QDateTime statusSinceUtc;

    // The small fields together (a listing of 200,000 sessions pays no padding between them).
    Status status = Status::Unknown;
    ActivityState activity = ActivityState::Unknown;
    ActivitySource activitySource = ActivitySource::None;
    Health health = Health::NotConnected;
    // A gateway that lists one id more than once is inconsistent: every row is kept and shown,
    // flagged (SessionBook sets these). occurrence: 0 for the first row with this id, 1 for the
    // next, ...; idCount: how many rows of the listing carry this id.
    int occurrence = 0;
    int idCount = 1;

    bool isZombie() const { return health == Health::Zombie; }
    bool isHealthy() const
    {
        return health == Health::Healthy || health == Health::NoActivity || health == Health::ActivityUnknown;
    }
    bool hasDuplicateId() const { return idCount > 1; }
    bool operator==(const Session&) const = default;
};

} // namespace sessions

Q_DECLARE_METATYPE(sessions::Session)
