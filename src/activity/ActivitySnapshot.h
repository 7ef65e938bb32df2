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
    QString account;        // the linked number (digits) from the `to` of its newest inbound rows, or empty
};

// What a snapshot knows about one channel (ActivitySnapshot::lookup).
struct ChannelKnowledge
{
    enum class Kind
    {
        Unknown,       // the snapshot is not Ok
        Found,         // activity holds its exact last activity
        SilentAtLeast, // not among the rows read, which reach silentSeconds back: silent at least that long
        NoneRecorded,  // the whole table was read: nothing at all for this channel
    };
    Kind kind = Kind::Unknown;
    ChannelActivity activity; // Found
    qint64 silentSeconds = 0; // SilentAtLeast
};

// One answer of ActivityIndex: a value type, copied across threads.
//
// Rows are read newest first, so a snapshot may cover only the recent end of the table: every
// channel in `channels` has its exact last activity; a channel not in it has been silent for at
// least `coveredSeconds` (the rows read reach that far back), or, when `wholeHistory`, has no
// activity at all.
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
    bool wholeHistory = true;                 // every row of the table has been read (else: coveredSeconds)
    qint64 coveredSeconds = 0;                // the rows read reach this far back from dbNowUtc
    bool partial = false;                     // an intermediate answer: more chunks of this refresh follow
    qint64 rowsScanned = 0;                   // table rows read by this refresh (only the new ones)
    qint64 elapsedMs = 0;                     // database work of this refresh

    // The activity of a session: the channel with exactly its id, else the one spelt differently
    // ("Pixel12 Digital" for pixel12digital) unless that spelling is another session's exact id
    // (isSession: see idNamesSession).
    std::optional<ChannelActivity> find(const QString& sessionId, const IsSession& isSession = {}) const;
    // Everything the snapshot says about a session: found, silent for at least, none, unknown.
    ChannelKnowledge lookup(const QString& sessionId) const;
    // Why the activity is unknown when a configured database failed (translated); empty when the
    // activity is known or simply not configured.
    QString problem() const { return state == State::Unavailable ? reason : QString(); }
};

// Registers the types that cross threads in queued connections. Idempotent.
void registerActivityMetaTypes();

} // namespace activity

Q_DECLARE_METATYPE(activity::ActivitySnapshot)
