// pixelhub-sessions-cli: manage and monitor the gateway's WhatsApp sessions without a display.
#include "Terminal.h"
#include "activity/ActivityIndex.h"
#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"
#include "cli/Diagnostics.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"
#include "settings/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace std::chrono_literals;

// Beyond the activity timeout that bounds the worker's current driver call.
constexpr auto JoinGrace = 5s;

// Everything that owns a thread (the activity index, the network manager) lives and dies in here.
int run(QCoreApplication& app, settings::Profile& profile, std::chrono::milliseconds* joinWait)
{
    settings::installTranslations(app, profile.language());
    *joinWait = std::chrono::duration_cast<std::chrono::milliseconds>(profile.activityTimeout() + JoinGrace);

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

} // namespace

int main(int argc, char* argv[])
{
    cli::setDiagnosticsQuiet(true); // until --verbose is seen: no log line leaks before parsing
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PixelHub"));
    QCoreApplication::setApplicationName(QStringLiteral("pixelhub-sessions-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHS_VERSION));
    std::chrono::milliseconds joinWait = JoinGrace;
    int code = 0;
    {
        settings::Profile profile;
        code = run(app, profile, &joinWait);
    }
    // No thread may still run when the exit handlers start (the SQL driver's globals go away).
    if (!activity::ActivityIndex::joinLingeringThreads(QDeadlineTimer(joinWait.count()))) {
        std::fflush(nullptr);
        std::_Exit(code); // a driver call outlived its timeout: leave without the exit handlers
    }
    return code;
}
