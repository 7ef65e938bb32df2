#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cli {

// healthcheck: a monitoring plugin (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN) that, unless
// --dry-run, asks the gateway for a QR for every unhealthy session (one GET /qr each), which makes
// the gateway reconnect it. Never deletes or creates. The logic is health::HealthReport / HealthCheck.
class HealthcheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HealthcheckCommand)

public:
    QString name() const override { return QStringLiteral("healthcheck"); }
    QString summary() const override;
    QString description() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int usageExitCode() const override { return 3; } // UNKNOWN: the plugin convention for bad arguments
    int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) override;
};

} // namespace cli
