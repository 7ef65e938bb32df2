#include "cli/Diagnostics.h"

#include <QLoggingCategory>
#include <QtGlobal>

#include <atomic>

namespace cli {

namespace {

std::atomic<bool> s_quiet{false};
QtMessageHandler s_previous = nullptr;
std::atomic<bool> s_installed{false};

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (s_quiet.load() && type != QtFatalMsg)
        return;
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

void setDiagnosticsQuiet(bool quiet)
{
    // Our own categories off at every level; QT_LOGGING_RULES still wins where it speaks.
    QLoggingCategory::setFilterRules(quiet ? QStringLiteral("pixelhub.*.debug=false\npixelhub.*.info=false\n"
                                                            "pixelhub.*.warning=false\nphs.*.debug=false\n"
                                                            "phs.*.info=false\nphs.*.warning=false")
                                           : QString());
    // Everything else (Qt, libpng...) too, unless explicit logging rules ask for logs.
    const bool wanted = quiet && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES");
    s_quiet.store(wanted);
    if (!s_installed.exchange(true))
        s_previous = qInstallMessageHandler(handler);
}

bool diagnosticsQuiet()
{
    return s_quiet.load();
}

} // namespace cli
