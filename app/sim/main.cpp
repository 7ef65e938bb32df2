// wa-gateway-sim: serves the simulated WPP gateway on 127.0.0.1 until SIGINT/SIGTERM (or, with
// --exit-with-stdin, until its standard input closes).
#include "GatewaySimulator.h"
#include "ProcessLifetime.h"
#include "SimClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdlib>

namespace {

QString randomSecret()
{
    QString secret;
    for (int i = 0; i < 4; ++i)
        secret += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return secret;
}

bool writeSecretFile(const QString& path, const QString& secret)
{
    QFile file(path);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly))
        return false;
    file.setPermissions(ownerOnly); // also when the file already existed
    return file.write(secret.toLatin1() + '\n') > 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wa-gateway-sim"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated Pixel Hub WPP gateway on 127.0.0.1. The secret comes from WA_SIM_SECRET or "
                       "PIXELHUB_GATEWAY_SECRET; without them a random one is written to --secret-file."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QStringLiteral("Scenario JSON file."),
                                            QStringLiteral("FILE"), QStringLiteral(":/sim/demo.json"));
    const QCommandLineOption sqliteOption(QStringLiteral("activity-sqlite"),
                                          QStringLiteral("Write webhook_raw_logs rows into this SQLite file."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption intervalOption(QStringLiteral("activity-interval-ms"),
                                            QStringLiteral("Interval between activity rows."), QStringLiteral("N"),
                                            QStringLiteral("15000"));
    const QCommandLineOption secretFileOption(QStringLiteral("secret-file"),
                                              QStringLiteral("Where a generated secret is written (mode 0600)."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption stdinOption(
        QStringLiteral("exit-with-stdin"),
        QStringLiteral("Exit when standard input closes (for a parent process: the pipe also closes when it dies)."));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"),
                                           QStringLiteral("The gateway dialect to speak: %1 (default pixelhub).")
                                               .arg(sim::GatewaySimulator::dialects().join(QStringLiteral(", "))),
                                           QStringLiteral("DIALECT"), QStringLiteral("pixelhub"));
    const QCommandLineOption skewOption(
        QStringLiteral("clock-skew"),
        QStringLiteral("Play a gateway whose clock is off by this many seconds (negative: behind): its Date header "
                       "and the times of the messages it reports."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    parser.addOptions({portOption, scenarioOption, sqliteOption, intervalOption, secretFileOption, stdinOption,
                       dialectOption, skewOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "invalid --port\n";
        return 2;
    }

    bool skewOk = false;
    const qint64 skew = parser.value(skewOption).toLongLong(&skewOk);
    if (!skewOk || std::abs(skew) > 10LL * 365 * 86400) {
        err << "invalid --clock-skew (seconds, at most ten years either way)\n";
        return 2;
    }
    sim::SimClock::setSkewSeconds(skew);

    sim::GatewaySimulator simulator;
    QString error;
    if (!simulator.loadScenarioFile(parser.value(scenarioOption), &error)) {
        err << "cannot load scenario: " << error << '\n';
        return 2;
    }

    QString secret = qEnvironmentVariable("WA_SIM_SECRET");
    if (secret.isEmpty())
        secret = qEnvironmentVariable("PIXELHUB_GATEWAY_SECRET");
    if (secret.isEmpty()) {
        QString path = parser.value(secretFileOption);
        if (path.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
            path = QDir(dir.isEmpty() ? QDir::tempPath() : dir).filePath(QStringLiteral("wa-gateway-sim.secret"));
        }
        secret = randomSecret();
        if (!writeSecretFile(path, secret)) {
            err << "cannot write the secret file " << path << '\n';
            return 2;
        }
        err << "no WA_SIM_SECRET/PIXELHUB_GATEWAY_SECRET set; the generated secret is in " << path << '\n';
        err.flush();
    }
    simulator.setSecret(secret);
    if (!simulator.setDialect(parser.value(dialectOption))) {
        err << "unknown --dialect " << parser.value(dialectOption) << "; use one of "
            << sim::GatewaySimulator::dialects().join(QStringLiteral(", ")) << '\n';
        return 2;
    }

    if (parser.isSet(sqliteOption)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wa-gateway-sim"));
        db.setDatabaseName(parser.value(sqliteOption));
        if (!db.open()) {
            err << "cannot open " << parser.value(sqliteOption) << ": " << db.lastError().text() << '\n';
            return 2;
        }
        if (!simulator.attachActivityDatabase(QStringLiteral("wa-gateway-sim"), parser.value(intervalOption).toInt(),
                                              &error)) {
            err << "cannot write activity: " << error << '\n';
            return 2;
        }
    }

    if (!simapp::quitOnTerminationRequest(app, &error)) {
        err << error << '\n';
        return 2;
    }
    if (parser.isSet(stdinOption))
        simapp::quitWhenStdinCloses(app);

    const quint16 bound = simulator.listen(static_cast<quint16>(port));
    if (bound == 0) {
        err << "cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << simulator.baseUrl().toString() << Qt::endl; // endl flushes
    return app.exec();
}
