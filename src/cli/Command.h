#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QCommandLineParser;

namespace cli {

class CommandContext;

// Exit codes of every verb except healthcheck (which follows the monitoring-plugin convention).
enum ExitCode
{
    ExitSuccess = 0,
    ExitFailure = 1, // the operation failed; the message is on stderr
    ExitUsage = 2,   // unknown verb or option, missing or bad argument; nothing was sent
};

// One verb of pixelhub-sessions-cli: its help, its options and what it does. The registry parses
// the command line (global options and these) and calls run() with the positional arguments
// after the verb, already counted against arguments().
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;                      // one translated line for the verb list
    virtual QString description() const { return summary(); } // translated; shown by VERB --help
    virtual QStringList arguments() const { return {}; }      // required positional names, e.g. "ID"
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Which gateway the verb works on: every one (None), the one holding the session named by its
    // first argument (Existing), or the one named for a new session (New).
    enum class Target
    {
        None,
        Existing,
        New,
    };
    virtual Target target() const { return Target::None; }
    // The exit code of a usage error (healthcheck: 3, UNKNOWN, as monitoring plugins do).
    virtual int usageExitCode() const { return ExitUsage; }

    // The verb's whole time budget, counted from when it began (CommandContext::sinceVerbStart):
    // looking up the gateway that holds the session spends from it too. None: each wait is bounded
    // on its own.
    virtual std::optional<std::chrono::milliseconds> deadline(CommandContext& context,
                                                              const QCommandLineParser& parser) const
    {
        Q_UNUSED(context)
        Q_UNUSED(parser)
        return std::nullopt;
    }

    virtual int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) = 0;

    // "show ID", "delete ID --yes": for usage lines.
    virtual QString synopsis() const;
};

} // namespace cli
