// Secret hygiene of the shipped executables. The gateway secret opens every WhatsApp number of the
// company, so it and the activity database password must never leave the process in any form.
//
// With a known secret and password (from the environment, the supported way), debug logging on and
// a scratch HOME / XDG_* / TMPDIR, this runs pixelhub-sessions-cli through its verbs (success and
// failure), the desktop app on the offscreen platform, and a MainWindow in process, against a
// wa-gateway-sim process and a SQLite activity database. Then it scans everything they wrote:
// stdout, stderr, log messages, the window's title and texts, every file under the scratch root.
// Any 8-character piece of either value counts, raw or base64, hex or percent encoded.
// It also checks that secrets given as arguments are refused (exit 2) without being echoed, and
// that no process here ever carries the secret in its argv.
#include "AppContext.h"
#include "DiagnosticsReport.h"
#include "MainWindow.h"
#include "RefreshController.h"
#include "SessionTableModel.h"
#include "runtime/SessionMonitor.h"

#include <QAbstractButton>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

// 64 hex characters, like a real gateway secret, and a password with characters that URLs and
// shells escape.
const QByteArray kSecret = "7c1e9a4f02b86d35e7a0c4f91b2d68e3a5f07c9d14b62e8f3a0d5c7e91b4f26a";
const QByteArray kPassword = "Db!pa55 w0rd#Kx9/q%Zr";
const QByteArray kWrongSecret = "wrong-secret-for-the-failing-run-000000";

// Every form a piece of a value could leak in, lower-cased; matched against lower-cased text.
class LeakScanner
{
public:
    void addValue(const QByteArray& value, const QString& label)
    {
        constexpr int Piece = 8;
        for (int i = 0; i + Piece <= value.size(); ++i) {
            const QByteArray piece = value.mid(i, Piece);
            add(piece, label + QStringLiteral(" raw"));
            add(piece.toHex(), label + QStringLiteral(" hex"));
            add(QUrl::toPercentEncoding(piece), label + QStringLiteral(" percent-encoded"));
            add(QUrl::toPercentEncoding(piece).replace("%20", "+"), label + QStringLiteral(" form-encoded"));
            QByteArray allEscaped;
            for (const char c : piece)
                allEscaped += '%' + QByteArray(1, c).toHex();
            add(allEscaped, label + QStringLiteral(" percent-encoded (every byte)"));
        }
        // Base64 of a longer text holds the value at one of three alignments; pieces of 10
        // characters of each alignment's encoding stand for about 8 characters of the value.
        for (int offset = 0; offset < 3; ++offset) {
            for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                QByteArray encoded = value.mid(offset).toBase64(options | QByteArray::OmitTrailingEquals);
                encoded.chop(4); // the last group depends on what follows the value
                for (int i = 0; i + 10 <= encoded.size(); ++i)
                    add(encoded.mid(i, 10), label + QStringLiteral(" base64"));
            }
        }
    }

    // "" when clean; otherwise what was found and where.
    QString scan(const QByteArray& haystack, const QString& where) const
    {
        const QByteArray text = haystack.toLower();
        const std::string_view view(text.constData(), size_t(text.size()));
        for (const auto& [length, needles] : m_byLength) {
            for (size_t i = 0; i + size_t(length) <= view.size(); ++i) {
                const auto found = needles.find(view.substr(i, size_t(length)));
                if (found == needles.end())
                    continue;
                const qsizetype from = qMax<qsizetype>(0, qsizetype(i) - 40);
                return QStringLiteral("%1: %2 piece \"%3\" at byte %4, context: %5")
                    .arg(where, found->second, QString::fromStdString(std::string(found->first)))
                    .arg(i)
                    .arg(QString::fromLatin1(haystack.mid(from, length + 80).toPercentEncoding(" :/=,.-_\"")));
            }
        }
        return {};
    }

    int size() const
    {
        int n = 0;
        for (const auto& entry : m_byLength)
            n += int(entry.second.size());
        return n;
    }

private:
    void add(const QByteArray& needle, const QString& label)
    {
        const std::string& stored = *m_storage.emplace(m_storage.end(), needle.toLower().toStdString());
        m_byLength[int(stored.size())].emplace(std::string_view(stored), label);
    }

    std::list<std::string> m_storage; // stable addresses for the views
    std::unordered_map<int, std::unordered_map<std::string_view, QString>> m_byLength;
};

