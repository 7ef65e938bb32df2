#include "DemoLauncher.h"

#include "activity/Dsn.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString SimulatorName = QStringLiteral("wa-gateway-sim");
// The demo profiles read their credential from this variable of the demo's own environment.
const QString SecretVariable = QStringLiteral("PHS_DEMO_GATEWAY_SECRET");
constexpr int StartTimeoutMs = 20000; // a failure guard on a loaded machine, not a speed target

QString randomSecret()
{
    QString secret;
    for (int i = 0; i < 4; ++i)
        secret += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return secret;
}

} // namespace

DemoLauncher::DemoLauncher(QObject* parent)
    : QObject(parent)
    , m_dir(QDir::tempPath() + QStringLiteral("/pixelhub-sessions-demo-XXXXXX"))
    , m_program(findSimulator())
{}

QStringList DemoLauncher::demoDialects()
{
    return {
        QStringLiteral("pixelhub"), // writes the activity database (its webhook table)
        QStringLiteral("waha"),       QStringLiteral("evolution"),
        QStringLiteral("whapi"), // one channel per profile: one row
        QStringLiteral("wppconnect"),
    };
}

QUrl DemoLauncher::gatewayUrl(const QString& dialect) const
{
    for (const Simulator& sim : m_sims) {
        if (sim.dialect == dialect)
            return sim.url;
    }
    return {};
}

DemoLauncher::~DemoLauncher()
{
    stop();
}

QString DemoLauncher::findSimulator()
{
    QStringList dirs{QCoreApplication::applicationDirPath()};
#ifdef PHS_INSTALL_BINDIR
    dirs.append(QStringLiteral(PHS_INSTALL_BINDIR));
#endif
    const QString found = QStandardPaths::findExecutable(SimulatorName, dirs);
    return found.isEmpty() ? QStandardPaths::findExecutable(SimulatorName) : found;
}

QUrl DemoLauncher::parseAnnouncement(const QByteArray& line)
{
    static const QByteArray prefix("listening on ");
    const QByteArray trimmed = line.trimmed();
    if (!trimmed.startsWith(prefix))
        return {};
    const QUrl url(QString::fromUtf8(trimmed.mid(prefix.size())), QUrl::StrictMode);
    const bool loopback = url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost");
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !loopback || url.port() <= 0)
        return {};
    return url;
}

QString DemoLauncher::databasePath() const
{
    return m_dir.filePath(QStringLiteral("activity.db"));
}

bool DemoLauncher::start(QString* error, int activityIntervalMs)
{
    const auto fail = [this, error](const QString& why) {
        stop();
        if (error)
            *error = why;
        return false;
    };
    if (!m_dir.isValid())
        return fail(tr("Demo mode needs a temporary folder: %1").arg(m_dir.errorString()));
    if (m_program.isEmpty())
        return fail(tr("Demo mode needs the %1 program, which is not installed. Install it, or start it "
                       "elsewhere and run with --demo --gateway URL.")
                        .arg(SimulatorName));

    m_secret = randomSecret();
    for (const QString& dialect : demoDialects()) {
        QString why;
        if (!startOne(dialect, activityIntervalMs, &why))
            return fail(why);
    }
    m_url = m_sims.front().url;
    activity::Dsn dsn;
    dsn.kind = activity::DbKind::Sqlite;
    dsn.database = databasePath();
    m_activityDsn = dsn.toString();
    return true;
}

bool DemoLauncher::startOne(const QString& dialect, int activityIntervalMs, QString* error)
{
    m_sims.push_back({dialect, std::make_unique<QProcess>(), QUrl()});
    Simulator& sim = m_sims.back();
    QProcess& process = *sim.process;
    // The simulator's messages (never secrets) go where the app's own go.
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WA_SIM_SECRET"), m_secret); // the environment, never argv
    process.setProcessEnvironment(env);
    process.setProgram(m_program);
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"), dialect,
                          QStringLiteral("--exit-with-stdin")};
    if (&sim == &m_sims.front()) // one writer of the activity database
        arguments << QStringLiteral("--activity-sqlite") << databasePath() << QStringLiteral("--activity-interval-ms")
                  << QString::number(activityIntervalMs);
    process.setArguments(arguments);
    process.start();

    QDeadlineTimer deadline(StartTimeoutMs);
    if (!process.waitForStarted(StartTimeoutMs)) {
        *error = tr("The demo gateway (%1) could not be started: %2").arg(m_program, process.errorString());
        return false;
    }
    while (!sim.url.isValid()) {
        if (!process.canReadLine()) {
            if (deadline.hasExpired() || process.state() != QProcess::Running) {
                *error = tr("The demo gateway (%1) stopped before it was ready.").arg(m_program);
                return false;
            }
            process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            continue;
        }
        sim.url = parseAnnouncement(process.readLine());
    }
    // Later output is not needed, but must be read so the child never blocks on a full pipe.
    connect(&process, &QProcess::readyReadStandardOutput, this, [&process] { process.readAllStandardOutput(); });
    return true;
}

void DemoLauncher::useRunningGateway(const QUrl& url, const QString& secret, const QString& activityDsn)
{
    m_url = url;
    m_secret = secret;
    m_activityDsn = activityDsn;
}

void DemoLauncher::stop()
{
    for (Simulator& sim : m_sims) {
        if (sim.process->state() != QProcess::NotRunning)
            sim.process->closeWriteChannel(); // the child's stdin reaches end of file: it quits
    }
    for (Simulator& sim : m_sims) {
        if (sim.process->state() != QProcess::NotRunning && !sim.process->waitForFinished(5000)) {
            sim.process->kill();
            sim.process->waitForFinished(5000);
        }
    }
    m_sims.clear();
}

ui::AppContext::Options DemoLauncher::contextOptions() const
{
    ui::AppContext::Options options;
    options.profile = std::make_unique<settings::Profile>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("demo-profile.ini")), QSettings::IniFormat));
    // The simulator writes activity every few seconds: refresh often enough to see it move.
    options.profile->setRefreshInterval(std::chrono::seconds(30));
    if (m_sims.empty()) {
        options.overrides.gatewayUrl = m_url; // --demo --gateway URL: that one simulator
    } else {
        // One gateway per simulator, named after its dialect, the credential from the demo's own
        // environment (never the user's, nor a settings file).
        settings::GatewayProfiles profiles = options.profile->gatewayProfiles();
        for (const Simulator& sim : m_sims)
            profiles.save({sim.dialect, sim.dialect, sim.url, SecretVariable});
        QProcessEnvironment environment;
        environment.insert(SecretVariable, m_secret);
        options.environment = environment;
    }
    if (!m_activityDsn.isEmpty())
        options.overrides.activityDsn = m_activityDsn;
    options.secretService = QStringLiteral("PixelHub Sessions (demo)");
    options.runtimeSecrets = {{settings::SecretStore::Key::GatewaySecret, m_secret},
                              {settings::SecretStore::Key::ActivityPassword, QString()}};
    options.activityCacheDir = m_dir.filePath(QStringLiteral("activity-cache"));
    // The simulated sessions' history stays with the demo, out of the user's own.
    options.historyFile = m_dir.filePath(QStringLiteral("history.db"));
    options.demo = true;
    return options;
}
