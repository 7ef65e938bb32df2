#include "SessionBook.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace sessions {

SessionBook::SessionBook(QObject* parent)
    : QObject(parent)
{}

int SessionBook::indexOf(const QString& id) const
{
    return rowOf(m_sessions, m_order, id, 0);
}

namespace {
// Key order (id, then occurrence), without copying the id.
bool keyLess(const QString& idA, int occurrenceA, const QString& idB, int occurrenceB)
{
    const int byId = QString::compare(idA, idB);
    return byId < 0 || (byId == 0 && occurrenceA < occurrenceB);
}
} // namespace

std::vector<int> SessionBook::keyOrder(const QList<Session>& rows)
{
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&rows](int a, int b) {
        const Session& x = rows.at(a);
        const Session& y = rows.at(b);
        return keyLess(x.id, x.occurrence, y.id, y.occurrence);
    });
    return order;
}

int SessionBook::rowOf(const QList<Session>& rows, const std::vector<int>& order, const QString& id, int occurrence)
{
    const auto it = std::lower_bound(order.cbegin(), order.cend(), 0, [&](int row, int) {
        return keyLess(rows.at(row).id, rows.at(row).occurrence, id, occurrence);
    });
    if (it == order.cend())
        return -1;
    const Session& found = rows.at(*it);
    return found.id == id && found.occurrence == occurrence ? *it : -1;
}

QStringList SessionBook::duplicateIds() const
{
    return duplicateIds(m_sessions);
}

QStringList SessionBook::duplicateIds(const QList<Session>& sessions)
{
    QStringList out;
    for (const Session& s : sessions) {
        if (s.hasDuplicateId() && s.occurrence == 0)
            out << s.id;
    }
    return out;
}

QString SessionBook::duplicateIdNote(const Session& session)
{
    return tr("The gateway lists this id %n times: it is inconsistent. Each row is shown as the gateway sent it.",
              nullptr, session.idCount);
}

const Session* SessionBook::find(const QString& id) const
{
    const int row = indexOf(id);
    return row < 0 ? nullptr : &m_sessions.at(row);
}

SessionBook::Fields SessionBook::diff(const Session& before, const Session& after)
{
    // Every field of a Session is covered here: a row whose diff is empty keeps its old copy.
    Fields f;
    if (before.name != after.name || before.idCount != after.idCount ||
        before.extras.account() != after.extras.account() || before.extras.pushName() != after.extras.pushName())
        f |= NameField;
    if (before.status != after.status || before.rawStatus != after.rawStatus ||
        before.extras.reason() != after.extras.reason() || before.statusSinceUtc != after.statusSinceUtc)
        f |= StatusField;
    if (before.activity != after.activity || before.lastActivityUtc != after.lastActivityUtc ||
        before.silenceSeconds != after.silenceSeconds || before.activitySource != after.activitySource)
        f |= ActivityField;
    if (before.health != after.health || before.healthReason != after.healthReason)
        f |= HealthField;
    return f;
}

void SessionBook::reindex()
{
    m_order = keyOrder(m_sessions);
}

Session SessionBook::withKnownName(Session session)
{
    if (!session.name.isEmpty() && session.name != session.id)
        m_knownNames.insert(session.id, session.name);
    else if (const auto known = m_knownNames.constFind(session.id); known != m_knownNames.cend())
        session.name = *known;
    return session;
}

void SessionBook::numberOccurrences(QList<Session>& sessions)
{
    // Rows in id order (listing order among equal ids): each run of one id numbers its rows. An
    // index array, not a hash of every id: 4 bytes a row for a listing of 200,000 sessions.
    std::vector<int> order(size_t(sessions.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&sessions](int a, int b) { return sessions.at(a).id < sessions.at(b).id; });
    for (size_t first = 0; first < order.size();) {
        size_t end = first + 1;
        while (end < order.size() && sessions.at(order[end]).id == sessions.at(order[first]).id)
            ++end;
        for (size_t i = first; i < end; ++i) {
            Session& s = sessions[order[i]];
            s.occurrence = int(i - first);
            s.idCount = int(end - first);
        }
        first = end;
    }
}

bool SessionBook::sameRows(const QList<Session>& next) const
{
    if (next.size() != m_sessions.size())
        return false;
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (keyOf(next.at(row)) != keyOf(m_sessions.at(row)))
            return false;
    }
    return true;
}

