#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cli {

// gateways: the gateway profiles of this run (name, dialect, URL, where the credential comes from).
class GatewaysCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GatewaysCommand)

public:
    QString name() const override { return QStringLiteral("gateways"); }
    QString summary() const override;
    QString description() const override;
    int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) override;
};

// gateway add NAME --url URL [--secret-env VAR] | gateway remove NAME: the saved gateway profiles.
class GatewayCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GatewayCommand)

public:
    QString name() const override { return QStringLiteral("gateway"); }
    QString summary() const override;
    QString description() const override;
    QString synopsis() const override;
    QStringList arguments() const override { return {QStringLiteral("add|remove"), QStringLiteral("NAME")}; }
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) override;

private:
    int add(CommandContext& context, const QCommandLineParser& parser, const QString& name);
    int remove(CommandContext& context, const QString& name);
};

} // namespace cli
