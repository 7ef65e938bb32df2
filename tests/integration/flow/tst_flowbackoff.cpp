#include "sessions/Backoff.h"

#include <QTest>

using namespace std::chrono_literals;

class TestFlowBackoff : public QObject
{
    Q_OBJECT

private slots:
    void growsByHalfUpToTheCap()
    {
        sessions::Backoff b(800ms, 5s);
        QCOMPARE(b.next(), 800ms);
        QCOMPARE(b.next(), 1200ms);
        QCOMPARE(b.next(), 1800ms);
        QCOMPARE(b.next(), 2700ms);
        QCOMPARE(b.next(), 4050ms);
        QCOMPARE(b.next(), 5000ms);
        QCOMPARE(b.next(), 5000ms);
        QCOMPARE(b.attempts(), 7);
    }

    void resetStartsOver()
    {
        sessions::Backoff b(100ms, 1s);
        b.next();
        b.next();
        b.reset();
        QCOMPARE(b.attempts(), 0);
        QCOMPARE(b.next(), 100ms);
    }

    void degenerateInputsStaySane()
    {
        sessions::Backoff zero(0ms, 0ms);
        QVERIFY(zero.next() >= 1ms); // never a busy loop
        sessions::Backoff inverted(2s, 1s);
        QCOMPARE(inverted.next(), 2s);
        QCOMPARE(inverted.next(), 2s);
        sessions::Backoff tiny(1ms, 10ms, 1.0);
        QCOMPARE(tiny.next(), 1ms);
        QCOMPARE(tiny.next(), 2ms); // still grows
    }
};

QTEST_GUILESS_MAIN(TestFlowBackoff)
#include "tst_flowbackoff.moc"