void SessionBook::apply(QList<Session> next)
{
    for (Session& s : next)
        s = withKnownName(std::move(s));

    const bool first = !m_loaded;
    m_loaded = true;

    numberOccurrences(next);

    if (m_sessions.isEmpty()) {
        // Every row is new: no merge, and no second copy of a big listing.
        if (!next.isEmpty()) {
            emit rowsAboutToBeInserted(0, int(next.size()) - 1);
            m_sessions = std::move(next);
            reindex();
            emit rowsInserted();
            if (!first) {
                QList<Transition> changes;
                changes.reserve(m_sessions.size());
                for (const Session& s : std::as_const(m_sessions))
                    changes.append({s.id, false, Status::Unknown, Health::NotConnected, s.status, s.health});
                emit transitions(changes);
            }
        }
        emit applied();
        return;
    }

    if (sameRows(next)) {
        // The same rows in the same order (a gateway that lists in a stable order): updates only,
        // and no index of the listing (a big one would need a second).
        updateRows([&next](int row) { return std::move(next[row]); }, !first);
        return;
    }

    const std::vector<int> nextOrder = keyOrder(next);
    const auto nextRow = [&](const Session& s) { return rowOf(next, nextOrder, s.id, s.occurrence); };

    QList<Transition> changes;

    // 1. Removals, in contiguous runs from the back so row numbers stay valid.
    for (int row = int(m_sessions.size()) - 1; row >= 0;) {
        if (nextRow(m_sessions.at(row)) >= 0) {
            --row;
            continue;
        }
        int firstRow = row;
        while (firstRow - 1 >= 0 && nextRow(m_sessions.at(firstRow - 1)) < 0)
            --firstRow;
        emit rowsAboutToBeRemoved(firstRow, row);
        m_sessions.remove(firstRow, row - firstRow + 1);
        emit rowsRemoved();
        row = firstRow - 1;
    }
    reindex();

    // 2. Updates in place.
    for (int row = 0; row < m_sessions.size(); ++row)
        updateRow(row, next.at(nextRow(m_sessions.at(row))), changes);

    // 3. Insertions at the end, in the listing's order.
    QList<Session> added;
    for (const Session& s : std::as_const(next)) {
        if (rowOf(m_sessions, m_order, s.id, s.occurrence) < 0)
            added.append(s);
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

void SessionBook::updateRow(int row, Session incoming, QList<Transition>& changes)
{
    const Fields fields = diff(m_sessions.at(row), incoming);
    if (!fields)
        return;
    const Session& old = m_sessions.at(row);
    if (old.status != incoming.status || old.health != incoming.health)
        changes.append({old.id, true, old.status, old.health, incoming.status, incoming.health});
    m_sessions[row] = std::move(incoming);
    emit rowChanged(row, fields);
}

void SessionBook::updateRows(const std::function<Session(int row)>& nextAt, bool announce)
{
    QList<Transition> changes;
    for (int row = 0; row < m_sessions.size(); ++row)
        updateRow(row, nextAt(row), changes);
    if (announce && !changes.isEmpty())
        emit transitions(changes);
    emit applied();
}

void SessionBook::reevaluate(const std::function<Session(int row)>& evaluate)
{
    updateRows(
        [&](int row) {
            Session next = withKnownName(evaluate(row));
            next.occurrence = m_sessions.at(row).occurrence; // the same rows: the same numbering
            next.idCount = m_sessions.at(row).idCount;
            return next;
        },
        true);
}

void SessionBook::update(const Session& changed)
{
    const int row = indexOf(changed.id);
    if (row < 0)
        return;
    Session next = withKnownName(changed);
    next.occurrence = m_sessions.at(row).occurrence; // the listing's word, not the caller's
    next.idCount = m_sessions.at(row).idCount;
    const Fields fields = diff(m_sessions.at(row), next);
    if (!fields)
        return;
    const Session old = m_sessions.at(row);
    m_sessions[row] = next;
    emit rowChanged(row, fields);
    if (old.status != next.status || old.health != next.health)
        emit transitions({{next.id, true, old.status, old.health, next.status, next.health}});
}

void SessionBook::clear()
{
    if (m_sessions.isEmpty()) {
        m_loaded = false;
        return;
    }
    emit rowsAboutToBeRemoved(0, int(m_sessions.size()) - 1);
    m_sessions.clear();
    m_order = {};
    emit rowsRemoved();
    m_loaded = false;
}

} // namespace sessions
