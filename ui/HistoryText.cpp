#include "HistoryText.h"

#include "BadgeTone.h"
#include "RelativeTime.h"
#include "sessions/VisibleText.h"

#include <QLocale>

namespace ui {

QString HistoryText::shortDateTime(qint64 msSinceEpoch)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toLocalTime();
    const QLocale locale;
    return tr("%1, %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                            locale.toString(local.time(), QLocale::ShortFormat));
}

QString HistoryText::since(const sessions::Session& s)
{
    if (!s.statusSinceUtc.isValid())
        return QStringLiteral("—");
    // The column's title says what the instant is, the badge next to it which status, and the
    // tooltip both in words: the cell stays narrow ("Connected since 02/12/2026, 09:03" was cut).
    return RelativeTime::compact(s.statusSinceUtc);
}

QString HistoryText::sinceTooltip(const sessions::Session& s)
{
    if (!s.statusSinceUtc.isValid())
        return tr("Not known yet: the history has not seen this session change status since it was first seen.");
    const qint64 age = std::max<qint64>(0, s.statusSinceUtc.secsTo(QDateTime::currentDateTimeUtc()));
    return tr("%1 since %2 (%3)")
        .arg(sessions::visibleText(badgeLabel(s)), RelativeTime::absolute(s.statusSinceUtc), RelativeTime::ago(age));
}

QString HistoryText::percent(const history::Uptime& u)
{
    if (!u.isKnown())
        return QStringLiteral("—");
    return tr("%1%").arg(QLocale().toString(u.percent(), 'f', 1));
}

QString HistoryText::uptimeTooltip(const history::UptimePair* u)
{
    if (!u || (!u->day.isKnown() && !u->week.isKnown()))
        return tr("Not known yet: the history has no record of this session.");
    return tr("Connected (and not possibly disconnected) %1 of the last 24 h, %2 of the last 7 days, counted over "
              "the time the history knows of.")
        .arg(percent(u->day), percent(u->week));
}

QString HistoryText::actionLabel(const QString& action)
{
    if (action == u"create")
        return tr("Create");
    if (action == u"reconnect")
        return tr("Reconnect");
    if (action == u"restart")
        return tr("Restart");
    if (action == u"logout")
        return tr("Log out the phone");
    if (action == u"delete")
        return tr("Delete");
    if (action == u"threshold")
        return tr("Silence threshold");
    if (action == u"settings")
        return tr("Settings");
    return sessions::visibleText(action);
}

namespace {
sessions::Session asSession(sessions::Status status, bool zombie, const QString& gatewayStatus)
{
    sessions::Session s;
    s.status = status;
    s.rawStatus = gatewayStatus;
    s.health =
        zombie ? sessions::Health::Zombie
               : (status == sessions::Status::Connected ? sessions::Health::Healthy : sessions::Health::NotConnected);
    return s;
}
} // namespace

BadgeTone HistoryText::tone(sessions::Status status, bool zombie)
{
    return badgeTone(asSession(status, zombie, {}));
}

QString HistoryText::statusText(sessions::Status status, bool zombie, const QString& gatewayStatus)
{
    return sessions::visibleText(badgeLabel(asSession(status, zombie, gatewayStatus)));
}

QString HistoryText::eventText(const history::Event& e)
{
    if (!e.isStatus()) {
        const QString result = e.ok() ? tr("done") : tr("failed: %1").arg(sessions::visibleText(e.result));
        return tr("%1 by %2: %3").arg(actionLabel(e.action), sessions::visibleText(e.actor), result);
    }
    const auto label = [&e](sessions::Status status, bool zombie) {
        return statusText(status, zombie, e.gatewayStatus);
    };
    const QString to = label(e.to, e.toZombie);
    if (!e.from)
        return tr("First seen: %1").arg(to);
    return tr("%1 → %2").arg(label(*e.from, e.fromZombie), to);
}

QString HistoryText::lastAction(const history::Event& a)
{
    const QString result = a.ok() ? tr("done") : tr("failed");
    return tr("Last action: %1 by %2, %3 (%4)")
        .arg(actionLabel(a.action), sessions::visibleText(a.actor), shortDateTime(a.atMs), result);
}

} // namespace ui
