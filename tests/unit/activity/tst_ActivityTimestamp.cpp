// activity::usableActivityEpoch: the one rule for an activity row's created_at.
#include "activity/ActivityTimestamp.h"

#include <QTest>

using activity::usableActivityEpoch;

class TestActivityTimestamp : public QObject
{
    Q_OBJECT

    static constexpr qint64 Now = 1790000000; // the database's clock

private slots:
    void rule_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("usable");
        QTest::newRow("a minute ago") << QVariant(Now - 60) << true;
        QTest::newRow("as text") << QVariant(QString::number(Now - 60)) << true;
        QTest::newRow("now plus a little skew") << QVariant(Now + 60) << true;
        QTest::newRow("NULL") << QVariant(QMetaType(QMetaType::LongLong)) << false;
        QTest::newRow("invalid") << QVariant() << false;
        QTest::newRow("empty") << QVariant(QString()) << false;
        QTest::newRow("garbage") << QVariant(QStringLiteral("garbage")) << false;
        QTest::newRow("epoch zero (1970)") << QVariant(qint64(0)) << false;
        QTest::newRow("1999") << QVariant(qint64(946684799)) << false;
        QTest::newRow("an hour ahead of the database") << QVariant(Now + 3600) << false;
        QTest::newRow("year 2100") << QVariant(qint64(4102444800)) << false;
    }

    void rule()
    {
        QFETCH(QVariant, value);
        QFETCH(bool, usable);
        QCOMPARE(usableActivityEpoch(value, Now).has_value(), usable);
    }

    void cacheIsFiltered()
    {
        QHash<QString, qint64> cached{{"ok", Now - 10}, {"future", 4102444800}, {"zero", 0}};
        QCOMPARE(activity::dropUnusableEpochs(cached, Now), 2);
        QCOMPARE(cached.keys(), QStringList{"ok"});
    }
};

QTEST_GUILESS_MAIN(TestActivityTimestamp)
#include "tst_ActivityTimestamp.moc"
