#pragma once

#include "cli/Command.h"
#include "gateway/Dialect.h"

#include <QCoreApplication>

namespace cli {

// restart ID and logout ID --yes: one operation of the session's dialect. A dialect without it
// exits 1 and names the dialect; logout without --yes sends nothing.
class SessionActionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SessionActionCommand)

public:
    explicit SessionActionCommand(gateway::Operation op);

    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QStringList arguments() const override { return {QStringLiteral("ID")}; }
    Target target() const override { return Target::Existing; }
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) override;

private:
    gateway::Operation m_op;
};

} // namespace cli
