#include "DemoEnvironment.h"

#include "GatewaySimulator.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>

namespace ui {

namespace {
QString randomSecret()
{
    QString secret;
    for (int i = 0; i < 4; ++i)
        secret += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return secret;
}
} // namespace

DemoEnvironment::DemoEnvironment(QObject* parent)
    : QObject(parent)
    , m_dir(QDir::tempPath() + QStringLiteral("/pixelhub-sessions-demo-XXXXXX"))
    , m_connectionName(QStringLiteral("phs-demo-activity-%1").arg(quintptr(this), 0, 16))
{}

DemoEnvironment::~DemoEnvironment()
{
    m_simulator.reset(); // stops writing before the connection goes
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString DemoEnvironment::databasePath() const
{
    return m_dir.filePath(QStringLiteral("activity.db"));
}

bool DemoEnvironment::start(QString* error, int activityIntervalMs)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_dir.isValid())
        return fail(tr("Demo mode needs a temporary folder: %1").arg(m_dir.errorString()));

    m_simulator = std::make_unique<sim::GatewaySimulator>();
    QString why;
    if (!m_simulator->loadScenarioFile(QStringLiteral(":/sim/demo.json"), &why))
        return fail(tr("The demo scenario could not be loaded: %1").arg(why));
    m_secret = randomSecret();
    m_simulator->setSecret(m_secret);
    if (m_simulator->listen(0) == 0)
        return fail(tr("The demo gateway could not listen on 127.0.0.1."));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databasePath());
    if (!db.open())
        return fail(tr("The demo activity database could not be created: %1").arg(db.lastError().text()));
    if (!m_simulator->attachActivityDatabase(m_connectionName, activityIntervalMs, &why))
        return fail(tr("The demo activity database could not be prepared: %1").arg(why));
    return true;
}

AppContext::Options DemoEnvironment::contextOptions() const
{
    AppContext::Options options;
    options.profile = std::make_unique<settings::Profile>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("demo-profile.ini")), QSettings::IniFormat));
    // The simulator writes activity every few seconds: refresh often enough to see it move.
    options.profile->setRefreshInterval(std::chrono::seconds(30));
    options.overrides.gatewayUrl = m_simulator ? m_simulator->baseUrl() : QUrl();
    options.overrides.activityDsn = QStringLiteral("sqlite://") + databasePath();
    options.secretService = QStringLiteral("PixelHub Sessions (demo)");
    options.runtimeSecrets = {{settings::SecretStore::Key::GatewaySecret, m_secret},
                              {settings::SecretStore::Key::ActivityPassword, QString()}};
    options.activityCacheDir = m_dir.filePath(QStringLiteral("activity-cache"));
    options.demo = true;
    return options;
}

} // namespace ui
