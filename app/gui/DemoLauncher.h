#pragma once

#include "AppContext.h"

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// `--demo`: starts the `wa-gateway-sim` executable as a child process on a free loopback port
// (the scenario ":/sim/demo.json", a random secret passed through its environment, never argv),
// an SQLite activity database in a temporary folder that the simulator keeps writing webhook
// rows into, and a throw-away profile, so a demo never touches the user's settings or keychain.
// The desktop app itself never links the simulator (nor QtHttpServer).
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

    // Starts the simulator and waits until it announces its URL; false with a translated reason.
    bool start(QString* error, int activityIntervalMs = 10000);
    // No child: a simulator already running at url with this secret; activityDsn may be empty.
    void useRunningGateway(const QUrl& url, const QString& secret, const QString& activityDsn);
    // Options for an AppContext that talks to this demo. Call after start() or useRunningGateway().
    ui::AppContext::Options contextOptions() const;

    QUrl gatewayUrl() const { return m_url; }
    QString databasePath() const;
    qint64 simulatorProcessId() const { return m_process.processId(); }

    // "listening on <url>", the simulator's announcement on stdout; an invalid URL otherwise.
    static QUrl parseAnnouncement(const QByteArray& line);

private:
    void stop();

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_program;
    QString m_secret;
    QString m_activityDsn;
    QUrl m_url;
};