struct Run
{
    QString name;
    QStringList args;
    int code = -1;
    QByteArray out;
    QByteArray err;
    QList<QByteArray> argvSeen; // argv of the process and of every child seen while it ran
    int childrenSeen = 0;
    bool stoppedByTest = false; // still running when the test ended it
};

QByteArray readProcFile(qint64 pid, const char* file)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Direct and indirect children of pid, from /proc/*/stat.
QList<qint64> descendantsOf(qint64 pid)
{
    QHash<qint64, qint64> parentOf;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 child = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArray stat = readProcFile(child, "stat");
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 1)
            parentOf.insert(child, fields.at(1).toLongLong());
    }
    QList<qint64> out;
    QList<qint64> frontier{pid};
    while (!frontier.isEmpty()) {
        const qint64 parent = frontier.takeFirst();
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (it.value() == parent && !out.contains(it.key())) {
                out << it.key();
                frontier << it.key();
            }
        }
    }
    return out;
}

// Collects log messages of this process (debug included) while an in-process window runs.
QByteArray g_captured;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_captured += message.toUtf8() + '\n';
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_home;
    QString m_dbPath;
    QProcess m_sim;
    QProcess m_wrongSim;
    QUrl m_simUrl;
    QUrl m_wrongSimUrl;
    LeakScanner m_scanner;
    QList<Run> m_runs;
    QList<QPair<QString, QByteArray>> m_extra; // other texts to scan: titles, widget texts, logs

    QProcessEnvironment scratchEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"PIXELHUB_GATEWAY_URL", "PIXELHUB_GATEWAY_SECRET", "PIXELHUB_ACTIVITY_DSN",
                                 "PIXELHUB_ACTIVITY_PASSWORD", "WA_SIM_SECRET", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert("HOME", m_home);
        env.insert("XDG_CONFIG_HOME", m_home + "/.config");
        env.insert("XDG_CACHE_HOME", m_home + "/.cache");
        env.insert("XDG_DATA_HOME", m_home + "/.local/share");
        env.insert("XDG_STATE_HOME", m_home + "/.local/state");
        env.insert("XDG_RUNTIME_DIR", m_root.filePath("runtime"));
        env.insert("TMPDIR", m_root.filePath("tmp"));
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_root.filePath("no-bus")); // no keychain
        env.insert("QT_LOGGING_RULES", "*.debug=true");
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("LANG", "C.UTF-8");
        env.insert("LC_ALL", "C.UTF-8");
        env.insert("LANGUAGE", "en");
        return env;
    }

    QProcessEnvironment appEnvironment() const
    {
        QProcessEnvironment env = scratchEnvironment();
        env.insert("PIXELHUB_GATEWAY_SECRET", QString::fromLatin1(kSecret));
        env.insert("PIXELHUB_ACTIVITY_PASSWORD", QString::fromLatin1(kPassword));
        return env;
    }

    QString dsn() const { return QStringLiteral("sqlite://") + m_dbPath; }

    bool startSim(QProcess& process, const QByteArray& secret, bool withActivity, QUrl* url)
    {
        QProcessEnvironment env = scratchEnvironment();
        env.insert("WA_SIM_SECRET", QString::fromLatin1(secret)); // the only way the secret goes in
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args{"--port", "0", "--scenario", ":/sim/basic.json"};
        if (withActivity)
            args << "--activity-sqlite" << m_dbPath << "--activity-interval-ms"
                 << "300";
        process.start(QStringLiteral(PHS_SIM_EXECUTABLE), args);
        if (!process.waitForStarted(5000))
            return false;
        static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QByteArray seen;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            process.waitForReadyRead(200);
            seen += process.readAllStandardOutput();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(seen));
            if (m.hasMatch()) {
                *url = QUrl(m.captured(1));
                m_extra.append({QStringLiteral("wa-gateway-sim stdout (start)"), seen});
                return true;
            }
        }
        qWarning() << "sim did not start:" << seen << process.readAllStandardError();
        return false;
    }

    Run exec(const QString& name, const QStringList& args, const QProcessEnvironment& env,
             const QString& program = QStringLiteral(PHS_CLI_EXECUTABLE), int killAfterMs = -1)
    {
        Run r;
        r.name = name;
        r.args = args;
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_home);
        process.start(program, args);
        if (!process.waitForStarted(5000))
            return r;
        const qint64 pid = process.processId();
        QSet<qint64> seenChildren;
        QElapsedTimer clock;
        clock.start();
        bool killed = false;
        while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
            const QByteArray own = readProcFile(pid, "cmdline");
            if (!own.isEmpty() && !r.argvSeen.contains(own))
                r.argvSeen << own;
            for (const qint64 child : descendantsOf(pid)) {
                seenChildren.insert(child);
                const QByteArray argv = readProcFile(child, "cmdline");
                if (!argv.isEmpty() && !r.argvSeen.contains(argv))
                    r.argvSeen << argv;
            }
            if (killAfterMs >= 0 && clock.elapsed() > killAfterMs && !killed) {
                killed = true;
                process.terminate(); // SIGTERM, as a session logout would
            }
            process.waitForFinished(25);
        }
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(3000);
        }
        r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.stoppedByTest = killed;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        r.childrenSeen = int(seenChildren.size());
        m_runs << r;
        return r;
    }

    // The simulator's log of /api requests: "GET /api/channels ok" per request (ok: secret accepted).
    QStringList simRequests(const QUrl& sim, bool clear)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(sim.toString() + "/__sim/requests"));
        QNetworkReply* reply = clear ? nam.deleteResource(request) : nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return {"timeout"};
        reply->deleteLater();
        QStringList out;
        const QJsonArray list = QJsonDocument::fromJson(reply->readAll()).object().value("requests").toArray();
        for (const QJsonValue& v : list) {
            const QJsonObject o = v.toObject();
            out << o.value("method").toString() + ' ' + o.value("path").toString() +
                       (o.value("secretOk").toBool() ? " ok" : " refused");
        }
        return out;
    }

    // Argument-free check for one text.
    void expectClean(const QByteArray& text, const QString& where)
    {
        const QString leak = m_scanner.scan(text, where);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(QFile::exists(QStringLiteral(PHS_CLI_EXECUTABLE)));
        QVERIFY(QFile::exists(QStringLiteral(PHS_GUI_EXECUTABLE)));
        QVERIFY(QFile::exists(QStringLiteral(PHS_SIM_EXECUTABLE)));
        m_home = m_root.filePath("home");
        for (const QString& dir : {m_home, m_root.filePath("tmp"), m_root.filePath("data"), m_root.filePath("out")})
            QVERIFY(QDir().mkpath(dir));
        QVERIFY(QDir().mkpath(m_root.filePath("runtime")));
        QFile::setPermissions(m_root.filePath("runtime"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_dbPath = m_root.filePath("data/activity.db");

        m_scanner.addValue(kSecret, QStringLiteral("gateway secret"));
        m_scanner.addValue(kPassword, QStringLiteral("database password"));
        qInfo() << "needles:" << m_scanner.size();
        // The scanner itself: it must catch what it is meant to catch, and not flag ordinary text.
        QVERIFY(
            m_scanner.scan("X-Gateway-Secret: <redacted> sqlite:///tmp/a.db 0123456789abcdef", "self-test").isEmpty());
        QVERIFY(!m_scanner.scan("header " + kSecret.mid(20, 8).toUpper() + " end", "self-test").isEmpty());
        QVERIFY(!m_scanner.scan("x" + kSecret.mid(5, 30).toBase64() + "y", "self-test").isEmpty());
        QVERIFY(!m_scanner.scan("ab" + QByteArray("12" + kPassword).toBase64() + "==", "self-test").isEmpty());
        QVERIFY(!m_scanner.scan("mysql://phs:" + QUrl::toPercentEncoding(kPassword) + "@h/db", "self-test").isEmpty());
        QVERIFY(!m_scanner.scan("hex " + kPassword.mid(3, 9).toHex() + " end", "self-test").isEmpty());

        QVERIFY(startSim(m_sim, kSecret, true, &m_simUrl));
        QVERIFY(startSim(m_wrongSim, kWrongSecret, false, &m_wrongSimUrl));
        // Let the simulator write a few activity rows first.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_dbPath).size() > 0, 10000);
    }

    void cleanupTestCase()
    {
        for (QProcess* process : {&m_sim, &m_wrongSim}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(5000))
                    process->kill();
                process->waitForFinished(2000);
            }
        }
    }

    void simulatorGetsTheSecretOnlyFromItsEnvironment()
    {
        for (QProcess* process : {&m_sim, &m_wrongSim}) {
            QCOMPARE(process->state(), QProcess::Running);
            const QByteArray argv = readProcFile(process->processId(), "cmdline");
            QVERIFY(!argv.isEmpty());
            expectClean(argv, QStringLiteral("wa-gateway-sim argv"));
            expectClean(process->arguments().join(QLatin1Char(' ')).toUtf8(), QStringLiteral("wa-gateway-sim args"));
        }
        const QList<QByteArray> environ = readProcFile(m_sim.processId(), "environ").split('\0');
        QVERIFY(environ.contains("WA_SIM_SECRET=" + kSecret));
    }

    void cliVerbs()
    {
        const QProcessEnvironment env = appEnvironment();
        const QStringList globals{"--gateway", m_simUrl.toString(), "--activity-dsn", dsn()};
        const QString png = m_root.filePath("out/new-session-qr.png");
        struct Case
        {
            const char* name;
            QStringList args;
            QList<int> codes;
        };
        const QList<Case> cases{
            {"list", globals + QStringList{"list"}, {0}},
            {"list --json", globals + QStringList{"list", "--json"}, {0}},
            {"--verbose list", globals + QStringList{"--verbose", "list"}, {0}},
            {"show", globals + QStringList{"show", "pixel12digital"}, {0}},
            {"show --json", globals + QStringList{"--json", "show", "suporte"}, {0}},
            {"healthcheck", globals + QStringList{"healthcheck"}, {0, 1, 2}},
            {"healthcheck --dry-run", globals + QStringList{"healthcheck", "--dry-run"}, {0, 1, 2}},
            {"healthcheck --json", globals + QStringList{"--json", "healthcheck", "--dry-run"}, {0, 1, 2}},
            {"test-connection", globals + QStringList{"test-connection"}, {0}},
            {"create --qr-png",
             globals + QStringList{"--verbose", "create", "hygiene", "--qr-png", png, "--wait", "0"},
             {0}},
            {"delete --yes", globals + QStringList{"delete", "hygiene", "--yes"}, {0}},
            // The password goes to a MySQL server that is not there.
            {"list, mysql down",
             QStringList{"--gateway", m_simUrl.toString(), "--activity-dsn", "mysql://phs@127.0.0.1:1/activity",
                         "list"},
             {0}},
            {"test-connection, mysql down",
             QStringList{"--gateway", m_simUrl.toString(), "--activity-dsn", "mysql://phs@127.0.0.1:1/activity",
                         "test-connection"},
             {1}},
            // The simulator expects another secret: the refused one must not be echoed.
            {"list, wrong secret", QStringList{"--gateway", m_wrongSimUrl.toString(), "list"}, {1}},
            {"healthcheck, wrong secret", QStringList{"--gateway", m_wrongSimUrl.toString(), "healthcheck"}, {3}},
            {"show, wrong secret", QStringList{"--gateway", m_wrongSimUrl.toString(), "show", "vendas"}, {1}},
        };
        for (const Case& c : cases) {
            const Run r = exec(QString::fromLatin1(c.name), c.args, env);
            qInfo().noquote() << c.name << "-> exit" << r.code << "," << r.out.size() << "+" << r.err.size() << "bytes";
            QVERIFY2(c.codes.contains(r.code), qPrintable(QStringLiteral("%1: exit %2\n%3")
                                                              .arg(QString::fromLatin1(c.name))
                                                              .arg(r.code)
                                                              .arg(QString::fromUtf8(r.err.left(2000)))));
            expectClean(r.out, QStringLiteral("%1 stdout").arg(QString::fromLatin1(c.name)));
            expectClean(r.err, QStringLiteral("%1 stderr").arg(QString::fromLatin1(c.name)));
            for (const QByteArray& argv : r.argvSeen)
                expectClean(argv, QStringLiteral("%1 argv").arg(QString::fromLatin1(c.name)));
            QCOMPARE(r.childrenSeen, 0); // the CLI starts no other program
        }
        QVERIFY(QImage(png).width() > 0);
        // The failing runs did send a secret, and the simulator refused it.
        const QStringList refused = simRequests(m_wrongSimUrl, false);
        QVERIFY2(refused.contains("GET /api/channels refused"), qPrintable(refused.join(", ")));
        // Debug logging was on: the runs did log something to check.
        qsizetype logged = 0;
        for (const Run& r : std::as_const(m_runs))
            logged += r.err.size();
        QVERIFY(logged > 0);
    }

    void secretsAsArgumentsAreRefusedWithoutEcho_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString secret = QString::fromLatin1(kSecret);
        const QString password = QString::fromLatin1(kPassword);
        QTest::newRow("--secret X list") << QStringList{"--secret", secret, "list"};
        QTest::newRow("list --secret X") << QStringList{"list", "--secret", secret};
        QTest::newRow("--secret=X list") << QStringList{"--secret=" + secret, "list"};
        QTest::newRow("--password X list") << QStringList{"--password", password, "list"};
        QTest::newRow("list --password=X") << QStringList{"list", "--password=" + password};
        QTest::newRow("healthcheck --password X") << QStringList{"healthcheck", "--password", password};
        QTest::newRow("--gateway-secret X list") << QStringList{"--gateway-secret", secret, "list"};
    }

    void secretsAsArgumentsAreRefusedWithoutEcho()
    {
        QFETCH(QStringList, args);
        const Run r = exec(QString::fromLatin1(QTest::currentDataTag()),
                           QStringList{"--gateway", m_simUrl.toString()} + args, appEnvironment());
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        qInfo().noquote() << QString::fromUtf8(r.err.trimmed());
        expectClean(r.out, QStringLiteral("stdout"));
        expectClean(r.err, QStringLiteral("stderr"));
        QCOMPARE(r.childrenSeen, 0);
        m_runs.removeLast(); // its own argv holds the value on purpose; the outputs were checked above
    }

    void desktopAppProcess()
    {
        QProcessEnvironment env = appEnvironment();
        simRequests(m_simUrl, true);
        const Run r = exec(QStringLiteral("pixelhub-sessions"),
                           QStringList{"--gateway", m_simUrl.toString(), "--activity-dsn", dsn()}, env,
                           QStringLiteral(PHS_GUI_EXECUTABLE), 3000);
        qInfo().noquote() << "pixelhub-sessions ->" << r.code << "," << r.out.size() << "+" << r.err.size()
                          << "bytes of output," << r.childrenSeen << "children";
        QVERIFY2(r.stoppedByTest, "the app ended on its own before the test stopped it");
        QVERIFY2(!r.err.isEmpty(), "debug logging produced nothing");
        expectClean(r.out, QStringLiteral("pixelhub-sessions stdout"));
        expectClean(r.err, QStringLiteral("pixelhub-sessions stderr"));
        QVERIFY(!r.argvSeen.isEmpty());
        for (const QByteArray& argv : r.argvSeen)
            expectClean(argv, QStringLiteral("pixelhub-sessions or child argv"));
        // It really listed the sessions with the secret from its environment.
        const QStringList requests = simRequests(m_simUrl, false);
        QVERIFY2(requests.contains("GET /api/channels ok"), qPrintable(requests.join(", ")));
    }

    // The same window in this process, to read what a screen would show and what it logs.
    void desktopWindowInProcess()
    {
        qputenv("PIXELHUB_GATEWAY_SECRET", kSecret);
        qputenv("PIXELHUB_ACTIVITY_PASSWORD", kPassword);
        qunsetenv("PIXELHUB_GATEWAY_URL");
        qunsetenv("PIXELHUB_ACTIVITY_DSN");
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_captured.clear();
        g_previousHandler = qInstallMessageHandler(captureMessage);
        auto restore = qScopeGuard([] {
            qInstallMessageHandler(g_previousHandler);
            QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
            qunsetenv("PIXELHUB_GATEWAY_SECRET");
            qunsetenv("PIXELHUB_ACTIVITY_PASSWORD");
        });

        const QString settingsFile = m_home + "/.config/PixelHub/Sessions-inprocess.conf";
        {
            ui::AppContext::Options o;
            o.profile =
                std::make_unique<settings::Profile>(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat));
            o.profile->setGatewayUrl(m_simUrl);
            o.profile->setActivityDsn(dsn());
            o.secretService = QStringLiteral("PixelHub Sessions hygiene test");
            o.activityCacheDir = m_home + "/.cache/PixelHub/Sessions-inprocess/activity";
            ui::AppContext context(std::move(o));
            ui::MainWindow window(context);
            window.resize(1000, 600);
            window.show();
            context.reload();
            QTRY_VERIFY_WITH_TIMEOUT(context.monitor().hasListing() && !window.refresher()->isRefreshing(), 15000);
            QTRY_VERIFY_WITH_TIMEOUT(context.monitor().activity().state == activity::ActivitySnapshot::State::Ok,
                                     15000);
            QVERIFY(window.sessionModel()->rowCount() > 0);

            QByteArray shown = "title: " + window.windowTitle().toUtf8() + '\n';
            for (const QLabel* label : window.findChildren<QLabel*>())
                shown += label->text().toUtf8() + '\n' + label->toolTip().toUtf8() + '\n';
            for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
                shown += button->text().toUtf8() + '\n' + button->toolTip().toUtf8() + '\n';
            for (const QLineEdit* edit : window.findChildren<QLineEdit*>())
                shown += edit->text().toUtf8() + '\n';
            const QAbstractItemModel* model = window.sessionModel();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                        shown += model->index(row, column).data(role).toString().toUtf8() + '\n';
                }
            }
            qInfo().noquote() << "window title:" << window.windowTitle();
            m_extra.append({QStringLiteral("in-process window texts"), shown});

            // Help › Save diagnostics, with every log line of this run: the file goes under the
            // scratch root too, so the file scan below reads it as written.
            const QStringList logLines = QString::fromUtf8(g_captured).split(QLatin1Char('\n'));
            const QString diagnostics = ui::DiagnosticsReport::text(context, logLines);
            QVERIFY(diagnostics.contains(QStringLiteral("== gateways ==")));
            QVERIFY(diagnostics.contains(QStringLiteral("credential set (not shown)")));
            m_extra.append({QStringLiteral("diagnostics report"), diagnostics.toUtf8()});
            const QString diagnosticsFile = m_home + QStringLiteral("/diagnostics.txt");
            QCOMPARE(ui::DiagnosticsReport::save(diagnosticsFile, context, logLines), QString());
            QVERIFY(QFile::exists(diagnosticsFile));
            // The mask itself: a log line that did hold a piece of the secret comes out clean.
            const QString leaky = QStringLiteral("header X-Gateway-Secret: ") + QString::fromLatin1(kSecret.mid(3, 20));
            m_extra.append(
                {QStringLiteral("diagnostics mask"), ui::DiagnosticsReport::text(context, {leaky}).toUtf8()});
            window.close(); // saves the window state into the settings file
            context.profile().sync();
        }
        QVERIFY(QFile::exists(settingsFile));
        m_extra.append({QStringLiteral("in-process log messages"), g_captured});
        QVERIFY(!g_captured.isEmpty());
    }

    // Last: everything every run and window wrote.
    void nothingWrittenHoldsASecret()
    {
        QVERIFY(!m_runs.isEmpty());
        for (const Run& r : std::as_const(m_runs)) {
            expectClean(r.out, r.name + QStringLiteral(" stdout"));
            expectClean(r.err, r.name + QStringLiteral(" stderr"));
        }
        for (const auto& [where, text] : std::as_const(m_extra))
            expectClean(text, where);

        int files = 0;
        qint64 bytes = 0;
        QStringList kinds;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets, fifos
            const QByteArray content = file.readAll();
            ++files;
            bytes += content.size();
            kinds << QDir(m_root.path()).relativeFilePath(path);
            expectClean(content, QDir(m_root.path()).relativeFilePath(path));
        }
        qInfo().noquote() << "scanned" << files << "files," << bytes << "bytes:" << kinds.join(QStringLiteral(", "));
        QVERIFY(files >= 3); // at least the activity database, a settings file and the QR PNG
    }

    // The simulator is test tooling, not the product, but it holds the secret too and its README
    // promises never to log it.
    void simulatorDoesNotLogTheSecret()
    {
        QByteArray output;
        for (QProcess* process : {&m_sim, &m_wrongSim})
            output += process->readAllStandardOutput() + process->readAllStandardError();
        QVERIFY(!output.isEmpty());
        // Qt's own qt.httpserver category would log every request's headers (X-Gateway-Secret
        // included) at debug level; the simulator filters that category out.
        expectClean(output, QStringLiteral("wa-gateway-sim output"));
    }
};

QTEST_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
