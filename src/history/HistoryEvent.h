#pragma once

#include "sessions/Session.h"
#include "sessions/Status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace history {

// One record of the history: a status change the app saw, or an operator's action.
struct Event
{
    enum class Kind
    {
        Status,
        Action,
    };

    QString id;      // unique (a UUID): delivering a record twice to the team database stores it once
    qint64 atMs = 0; // milliseconds since the epoch, UTC, by the history database's clock
    QString gateway; // the gateway profile's name
    QString session;
    Kind kind = Kind::Status;

    // A status change. `from` is empty the first time a session is seen.
    std::optional<sessions::Status> from;
    bool fromZombie = false;
    sessions::Status to = sessions::Status::Unknown;
    bool toZombie = false;
    QString gatewayStatus; // the gateway's raw word

    // An operator action: one of actionNames(), who did it (OS user@host) and "ok" or the failure.
    QString action;
    QString actor;
    QString result;

    bool isStatus() const { return kind == Kind::Status; }
    bool ok() const { return result == okResult(); }
    QDateTime at() const { return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC); }

    static QString okResult() { return QStringLiteral("ok"); }
    static QString newId();

    // The design's `history --json` element.
    QJsonObject toJson() const;

    bool operator==(const Event&) const = default;
};

// The actions the history knows (design.md, "Command line"): create, reconnect, restart, logout,
// delete, threshold, settings.
const QStringList& actionNames();
bool isActionName(const QString& name);

// Who acts from this process: the OS user and the host ("ana@desk-3").
QString currentActor();

// ISO 8601 UTC with a trailing Z and whole seconds: what the JSON output carries.
QString isoUtc(qint64 msSinceEpoch);

// What one refresh saw of a gateway: the input of HistoryDb::observe(), the listing's sessions as
// the runtime holds them (their id, status, zombie verdict and the gateway's word). The very list,
// shared: a listing of 200,000 sessions is not copied to be recorded (unless the runtime changes
// its list while the write runs).
using Observations = QList<sessions::Session>;

// The last status seen of a session, and since when (by the history database's clock).
// The gateway's word goes to the table with each change but is not kept here: nothing reads it
// back, and a gateway of 200,000 sessions holds one of these for each.
struct SessionState
{
    sessions::Status status = sessions::Status::Unknown;
    bool zombie = false;
    bool seen = true;          // false: acted on (created), never seen by a refresh yet
    qint64 sinceMs = -1;       // when the status last changed; -1: it was never seen changing
    qint64 linkedMs = -1;      // the last successful create or reconnect; -1: none
    qint64 zombieSinceMs = -1; // when `zombie` last changed; -1: never seen changing

    // When the current status began, as far as the history knows: for a connected session also
    // its last link (a relink that the refreshes never saw as a disconnection). -1: unknown.
    qint64 statusSinceMs() const;
};

using SessionStates = QHash<QString, SessionState>; // by session id

// How long a session that a refresh now sees `status` has been connected, from its last state
// in the history (nullptr: none) and "now" by the history database's clock. nullopt when not
// connected, or not known (the history never saw it connect). A session the last refresh saw
// in another status connected just now: 0.
std::optional<qint64> connectedForMs(const SessionState* last, sessions::Status status, qint64 nowMs);

} // namespace history

Q_DECLARE_METATYPE(history::Event)
Q_DECLARE_METATYPE(history::SessionStates)
