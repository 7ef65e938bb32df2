#pragma once

#include "AppContext.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace sim {
class GatewaySimulator;
}

namespace ui {

// `--demo`: the gateway simulator in process (":/sim/demo.json", a random secret), an SQLite
// activity database in a temporary directory that the simulator keeps writing webhook rows into,
// and a throw-away profile, so a demo never touches the user's settings or keychain entries.
//
//   ui::DemoEnvironment demo;
//   if (!demo.start(&error)) ...
//   ui::AppContext context(demo.contextOptions());
class DemoEnvironment : public QObject
{
    Q_OBJECT

public:
    explicit DemoEnvironment(QObject* parent = nullptr);
    ~DemoEnvironment() override;

    // Starts the simulator and the activity database; false with a translated reason on failure.
    bool start(QString* error, int activityIntervalMs = 10000);
    // Options for an AppContext that talks to this demo. Call after start().
    AppContext::Options contextOptions() const;

    sim::GatewaySimulator* simulator() const { return m_simulator.get(); }
    QString databasePath() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::GatewaySimulator> m_simulator;
    QString m_secret;
    QString m_connectionName;
};

} // namespace ui
