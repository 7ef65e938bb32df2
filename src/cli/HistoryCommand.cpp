#include "cli/HistoryCommand.h"

#include "cli/CommandContext.h"
#include "cli/SessionFormat.h"
#include "cli/Waits.h"
#include "health/ZombiePolicy.h"
#include "history/Uptime.h"
#include "runtime/Runtime.h"
#include "runtime/SessionsRuntime.h"
#include "sessions/VisibleText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace cli {

namespace {
const QString SinceOption = QStringLiteral("since");
constexpr qint64 HourMs = 3600LL * 1000;
} // namespace

QString HistoryCommand::summary() const
{
    return tr("Status changes and operator actions of one session.");
}

QString HistoryCommand::description() const
{
    return tr("Prints the status changes the desktop app and the command line saw for one session, and the "
              "operator actions on it (create, reconnect, restart, logout, delete, threshold, settings: who, when, "
              "result), oldest first, from every gateway (or --profile), then its uptime over the period.\n"
              "With --json: one JSON array, oldest first; each element has at, gateway, session, kind (status or "
              "action), and for a status change from, to, gateway_status and zombie, for an action action, actor "
              "and result (ok or the failure message).");
}

QString HistoryCommand::synopsis() const
{
    return Command::synopsis() + QStringLiteral(" [--since 24h|7d]");
}

QList<QCommandLineOption> HistoryCommand::options() const
{
    return {QCommandLineOption(SinceOption, tr("How far back: hours (24h) or days (7d); default 24h."),
                               QStringLiteral("PERIOD"), QStringLiteral("24h"))};
}

std::optional<qint64> HistoryCommand::parsePeriod(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,4})([hd])$"));
    const QRegularExpressionMatch m = form.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const qint64 ms = n * HourMs * (m.captured(2) == u"d" ? 24 : 1);
    if (n <= 0 || ms > 366 * 24 * HourMs)
        return std::nullopt;
    return ms;
}

int HistoryCommand::run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    const QString id = args.value(0);
    const auto period = parsePeriod(parser.value(SinceOption));
    if (!period)
        return context.usage(tr("--since takes a number of hours or days, such as 24h or 7d."), this);
    if (const QString problem = context.runtime().config().problem; !problem.isEmpty())
        return context.usage(problem, this);
    if (!context.runtime().history())
        return context.fail(tr("The history is not available."));

    QStringList gateways;
    for (const runtime::SessionsRuntime* g : context.gateways())
        gateways << g->name();
    QList<history::Event> events;
    QList<history::Segment> segments;
    for (const QString& gateway : std::as_const(gateways)) {
        // Each gateway's history is asked separately: a deleted session still has one.
        const qint64 probeNow = QDateTime::currentMSecsSinceEpoch();
        waits::HistoryPage page =
            waits::historyOf(context.runtime().history(), gateway, id, probeNow - *period - HourMs);
        if (!page.ok)
            return context.fail(tr("The history did not answer in time. %1").arg(context.runtime().historyProblem()));
        const qint64 from = page.nowMs - *period;
        page.events.removeIf([from](const history::Event& e) { return e.atMs < from; });
        const auto state = page.states.constFind(id);
        segments += history::timeline(
            page.events, state != page.states.constEnd() ? std::optional(*state) : std::nullopt, from, page.nowMs);
        events += page.events;
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const history::Event& a, const history::Event& b) { return a.atMs < b.atMs; });
    if (const QString problem = context.runtime().historyProblem(); !problem.isEmpty())
        context.warn(problem);

    if (context.options().json) {
        QJsonArray array;
        for (const history::Event& e : std::as_const(events))
            array.append(e.toJson());
        context.print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }

    const QString periodText = health::ZombiePolicy::formatDuration(std::chrono::seconds(*period / 1000));
    if (events.isEmpty() && segments.isEmpty()) {
        context.printText(
            tr("No history for the session \"%1\" in the last %2.\n").arg(sessions::visibleText(id), periodText));
        return ExitSuccess;
    }
    QList<QStringList> rows;
    QStringList header{tr("AT (UTC)"), tr("KIND"), tr("WHAT")};
    if (gateways.size() > 1)
        header.insert(1, tr("GATEWAY"));
    rows << header;
    for (const history::Event& e : std::as_const(events)) {
        QString what;
        if (e.isStatus()) {
            const QString to = sessions::statusKey(e.to) + (e.toZombie ? tr(" (possibly disconnected)") : QString());
            const QString from =
                e.from ? sessions::statusKey(*e.from) + (e.fromZombie ? tr(" (possibly disconnected)") : QString())
                       : tr("(first seen)");
            what = tr("%1 -> %2 (gateway: \"%3\")").arg(from, to, sessions::visibleText(e.gatewayStatus));
        } else {
            what = tr("%1 by %2: %3")
                       .arg(e.action, sessions::visibleText(e.actor), sessions::visibleText(e.result).simplified());
        }
        QStringList row{history::isoUtc(e.atMs), e.isStatus() ? tr("status") : tr("action"), what};
        if (gateways.size() > 1)
            row.insert(1, e.gateway);
        rows << row;
    }
    QString text = events.isEmpty() ? tr("No change in the last %1.\n").arg(periodText) : SessionFormat::table(rows);
    const history::Uptime up = history::uptimeOf(segments);
    if (up.isKnown())
        text += tr("Uptime over the last %1: %2% of the %3 the history knows of.\n")
                    .arg(periodText, QLocale().toString(up.percent(), 'f', 1),
                         health::ZombiePolicy::formatDuration(std::chrono::seconds(up.knownMs / 1000)));
    context.printText(text);
    return ExitSuccess;
}

} // namespace cli
