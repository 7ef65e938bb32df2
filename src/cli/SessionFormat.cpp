#include "cli/SessionFormat.h"

#include "health/HealthReport.h"
#include "health/ZombiePolicy.h"
#include "sessions/VisibleText.h"

#include <QJsonObject>

namespace cli {

QJsonObject SessionFormat::toJson(const sessions::Session& s, const QString& gateway, const QString& dialect)
{
    const QDateTime last = s.activity == sessions::ActivityState::Known ? s.lastActivityUtc : QDateTime();
    const QJsonValue silent = s.activity == sessions::ActivityState::SilentAtLeast
                                  ? QJsonValue(double(std::max<qint64>(0, s.silenceSeconds)))
                                  : QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("status"), sessions::statusKey(s.status)},
        {QStringLiteral("gateway_status"), s.rawStatus},
        {QStringLiteral("last_activity_at"), health::isoUtcOrNull(last)},
        {QStringLiteral("silent_for_at_least_s"), silent},
        {QStringLiteral("is_zombie"), s.isZombie()},
        {QStringLiteral("gateway"), gateway},
        {QStringLiteral("dialect"), dialect},
        {QStringLiteral("account"),
         s.extras.account().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.extras.account())},
        {QStringLiteral("duplicate_id"), s.hasDuplicateId()},
        {QStringLiteral("status_since"), health::isoUtcOrNull(s.statusSinceUtc)},
    };
}

QString SessionFormat::lastActivity(const sessions::Session& s)
{
    switch (s.activity) {
    case sessions::ActivityState::Known:
        return tr("%1 ago").arg(health::ZombiePolicy::formatDuration(std::chrono::seconds(s.silenceSeconds)));
    case sessions::ActivityState::SilentAtLeast:
        return tr("more than %1 ago").arg(health::ZombiePolicy::formatDuration(std::chrono::seconds(s.silenceSeconds)));
    case sessions::ActivityState::None:
        return tr("never");
    case sessions::ActivityState::Unknown:
        break;
    }
    return tr("unknown");
}

QString SessionFormat::health(const sessions::Session& s)
{
    switch (s.health) {
    case sessions::Health::Zombie:
        return tr("POSSIBLY DISCONNECTED (%1)").arg(s.healthReason);
    case sessions::Health::Healthy:
        return tr("ok");
    case sessions::Health::NoActivity:
        return tr("no activity recorded");
    case sessions::Health::ActivityUnknown:
        return tr("ok (activity unknown)");
    case sessions::Health::NotConnected:
        break;
    }
    return tr("not connected");
}

QString SessionFormat::table(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows)
        widen(widths, row);
    QString out;
    for (const QStringList& row : rows)
        out += line(row, widths);
    return out;
}

void SessionFormat::widen(QList<qsizetype>& widths, const QStringList& row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (widths.size() <= i)
            widths.append(0);
        widths[i] = std::max(widths[i], sessions::visibleText(row.at(i)).size());
    }
}

QString SessionFormat::line(const QStringList& row, const QList<qsizetype>& widths)
{
    // Cells hold gateway values: a newline or an escape sequence in one must not forge a line.
    QString out;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QString cell = sessions::visibleText(row.at(i));
        out += i + 1 < row.size() ? cell.leftJustified(widths.value(i) + 2) : cell;
    }
    return out + QLatin1Char('\n');
}

} // namespace cli
