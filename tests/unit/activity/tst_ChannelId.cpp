#include "ChannelCases.h"
#include "activity/ChannelId.h"

#include <QTest>

class TestChannelId : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaces and capitals") << QStringLiteral("Pixel12 Digital") << QStringLiteral("pixel12digital");
        QTest::newRow("tabs and newlines") << QStringLiteral(" a\tB\nc ") << QStringLiteral("abc");
        QTest::newRow("non-breaking space") << QStringLiteral("a\u00a0b") << QStringLiteral("ab");
        QTest::newRow("accents kept") << QStringLiteral("JOSÉ") << QStringLiteral("josé");
        QTest::newRow("empty") << QString() << QString();
    }
    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(activity::normaliseChannelId(input), expected);
    }

    void idNamesSession_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("session");
        QTest::addColumn<QStringList>("sessions");
        QTest::addColumn<bool>("names");
        const QStringList both{"Vendas", "vendas"};
        QTest::newRow("exact") << "Vendas"
                               << "Vendas" << both << true;
        QTest::newRow("exact lower") << "vendas"
                                     << "vendas" << both << true;
        QTest::newRow("other session's exact id") << "Vendas"
                                                  << "vendas" << both << false;
        QTest::newRow("other session's, reversed") << "vendas"
                                                   << "Vendas" << both << false;
        QTest::newRow("no session has it") << "VENDAS"
                                           << "vendas" << both << true;
        QTest::newRow("spacing") << "Pixel12 Digital"
                                 << "pixel12digital" << QStringList{"pixel12digital"} << true;
        QTest::newRow("sessions unknown") << "Vendas"
                                          << "vendas" << QStringList{} << true;
        QTest::newRow("different") << "vendas"
                                   << "vendas2" << QStringList{} << false;
    }
    void idNamesSession()
    {
        QFETCH(QString, written);
        QFETCH(QString, session);
        QFETCH(QStringList, sessions);
        QFETCH(bool, names);
        const activity::IsSession isSession = sessions.isEmpty()
                                                  ? activity::IsSession{}
                                                  : [&sessions](const QString& id) { return sessions.contains(id); };
        QCOMPARE(activity::idNamesSession(written, session, isSession), names);
    }

    void confusable()
    {
        QVERIFY(activity::differOnlyInCaseOrSpacing("Vendas", "vendas"));
        QVERIFY(activity::differOnlyInCaseOrSpacing("Pixel12 Digital", "pixel12digital"));
        QVERIFY(!activity::differOnlyInCaseOrSpacing("vendas", "vendas"));
        QVERIFY(!activity::differOnlyInCaseOrSpacing("vendas", "vendas2"));
    }

    void fromPayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        const QList<ChannelCase> cases = loadChannelCases();
        QVERIFY(cases.size() > 20);
        for (const ChannelCase& c : cases)
            QTest::newRow(qPrintable(c.name)) << c.payload << c.channel;
    }
    void fromPayload()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        QCOMPARE(activity::channelFromPayload(payload), expected);
    }

    void everyPathIsCovered()
    {
        // The fixture must keep one case per path of the design's list.
        const QList<ChannelCase> cases = loadChannelCases();
        for (const QStringList& path : activity::channelPaths()) {
            const QString name = QStringLiteral("path ") + path.join(u'.');
            const bool found = std::any_of(cases.cbegin(), cases.cend(), [&](const ChannelCase& c) {
                return c.name == name ||
                       (path == QStringList{QStringLiteral("session")} && c.name == u"path session as string");
            });
            QVERIFY2(found, qPrintable(name));
        }
    }

    void garbageNeverCrashes()
    {
        QCOMPARE(activity::channelFromPayload(QByteArray()), QString());
        QCOMPARE(activity::channelFromPayload(QByteArray("\xff\xfe{", 3)), QString());
        QCOMPARE(activity::channelFromPayload("null"), QString());
        QCOMPARE(activity::channelFromPayload("{\"session\":[\"x\"]}"), QString());
    }
};

QTEST_GUILESS_MAIN(TestChannelId)
#include "tst_ChannelId.moc"
