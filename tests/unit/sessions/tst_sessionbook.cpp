#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"

#include <QSignalSpy>
#include <QTest>

using namespace sessions;

namespace {
Session make(const QString& id, Status status = Status::Connected)
{
    Session s;
    s.id = id;
    s.name = id;
    s.status = status;
    s.rawStatus = statusKey(status);
    s.health = status == Status::Connected ? Health::Healthy : Health::NotConnected;
    return s;
}
QStringList ids(const SessionBook& book)
{
    QStringList out;
    for (const auto& s : book.sessions())
        out << s.id;
    return out;
}
} // namespace

class TestSessionBook : public QObject
{
    Q_OBJECT

private slots:
    // "Vendas" and "vendas" are two sessions on the gateway: each gets its own activity and its own
    // threshold when a listing is evaluated.
    void caseSensitiveIdsAreEvaluatedApart()
    {
        using namespace std::chrono_literals;
        activity::ActivitySnapshot snapshot;
        snapshot.state = activity::ActivitySnapshot::State::Ok;
        activity::ChannelActivity quiet;
        quiet.ageSeconds = 10 * 3600;
        snapshot.channels.insert("Vendas", quiet);
        snapshot.channels.insert("vendas", quiet);
        health::ZombiePolicy policy;
        policy.setOverride("Vendas", 24h);
        QList<gateway::ChannelInfo> channels;
        for (const char* id : {"Vendas", "vendas"})
            channels.append({id, id, "CONNECTED", {}, {}});
        const QList<Session> out = runtime::evaluateSessions(channels, snapshot, policy);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).health, Health::Healthy); // its own 24 h threshold
        QCOMPARE(out.at(1).health, Health::Zombie);  // the global 4 h
    }

    // What a gateway says beyond id, name and status: a value (copies compare and change apart),
    // behind one pointer a session shares with its channel until one of them changes it.
    void channelExtrasAreValues()
    {
        gateway::ChannelInfo channel;
        QVERIFY(channel.extras.reason().isEmpty());
        channel.extras.setAccount(QString()); // nothing said
        QCOMPARE(channel.extras, gateway::ChannelExtras());
        channel.extras.setAccount(QStringLiteral("5547999990000"));
        channel.extras.setPushName(QStringLiteral("Loja"));
        channel.id = QStringLiteral("loja");
        health::ZombiePolicy policy;
        const Session s = runtime::evaluateSessions({channel}, {}, policy).at(0);
        QCOMPARE(s.extras.account(), QStringLiteral("5547999990000"));
        QCOMPARE(s.extras.pushName(), QStringLiteral("Loja"));
        QVERIFY(s.extras.reason().isEmpty());
        QCOMPARE(s.extras, channel.extras);
        // Changed in one copy, unchanged in the other; the book repaints what changed.
        SessionBook book;
        book.apply({s});
        QSignalSpy changed(&book, &SessionBook::rowChanged);
        Session other = s;
        other.extras.setReason(QStringLiteral("WAHA gave up on this session"));
        QCOMPARE(s.extras.reason(), QString());
        QVERIFY(other.extras != s.extras);
        book.apply({other});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).value<SessionBook::Fields>(), SessionBook::Fields(SessionBook::StatusField));
        other.extras.setReason(QString());
        QCOMPARE(other.extras, s.extras); // compared by value, not by block
        other.extras.setPushName(QStringLiteral("Loja 2"));
        book.apply({other});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(1).value<SessionBook::Fields>(),
                 SessionBook::Fields(SessionBook::StatusField | SessionBook::NameField));
    }

    void firstApplyInsertsAll()
    {
        SessionBook book;
        QSignalSpy inserted(&book, &SessionBook::rowsAboutToBeInserted);
        QSignalSpy transitions(&book, &SessionBook::transitions);
        book.apply({make("a"), make("b"), make("c")});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toInt(), 0);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(ids(book), (QStringList{"a", "b", "c"}));
        QCOMPARE(transitions.count(), 0); // the first snapshot is not a change
    }

    void oneStatusChangeIsOneRowChanged()
    {
        SessionBook book;
        book.apply({make("a"), make("b"), make("c")});
        QSignalSpy changed(&book, &SessionBook::rowChanged);
        QSignalSpy inserted(&book, &SessionBook::rowsAboutToBeInserted);
        QSignalSpy removed(&book, &SessionBook::rowsAboutToBeRemoved);
        QSignalSpy transitions(&book, &SessionBook::transitions);
        book.apply({make("a"), make("b", Status::Disconnected), make("c")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 1);
        const auto fields = changed.at(0).at(1).value<SessionBook::Fields>();
        QVERIFY(fields.testFlag(SessionBook::StatusField));
        QVERIFY(fields.testFlag(SessionBook::HealthField));
        QVERIFY(!fields.testFlag(SessionBook::NameField));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(transitions.count(), 1);
        const auto list = transitions.at(0).at(0).value<QList<SessionBook::Transition>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, QStringLiteral("b"));
        QCOMPARE(list.first().oldStatus, Status::Connected);
        QCOMPARE(list.first().newStatus, Status::Disconnected);
    }

    void identicalApplyEmitsNothing()
    {
        SessionBook book;
        book.apply({make("a"), make("b")});
        QSignalSpy changed(&book, &SessionBook::rowChanged);
        QSignalSpy transitions(&book, &SessionBook::transitions);
        book.apply({make("b"), make("a")}); // order of a later listing does not move rows
        QCOMPARE(changed.count(), 0);
        QCOMPARE(transitions.count(), 0);
        QCOMPARE(ids(book), (QStringList{"a", "b"}));
    }

    // A re-evaluation in place (new activity for the same listing): the same signals as apply(),
    // the rows keep their numbering and the names the book knows.
    void reevaluationInPlace()
    {
        SessionBook book;
        Session named = make("a");
        named.name = QStringLiteral("Vendas");
        book.apply({named, make("b"), make("b")});
        QSignalSpy changed(&book, &SessionBook::rowChanged);
        QSignalSpy transitions(&book, &SessionBook::transitions);
        QSignalSpy applied(&book, &SessionBook::applied);
        const QList<Session> next = {make("a"), make("b", Status::Disconnected), make("b")};
        book.reevaluate([&next](int row) { return next.at(row); });
        QCOMPARE(applied.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 1);
        QCOMPARE(transitions.count(), 1);
        QCOMPARE(book.at(0).name, QStringLiteral("Vendas")); // the gateway gave only its id
        QCOMPARE(book.at(1).status, Status::Disconnected);
        QCOMPARE(book.at(2).occurrence, 1);
        QCOMPARE(book.at(2).idCount, 2);
        QCOMPARE(book.duplicateIds(), QStringList{"b"});
    }

    void removalsInRunsAndInsertionsAtEnd()
    {
        SessionBook book;
        book.apply({make("a"), make("b"), make("c"), make("d"), make("e")});
        QSignalSpy removed(&book, &SessionBook::rowsAboutToBeRemoved);
        QSignalSpy inserted(&book, &SessionBook::rowsAboutToBeInserted);
        book.apply({make("a"), make("d"), make("x"), make("y")});
        // b,c are one run (rows 1-2), e another (row 4): two removals, from the back.
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.at(0).at(0).toInt(), 4);
        QCOMPARE(removed.at(1).at(0).toInt(), 1);
        QCOMPARE(removed.at(1).at(1).toInt(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toInt(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(ids(book), (QStringList{"a", "d", "x", "y"}));
        QCOMPARE(book.indexOf("x"), 2);
        QVERIFY(book.find("b") == nullptr);
    }

    // Finding 11: a gateway that lists one id twice is inconsistent. Both rows are shown, flagged;
    // neither hides the other (before, the last one won and the first vanished silently).
    void duplicateIdsAreShownBothAndFlagged()
    {
        SessionBook book;
        book.apply({make("a"), make("b"), make("a", Status::Disconnected)});
        QCOMPARE(ids(book), (QStringList{"a", "b", "a"}));
        QCOMPARE(book.at(0).status, Status::Connected);
        QCOMPARE(book.at(2).status, Status::Disconnected);
        QVERIFY(book.at(0).hasDuplicateId());
        QVERIFY(book.at(2).hasDuplicateId());
        QVERIFY(!book.at(1).hasDuplicateId());
        QCOMPARE(book.at(0).idCount, 2);
        QCOMPARE(book.at(2).occurrence, 1);
        QCOMPARE(book.duplicateIds(), QStringList{"a"});
        QCOMPARE(book.indexOf("a"), 0);

        // The second copy changes alone; then it goes, and the first loses its flag.
        QSignalSpy changed(&book, &SessionBook::rowChanged);
        QSignalSpy removed(&book, &SessionBook::rowsAboutToBeRemoved);
        book.apply({make("a"), make("b"), make("a", Status::QrPending)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 2);
        book.apply({make("a"), make("b")});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toInt(), 2);
        QCOMPARE(ids(book), (QStringList{"a", "b"}));
        QVERIFY(!book.at(0).hasDuplicateId());
        QVERIFY(book.duplicateIds().isEmpty());
        QCOMPARE(changed.count(), 2); // row 0: its flag went
        QVERIFY(changed.at(1).at(1).value<SessionBook::Fields>().testFlag(SessionBook::NameField));
    }

    void newSessionIsATransition()
    {
        SessionBook book;
        book.apply({make("a")});
        QSignalSpy transitions(&book, &SessionBook::transitions);
        book.apply({make("a"), make("n", Status::QrPending)});
        QCOMPARE(transitions.count(), 1);
        const auto list = transitions.at(0).at(0).value<QList<SessionBook::Transition>>();
        QCOMPARE(list.first().id, QStringLiteral("n"));
        QVERIFY(!list.first().wasKnown);
    }

    // Issue 14 #7: "Suporte (suporte)" became "suporte" after delete-and-recreate, because the
    // gateway creates a session with its id as name. The book keeps the name it knew.
    void relinkedSessionKeepsItsName()
    {
        SessionBook book;
        Session named = make("suporte");
        named.name = "Suporte";
        book.apply({make("a"), named});
        book.apply({make("a")}); // deleted
        QCOMPARE(book.find("suporte"), nullptr);
        book.apply({make("a"), make("suporte", Status::QrPending)}); // created again: name == id
        QCOMPARE(book.find("suporte")->name, QStringLiteral("Suporte"));
        book.update(make("suporte", Status::Connected));
        QCOMPARE(book.find("suporte")->name, QStringLiteral("Suporte"));
        // A real rename on the gateway still wins.
        Session renamed = make("suporte");
        renamed.name = "Atendimento";
        book.apply({make("a"), renamed});
        QCOMPARE(book.find("suporte")->name, QStringLiteral("Atendimento"));
        // A session that never had another name keeps its id as name.
        QCOMPARE(book.find("a")->name, QStringLiteral("a"));
    }

    void updateOne()
    {
        SessionBook book;
        book.apply({make("a"), make("b", Status::QrPending)});
        QSignalSpy changed(&book, &SessionBook::rowChanged);
        book.update(make("b", Status::Connected));
        QCOMPARE(changed.count(), 1);
        book.update(make("zzz"));
        QCOMPARE(changed.count(), 1);
    }

    void largeListingIsLinear()
    {
        // 5,000 sessions with 10% changing: the merge stays a hash walk, no quadratic scan.
        QList<Session> first, second;
        for (int i = 0; i < 5000; ++i) {
            first << make(QStringLiteral("s%1").arg(i));
            second << make(QStringLiteral("s%1").arg(i), i % 10 == 0 ? Status::Disconnected : Status::Connected);
        }
        SessionBook book;
        book.apply(first);
        QSignalSpy changed(&book, &SessionBook::rowChanged);
        book.apply(second);
        QCOMPARE(changed.count(), 500);
    }
};

QTEST_GUILESS_MAIN(TestSessionBook)
#include "tst_sessionbook.moc"
