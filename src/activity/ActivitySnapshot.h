#pragma once

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

#include "activity/ChannelId.h"

#include <optional>

namespace activity {

struct ChannelActivity
{
    QDateTime lastAtUtc;    // the instant of the channel's newest activity row, in UTC
    qint64 ageSeconds = -1; // measured on the database's clock, never the desktop's
};

// One answer of ActivityIndex: a value type, copied across threads.
struct ActivitySnapshot
{
    enum class State
    {
        NotConfigured, // no activity database set up
        Ok,
        Unavailable, // configured but failing: see reason
    };

    State state = State::NotConfigured;
    QString reason;                           // translated and actionable when not Ok; never the password
    QHash<QString, ChannelActivity> channels; // key: normalised channel id
    QDateTime dbNowUtc;                       // the database's clock when the snapshot was taken
    qint64 rowsScanned = 0;                   // table rows read by this refresh (only the new ones)
    qint64 elapsedMs = 0;                     // database work of this refresh

    // The activity of a session: the channel with exactly its id, else the one spelt differently
    // ("Pixel12 Digital" for pixel12digital) unless that spelling is another session's exact id
    // (isSession: see idNamesSession).
    std::optional<ChannelActivity> find(const QString& sessionId, const IsSession& isSession = {}) const;
};

// Registers the types that cross threads in queued connections. Idempotent.
void registerActivityMetaTypes();

} // namespace activity

Q_DECLARE_METATYPE(activity::ActivitySnapshot)
