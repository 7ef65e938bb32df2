// The pt_BR translation is complete and current: every message of the sources (extracted again
// with lupdate into a scratch file) is in the committed .ts, translated, not unfinished, with the
// same placeholders; and the design's vocabulary uses the exact labels of its table.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or several for numerus forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, {}};
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Either text, or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << current;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    QSet<QString> set;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    auto it = re.globalMatch(text);
    while (it.hasNext())
        set.insert(it.next().captured(0));
    return set;
}

QString key(const Message& m)
{
    return m.context + QLatin1Char('|') + m.source;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QList<Message> m_committed;

private slots:
    void initTestCase()
    {
        QString error;
        m_committed = readTs(QStringLiteral(PHS_TS_PT_BR), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_committed.isEmpty());
    }

    void everyMessageIsTranslated()
    {
        QStringList problems;
        for (const Message& m : m_committed) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            if (m.type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: [%1] %2").arg(m.context, m.source);
            else if (std::any_of(m.translations.begin(), m.translations.end(),
                                 [](const QString& t) { return t.trimmed().isEmpty(); }))
                problems << QStringLiteral("empty: [%1] %2").arg(m.context, m.source);
            else {
                for (const QString& t : m.translations) {
                    QSet<QString> expected = placeholders(m.source);
                    QSet<QString> got = placeholders(t);
                    expected.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                    if (expected != got)
                        problems << QStringLiteral("placeholders differ: [%1] %2 -> %3").arg(m.context, m.source, t);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void noMessageOfTheSourcesIsMissing()
    {
        // Extract again from the sources, exactly as the build does, into a scratch file.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_pt_BR.ts"));
        QFile list(QStringLiteral(PHS_TR_SOURCES_LIST));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QStringList args;
        for (const QByteArray& line : list.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                args << QString::fromUtf8(line.trimmed());
        }
        args << QStringLiteral("-I") << QStringLiteral(PHS_SOURCE_DIR "/src") << QStringLiteral("-I")
             << QStringLiteral(PHS_SOURCE_DIR "/ui") << QStringLiteral("-locations") << QStringLiteral("none")
             << QStringLiteral("-silent") << QStringLiteral("-ts") << fresh;
        QProcess lupdate;
        lupdate.start(QStringLiteral(PHS_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QString error;
        const QList<Message> extracted = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> have;
        for (const Message& m : m_committed) {
            if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
                have.insert(key(m));
        }
        QStringList missing;
        for (const Message& m : extracted) {
            if (!have.contains(key(m)))
                missing << QStringLiteral("[%1] %2").arg(m.context, m.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the pt_BR .ts (run the update_translations "
                                                              "target and translate):\n") +
                                               missing.join(QLatin1Char('\n'))));
    }

    // resources/translations/glossary.tsv: one term per concept (issue 14 #8). A message that is just
    // the English term is translated exactly as the glossary says, and no translation uses a word
    // the glossary rules out.
    void glossary()
    {
        QFile file(QStringLiteral(PHS_GLOSSARY));
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
        const auto bare = [](QString text) {
            text.remove(QLatin1Char('&'));
            text = text.trimmed();
            while (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char('.')))
                text.chop(1);
            return text.trimmed();
        };
        QStringList problems;
        int terms = 0;
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cols = line.split(QLatin1Char('\t'));
            if (cols.size() < 2 || cols.at(0).isEmpty() || cols.at(1).isEmpty()) {
                problems << QStringLiteral("bad glossary line: ") + line;
                continue;
            }
            ++terms;
            QStringList avoid;
            if (cols.size() > 2) {
                for (const QString& word : cols.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    avoid << word.trimmed();
            }
            for (const Message& m : m_committed) {
                if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                    continue;
                for (const QString& t : m.translations) {
                    if (bare(m.source) == cols.at(0) && bare(t).compare(cols.at(1), Qt::CaseInsensitive) != 0)
                        problems << QStringLiteral("[%1] \"%2\" -> \"%3\", glossary: \"%4\"")
                                        .arg(m.context, m.source, t, cols.at(1));
                    for (const QString& word : avoid) {
                        const QRegularExpression re(QStringLiteral("(?<!\\w)") + QRegularExpression::escape(word) +
                                                        QStringLiteral("(?!\\w)"),
                                                    QRegularExpression::CaseInsensitiveOption);
                        if (re.match(t).hasMatch())
                            problems << QStringLiteral("[%1] \"%2\" uses \"%3\" (glossary: %4)")
                                            .arg(m.context, t, word, cols.at(1));
                    }
                }
            }
        }
        QVERIFY(terms >= 10);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Running text never writes a plural as "(s)": Qt's numerus forms do it (tr("%n …", nullptr, n)).
    void noParenthesisedPlurals()
    {
        QStringList problems;
        static const QRegularExpression re(QStringLiteral("\\w\\((s|es)\\)"));
        for (const Message& m : m_committed) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            for (const QString& t : m.translations) {
                if (re.match(t).hasMatch())
                    problems << QStringLiteral("[%1] %2 -> %3").arg(m.context, m.source, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void designVocabulary_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("portuguese");
        QTest::newRow("connected") << "Connected"
                                   << "Conectado";
        QTest::newRow("disconnected") << "Disconnected"
                                      << "Desconectado";
        QTest::newRow("qr pending") << "Waiting for QR scan"
                                    << "QR pendente";
        QTest::newRow("starting") << "Starting"
                                  << "Iniciando";
        QTest::newRow("zombie") << "Possibly disconnected"
                                << "Possivelmente desconectado";
    }

    void designVocabulary()
    {
        QFETCH(QString, source);
        QFETCH(QString, portuguese);
        int found = 0;
        for (const Message& m : m_committed) {
            if (m.source != source || m.type == QLatin1String("vanished"))
                continue;
            ++found;
            QCOMPARE(m.translations.value(0), portuguese);
        }
        QVERIFY2(found > 0, qPrintable(source));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
