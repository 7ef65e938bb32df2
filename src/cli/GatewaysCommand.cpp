#include "cli/GatewaysCommand.h"

#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"
#include "cli/SessionFormat.h"
#include "runtime/LocalLoop.h"
#include "runtime/Runtime.h"
#include "settings/GatewayProfiles.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

const QString UrlOption = QStringLiteral("url");
const QString SecretEnvOption = QStringLiteral("secret-env");

// "keychain", "environment variable VAR", ...: where a gateway's credential comes from.
QString credentialSource(const runtime::GatewaySetup& g)
{
    if (!g.profile.secretEnv.isEmpty())
        return GatewaysCommand::tr("environment variable %1").arg(g.profile.secretEnv);
    if (g.secretSource == runtime::Source::Environment)
        return GatewaysCommand::tr("environment variable %1").arg(QStringLiteral("PIXELHUB_GATEWAY_SECRET"));
    return GatewaysCommand::tr("keychain");
}

// Waits (bounded) for one keychain write or removal; false when it failed or did not answer.
bool awaitKeychain(const std::function<void(settings::SecretStore::WriteCallback)>& start)
{
    auto done = std::make_shared<std::optional<bool>>();
    auto loop = std::make_shared<runtime::LocalLoop*>(nullptr);
    runtime::LocalLoop local;
    *loop = &local;
    start([done, loop](bool ok) {
        *done = ok;
        if (*loop)
            (*loop)->quit();
    });
    local.exec(waits::KeychainWrite);
    *loop = nullptr;
    return done->value_or(false);
}

} // namespace

QString GatewaysCommand::summary() const
{
    return tr("The gateways: name, type, address, where the credential comes from.");
}

QString GatewaysCommand::description() const
{
    return tr("Lists the gateways this run works with: the saved ones, or the one that --gateway or "
              "PIXELHUB_GATEWAY_URL defines (named \"default\"), or the one --profile names.\n"
              "With --json: one JSON array of objects with the keys name, dialect, url and secret "
              "(\"keychain\" or \"env:VARIABLE\").");
}

int GatewaysCommand::run(CommandContext& context, const QCommandLineParser&, const QStringList&)
{
    const runtime::RuntimeConfig& config = context.runtime().config();
    if (!config.problem.isEmpty())
        return context.fail(config.problem);
    if (context.options().json) {
        QJsonArray array;
        for (const runtime::GatewaySetup& g : config.gateways) {
            const QString env = !g.profile.secretEnv.isEmpty() ? g.profile.secretEnv
                                : g.secretSource == runtime::Source::Environment
                                    ? QStringLiteral("PIXELHUB_GATEWAY_SECRET")
                                    : QString();
            array.append(QJsonObject{
                {QStringLiteral("name"), g.profile.name},
                {QStringLiteral("dialect"), g.profile.dialect},
                {QStringLiteral("url"), g.profile.url.toString(QUrl::RemoveUserInfo)},
                {QStringLiteral("secret"), env.isEmpty() ? QStringLiteral("keychain") : QStringLiteral("env:") + env},
            });
        }
        context.print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    if (config.gateways.isEmpty()) {
        context.printText(tr("No gateway is configured. Add one with: %1 gateway add NAME --dialect pixelhub --url URL")
                              .arg(programName()) +
                          QLatin1Char('\n'));
        return ExitSuccess;
    }
    QList<QStringList> rows;
    rows << QStringList{tr("NAME"), tr("TYPE"), tr("ADDRESS"), tr("CREDENTIAL")};
    for (const runtime::GatewaySetup& g : config.gateways)
        rows << QStringList{g.profile.name, g.profile.dialect, g.profile.url.toDisplayString(QUrl::RemoveUserInfo),
                            credentialSource(g)};
    context.printText(SessionFormat::table(rows));
    return ExitSuccess;
}

QString GatewayCommand::summary() const
{
    return tr("Add or remove a saved gateway.");
}

QString GatewayCommand::synopsis() const
{
    return tr("gateway add NAME --dialect D --url URL [--secret-env VAR] | gateway remove NAME");
}

QString GatewayCommand::description() const
{
    return tr("gateway add saves a gateway under NAME (1 to 32 lower-case letters, digits, \"-\" or \"_\"). Its "
              "credential comes from the environment variable that --secret-env names, read at every run (for "
              "servers and cron); without --secret-env, the value of PIXELHUB_GATEWAY_SECRET is stored in the "
              "keychain under this gateway's own entry.\n"
              "gateway remove forgets the gateway and removes its keychain entry.");
}

QList<QCommandLineOption> GatewayCommand::options() const
{
    return {
        QCommandLineOption(UrlOption, tr("The gateway's base URL, e.g. https://wpp.example.com.br:8443."),
                           QStringLiteral("URL")),
        QCommandLineOption(SecretEnvOption,
                           tr("Read the credential from this environment variable at every run instead of the "
                              "keychain."),
                           QStringLiteral("VAR")),
    };
}

int GatewayCommand::run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    const QString verb = args.value(0);
    const QString name = args.value(1);
    if (!settings::GatewayProfile::isValidName(name))
        return context.usage(settings::GatewayProfiles::problem({name, {}, {}, {}}), this);
    if (verb == QLatin1String("add"))
        return add(context, parser, name);
    if (verb == QLatin1String("remove"))
        return remove(context, name);
    return context.usage(tr("Unknown action \"%1\": use add or remove.").arg(verb), this);
}

