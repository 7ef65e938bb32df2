#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cli {

// delete ID --yes: removes a session from the gateway. Without --yes, or with a bad id, nothing is sent.
class DeleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)

public:
    QString name() const override { return QStringLiteral("delete"); }
    QString summary() const override;
    QString description() const override;
    QStringList arguments() const override { return {QStringLiteral("ID")}; }
    Target target() const override { return Target::Existing; }
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) override;
};

} // namespace cli
