#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace gateway {
struct Result;
}

namespace cli {

class Command;

// How a verb talks to the terminal: results on stdout, exact (JSON) or with every control character
// made visible; problems on stderr, at most three lines, so cron mail and monitoring read them whole;
// progress only for a person at a terminal (or --verbose). The streams are injectable: tests use strings.
class Output
{
    Q_DECLARE_TR_FUNCTIONS(Output)

public:
    Output(QTextStream& out, QTextStream& err);
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // A usage error: the message, the command's usage line and where help is; returns the
    // command's usage exit code (ExitUsage without a command). Nothing was sent.
    int usage(const QString& message, const Command* command);
    // Writes the message to stderr, at most three lines; returns ExitFailure.
    int fail(const QString& message);
    // fail() with the result's message, plus where a headless run takes its secret or URL from
    // when that is what went wrong.
    int fail(const gateway::Result& result);
    // A problem that does not stop the command (the activity database is down: the sessions still
    // list): always on stderr, at most three lines.
    void warn(const QString& message);
    // A progress line on stderr, when stderr is a terminal or with --verbose: cron and monitoring
    // get only the final message.
    void progress(const QString& message);
    // Writes text to stdout and flushes (JSON: exact).
    void print(const QString& text);
    // Human output: print() with every control and bidi override made visible
    // (sessions::visibleLines); untrusted values inside must already be visibleText'ed.
    void printText(const QString& text);

    void setInteractive(bool interactive) { m_interactive = interactive; }
    // The executable's own setting: the internal diagnostic log categories stay silent unless
    // --verbose (or QT_LOGGING_RULES) asks for them; the user gets the command's own message.
    void setQuietDiagnostics(bool quiet) { m_quietDiagnostics = quiet; }
    // After the options are parsed: --verbose shows progress and the diagnostic categories.
    void applyDiagnosticsPolicy(bool verbose);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_interactive = false;
    bool m_verbose = false;
    bool m_quietDiagnostics = false;
};

} // namespace cli
