#include "health/HealthReport.h"

#include "sessions/VisibleText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace health {

QString levelName(Level level)
{
    switch (level) {
    case Level::Ok:
        return QStringLiteral("OK");
    case Level::Warning:
        return QStringLiteral("WARNING");
    case Level::Critical:
        return QStringLiteral("CRITICAL");
    case Level::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

int exitCode(Level level)
{
    switch (level) {
    case Level::Ok:
        return 0;
    case Level::Warning:
        return 1;
    case Level::Critical:
        return 2;
    case Level::Unknown:
        break;
    }
    return 3;
}

QString actionKey(Action action)
{
    switch (action) {
    case Action::None:
        return QStringLiteral("none");
    case Action::Pending:
        return QStringLiteral("pending");
    case Action::DryRun:
        return QStringLiteral("dry_run");
    case Action::QrRequested:
        return QStringLiteral("qr_requested");
    case Action::QrFailed:
        return QStringLiteral("qr_failed");
    case Action::NotSent:
        break;
    }
    return QStringLiteral("not_sent");
}

QString healthKey(Health health)
{
    switch (health) {
    case Health::Healthy:
        return QStringLiteral("healthy");
    case Health::Zombie:
        return QStringLiteral("zombie");
    case Health::NoActivity:
        return QStringLiteral("no_activity");
    case Health::ActivityUnknown:
        return QStringLiteral("activity_unknown");
    case Health::NotConnected:
        break;
    }
    return QStringLiteral("not_connected");
}

QJsonValue isoUtcOrNull(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODate); // Qt writes UTC with a trailing Z
}

namespace {

// Monitoring systems split the first line at '|' and read one line of text: keep both intact.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1Char('/'));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return sessions::visibleText(text.simplified());
}

} // namespace

HealthReport HealthReport::fromSessions(const QList<sessions::Session>& list, const QString& activityProblem)
{
    HealthReport report;
    report.m_activityProblem = activityProblem;
    report.m_sessions.reserve(list.size());
    Counts& c = report.m_counts;
    for (const sessions::Session& s : list) {
        SessionResult r;
        r.id = s.id;
        r.name = s.name;
        r.status = s.status;
        r.rawStatus = s.rawStatus;
        r.health = s.health;
        r.reason = s.healthReason;
        if (s.activity == sessions::ActivityState::Known)
            r.lastActivityUtc = s.lastActivityUtc;
        if (s.activity == sessions::ActivityState::SilentAtLeast)
            r.silentForAtLeastS = std::max<qint64>(0, s.silenceSeconds);
        r.statusSinceUtc = s.statusSinceUtc;
        r.action = r.needsAction() ? Action::Pending : Action::None;
        if (r.needsAction())
            r.actionMessage = tr("not acted upon yet");

        ++c.total;
        if (s.health == Health::Zombie) {
            ++c.zombie;
        } else if (s.status == sessions::Status::Connected) {
            ++c.connected;
        } else {
            ++c.notConnected;
            switch (s.status) {
            case sessions::Status::Disconnected:
                ++c.disconnected;
                break;
            case sessions::Status::QrPending:
                ++c.qrPending;
                break;
            case sessions::Status::Starting:
                ++c.starting;
                break;
            default:
                ++c.unknown;
                break;
            }
        }
        report.m_sessions.append(r);
    }
    report.m_level = c.notConnected > 0 ? Level::Critical : (c.zombie > 0 ? Level::Warning : Level::Ok);
    return report;
}

HealthReport HealthReport::unreachable(const gateway::Result& listing)
{
    HealthReport report;
    report.m_level = Level::Unknown;
    report.m_problemKind = listing.kind;
    const QString fallback = tr("The gateway could not be asked for its sessions.");
    report.m_problem = listing.message.isEmpty() ? fallback : listing.message.toString();
    report.m_problemForAgent = listing.message.isEmpty() ? fallback : listing.agentMessage();
    return report;
}

