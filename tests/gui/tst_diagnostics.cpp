// Help › Save diagnostics carries an excerpt of the history (issue 13): the last
// DiagnosticsReport::HistoryExcerpt status changes and actions, each line bounded, and never a
// secret: not the gateway's credential, not the team history database's password, not the
// activity database's, even when a recorded failure message held one.
#include "DiagnosticsReport.h"
#include "GuiTestSupport.h"
#include "HelpActions.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

namespace {
const QString TeamPassword = QStringLiteral("team-pass-Zq81xyW");
const QString ActivityPassword = QStringLiteral("act-pass-Lm47qrT");
} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        guitest::isolate();
        QVERIFY(m_dir.isValid());
    }

    void historyExcerptWithoutSecrets()
    {
        ui::AppContext::Options o = guitest::options(m_dir, QUrl(QStringLiteral("http://127.0.0.1:9")),
                                                     QStringLiteral("mysql://phs@127.0.0.1:9/act"));
        o.runtimeSecrets = {{settings::SecretStore::Key::GatewaySecret, guitest::Secret},
                            {settings::SecretStore::Key::ActivityPassword, ActivityPassword},
                            {settings::SecretStore::Key::HistoryPassword, TeamPassword}};
        QProcessEnvironment env;
        // A team database nobody answers on: the history is buffered locally and read from there.
        env.insert(QStringLiteral("PIXELHUB_HISTORY_DSN"), QStringLiteral("postgresql://phs@127.0.0.1:9/hist"));
        o.environment = env;
        ui::AppContext context(std::move(o));
        QSignalSpy configured(&context, &ui::AppContext::configured);
        context.reload();
        QTRY_VERIFY(configured.size() >= 1);
        QVERIFY(context.runtime().history());
        QCOMPARE(context.runtime().config().history.teamPassword, TeamPassword);

        const QString gateway = context.primary().name();
        // More than the excerpt holds; the last ones leak every secret into their result, and one
        // is far longer than a line may be.
        const int total = ui::DiagnosticsReport::HistoryExcerpt + 10;
        for (int i = 0; i < total - 2; ++i)
            context.runtime().recordAction(gateway, QStringLiteral("s%1").arg(i), QStringLiteral("restart"),
                                           QStringLiteral("ok"));
        context.runtime().recordAction(gateway, QStringLiteral("leaky"), QStringLiteral("delete"),
                                       QStringLiteral("refused: header %1, db password %2, team %3")
                                           .arg(guitest::Secret, ActivityPassword, TeamPassword));
        context.runtime().recordAction(gateway, QStringLiteral("long"), QStringLiteral("reconnect"),
                                       QString(5000, QLatin1Char('x')));

        QWidget window;
        ui::HelpActions help(context, &window);
        QSignalSpy said(&help, &ui::HelpActions::message);
        const QString path = m_dir.filePath(QStringLiteral("diagnostics.txt"));
        help.saveDiagnosticsTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(said.size(), 1, 10000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());

        QVERIFY2(text.contains(QStringLiteral("== history ==")), qPrintable(text));
        const qsizetype at = text.indexOf(QStringLiteral("== history =="));
        const QString excerpt = text.mid(at, text.indexOf(QStringLiteral("\n== "), at + 1) - at);
        QVERIFY2(excerpt.contains(QStringLiteral("/leaky delete by ")), qPrintable(excerpt));
        QVERIFY(excerpt.contains(QStringLiteral("/long reconnect by ")));
        QVERIFY(!excerpt.contains(QStringLiteral("/s0 "))); // older than the excerpt
        int lines = 0;
        for (const QString& line : excerpt.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QStringLiteral("  ")))
                continue;
            ++lines;
            QVERIFY2(line.size() <= ui::DiagnosticsReport::HistoryLineChars + 2, qPrintable(line.left(80)));
        }
        QCOMPARE(lines, ui::DiagnosticsReport::HistoryExcerpt);
        QVERIFY(excerpt.contains(QStringLiteral("postgresql://127.0.0.1:9/hist")));

        for (const QString& secret : {guitest::Secret, ActivityPassword, TeamPassword}) {
            for (int i = 0; i + 8 <= secret.size(); ++i)
                QVERIFY2(!text.contains(secret.mid(i, 8), Qt::CaseInsensitive), qPrintable(secret.mid(i, 8)));
        }
    }
};

QTEST_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
