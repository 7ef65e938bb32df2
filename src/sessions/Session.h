#pragma once

#include "sessions/Health.h"
#include "sessions/Status.h"

#include <QDateTime>
#include <QJsonObject>
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
    Status status = Status::Unknown;
    QString rawStatus;
    QJsonObject raw;  // the gateway's item, for "show"
    QString reason;   // the vendor's reason when it changes what to do (translated), or empty
    QString account;  // the linked phone number, digits, when the gateway or the activity rows give it
    QString pushName; // the WhatsApp profile name, when known

    ActivityState activity = ActivityState::Unknown;
    QDateTime lastActivityUtc;
    qint64 silenceSeconds = -1; // Known: exact; SilentAtLeast: a lower bound
    ActivitySource activitySource = ActivitySource::None;

    Health health = Health::NotConnected;
    QString healthReason; // translated: why it is (not) healthy

    // A gateway that lists one id more than once is inconsistent: every row is kept and shown,
    // flagged (SessionBook sets these). occurrence: 0 for the first row with this id, 1 for the
    // next, ...; idCount: how many rows of the listing carry this id.
    int occurrence = 0;
    int idCount = 1;
    // Since when the session is in its status (for a zombie: since when it is one), from the
    // history; invalid when the history never saw it change.
    QDateTime statusSinceUtc;

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
