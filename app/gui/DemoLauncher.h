#pragma once

#include "AppContext.h"

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <vector>

// `--demo`: starts the `wa-gateway-sim` executable as child processes on free loopback ports, one
// per dialect of demoDialects() (the scenario ":/sim/demo.json", a random secret passed through
// their environment, never argv), an SQLite activity database in a temporary folder that the
// Pixel Hub one keeps writing webhook rows into, and a throw-away profile with one gateway per
// simulator, so a trainee sees every dialect in one window and a demo never touches the user's
// settings or keychain. The desktop app itself never links the simulator (nor QtHttpServer).
//
// The child reads its stdin until end of file (`--exit-with-stdin`): the destructor closes the
// pipe, and so does the system when the app crashes or is killed, so the child never outlives it.
//
//   DemoLauncher demo;
//   if (!demo.start(&error)) ...
//   ui::AppContext context(demo.contextOptions());
//
// Where no simulator is installed (the Windows bundle), useRunningGateway() points the demo
// profile at a simulator started elsewhere (`--demo --gateway URL`).
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DemoLauncher(QObject* parent = nullptr);
    ~DemoLauncher() override;

    // The simulator executable: next to this program, else in the install's bindir, else on PATH.
    // Empty when none is found.
    static QString findSimulator();
    void setSimulatorProgram(const QString& path) { m_program = path; }

    // The dialects the demo shows, one simulated gateway each, the first being the window's first.
    static QStringList demoDialects();

    // Starts the simulators and waits until each announces its URL; false with a translated reason.
    bool start(QString* error, int activityIntervalMs = 10000);
    // No child: a simulator already running at url with this secret; activityDsn may be empty.
    void useRunningGateway(const QUrl& url, const QString& secret, const QString& activityDsn);
    // Options for an AppContext that talks to this demo. Call after start() or useRunningGateway().
    ui::AppContext::Options contextOptions() const;

    QUrl gatewayUrl() const { return m_url; } // the first simulator's
    // Each started simulator's URL, by dialect.
    QUrl gatewayUrl(const QString& dialect) const;
    QString databasePath() const;
    qint64 simulatorProcessId() const { return m_sims.empty() ? 0 : m_sims.front().process->processId(); }

    // "listening on <url>", the simulator's announcement on stdout; an invalid URL otherwise.
    static QUrl parseAnnouncement(const QByteArray& line);

private:
    struct Simulator
    {
        QString dialect;
        std::unique_ptr<QProcess> process;
        QUrl url;
    };
    bool startOne(const QString& dialect, int activityIntervalMs, QString* error);
    void stop();

    QTemporaryDir m_dir;
    std::vector<Simulator> m_sims;
    QString m_program;
    QString m_secret;
    QString m_activityDsn;
    QUrl m_url;
};
