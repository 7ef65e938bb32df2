// Uptime and timeline arithmetic: gaps between changes, a session that did not exist yet, changes
// out of order or stamped in the future (a desk whose clock runs ahead), empty windows.
#include "history/Uptime.h"

#include <QTest>

using namespace history;
using sessions::Status;

namespace {
constexpr qint64 H = 3600LL * 1000;
constexpr qint64 Day = 24 * H;
constexpr qint64 Now = 1'800'000'000'000LL; // a fixed "now" of the database's clock

Event change(qint64 at, std::optional<Status> from, Status to, bool fromZombie = false, bool toZombie = false,
             const QString& session = QStringLiteral("s1"))
{
    Event e;
    e.id = Event::newId();
    e.atMs = at;
    e.gateway = QStringLiteral("gw");
    e.session = session;
    e.from = from;
    e.fromZombie = fromZombie;
    e.to = to;
    e.toZombie = toZombie;
    return e;
}
} // namespace

class TstUptime : public QObject
{
    Q_OBJECT

private slots:
    void heldStateWhenNothingChanged()
    {
        SessionState s;
        s.status = Status::Connected;
        s.sinceMs = Now - 30 * Day;
        const auto t = timeline({}, s, Now - Day, Now);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.first(), (Segment{Now - Day, Now, Status::Connected, false}));
        QCOMPARE(uptimeOf(t).percent(), 100.0);
    }

    void gapsBetweenChangesHoldTheStatus()
    {
        // Down for 6 h of the last 24 (from -20 h to -14 h): 75 %, however long the quiet stretches.
        const QList<Event> events = {change(Now - 20 * H, Status::Connected, Status::Disconnected),
                                     change(Now - 14 * H, Status::Disconnected, Status::Connected)};
        const auto t = timeline(events, std::nullopt, Now - Day, Now);
        QCOMPARE(t.size(), 3);
        QCOMPARE(t.at(0), (Segment{Now - Day, Now - 20 * H, Status::Connected, false}));
        QCOMPARE(t.at(1), (Segment{Now - 20 * H, Now - 14 * H, Status::Disconnected, false}));
        QCOMPARE(t.at(2), (Segment{Now - 14 * H, Now, Status::Connected, false}));
        const Uptime u = uptimeOf(t);
        QCOMPARE(u.knownMs, Day);
        QCOMPARE(u.upMs, 18 * H);
        QCOMPARE(u.percent(), 75.0);
        QCOMPARE(drops(t), QList<qint64>{Now - 20 * H});
    }

    void sessionThatDidNotExistYet()
    {
        // First seen 4 h ago, connected; a 1-hour drop: 3 of the 4 known hours, not 3 of 24.
        const QList<Event> events = {change(Now - 4 * H, std::nullopt, Status::Connected),
                                     change(Now - 2 * H, Status::Connected, Status::QrPending),
                                     change(Now - 1 * H, Status::QrPending, Status::Connected)};
        const auto t = timeline(events, std::nullopt, Now - Day, Now);
        QCOMPARE(t.first().startMs, Now - 4 * H);
        const Uptime u = uptimeOf(t);
        QCOMPARE(u.knownMs, 4 * H);
        QCOMPARE(u.upMs, 3 * H);
        QCOMPARE(u.percent(), 75.0);
    }

    void unknownWhenNeverSeen()
    {
        QVERIFY(timeline({}, std::nullopt, Now - Day, Now).isEmpty());
        SessionState created; // acted on, never seen by a refresh
        created.seen = false;
        QVERIFY(!uptimeOf(timeline({}, created, Now - Day, Now)).isKnown());
    }

    void zombieStretchesAreNotUp()
    {
        const QList<Event> events = {change(Now - 12 * H, Status::Connected, Status::Connected, false, true),
                                     change(Now - 6 * H, Status::Connected, Status::Connected, true, false)};
        const auto t = timeline(events, std::nullopt, Now - Day, Now);
        QCOMPARE(t.size(), 3);
        QVERIFY(t.at(1).zombie);
        QCOMPARE(uptimeOf(t).upMs, 18 * H);
        QVERIFY(drops(t).isEmpty()); // still connected: a zombie stretch is not a drop
    }

    void clockEdges()
    {
        // A change stamped 5 min in the future counts at "now"; one out of order is put in order;
        // one exactly at the window's start opens it.
        const QList<Event> events = {change(Now + 5 * 60 * 1000, Status::Disconnected, Status::Connected),
                                     change(Now - 10 * H, Status::Connected, Status::Disconnected),
                                     change(Now - Day, std::nullopt, Status::Connected)};
        const auto t = timeline(events, std::nullopt, Now - Day, Now);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.at(0), (Segment{Now - Day, Now - 10 * H, Status::Connected, false}));
        QCOMPARE(t.at(1), (Segment{Now - 10 * H, Now, Status::Disconnected, false}));
        QCOMPARE(uptimeOf(t).upMs, 14 * H);
        // An empty or inverted window (a clock that went back) has nothing.
        QVERIFY(timeline(events, std::nullopt, Now, Now).isEmpty());
        QVERIFY(timeline(events, std::nullopt, Now, Now - H).isEmpty());
    }

    void dayAndWeekPerSession()
    {
        // s1: down 2 days ago for 12 h, fine in the last day. s2: no change in the week.
        // s3: first seen 3 h ago. s4: known but never seen by a refresh.
        const QList<Event> week = {
            change(Now - 2 * Day, Status::Connected, Status::Disconnected),
            change(Now - 2 * Day + 12 * H, Status::Disconnected, Status::Connected),
            change(Now - 3 * H, std::nullopt, Status::Disconnected, false, false, QStringLiteral("s3"))};
        SessionStates states;
        states.insert(QStringLiteral("s1"),
                      SessionState{.status = Status::Connected, .sinceMs = Now - 2 * Day + 12 * H});
        states.insert(QStringLiteral("s2"), SessionState{.status = Status::Connected, .sinceMs = Now - 40 * Day});
        states.insert(QStringLiteral("s3"), SessionState{.status = Status::Disconnected, .sinceMs = -1});
        SessionState unseen;
        unseen.seen = false;
        states.insert(QStringLiteral("s4"), unseen);
        const Uptimes u = uptimes(week, states, Now);
        QCOMPARE(u.value(QStringLiteral("s1")).day.percent(), 100.0);
        QCOMPARE(u.value(QStringLiteral("s1")).week.upMs, 7 * Day - 12 * H);
        QCOMPARE(u.value(QStringLiteral("s1")).week.knownMs, 7 * Day);
        QCOMPARE(u.value(QStringLiteral("s2")).week.percent(), 100.0);
        QCOMPARE(u.value(QStringLiteral("s3")).day.knownMs, 3 * H);
        QCOMPARE(u.value(QStringLiteral("s3")).day.upMs, 0);
        QVERIFY(!u.value(QStringLiteral("s4")).day.isKnown());
    }

    void dayStartsWithTheStateBeforeIt()
    {
        // The only change of the week was 3 days ago, to disconnected: the whole day is down.
        const QList<Event> week = {change(Now - 3 * Day, Status::Connected, Status::Disconnected)};
        SessionStates states;
        states.insert(QStringLiteral("s1"), SessionState{.status = Status::Disconnected, .sinceMs = Now - 3 * Day});
        const Uptimes u = uptimes(week, states, Now);
        QCOMPARE(u.value(QStringLiteral("s1")).day.knownMs, Day);
        QCOMPARE(u.value(QStringLiteral("s1")).day.upMs, 0);
        QCOMPARE(u.value(QStringLiteral("s1")).week.upMs, 4 * Day);
    }
};

QTEST_GUILESS_MAIN(TstUptime)
#include "tst_Uptime.moc"
