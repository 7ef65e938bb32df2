// pixelhub-sessions: the desktop app. Parses the command line and wires sessions_ui together.
#include "AppContext.h"
#include "AppStyle.h"
#include "DemoLauncher.h"
#include "LogBuffer.h"
#include "MainWindow.h"
#include "activity/ActivityIndex.h"
#include "runtime/ConfigResolver.h"
#include "settings/GatewayUrlCheck.h"
#include "settings/Profile.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>

int main(int argc, char* argv[])
{
    QApplication::setOrganizationName(QStringLiteral("PixelHub"));
    QApplication::setApplicationName(QStringLiteral("Sessions"));
    QApplication::setApplicationVersion(QStringLiteral(PHS_VERSION));

    // Parsed before QApplication exists, so --help and --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Keep the WhatsApp gateway's sessions online. Secrets come from the keychain or the "
                "PIXELHUB_GATEWAY_SECRET / PIXELHUB_ACTIVITY_PASSWORD environment variables, never from arguments."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption gatewayOption(
        QStringLiteral("gateway"), QApplication::translate("main", "Gateway URL for this run."), QStringLiteral("URL"));
    const QCommandLineOption dsnOption(
        QStringLiteral("activity-dsn"),
        QApplication::translate("main", "Activity database for this run (mysql://, postgresql:// or sqlite:///)."),
        QStringLiteral("DSN"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Language for this run: %1.")
                                            .arg(settings::availableLanguages().join(QStringLiteral(", "))),
                                        QStringLiteral("CODE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Run against a simulated gateway: starts wa-gateway-sim, or with --gateway uses "
                                "a simulator already running there (secret from PIXELHUB_GATEWAY_SECRET)."));
    const QCommandLineOption demoIfUnconfiguredOption(
        QStringLiteral("demo-if-unconfigured"),
        QApplication::translate("main", "Run the demo only when no gateway URL is configured anywhere."));
    parser.addOptions({gatewayOption, dsnOption, langOption, demoOption, demoIfUnconfiguredOption});
    QTextStream out(stdout);
    QTextStream err(stderr);
    // --help and --version first, before QApplication exists, so they work without a display.
    parser.parse(arguments);
    if (parser.isSet(helpOption)) {
        out << parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("pixelhub-sessions"));
        return 0;
    }
    if (parser.isSet(versionOption)) {
        out << "pixelhub-sessions " << QStringLiteral(PHS_VERSION) << '\n';
        return 0;
    }

    // Our own debug lines (phs.sessions.flow…) are for developers: off unless QT_LOGGING_RULES (which
    // is read after these rules, so it wins) turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("phs.*.debug=false\npixelhub.*.debug=false"));
    QApplication app(argc, argv);
    ui::AppStyle::install(app); // buttons with room around their labels
    ui::LogBuffer logs(200);    // Help › Save diagnostics: the last log lines
    logs.install();
    QApplication::setApplicationDisplayName(QStringLiteral("Pixel Hub Sessions"));
    QApplication::setDesktopFileName(QStringLiteral("pixelhub-sessions"));
    // Again, now that QApplication has taken its own options (-platform, -style…) out.
    if (!parser.parse(QApplication::arguments())) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QApplication::translate("main", "Unexpected argument: %1").arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }

    runtime::Overrides overrides;
    if (parser.isSet(gatewayOption)) {
        // The same rule as the settings and the command line.
        const settings::GatewayUrlCheck url = settings::GatewayUrlCheck::check(parser.value(gatewayOption));
        if (!url.isAcceptable() || url.verdict == settings::GatewayUrlCheck::Verdict::Empty) {
            err << "--gateway: "
                << (url.message.isEmpty() ? QApplication::translate("main", "Enter the gateway's address.")
                                          : url.message)
                << '\n';
            return 2;
        }
        overrides.gatewayUrl = url.url;
    }
    if (parser.isSet(dsnOption))
        overrides.activityDsn = parser.value(dsnOption);

    auto profile = std::make_unique<settings::Profile>();
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : profile->language();
    if (!language.isEmpty() && !settings::availableLanguages().contains(language)) {
        err << QApplication::translate("main", "Unknown language \"%1\": use one of %2.")
                   .arg(language, settings::availableLanguages().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    settings::installTranslations(app, language);

    const bool demo =
        parser.isSet(demoOption) || (parser.isSet(demoIfUnconfiguredOption) &&
                                     !runtime::ConfigResolver::gatewayConfiguredAnywhere(*profile, overrides));
    std::unique_ptr<DemoLauncher> demoLauncher;
    ui::AppContext::Options options;
    if (demo) {
        demoLauncher = std::make_unique<DemoLauncher>();
        if (overrides.gatewayUrl) {
            demoLauncher->useRunningGateway(*overrides.gatewayUrl, qEnvironmentVariable("PIXELHUB_GATEWAY_SECRET"),
                                            overrides.activityDsn.value_or(QString()));
        } else {
            QString error;
            if (!demoLauncher->start(&error)) {
                err << error << Qt::endl; // before the message box blocks
                QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
                return 1;
            }
        }
        options = demoLauncher->contextOptions();
    } else {
        options.profile = std::move(profile);
        options.overrides = overrides;
    }

    int code = 0;
    {
        ui::AppContext context(std::move(options));
        ui::MainWindow window(context);
        window.show();
        context.reload();
        code = app.exec();
    }
    // No activity thread may still run when the exit handlers start (the SQL driver's globals go
    // away); the worker's current query is bounded by the activity timeout.
    const auto joinWait = std::chrono::milliseconds(settings::Profile().activityTimeout()) + std::chrono::seconds(5);
    if (!activity::ActivityIndex::joinLingeringThreads(QDeadlineTimer(joinWait.count()))) {
        std::fflush(nullptr);
        std::_Exit(code);
    }
    return code;
}
