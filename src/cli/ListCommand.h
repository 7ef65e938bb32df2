#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cli {

// list: every session with its status, last activity and zombie flag; a table or a JSON array.
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString description() const override;
    int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) override;
};

} // namespace cli