int GatewayCommand::add(CommandContext& context, const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(UrlOption))
        return context.usage(tr("gateway add needs --url URL."), this);
    settings::GatewayProfile profile;
    profile.name = name;
    profile.dialect = context.options().overrides.dialect.value_or(settings::GatewayProfile::defaultDialect());
    profile.url = QUrl(parser.value(UrlOption).trimmed());
    profile.secretEnv = parser.value(SecretEnvOption).trimmed();
    if (const QString why = settings::GatewayProfiles::problem(profile); !why.isEmpty())
        return context.usage(why, this);

    settings::GatewayProfiles profiles = context.profile().gatewayProfiles();
    const bool existed = profiles.find(name).has_value();
    if (profile.secretEnv.isEmpty()) {
        const QString secret = qEnvironmentVariable("PIXELHUB_GATEWAY_SECRET");
        if (secret.isEmpty())
            return context.usage(tr("Set PIXELHUB_GATEWAY_SECRET to the gateway's credential (it is stored in the "
                                    "keychain), or name a variable with --secret-env VAR."),
                                 this);
        settings::SecretStore& store = context.runtime().secrets();
        const QString account = settings::SecretStore::gatewaySecretAccount(name);
        if (!awaitKeychain([&](settings::SecretStore::WriteCallback cb) { store.write(account, secret, cb); }))
            return context.fail(tr("The credential could not be stored in the keychain, so the gateway was not "
                                   "saved. On a server, use --secret-env VAR instead."));
    }
    profiles.save(profile);
    context.profile().sync();
    context.printText((existed ? tr("Gateway \"%1\" updated.") : tr("Gateway \"%1\" added.")).arg(name) +
                      QLatin1Char('\n'));
    return ExitSuccess;
}

int GatewayCommand::remove(CommandContext& context, const QString& name)
{
    settings::GatewayProfiles profiles = context.profile().gatewayProfiles();
    const auto profile = profiles.find(name);
    if (!profile)
        return context.fail(tr("There is no saved gateway \"%1\".").arg(name));
    profiles.remove(name);
    context.profile().sync();
    if (!profile->secretEnv.isEmpty()) { // its credential was never in the keychain
        context.print(tr("Gateway \"%1\" removed.").arg(name) + QLatin1Char('\n'));
        return ExitSuccess;
    }
    settings::SecretStore& store = context.runtime().secrets();
    const QString account = settings::SecretStore::gatewaySecretAccount(name);
    const bool removed = awaitKeychain([&](settings::SecretStore::WriteCallback cb) { store.remove(account, cb); });
    context.printText(tr("Gateway \"%1\" removed.").arg(name) + QLatin1Char('\n'));
    if (!removed)
        context.warn(
            tr("Its keychain entry could not be removed; remove \"%1\" from the keychain by hand.").arg(account));
    return ExitSuccess;
}

} // namespace cli