HealthReport HealthReport::combine(const QList<std::pair<QString, HealthReport>>& perGateway)
{
    if (perGateway.size() == 1)
        return perGateway.first().second;
    HealthReport out;
    out.m_combined = true;
    bool critical = false;
    bool warning = false;
    double uptimeWeighted = 0;
    qint64 uptimeSessions = 0;
    QStringList problems;
    QStringList problemsForAgent;
    for (const auto& [name, report] : perGateway) {
        if (report.level() == Level::Unknown) {
            const QString why = report.m_problem.isEmpty() ? tr("not checked") : report.m_problem;
            out.m_unreachable.append({name, why});
            problems << tr("gateway %1: %2").arg(name, why);
            problemsForAgent
                << tr("gateway %1: %2").arg(name, report.m_problemForAgent.isEmpty() ? why : report.m_problemForAgent);
            if (out.m_problemKind == gateway::ErrorKind::None)
                out.m_problemKind = report.m_problemKind;
            continue;
        }
        critical = critical || report.level() == Level::Critical;
        warning = warning || report.level() == Level::Warning;
        Counts& c = out.m_counts;
        const Counts& r = report.m_counts;
        c.total += r.total;
        c.connected += r.connected;
        c.zombie += r.zombie;
        c.notConnected += r.notConnected;
        c.disconnected += r.disconnected;
        c.qrPending += r.qrPending;
        c.starting += r.starting;
        c.unknown += r.unknown;
        for (SessionResult s : report.m_sessions) {
            s.gateway = name;
            out.m_sessions.append(s);
        }
        if (out.m_activityProblem.isEmpty())
            out.m_activityProblem = report.m_activityProblem;
        out.m_dryRun = out.m_dryRun || report.m_dryRun;
        if (report.m_uptime24h) { // weighted by the sessions each gateway has
            uptimeWeighted += *report.m_uptime24h * r.total;
            uptimeSessions += r.total;
        }
    }
    if (uptimeSessions > 0)
        out.m_uptime24h = uptimeWeighted / uptimeSessions;
    out.m_problem = problems.join(QStringLiteral("; "));
    out.m_problemForAgent = problemsForAgent.join(QStringLiteral("; "));
    out.m_level = critical                       ? Level::Critical
                  : !out.m_unreachable.isEmpty() ? Level::Unknown
                  : warning                      ? Level::Warning
                                                 : Level::Ok;
    return out;
}

QList<SessionResult> HealthReport::unhealthySessions() const
{
    QList<SessionResult> out;
    for (const SessionResult& s : m_sessions) {
        if (s.needsAction())
            out.append(s);
    }
    return out;
}

void HealthReport::setDryRun(bool dryRun)
{
    m_dryRun = dryRun;
    for (SessionResult& s : m_sessions) {
        if (dryRun && s.action == Action::Pending) {
            s.action = Action::DryRun;
            s.actionMessage = tr("(dry run: no request sent)");
        } else if (!dryRun && s.action == Action::DryRun) {
            s.action = Action::Pending;
            s.actionMessage = tr("not acted upon yet");
        }
    }
}

void HealthReport::setAction(const QString& id, Action action, const QString& message)
{
    for (SessionResult& s : m_sessions) {
        if (s.id == id) {
            s.action = action;
            s.actionMessage = message;
            return;
        }
    }
}

QString HealthReport::perfData() const
{
    const Counts& c = m_counts;
    QString perf = QStringLiteral("sessions=%1;;;0 connected=%2;;;0 zombies=%3;;;0 not_connected=%4;;;0")
                       .arg(c.total)
                       .arg(c.connected)
                       .arg(c.zombie)
                       .arg(c.notConnected);
    if (m_uptime24h) // the monitoring format: a C-locale number, whatever the language
        perf += QStringLiteral(" uptime_24h=%1%;;;0;100").arg(*m_uptime24h, 0, 'f', 1);
    return perf;
}

QStringList HealthReport::problemParts() const
{
    // The words of the session table (the design's vocabulary), worst first.
    const Counts& c = m_counts;
    QStringList parts;
    // Numerus forms: pt_BR agrees in number ("2 desconectadas"), never "desconectada(s)".
    if (c.disconnected > 0)
        parts << tr("%n disconnected", nullptr, c.disconnected);
    if (c.qrPending > 0)
        parts << tr("%n waiting for QR scan", nullptr, c.qrPending);
    if (c.starting > 0)
        parts << tr("%n starting", nullptr, c.starting);
    if (c.unknown > 0)
        parts << tr("%n in an unknown state", nullptr, c.unknown);
    if (c.zombie > 0)
        parts << tr("%n possibly disconnected", nullptr, c.zombie);
    return parts;
}

QString HealthReport::verdictText() const
{
    if (isNotChecked())
        return tr("Health not checked yet");
    if (m_level == Level::Unknown && !m_combined)
        return tr("Health unknown");
    const Counts& c = m_counts;
    QString text;
    if (c.total == 0)
        text = tr("No sessions");
    else if (c.notConnected == 0 && c.zombie == 0)
        text = c.total == 1 ? tr("The session is connected") : tr("All %n connected", nullptr, c.total);
    else
        text = tr("%1 of %2").arg(problemParts().join(QStringLiteral(", "))).arg(c.total);
    // A combined report counts only the gateways that answered: say which did not.
    QStringList silent;
    for (const auto& [name, why] : m_unreachable)
        silent << name;
    if (silent.size() == 1)
        text = tr("%1; gateway %2 not answering").arg(text, silent.first());
    else if (silent.size() > 1)
        text = tr("%1; gateways %2 not answering").arg(text, silent.join(QStringLiteral(", ")));
    return text;
}

QString HealthReport::summary() const
{
    const QString head = QStringLiteral("SESSIONS ") + levelName(m_level) + QStringLiteral(" - ");
    if (m_level == Level::Unknown && !m_combined)
        return head + oneLine(m_problem.isEmpty() ? tr("not checked") : m_problem);
    if (m_level == Level::Unknown) // some gateways answered: their figures, and who did not
        return head + oneLine(m_problem) + QStringLiteral(" | ") + perfData();
    return head + oneLine(verdictText()) + QStringLiteral(" | ") + perfData();
}

