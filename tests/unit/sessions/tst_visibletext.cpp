// sessions::visibleText: controls and bidi overrides from the gateway become visible escapes.
#include "sessions/VisibleText.h"

#include <QTest>

class TestVisibleText : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QString("vendas-01") << QString("vendas-01");
        QTest::newRow("accents and emoji")
            << QString::fromUtf8("Atendimento São Paulo 📱") << QString::fromUtf8("Atendimento São Paulo 📱");
        QTest::newRow("escape") << QString("a\x1b[2Jb") << QString("a\\x1b[2Jb");
        QTest::newRow("osc title") << QString("\x1b]0;pwned\x07") << QString("\\x1b]0;pwned\\x07");
        QTest::newRow("cr overwrite") << QString("ok\rbad") << QString("ok\\rbad");
        QTest::newRow("newline") << QString("a\nSESSIONS OK") << QString("a\\nSESSIONS OK");
        QTest::newRow("tab") << QString("a\tb") << QString("a\\tb");
        QTest::newRow("del") << QString("a\x7f") << QString("a\\x7f");
        QTest::newRow("c1 csi") << QString(QChar(0x9b)) + "31m" << QString("\\x9b31m");
        QTest::newRow("nel") << QString(QChar(0x85)) << QString("\\x85");
        QTest::newRow("rlo") << QString(QChar(0x202E)) + "gnp.exe" << QString("\\u202Egnp.exe");
        QTest::newRow("isolates") << QString(QChar(0x2066)) + QChar(0x2069) << QString("\\u2066\\u2069");
        QTest::newRow("marks") << QString(QChar(0x200F)) + QChar(0x061C) << QString("\\u200F\\u061C");
        QTest::newRow("line separator") << QString(QChar(0x2028)) << QString("\\u2028");
        QTest::newRow("nul") << QString(QChar(0)) << QString("\\x00");
    }

    void escapes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(sessions::visibleText(input), expected);
        QCOMPARE(sessions::needsEscaping(input), input != expected);
    }

    void linesKeepTheirBreaks()
    {
        QCOMPARE(sessions::visibleLines(QString("one\x1b\ntwo\r\n")), QString("one\\x1b\ntwo\\r\n"));
        QCOMPARE(sessions::visibleLines(QString("a\n\nb")), QString("a\n\nb"));
    }
};

QTEST_GUILESS_MAIN(TestVisibleText)
#include "tst_visibletext.moc"
