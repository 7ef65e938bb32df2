// activity::usableActivityEpoch: the one rule for an activity row's created_at.
#include "activity/ActivityTimestamp.h"

#include <QTest>

#include <cmath>

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
        // MariaDB's UNIX_TIMESTAMP of a DATETIME(6)/TIMESTAMP(6), as the driver hands it over.
        QTest::newRow("decimal text") << QVariant(QString::number(Now - 60) + ".123456") << true;
        QTest::newRow("decimal bytes") << QVariant(QByteArray::number(Now - 60) + ".5") << true;
        QTest::newRow("double") << QVariant(double(Now - 60) + 0.75) << true;
        QTest::newRow("decimal, 1999") << QVariant(QStringLiteral("946684799.999999")) << false;
        QTest::newRow("two dots") << QVariant(QString::number(Now) + ".1.2") << false;
        QTest::newRow("no fraction digits") << QVariant(QString::number(Now) + ".") << false;
        QTest::newRow("exponent") << QVariant(QStringLiteral("1.79e9")) << false;
        QTest::newRow("NaN") << QVariant(std::nan("")) << false;
    }

    // Whole seconds, floored: the edge check compares what it read with what it stored.
    void fractionsAreFloored_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("decimal text") << QVariant(QStringLiteral("1790000000.999999")) << qint64(1790000000);
        QTest::newRow("zero fraction") << QVariant(QStringLiteral("1790000000.000000")) << qint64(1790000000);
        QTest::newRow("negative") << QVariant(QStringLiteral("-1.5")) << qint64(-2);
        QTest::newRow("double") << QVariant(1790000000.999) << qint64(1790000000);
        QTest::newRow("integer") << QVariant(qint64(1790000000)) << qint64(1790000000);
    }

    void fractionsAreFloored()
    {
        QFETCH(QVariant, value);
        QFETCH(qint64, seconds);
        QCOMPARE(activity::epochSeconds(value), std::optional<qint64>(seconds));
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
