#include "SessionBook.h"

#include <QSet>

namespace sessions {

SessionBook::SessionBook(QObject* parent)
    : QObject(parent)
{}

int SessionBook::indexOf(const QString& id) const
{
    return m_rowOf.value(id, -1);
}

const Session* SessionBook::find(const QString& id) const
{
    const int row = indexOf(id);
    return row < 0 ? nullptr : &m_sessions.at(row);
}

SessionBook::Fields SessionBook::diff(const Session& before, const Session& after)
{
    Fields f;
    if (before.name != after.name)
        f |= NameField;
    if (before.status != after.status || before.rawStatus != after.rawStatus || before.raw != after.raw)
        f |= StatusField;
    if (before.activity != after.activity || before.lastActivityUtc != after.lastActivityUtc ||
        before.silenceSeconds != after.silenceSeconds)
        f |= ActivityField;
    if (before.health != after.health || before.healthReason != after.healthReason)
        f |= HealthField;
    return f;
}

void SessionBook::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_sessions.size());
    for (int i = 0; i < m_sessions.size(); ++i)
        m_rowOf.insert(m_sessions.at(i).id, i);
}

Session SessionBook::withKnownName(Session session)
{
    if (!session.name.isEmpty() && session.name != session.id)
        m_knownNames.insert(session.id, session.name);
    else if (const auto known = m_knownNames.constFind(session.id); known != m_knownNames.cend())
        session.name = *known;
    return session;
}

void SessionBook::apply(const QList<Session>& listing)
{
    QList<Session> next;
    next.reserve(listing.size());
    for (const Session& s : listing)
        next.append(withKnownName(s));

    const bool first = !m_loaded;
    m_loaded = true;

    QHash<QString, int> nextIndex;
    nextIndex.reserve(next.size());
    for (int i = 0; i < next.size(); ++i)
        nextIndex.insert(next.at(i).id, i); // a duplicated id: the last one wins

    QList<Transition> changes;

    // 1. Removals, in contiguous runs from the back so row numbers stay valid.
    for (int row = int(m_sessions.size()) - 1; row >= 0;) {
        if (nextIndex.contains(m_sessions.at(row).id)) {
            --row;
            continue;
        }
        int firstRow = row;
        while (firstRow - 1 >= 0 && !nextIndex.contains(m_sessions.at(firstRow - 1).id))
            --firstRow;
        emit rowsAboutToBeRemoved(firstRow, row);
        m_sessions.remove(firstRow, row - firstRow + 1);
        emit rowsRemoved();
        row = firstRow - 1;
    }
    reindex();

    // 2. Updates in place.
    for (int row = 0; row < m_sessions.size(); ++row) {
        const Session& incoming = next.at(nextIndex.value(m_sessions.at(row).id));
        const Fields fields = diff(m_sessions.at(row), incoming);
        if (!fields)
            continue;
        const Session& old = m_sessions.at(row);
        if (old.status != incoming.status || old.health != incoming.health)
            changes.append({old.id, true, old.status, old.health, incoming.status, incoming.health});
        m_sessions[row] = incoming;
        emit rowChanged(row, fields);
    }

    // 3. Insertions at the end, in the listing's order.
    QList<Session> added;
    QSet<QString> seen;
    for (const Session& s : next) {
        if (!m_rowOf.contains(s.id) && !seen.contains(s.id)) {
            seen.insert(s.id);
            added.append(next.at(nextIndex.value(s.id)));
        }
    }
    if (!added.isEmpty()) {
        const int firstRow = int(m_sessions.size());
        emit rowsAboutToBeInserted(firstRow, firstRow + int(added.size()) - 1);
        m_sessions.append(added);
        reindex();
        emit rowsInserted();
        if (!first) {
            for (const Session& s : added)
                changes.append({s.id, false, Status::Unknown, Health::NotConnected, s.status, s.health});
        }
    }

    if (!first && !changes.isEmpty())
        emit transitions(changes);
    emit applied();
}

void SessionBook::update(const Session& changed)
{
    const int row = indexOf(changed.id);
    if (row < 0)
        return;
    const Session session = withKnownName(changed);
    const Fields fields = diff(m_sessions.at(row), session);
    if (!fields)
        return;
    const Session old = m_sessions.at(row);
    m_sessions[row] = session;
    emit rowChanged(row, fields);
    if (old.status != session.status || old.health != session.health)
        emit transitions({{session.id, true, old.status, old.health, session.status, session.health}});
}

void SessionBook::clear()
{
    if (m_sessions.isEmpty()) {
        m_loaded = false;
        return;
    }
    emit rowsAboutToBeRemoved(0, int(m_sessions.size()) - 1);
    m_sessions.clear();
    m_rowOf.clear();
    emit rowsRemoved();
    m_loaded = false;
}

} // namespace sessions
