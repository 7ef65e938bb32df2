// pixelhub-sessions-cli: manage and monitor the gateway's WhatsApp sessions without a display.
#include "Terminal.h"
#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"
#include "settings/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PixelHub"));
    QCoreApplication::setApplicationName(QStringLiteral("pixelhub-sessions-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHS_VERSION));
    settings::Profile profile;
    settings::installTranslations(app, profile.language());

    QTextStream out(stdout);
    QTextStream err(stderr);
    settings::SecretStore secrets;
    cli::CommandContext context(out, err, profile, secrets);
    context.setInteractive(stderrIsTerminal());
    context.setQuietDiagnostics(true);
    const cli::CommandRegistry registry = cli::CommandRegistry::standard();
    const int code = registry.run(QCoreApplication::arguments(), context);
    out.flush();
    err.flush();
    return code;
}
