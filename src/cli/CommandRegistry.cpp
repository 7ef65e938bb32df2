#include "cli/CommandRegistry.h"

#include "activity/Dsn.h"
#include "cli/CommandContext.h"
#include "cli/CreateCommand.h"
#include "cli/DeleteCommand.h"
#include "cli/GatewaysCommand.h"
#include "cli/HealthcheckCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/ListCommand.h"
#include "cli/ReconnectCommand.h"
#include "cli/SessionActionCommand.h"
#include "cli/ShowCommand.h"
#include "cli/TestConnectionCommand.h"
#include "sessions/SessionId.h"
#include "sessions/VisibleText.h"
#include "settings/GatewayProfiles.h"
#include "settings/GatewayUrlCheck.h"
#include "settings/SettingsSchema.h"

#include <QCommandLineParser>

namespace cli {

namespace {

const QString GatewayOption = QStringLiteral("gateway");
const QString ProfileOption = QStringLiteral("profile");
const QString DialectOption = QStringLiteral("dialect");
const QString DsnOption = QStringLiteral("activity-dsn");
const QString SilentHoursOption = QStringLiteral("silent-hours");
const QString JsonOption = QStringLiteral("json");
const QString VerboseOption = QStringLiteral("verbose");
const QString HelpOption = QStringLiteral("help");
const QString VersionOption = QStringLiteral("version");

// --secret, --gateway-secret=..., --password, --db-password, -p...: refused by name, whatever the value.
bool looksLikeSecretOption(const QString& argument)
{
    if (!argument.startsWith(QLatin1Char('-')) || argument == QStringLiteral("--"))
        return false;
    QString name = argument;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    name = name.section(QLatin1Char('='), 0, 0).toLower();
    if (name == QLatin1String("secret-env"))
        return false; // its value names a variable; it is not a secret
    for (const char* word : {"secret", "password", "passwd", "token", "pass"}) {
        if (name.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

QString formatOptions(const QList<QCommandLineOption>& options)
{
    QStringList left;
    for (const QCommandLineOption& o : options) {
        QStringList names;
        for (const QString& n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString text = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            text += QLatin1Char(' ') + o.valueName();
        left << text;
    }
    qsizetype width = 0;
    for (const QString& l : std::as_const(left))
        width = std::max(width, l.size());
    QString out;
    for (qsizetype i = 0; i < options.size(); ++i)
        out += QStringLiteral("  ") + left.at(i).leftJustified(width + 2) + options.at(i).description() +
               QLatin1Char('\n');
    return out;
}

} // namespace

QString programName()
{
    return QStringLiteral("pixelhub-sessions-cli");
}

CommandRegistry CommandRegistry::standard()
{
    CommandRegistry registry;
    registry.add(std::make_unique<ListCommand>());
    registry.add(std::make_unique<ShowCommand>());
    registry.add(std::make_unique<CreateCommand>());
    registry.add(std::make_unique<ReconnectCommand>());
    registry.add(std::make_unique<SessionActionCommand>(gateway::Operation::Restart));
    registry.add(std::make_unique<SessionActionCommand>(gateway::Operation::Logout));
    registry.add(std::make_unique<DeleteCommand>());
    registry.add(std::make_unique<HistoryCommand>());
    registry.add(std::make_unique<HealthcheckCommand>());
    registry.add(std::make_unique<TestConnectionCommand>());
    registry.add(std::make_unique<GatewaysCommand>());
    registry.add(std::make_unique<GatewayCommand>());
    return registry;
}

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command* CommandRegistry::find(const QString& verb) const
{
    for (const auto& c : m_commands) {
        if (c->name() == verb)
            return c.get();
    }
    return nullptr;
}

QStringList CommandRegistry::verbs() const
{
    QStringList out;
    for (const auto& c : m_commands)
        out << c->name();
    return out;
}

QList<QCommandLineOption> CommandRegistry::globalOptions()
{
    return {
        QCommandLineOption(ProfileOption, tr("Work with this saved gateway only (see \"gateways\")."),
                           QStringLiteral("NAME")),
        QCommandLineOption(GatewayOption,
                           tr("Gateway base URL for this run alone, as the gateway \"default\" (else "
                              "PIXELHUB_GATEWAY_URL, else the saved gateways)."),
                           QStringLiteral("URL")),
        QCommandLineOption(DialectOption,
                           tr("What the gateway of --gateway speaks: %1 (else PIXELHUB_GATEWAY_DIALECT, else "
                              "pixelhub).")
                               .arg(settings::knownDialects().join(QStringLiteral(", "))),
                           QStringLiteral("D")),
        QCommandLineOption(DsnOption,
                           tr("Activity database, e.g. mysql://user@host:3306/db or sqlite:///path.db (else "
                              "PIXELHUB_ACTIVITY_DSN, else the profile); the password comes from "
                              "PIXELHUB_ACTIVITY_PASSWORD or the keychain."),
                           QStringLiteral("DSN")),
        QCommandLineOption(SilentHoursOption,
                           tr("A connected session silent for longer than this is a zombie (default: the "
                              "profile's threshold, 4 h)."),
                           QStringLiteral("N")),
        QCommandLineOption(JsonOption, tr("Print JSON instead of text.")),
        QCommandLineOption(
            VerboseOption,
            tr("Print progress messages and diagnostic logs on stderr, even when it is not a terminal.")),
        QCommandLineOption(QStringList{QStringLiteral("h"), HelpOption}, tr("Show help.")),
    };
}

QString CommandRegistry::helpText() const
{
    QString text = tr("Usage: %1 [--profile NAME] [--gateway URL] [--dialect D] [--activity-dsn DSN] "
                      "[--silent-hours N] [--json] COMMAND [ARGUMENTS]")
                       .arg(programName()) +
                   QStringLiteral("\n\n") + tr("Manage and monitor the WhatsApp gateway sessions without a display.") +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const auto& c : m_commands)
        width = std::max(width, c->synopsis().size());
    for (const auto& c : m_commands)
        text += QStringLiteral("  ") + c->synopsis().leftJustified(width + 2) + c->summary() + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n');
    QList<QCommandLineOption> options = globalOptions();
    options << QCommandLineOption(VersionOption, tr("Show the version."));
    text += formatOptions(options);
    text += QLatin1Char('\n') +
            tr("Run \"%1 help COMMAND\" or \"%1 COMMAND --help\" for the options of a command.").arg(programName()) +
            QLatin1Char('\n') +
            tr("Secrets are never accepted as arguments: set PIXELHUB_GATEWAY_SECRET and PIXELHUB_ACTIVITY_PASSWORD "
               "in the environment, or save them in the keychain with the desktop app.") +
            QLatin1Char('\n') +
            tr("Exit codes: 0 success, 1 the operation failed, 2 usage error; healthcheck: 0 OK, 1 WARNING, "
               "2 CRITICAL, 3 UNKNOWN.") +
            QLatin1Char('\n');
    return text;
}

QString CommandRegistry::helpText(const Command& command) const
{
    QString text = tr("Usage: %1 [global options] %2").arg(programName(), command.synopsis()) + QStringLiteral("\n\n") +
                   command.description() + QLatin1Char('\n');
    if (!command.options().isEmpty())
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + formatOptions(command.options());
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') + formatOptions(globalOptions());
    return text;
}

int CommandRegistry::usageError(CommandContext& context, const QString& message, const Command* command) const
{
    return context.usage(message, command);
}

int CommandRegistry::applyGlobals(CommandContext& context, const QCommandLineParser& before,
                                  const QCommandLineParser& after, const Command& command) const
{
    // After the verb wins over before it.
    auto value = [&](const QString& name) -> std::optional<QString> {
        if (after.isSet(name))
            return after.value(name);
        if (before.isSet(name))
            return before.value(name);
        return std::nullopt;
    };
    GlobalOptions& options = context.options();
    runtime::Overrides& overrides = options.overrides;
    options.json = before.isSet(JsonOption) || after.isSet(JsonOption);
    options.verbose = before.isSet(VerboseOption) || after.isSet(VerboseOption);
    context.applyDiagnosticsPolicy();

    if (const auto url = value(GatewayOption)) {
        // The one rule for a gateway address, as in the settings and the desktop app.
        const settings::GatewayUrlCheck check = settings::GatewayUrlCheck::check(*url);
        if (!check.isAcceptable() || check.verdict == settings::GatewayUrlCheck::Verdict::Empty)
            return usageError(context,
                              QStringLiteral("--gateway: ") +
                                  (check.message.isEmpty() ? tr("needs an http:// or https:// URL with a host, e.g. "
                                                                "https://wpp.example.com.br:8443.")
                                                           : check.message),
                              &command);
        overrides.gatewayUrl = check.url;
    }
    if (const auto name = value(ProfileOption)) {
        if (overrides.gatewayUrl)
            return usageError(context,
                              tr("--profile and --gateway exclude each other: --gateway defines a gateway "
                                 "for this run alone."),
                              &command);
        if (!settings::GatewayProfile::isValidName(*name))
            return usageError(context, settings::GatewayProfiles::problem({*name, {}, {}, {}}), &command);
        overrides.profile = *name;
    }
    if (const auto dialect = value(DialectOption)) {
        if (!settings::isKnownDialect(*dialect))
            return usageError(context,
                              tr("--dialect: unknown gateway type \"%1\"; use one of %2.")
                                  .arg(*dialect, settings::knownDialects().join(QStringLiteral(", "))),
                              &command);
        overrides.dialect = *dialect;
    }
    // PIXELHUB_GATEWAY_URL passes the same check as --gateway (it was accepted with credentials).
    if (const QString envUrl = qEnvironmentVariable("PIXELHUB_GATEWAY_URL").trimmed();
        !overrides.gatewayUrl && !envUrl.isEmpty()) {
        const settings::GatewayUrlCheck check = settings::GatewayUrlCheck::check(envUrl);
        if (!check.isAcceptable())
            return usageError(context, QStringLiteral("PIXELHUB_GATEWAY_URL: ") + check.message, &command);
    }
    const QString envDsn = qEnvironmentVariable("PIXELHUB_ACTIVITY_DSN").trimmed();
    if (const auto dsn = value(DsnOption); dsn || !envDsn.isEmpty()) {
        QString error;
        if (!activity::Dsn::parse(dsn ? dsn->trimmed() : envDsn, &error))
            return usageError(
                context,
                tr("%1: %2").arg(dsn ? QStringLiteral("--activity-dsn") : QStringLiteral("PIXELHUB_ACTIVITY_DSN"),
                                 error),
                &command);
        if (dsn)
            overrides.activityDsn = dsn->trimmed();
    }
    if (const auto hours = value(SilentHoursOption)) {
        const auto threshold = settings::schema::parseSilentHours(*hours);
        if (!threshold)
            return usageError(context,
                              tr("--silent-hours needs a number of hours from 1/60 to %1, e.g. 4 or 0.5.")
                                  .arg(settings::schema::SilenceThreshold.maxIn<std::chrono::hours>()),
                              &command);
        overrides.silenceThreshold = *threshold;
    }
    return ExitSuccess;
}

int CommandRegistry::run(const QStringList& arguments, CommandContext& context) const
{
    const QStringList args = arguments.isEmpty() ? QStringList{programName()} : arguments;
    for (const QString& a : args.mid(1)) {
        if (a == QStringLiteral("--"))
            break;
        if (looksLikeSecretOption(a)) {
            // Name only the option, never its value.
            const QString name = a.section(QLatin1Char('='), 0, 0);
            return usageError(context,
                              tr("%1: secrets are never accepted on the command line (they leak into the process "
                                 "list and shell history). Set PIXELHUB_GATEWAY_SECRET or PIXELHUB_ACTIVITY_PASSWORD "
                                 "in the environment (e.g. a mode 0600 EnvironmentFile), or save them in the "
                                 "keychain with the desktop app.")
                                  .arg(name),
                              nullptr);
        }
    }

    QCommandLineParser before;
    before.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    before.addOptions(globalOptions());
    before.addOption(QCommandLineOption(VersionOption));
    if (!before.parse(args))
        return usageError(context, before.errorText(), nullptr);
    if (before.isSet(VersionOption)) {
        context.print(programName() + QLatin1Char(' ') + QStringLiteral(PHS_VERSION) + QLatin1Char('\n'));
        return ExitSuccess;
    }
    const QStringList positional = before.positionalArguments();
    if (positional.isEmpty()) {
        if (before.isSet(HelpOption)) {
            context.print(helpText());
            return ExitSuccess;
        }
        context.err() << helpText();
        context.err().flush();
        return ExitUsage;
    }

    const QString verb = positional.first();
    if (verb == QStringLiteral("help")) {
        if (positional.size() < 2) {
            context.print(helpText());
            return ExitSuccess;
        }
        const Command* command = find(positional.at(1));
        if (!command)
            return usageError(
                context,
                tr("Unknown command \"%1\". Commands: %2.").arg(positional.at(1), verbs().join(QStringLiteral(", "))),
                nullptr);
        context.print(helpText(*command));
        return ExitSuccess;
    }
    Command* command = find(verb);
    if (!command)
        return usageError(context,
                          tr("Unknown command \"%1\". Commands: %2.").arg(verb, verbs().join(QStringLiteral(", "))),
                          nullptr);
    if (before.isSet(HelpOption)) {
        context.print(helpText(*command));
        return ExitSuccess;
    }

    QCommandLineParser after;
    after.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    after.addOptions(globalOptions());
    after.addOptions(command->options());
    if (!after.parse(QStringList{args.first()} + positional))
        return usageError(context, after.errorText(), command);
    if (after.isSet(HelpOption)) {
        context.print(helpText(*command));
        return ExitSuccess;
    }
    if (const int code = applyGlobals(context, before, after, *command); code != ExitSuccess)
        return code;

    const QStringList rest = after.positionalArguments().mid(1);
    const QStringList expected = command->arguments();
    if (rest.size() < expected.size())
        return usageError(context, tr("Missing argument: %1.").arg(expected.mid(rest.size()).join(QLatin1Char(' '))),
                          command);
    if (rest.size() > expected.size())
        return usageError(context, tr("Unexpected argument: %1.").arg(rest.mid(expected.size()).join(QLatin1Char(' '))),
                          command);
    context.startVerbClock();
    if (command->target() != Command::Target::None) {
        // One id rule for every verb on a session, checked before anything is sent.
        if (!sessions::isValidSessionId(rest.first()))
            return usageError(
                context,
                tr("\"%1\" is not a valid session id: use 1 to 64 letters, digits, \"_\" or \"-\".").arg(rest.first()),
                command);
        const std::optional<std::chrono::milliseconds> budget = command->deadline(context, after);
        const QDeadlineTimer deadline = budget ? QDeadlineTimer(*budget) : QDeadlineTimer(QDeadlineTimer::Forever);
        if (const int code =
                context.selectGatewayFor(rest.first(), command->target() == Command::Target::New, deadline);
            code != ExitSuccess)
            return code;
    }
    return command->run(context, after, rest);
}

} // namespace cli
