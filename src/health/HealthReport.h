#pragma once

#include "gateway/Result.h"
#include "health/Health.h"
#include "sessions/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace health {

// The monitoring-plugin verdict of a healthcheck; the exit code is the plugin convention.
enum class Level
{
    Ok,       // every session connected and active (or activity not known)
    Warning,  // zombies only
    Critical, // at least one session not connected
    Unknown,  // the gateway could not be asked: unreachable, secret refused, HTML instead of JSON
};

QString levelName(Level level); // OK, WARNING, CRITICAL, UNKNOWN (never translated: monitoring keywords)
int exitCode(Level level);      // 0, 1, 2, 3

// What the healthcheck did about one unhealthy session.
enum class Action
{
    None,        // healthy: nothing to do
    Pending,     // unhealthy, the QR request has not been sent yet
    DryRun,      // unhealthy, dry run: no request sent
    QrRequested, // one GET /qr went out and the gateway answered
    QrFailed,    // one GET /qr went out and failed
    NotSent,     // cancelled before its request went out
};

QString actionKey(Action action); // none, pending, dry_run, qr_requested, qr_failed, not_sent
QString healthKey(Health health); // healthy, zombie, no_activity, not_connected, activity_unknown

// One session's line of the report.
struct SessionResult
{
    QString gateway; // the profile's name, in a report over several gateways (combine())
    QString id;
    QString name;
    sessions::Status status = sessions::Status::Unknown;
    QString rawStatus;
    Health health = Health::NotConnected;
    QString reason; // translated, from the zombie policy
    QDateTime lastActivityUtc;
    qint64 silentForAtLeastS = -1; // last activity older than the rows read: silent at least this long
    QDateTime statusSinceUtc;      // from the history; invalid when not known

    Action action = Action::None;
    QString actionMessage; // translated

    bool isZombie() const { return health == Health::Zombie; }
    bool needsAction() const { return health == Health::Zombie || health == Health::NotConnected; }
};

struct Counts
{
    int total = 0;
    int connected = 0;    // connected and not a zombie
    int zombie = 0;       // connected but silent for too long
    int notConnected = 0; // any other status; the next four split it
    int disconnected = 0;
    int qrPending = 0;
    int starting = 0;
    int unknown = 0;
};

// The result of one healthcheck, shared by the CLI (text, JSON, exit code) and the GUI:
//
//   auto report = health::HealthReport::fromSessions(book.sessions(), activityProblem);
//   // or, when the listing failed: health::HealthReport::unreachable(result);
//   health::HealthCheck check(client);            // optional: ask for QRs (see HealthCheck.h)
//   out << report.summary();                      // "SESSIONS CRITICAL - 1 disconnected ... | perfdata"
class HealthReport
{
    Q_DECLARE_TR_FUNCTIONS(HealthReport)

public:
    HealthReport() = default; // Unknown, nothing checked

    // Classifies sessions already evaluated by the zombie policy (SessionMonitor's SessionBook).
    // activityProblem: why last activity is unknown (empty when known or not configured).
    static HealthReport fromSessions(const QList<sessions::Session>& sessions, const QString& activityProblem = {});
    // The gateway listing failed: UNKNOWN, whatever the sessions were.
    static HealthReport unreachable(const gateway::Result& listing);
    // The reports of several gateways (profile name, report) as one: CRITICAL when a gateway that
    // answered has a session not connected, else UNKNOWN when a gateway could not be asked, else
    // WARNING for zombies, else OK. Counts add up; each session keeps its gateway's name. One
    // report alone is returned as it is.
    static HealthReport combine(const QList<std::pair<QString, HealthReport>>& perGateway);

    Level level() const { return m_level; }
    int exitCode() const { return health::exitCode(m_level); }
    const Counts& counts() const { return m_counts; }
    const QList<SessionResult>& sessions() const { return m_sessions; }
    QList<SessionResult> unhealthySessions() const;

    // Why the verdict is UNKNOWN (translated), and the gateway failure behind it.
    QString problem() const { return m_problem; }
    // The same for a window: the gateway's own words left out (gateway::Result::agentMessage).
    QString problemForAgent() const { return m_problemForAgent; }
    gateway::ErrorKind problemKind() const { return m_problemKind; }
    QString activityProblem() const { return m_activityProblem; }
    // Of a combined report: the gateways that could not be asked, each with why.
    const QList<std::pair<QString, QString>>& unreachableGateways() const { return m_unreachable; }

    bool isDryRun() const { return m_dryRun; }
    void setDryRun(bool dryRun);
    // Records what was done for one session (no effect for an unknown id).
    void setAction(const QString& id, Action action, const QString& message);

    // The verdict in words, translated, in the design's vocabulary ("All 6 connected", "2
    // disconnected, 1 possibly disconnected"): the status bar, the tray and the CLI all show these.
    QString verdictText() const;
    // Nothing was listed yet (the default-constructed report).
    bool isNotChecked() const { return m_level == Level::Unknown && m_problem.isEmpty(); }

    // Monitoring-plugin first line: "SESSIONS CRITICAL - 1 disconnected, 1 zombie of 6 | sessions=6;;;0 ...".
    QString summary() const;
    // sessions=6;;;0 connected=4;;;0 zombies=1;;;0 not_connected=1;;;0 [uptime_24h=97.5%;;;0;100]
    QString perfData() const;
    // The share of the last 24 hours the sessions were connected (and not possibly disconnected),
    // from the history; nullopt: not known.
    void setUptime24h(std::optional<double> percent) { m_uptime24h = percent; }
    std::optional<double> uptime24h() const { return m_uptime24h; }
    // One line per unhealthy session with what was done, then notes (empty list, activity unknown).
    QStringList detailLines() const;
    QString toText() const; // summary and details, one per line, newline-terminated
    // {verdict, exit_code, counts{...}, sessions:[{id, status, gateway_status, health, is_zombie,
    //  last_activity_at, reason, action, action_ok, action_message}], problem, activity_problem, dry_run}
    // A combined report adds "gateway" to each session and unreachable_gateways:[{gateway, problem}].
    QJsonObject toJson() const;

private:
    QString actionText(const SessionResult& s) const;
    QStringList problemParts() const; // "2 disconnected", "1 possibly disconnected"…

    Level m_level = Level::Unknown;
    Counts m_counts;
    QList<SessionResult> m_sessions;
    QString m_problem;
    QString m_problemForAgent;
    gateway::ErrorKind m_problemKind = gateway::ErrorKind::None;
    QString m_activityProblem;
    QList<std::pair<QString, QString>> m_unreachable; // combined: gateway, why
    bool m_combined = false;                          // sessions carry their gateway's name
    bool m_dryRun = false;
    std::optional<double> m_uptime24h;
};

// ISO 8601 UTC with a trailing Z, or a JSON null when the time is invalid.
QJsonValue isoUtcOrNull(const QDateTime& time);

} // namespace health

Q_DECLARE_METATYPE(health::HealthReport)
