#include "activity/Dsn.h"

#include <QTest>

using activity::DbKind;
using activity::Dsn;

class TestDsn : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("mysql") << QStringLiteral("mysql://phs@db.example.com:3306/pixelhub") << int(DbKind::MySql)
                               << QStringLiteral("mysql://phs@db.example.com:3306/pixelhub");
        QTest::newRow("mysql default port") << QStringLiteral(" mysql://phs@127.0.0.1/pixelhub ") << int(DbKind::MySql)
                                            << QStringLiteral("mysql://phs@127.0.0.1:3306/pixelhub");
        QTest::newRow("mariadb alias") << QStringLiteral("mariadb://phs@h:3307/x") << int(DbKind::MySql)
                                       << QStringLiteral("mysql://phs@h:3307/x");
        QTest::newRow("postgres") << QStringLiteral("postgresql://phs@h/pixelhub") << int(DbKind::Postgres)
                                  << QStringLiteral("postgresql://phs@h:5432/pixelhub");
        QTest::newRow("sqlite") << QStringLiteral("sqlite:///var/lib/phs/../phs/a.db") << int(DbKind::Sqlite)
                                << QStringLiteral("sqlite:///var/lib/phs/a.db");
#ifdef Q_OS_WIN
        QTest::newRow("sqlite windows drive")
            << QStringLiteral("sqlite:///C:/Users/ana/phs/a.db") << int(DbKind::Sqlite)
            << QStringLiteral("sqlite:///C:/Users/ana/phs/a.db");
#endif
    }

    // A Windows path (the demo's database there) gives a DSN that names the drive, not a host "C".
    void sqliteDrivePathToString()
    {
        Dsn dsn;
        dsn.kind = DbKind::Sqlite;
        dsn.database = QStringLiteral("C:/Users/ana/AppData/Local/Temp/demo/activity.db");
        QCOMPARE(dsn.toString(), QStringLiteral("sqlite:///C:/Users/ana/AppData/Local/Temp/demo/activity.db"));
#ifdef Q_OS_WIN
        QCOMPARE(Dsn::parse(dsn.toString(), nullptr), dsn);
#endif
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, canonical);
        QString error;
        const auto dsn = Dsn::parse(text, &error);
        QVERIFY2(dsn, qPrintable(error));
        QCOMPARE(int(dsn->kind), kind);
        QCOMPARE(dsn->toString(), canonical);
        QCOMPARE(Dsn::parse(dsn->toString(), nullptr), dsn); // canonical form round-trips
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("password") << QStringLiteral("mysql://phs:s3cr3t@h/db") << QStringLiteral("password");
        QTest::newRow("empty password") << QStringLiteral("mysql://phs:@h/db") << QStringLiteral("password");
        QTest::newRow("scheme") << QStringLiteral("oracle://phs@h/db") << QStringLiteral("oracle");
        QTest::newRow("no database") << QStringLiteral("mysql://phs@h:3306") << QStringLiteral("database");
        QTest::newRow("no user") << QStringLiteral("mysql://h:3306/db") << QStringLiteral("user");
        QTest::newRow("relative sqlite") << QStringLiteral("sqlite://relative.db") << QStringLiteral("absolute");
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!Dsn::parse(text, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("s3cr3t")));
    }
};

QTEST_GUILESS_MAIN(TestDsn)
#include "tst_Dsn.moc"
