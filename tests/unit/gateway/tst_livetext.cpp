// text::LiveText, the messages of the gateway and the connect flow (issue 14 #12): made in one
// language, read in the language installed when they are read, their translated arguments too; the
// gateway's own words are never read as placeholders.
#include "settings/Translations.h"
#include "text/LiveText.h"

#include <QtTest>

using text::LiveText;

class TestLiveText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { settings::installTranslations(*qApp, QStringLiteral("en")); }

    void readsInTheLanguageOfTheMoment()
    {
        QCOMPARE(settings::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        const LiveText limit = LiveText::translate("sessions::ConnectFlow", "%n min", nullptr, 3);
        const LiveText message =
            LiveText::translate("sessions::ConnectFlow", "No QR scan within %1. Try again.").arg(limit);
        QCOMPARE(message.toString(), QStringLiteral("No QR scan within 3 min. Try again."));

        QCOMPARE(settings::installTranslations(*qApp, QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
        const QString portuguese =
            QCoreApplication::translate("sessions::ConnectFlow", "No QR scan within %1. Try again.")
                .arg(QCoreApplication::translate("sessions::ConnectFlow", "%n min", nullptr, 3));
        QVERIFY(portuguese != QStringLiteral("No QR scan within 3 min. Try again."));
        QCOMPARE(message.toString(), portuguese);
        QCOMPARE(QString(message), portuguese); // what the command line prints: the text of the moment
    }

    void argumentsFillInOnePass()
    {
        // Words a gateway sent may hold "%1": they stay as they came.
        const LiveText refused =
            LiveText::translate("ResponseClassifier", "The gateway refused the request (HTTP %1%2).")
                .arg(500)
                .arg(QStringLiteral(": %1 off 100%"));
        QCOMPARE(refused.toString(), QStringLiteral("The gateway refused the request (HTTP 500: %1 off 100%)."));
        // The lowest placeholder takes the first argument, as QString::arg(a, b) does.
        QCOMPARE(LiveText::verbatim(QStringLiteral("%2 after %1, %2"))
                     .arg(QStringLiteral("a"), QStringLiteral("b"))
                     .toString(),
                 QStringLiteral("%2 after %1, %2").arg(QStringLiteral("a"), QStringLiteral("b")));
        QCOMPARE(LiveText::verbatim(QStringLiteral("%1 and %3")).arg(QStringLiteral("x")).toString(),
                 QStringLiteral("x and %3"));
        QCOMPARE(LiveText::verbatim(QStringLiteral("100% sure")).toString(), QStringLiteral("100% sure"));
    }

    // Issue 14 #2: a gateway's own words, however deep in a message, stay out of the agent's sentence
    // (they go behind Details) and stay in the command line's, in both languages.
    void rawWordsStayBehindDetails_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
    }

    void rawWordsStayBehindDetails()
    {
        QFETCH(QString, language);
        QCOMPARE(settings::installTranslations(*qApp, language), language);
        const QString gateway = QStringLiteral("WPPConnect getQRCode failed: Session not started (%1)");
        const LiveText failure =
            LiveText::translate("GatewayJob", "The gateway reported a failure: %1").arg(LiveText::raw(gateway));
        const LiveText retrying =
            LiveText::translate("sessions::ConnectFlow", "%1 Retrying in %n s.", nullptr, 4).arg(failure);
        const LiveText internal =
            LiveText::translate("ResponseClassifier", "The gateway reported an internal error (HTTP %1%2). Try again; "
                                                      "if it persists, tell whoever runs the gateway.")
                .arg(500)
                .arg(LiveText::verbatim(QStringLiteral(": %1")).arg(LiveText::raw(gateway)));

        for (const LiveText& message : {failure, retrying, internal}) {
            QVERIFY2(message.toString().contains(gateway), qPrintable(message.toString()));
            const QString sentence = message.toAgentString();
            QVERIFY2(!sentence.contains(QLatin1String("WPPConnect")) && !sentence.contains(QLatin1String(": ")) &&
                         !sentence.contains(QLatin1String(" .")) && !sentence.contains(QLatin1String("..")) &&
                         !sentence.contains(QChar(0xE000)),
                     qPrintable(sentence));
            QCOMPARE(message.rawWords(), QStringList{gateway});
        }
        QVERIFY2(internal.toAgentString().contains(QLatin1String("(HTTP 500)")), qPrintable(internal.toAgentString()));
        QVERIFY2(failure.toAgentString().endsWith(u'.'), qPrintable(failure.toAgentString()));
        QVERIFY2(retrying.toAgentString().contains(QLatin1String(". ")), qPrintable(retrying.toAgentString()));

        // Without raw words, both read the same.
        const LiveText plain = LiveText::translate("gateway::GatewayJob", "Cancelled.");
        QCOMPARE(plain.toAgentString(), plain.toString());
        QVERIFY(plain.rawWords().isEmpty());
    }

    void emptiness()
    {
        QVERIFY(LiveText().isEmpty());
        QVERIFY(LiveText().toString().isEmpty());
        QVERIFY(!LiveText::verbatim(QStringLiteral("x")).isEmpty());
        QVERIFY(!LiveText::translate("gateway::GatewayJob", "Cancelled.").isEmpty());
        LiveText cleared = LiveText::translate("gateway::GatewayJob", "Cancelled.");
        cleared.clear();
        QVERIFY(cleared.isEmpty());
    }
};

QTEST_MAIN(TestLiveText)
#include "tst_livetext.moc"
