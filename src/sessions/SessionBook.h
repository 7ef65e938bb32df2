#pragma once

#include "sessions/Session.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace sessions {

// The current snapshot of sessions, in a stable order. apply() merges a new listing into it and
// announces exactly what changed, so views can insert, remove and update rows instead of resetting.
// New sessions are appended; removed ones are taken out; the others keep their row.
// A row is keyed by its id and its occurrence: an id the gateway lists twice is an inconsistency
// of the gateway, and both rows stay (flagged, Session::hasDuplicateId), never collapsed to one.
// It remembers each session's display name for as long as it lives: a gateway creates a session
// with its id as name, so a session deleted and created again (relinked) keeps the name it had.
class SessionBook : public QObject
{
    Q_OBJECT

public:
    // Which parts of a row changed, for role-scoped dataChanged.
    enum Field
    {
        NameField = 0x1, // also the account (phone number and push name)
        StatusField = 0x2,
        ActivityField = 0x4,
        HealthField = 0x8,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    // A health transition, for notifications: old and new value of one session.
    struct Transition
    {
        QString id;
        bool wasKnown = false; // false: the session is new in this snapshot
        Status oldStatus = Status::Unknown;
        Health oldHealth = Health::NotConnected;
        Status newStatus = Status::Unknown;
        Health newHealth = Health::NotConnected;
    };

    explicit SessionBook(QObject* parent = nullptr);

    const QList<Session>& sessions() const { return m_sessions; }
    int size() const { return int(m_sessions.size()); }
    const Session& at(int row) const { return m_sessions.at(row); }
    // The first row with this id.
    int indexOf(const QString& id) const;
    const Session* find(const QString& id) const;
    // The ids listed more than once by the last listing, in listing order.
    QStringList duplicateIds() const;
    // Why a flagged row is there (translated): the gateway lists its id more than once.
    static QString duplicateIdNote(const Session& session);
    // The ids that rows of `sessions` repeat, each once, in listing order.
    static QStringList duplicateIds(const QList<Session>& sessions);
    bool isLoaded() const { return m_loaded; }

    // Merges `next` (order matters only for new sessions) and emits the row signals below. Sets
    // each session's occurrence and idCount.
    void apply(QList<Session> next);
    // The same rows again, each re-evaluated in place: evaluate(row) gives the new value of the
    // row (same id, in the book's order). Signals as apply() does, without a second list of every
    // session (the re-evaluations of a listing of 200,000 sessions for new activity).
    void reevaluate(const std::function<Session(int row)>& evaluate);
    // Updates one session in place (e.g. after a reconnect), if it is in the book: the first row
    // with its id.
    void update(const Session& session);
    void clear();

signals:
    void rowsAboutToBeInserted(int first, int last);
    void rowsInserted();
    void rowsAboutToBeRemoved(int first, int last);
    void rowsRemoved();
    void rowChanged(int row, sessions::SessionBook::Fields fields);
    // After a non-first apply: the sessions whose status or health changed (or that appeared).
    void transitions(const QList<sessions::SessionBook::Transition>& changes);
    void applied();

private:
    using Key = std::pair<QString, int>; // id, occurrence
    static Key keyOf(const Session& s) { return {s.id, s.occurrence}; }
    static Fields diff(const Session& before, const Session& after);
    // Sets each row's occurrence (rows with its id before it) and idCount.
    static void numberOccurrences(QList<Session>& sessions);
    // `next` has the rows of the book, in its order.
    bool sameRows(const QList<Session>& next) const;
    // Replaces each row by nextAt(row) where it differs, with the row signals; announce: emit
    // the transitions too.
    void updateRows(const std::function<Session(int row)>& nextAt, bool announce);
    // Replaces one row by `incoming` where it differs, with rowChanged; notes a transition.
    void updateRow(int row, Session incoming, QList<Transition>& changes);
    // The rows of `rows` ordered by key (id, then occurrence): an index of 4 bytes a row, where a
    // hash of the keys took 54 (12 MB for a listing of 215,000 sessions).
    static std::vector<int> keyOrder(const QList<Session>& rows);
    // The row of `rows` with this key, by binary search in its keyOrder(); -1 when none.
    static int rowOf(const QList<Session>& rows, const std::vector<int>& order, const QString& id, int occurrence);
    void reindex();
    // `session` with the name it had before, when the gateway now only gives its id as name.
    Session withKnownName(Session session);

    QList<Session> m_sessions;
    std::vector<int> m_order;             // keyOrder(m_sessions)
    QHash<QString, QString> m_knownNames; // id -> last display name other than the id
    bool m_loaded = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SessionBook::Fields)

} // namespace sessions
