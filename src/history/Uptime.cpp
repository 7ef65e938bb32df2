#include "history/Uptime.h"

#include <algorithm>

namespace history {

using sessions::Status;

QList<Segment> timeline(QList<Event> events, const std::optional<SessionState>& current, qint64 fromMs, qint64 toMs)
{
    QList<Segment> out;
    if (toMs <= fromMs)
        return out;
    events.removeIf([](const Event& e) { return !e.isStatus(); });
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.atMs < b.atMs; });

    struct State
    {
        Status status;
        bool zombie;
    };
    std::optional<State> state;
    qint64 start = fromMs;
    const auto close = [&](qint64 end) {
        if (!state || end <= start)
            return;
        if (!out.isEmpty() && out.last().endMs == start && out.last().status == state->status &&
            out.last().zombie == state->zombie)
            out.last().endMs = end;
        else
            out << Segment{start, end, state->status, state->zombie};
    };

    bool first = true;
    for (const Event& e : events) {
        const qint64 at = std::clamp(e.atMs, fromMs, toMs);
        if (first) {
            first = false;
            if (e.from && e.atMs > fromMs)
                state = State{*e.from, e.fromZombie};
        }
        close(at);
        state = State{e.to, e.toZombie};
        start = at;
    }
    if (first && current && current->seen) {
        // Nothing changed in the window: the last state held all along (from its start, if known).
        state = State{current->status, current->zombie};
        start = std::clamp(std::max(current->sinceMs, fromMs), fromMs, toMs);
    }
    close(toMs);
    return out;
}

Uptime uptimeOf(const QList<Segment>& segments)
{
    Uptime u;
    for (const Segment& s : segments) {
        const qint64 length = s.endMs - s.startMs;
        u.knownMs += length;
        if (s.isUp())
            u.upMs += length;
    }
    return u;
}

Uptimes uptimes(const QList<Event>& weekOfEvents, const SessionStates& states, qint64 nowMs)
{
    constexpr qint64 Day = 24LL * 3600 * 1000;
    QHash<QString, QList<Event>> bySession;
    for (const Event& e : weekOfEvents) {
        if (e.isStatus())
            bySession[e.session] << e;
    }
    Uptimes out;
    const auto add = [&](const QString& session, const QList<Event>& events) {
        const auto it = states.constFind(session);
        const std::optional<SessionState> current =
            it != states.constEnd() ? std::optional<SessionState>(*it) : std::nullopt;
        UptimePair pair;
        pair.week = uptimeOf(timeline(events, current, nowMs - 7 * Day, nowMs));
        QList<Event> lastDay = events;
        // The state at the start of the day: the change before it, as a change from that state.
        std::optional<Event> before;
        lastDay.removeIf([&](const Event& e) {
            if (e.atMs >= nowMs - Day)
                return false;
            if (!before || e.atMs >= before->atMs)
                before = e;
            return true;
        });
        if (before && (lastDay.isEmpty() || !lastDay.first().from)) {
            Event held = *before;
            held.atMs = nowMs - Day;
            lastDay.prepend(held);
        }
        pair.day = uptimeOf(timeline(lastDay, current, nowMs - Day, nowMs));
        out.insert(session, pair);
    };
    for (auto it = bySession.begin(); it != bySession.end(); ++it)
        add(it.key(), it.value());
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        if (!bySession.contains(it.key()))
            add(it.key(), {});
    }
    return out;
}

std::optional<double> dayUptimeOf(const Uptimes& uptimes, const QStringList& sessions)
{
    Uptime sum;
    for (const QString& s : sessions) {
        const Uptime day = uptimes.value(s).day;
        sum.knownMs += day.knownMs;
        sum.upMs += day.upMs;
    }
    if (!sum.isKnown())
        return std::nullopt;
    return sum.percent();
}

QList<qint64> drops(const QList<Segment>& segments)
{
    QList<qint64> out;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const Segment& a = segments.at(i - 1);
        const Segment& b = segments.at(i);
        if (a.endMs == b.startMs && a.status == Status::Connected && b.status != Status::Connected)
            out << b.startMs;
    }
    return out;
}

} // namespace history
