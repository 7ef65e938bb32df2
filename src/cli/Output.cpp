#include "cli/Output.h"

#include "cli/Command.h"
#include "cli/CommandRegistry.h"
#include "cli/Diagnostics.h"
#include "gateway/Result.h"
#include "sessions/VisibleText.h"

namespace cli {

Output::Output(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

int Output::usage(const QString& message, const Command* command)
{
    m_err << sessions::visibleLines(message) << '\n';
    if (command)
        m_err << tr("Usage: %1 [global options] %2").arg(programName(), command->synopsis()) << '\n';
    m_err << tr("Run \"%1 help%2\" for help.")
                 .arg(programName(), command ? QLatin1Char(' ') + command->name() : QString())
          << '\n';
    m_err.flush();
    return command ? command->usageExitCode() : ExitUsage;
}

int Output::fail(const QString& message)
{
    warn(message);
    return ExitFailure;
}

int Output::fail(const gateway::Result& result)
{
    QString message = result.message;
    if (result.kind == gateway::ErrorKind::Auth)
        message += QLatin1Char('\n') +
                   tr("On the command line the secret comes from PIXELHUB_GATEWAY_SECRET, else the keychain.");
    else if (result.kind == gateway::ErrorKind::NotConfigured)
        message += QLatin1Char('\n') + tr("On the command line: --gateway URL or PIXELHUB_GATEWAY_URL.");
    return fail(message);
}

void Output::warn(const QString& message)
{
    const QStringList lines = message.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Error texts carry what the gateway or the database said: never raw to the terminal.
    for (const QString& line : lines.mid(0, 3))
        m_err << sessions::visibleText(line.trimmed()) << '\n';
    m_err.flush();
}

void Output::progress(const QString& message)
{
    if (!m_interactive && !m_verbose)
        return;
    m_err << sessions::visibleLines(message) << '\n';
    m_err.flush();
}

void Output::print(const QString& text)
{
    m_out << text;
    m_out.flush();
}

void Output::printText(const QString& text)
{
    print(sessions::visibleLines(text));
}

void Output::applyDiagnosticsPolicy(bool verbose)
{
    m_verbose = verbose;
    if (!m_quietDiagnostics)
        return;
    // Every level and every source (Qt, libpng, our own debug lines); QT_LOGGING_RULES still wins.
    setDiagnosticsQuiet(!verbose);
}

} // namespace cli
