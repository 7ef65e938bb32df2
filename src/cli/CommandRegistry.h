#pragma once

#include "cli/Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cli {

class CommandContext;

// Maps verbs to commands and runs one command line:
//
//   cli::CommandRegistry registry = cli::CommandRegistry::standard();
//   return registry.run(app.arguments(), context);   // the process exit code
//
// Global options (--gateway, --activity-dsn, --silent-hours, --json) go before or after the verb;
// `help VERB`, `VERB --help`, `--help` and `--version` print to the output stream. Anything that
// looks like a secret option (--secret, --password, ...) is refused before anything else happens.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    CommandRegistry() = default;
    CommandRegistry(CommandRegistry&&) = default;
    CommandRegistry& operator=(CommandRegistry&&) = default;

    // The verbs of pixelhub-sessions-cli.
    static CommandRegistry standard();

    void add(std::unique_ptr<Command> command);
    Command* find(const QString& verb) const;
    QStringList verbs() const;

    // arguments as QCoreApplication::arguments(): the program name first.
    int run(const QStringList& arguments, CommandContext& context) const;

    QString helpText() const;
    QString helpText(const Command& command) const;

private:
    static QList<QCommandLineOption> globalOptions();
    int usageError(CommandContext& context, const QString& message, const Command* command) const;
    int applyGlobals(CommandContext& context, const QCommandLineParser& before, const QCommandLineParser& after,
                     const Command& command) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

// The name the CLI is invoked by, for help and messages.
QString programName();

} // namespace cli