QString HealthReport::actionText(const SessionResult& s) const
{
    if (!s.actionMessage.isEmpty())
        return s.actionMessage;
    switch (s.action) {
    case Action::DryRun:
        return tr("(dry run: no request sent)");
    case Action::NotSent:
        return tr("not sent (cancelled)");
    default:
        return tr("not acted upon yet");
    }
}

QStringList HealthReport::detailLines() const
{
    QStringList lines;
    if (m_level == Level::Unknown && !m_combined) {
        lines << tr("No session was checked and nothing was sent: the gateway did not give its session list.");
        return lines;
    }
    for (const auto& [name, why] : m_unreachable)
        lines << oneLine(tr("Gateway %1 not checked, nothing sent to it: %2").arg(name, why));
    for (const SessionResult& s : m_sessions) {
        if (!s.needsAction())
            continue;
        QString what = sessions::statusKey(s.status);
        if (s.status == sessions::Status::Unknown)
            what += QStringLiteral(" (\"") + s.rawStatus + QStringLiteral("\")");
        if (s.isZombie())
            what = tr("%1, possibly disconnected: %2").arg(what, s.reason);
        const QString who = s.gateway.isEmpty() ? s.id : s.gateway + QLatin1Char('/') + s.id;
        lines << oneLine(who + QStringLiteral(": ") + what + QStringLiteral(" -> ") + actionText(s));
    }
    if (m_counts.total == 0 && m_unreachable.isEmpty())
        lines << tr("Note: the gateway answered with an empty session list; there is nothing to check.");
    if (!m_activityProblem.isEmpty())
        lines << oneLine(tr("Note: zombies could not be detected: %1").arg(m_activityProblem));
    return lines;
}

QString HealthReport::toText() const
{
    QString text = summary() + QLatin1Char('\n');
    for (const QString& line : detailLines())
        text += line + QLatin1Char('\n');
    return text;
}

QJsonObject HealthReport::toJson() const
{
    const Counts& c = m_counts;
    const QJsonObject counts{
        {QStringLiteral("total"), c.total},
        {QStringLiteral("connected"), c.connected},
        {QStringLiteral("zombie"), c.zombie},
        {QStringLiteral("not_connected"), c.notConnected},
        {QStringLiteral("disconnected"), c.disconnected},
        {QStringLiteral("qr_pending"), c.qrPending},
        {QStringLiteral("starting"), c.starting},
        {QStringLiteral("unknown"), c.unknown},
    };
    QJsonArray list;
    for (const SessionResult& s : m_sessions) {
        QJsonValue ok(QJsonValue::Null); // null: no request was sent
        if (s.action == Action::QrRequested)
            ok = true;
        else if (s.action == Action::QrFailed)
            ok = false;
        QJsonObject session{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("status"), sessions::statusKey(s.status)},
            {QStringLiteral("gateway_status"), s.rawStatus},
            {QStringLiteral("health"), healthKey(s.health)},
            {QStringLiteral("is_zombie"), s.isZombie()},
            {QStringLiteral("last_activity_at"), isoUtcOrNull(s.lastActivityUtc)},
            {QStringLiteral("silent_for_at_least_s"),
             s.silentForAtLeastS >= 0 ? QJsonValue(double(s.silentForAtLeastS)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status_since"), isoUtcOrNull(s.statusSinceUtc)},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("action"), actionKey(s.action)},
            {QStringLiteral("action_ok"), ok},
            {QStringLiteral("action_message"), s.action == Action::None ? QString() : actionText(s)},
        };
        if (m_combined)
            session.insert(QStringLiteral("gateway"), s.gateway);
        list.append(session);
    }
    QJsonObject out{
        {QStringLiteral("verdict"), levelName(m_level)},
        {QStringLiteral("exit_code"), exitCode()},
        {QStringLiteral("summary"), summary()},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("sessions"), list},
        {QStringLiteral("dry_run"), m_dryRun},
        {QStringLiteral("uptime_24h"), m_uptime24h ? QJsonValue(*m_uptime24h) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("problem"), m_problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_problem)},
        {QStringLiteral("activity_problem"),
         m_activityProblem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_activityProblem)},
    };
    if (m_level == Level::Unknown || !m_unreachable.isEmpty())
        out.insert(QStringLiteral("error_kind"), gateway::errorKindName(m_problemKind));
    if (m_combined) {
        QJsonArray unreachable;
        for (const auto& [name, why] : m_unreachable)
            unreachable.append(QJsonObject{{QStringLiteral("gateway"), name}, {QStringLiteral("problem"), why}});
        out.insert(QStringLiteral("unreachable_gateways"), unreachable);
    }
    return out;
}

} // namespace health
