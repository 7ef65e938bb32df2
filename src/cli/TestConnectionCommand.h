#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cli {

// test-connection: can we reach the gateway (latency, session count) and the activity database?
class TestConnectionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TestConnectionCommand)

public:
    QString name() const override { return QStringLiteral("test-connection"); }
    QString summary() const override;
    QString description() const override;
    int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) override;
};

} // namespace cli
