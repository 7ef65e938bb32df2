#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>

namespace runtime {
class Runtime;
class SessionsRuntime;
} // namespace runtime

namespace cli {

class Output;

// The gateway a verb on one session works with: the only one, or the one that has the session
// (the exact id), looked up on every gateway at once within the verb's deadline. A new session
// needs --profile when there are several; a session found on several gateways too.
class GatewayChoice
{
    Q_DECLARE_TR_FUNCTIONS(GatewayChoice)

public:
    int exitCode = 0;                            // ExitSuccess, or the exit code after its message
    runtime::SessionsRuntime* gateway = nullptr; // null: keep the current one (none, or only one)

    static GatewayChoice choose(Output& output, runtime::Runtime& runtime, const QString& sessionId, bool creating,
                                QDeadlineTimer deadline);
};

} // namespace cli
