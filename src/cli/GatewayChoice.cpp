#include "cli/GatewayChoice.h"

#include "cli/Command.h"
#include "cli/Output.h"
#include "cli/Waits.h"
#include "runtime/Runtime.h"

namespace cli {

GatewayChoice GatewayChoice::choose(Output& output, runtime::Runtime& runtime, const QString& sessionId, bool creating,
                                    QDeadlineTimer deadline)
{
    const QList<runtime::SessionsRuntime*> all = runtime.gateways();
    if (!runtime.config().problem.isEmpty()) {
        output.err() << runtime.config().problem << '\n';
        output.err().flush();
        return {ExitUsage};
    }
    if (all.size() <= 1)
        return {ExitSuccess}; // the only one, or none (the verb says "no gateway configured")
    QStringList names;
    for (runtime::SessionsRuntime* g : all)
        names << g->name();
    if (creating) {
        output.err()
            << tr("Several gateways are configured (%1): name the one for the new session with --profile NAME.")
                   .arg(names.join(QStringLiteral(", ")))
            << '\n';
        output.err().flush();
        return {ExitUsage};
    }
    // The listings only, all at once, within the verb's own deadline. The activity database is not
    // read here; the verb reads it once, for that gateway.
    const waits::Holders found = waits::gatewaysHolding(all, sessionId, deadline);
    const QStringList& holders = found.holding;
    if (holders.size() > 1) {
        output.err() << tr("The session \"%1\" exists on several gateways (%2): name one with --profile NAME.")
                            .arg(sessionId, holders.join(QStringLiteral(", ")))
                     << '\n';
        output.err().flush();
        return {ExitUsage};
    }
    if (holders.isEmpty() && !found.unanswered.isEmpty())
        return {output.fail(
            tr("The session \"%1\" was not found, and the gateways %2 could not list their sessions just now: it "
               "may be on one of them. Try again, or name the gateway with --profile NAME.")
                .arg(sessionId, found.unanswered.join(QStringLiteral(", "))))};
    if (holders.isEmpty())
        return {output.fail(
            tr("No gateway has a session \"%1\" (gateways: %2).").arg(sessionId, names.join(QStringLiteral(", "))))};
    return {ExitSuccess, runtime.gateway(holders.first())};
}

} // namespace cli
