#include "SessionTableModel.h"

#include "BadgeTone.h"
#include "HistoryText.h"
#include "Palette.h"
#include "RelativeTime.h"
#include "activity/ChannelId.h"
#include "health/ZombiePolicy.h"
#include "sessions/PhoneNumber.h"
#include "sessions/VisibleText.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStringBuilder>
#include <QStyle>

#include <limits>

namespace ui {

namespace {

using Fields = sessions::SessionBook::Fields;

// Problems first when sorted ascending: the rows a support person has to act on.
int statusRank(const sessions::Session& s)
{
    if (s.isZombie())
        return 1;
    switch (s.status) {
    case sessions::Status::Disconnected:
        return 0;
    case sessions::Status::QrPending:
        return 2;
    case sessions::Status::Starting:
        return 3;
    case sessions::Status::Unknown:
        return 4;
    case sessions::Status::Connected:
        return 5;
    }
    return 4;
}

// Gateway values are shown with their controls and bidi overrides made visible (an U+202E in a
// name must not reverse the rest of the row); IdRole and SessionRole keep them exact. A name that
// only spells the id differently ("Pixel12 Digital" for pixel12digital) is shown alone: the id
// would repeat it (the tooltip and the filter still have the id).
QString nameWithId(const sessions::Session& s)
{
    if (s.name.isEmpty() || s.name == s.id)
        return sessions::visibleText(s.id);
    return sessions::visibleText(s.name) % QLatin1String(" (") % sessions::visibleText(s.id) % QLatin1Char(')');
}

QString displayName(const sessions::Session& s)
{
    if (!s.name.isEmpty() && s.name != s.id &&
        activity::normaliseChannelId(s.name) == activity::normaliseChannelId(s.id))
        return sessions::visibleText(s.name);
    return nameWithId(s);
}

} // namespace

SessionTableModel::SessionTableModel(const sessions::SessionBook& book, QObject* parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    using Book = sessions::SessionBook;
    connect(&book, &Book::rowsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(&book, &Book::rowsInserted, this, [this] { endInsertRows(); });
    connect(&book, &Book::rowsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(&book, &Book::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(&book, &Book::rowChanged, this, &SessionTableModel::onRowChanged);
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_book.size();
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SessionTableModel::rowOf(const QString& id) const
{
    return m_book.indexOf(id);
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sessions::Session& s = m_book.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case StatusRole:
        return int(s.status);
    case RawStatusRole:
        return s.rawStatus;
    case HealthRole:
        return int(s.health);
    case BadgeToneRole:
        return int(badgeTone(s));
    case SortRole:
        return sortValue(s, index.column());
    case SessionRole:
        return QVariant::fromValue(s);
    case StaleRole:
        return m_stale;
    case GatewayRole:
        return m_gateway;
    case WholeTextRole: // a ticket or a file names the session exactly
        return index.column() == Session ? nameWithId(s) : sessionData(s, index.column(), Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (m_stale)
            return QBrush(palette::staleRowText()); // the disabled text colour is 1.9:1 on white
        return {};
    default:
        break;
    }
    return sessionData(s, index.column(), role);
}

QVariant SessionTableModel::sessionData(const sessions::Session& s, int column, int role) const
{
    switch (column) {
    case Session:
        if (role == Qt::DisplayRole)
            return displayName(s);
        if (role == Qt::ToolTipRole) {
            QString tip = tr("Session ID: %1").arg(sessions::visibleText(s.id));
            if (s.hasDuplicateId())
                tip = QString(tip % QLatin1Char('\n') % sessions::SessionBook::duplicateIdNote(s));
            if (m_stale && !m_staleReason.isEmpty())
                tip = QString(tip % QLatin1Char('\n') %
                              tr("Not updated: the last refresh of this gateway failed. %1").arg(m_staleReason));
            return tip;
        }
        if (role == Qt::DecorationRole && s.hasDuplicateId())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return sessions::visibleText(badgeLabel(s));
        if (role == Qt::ToolTipRole) {
            QString gateway =
                tr("Gateway status: %1").arg(s.rawStatus.isEmpty() ? tr("(none)") : sessions::visibleText(s.rawStatus));
            if (s.status == sessions::Status::Unknown)
                gateway = QString(tr("The gateway reported a status this app does not know. Refresh; if it stays, "
                                     "reconnect the session.") %
                                  QLatin1Char('\n') % gateway);
            // What the gateway's state means for the agent (WAHA FAILED, Whapi SYNC_ERROR, Evolution's
            // disconnection code), above the gateway's word.
            if (!s.extras.reason().isEmpty())
                gateway = QString(sessions::visibleText(s.extras.reason()) % QLatin1Char('\n') % gateway);
            if (s.healthReason.isEmpty() || s.status != sessions::Status::Connected)
                return gateway;
            return QString(sessions::visibleText(s.healthReason) % QLatin1Char('\n') % gateway);
        }
        break;
    case LastActivity:
        return activityData(s, role);
    case StatusSince:
        if (role == Qt::DisplayRole)
            return HistoryText::since(s);
        if (role == Qt::ToolTipRole)
            return HistoryText::sinceTooltip(s);
        break;
    case Uptime: {
        const auto it = m_uptimes.constFind(s.id);
        const history::UptimePair* up = it != m_uptimes.constEnd() ? &*it : nullptr;
        if (role == Qt::DisplayRole)
            return up ? HistoryText::percent(up->day) : QStringLiteral("—");
        if (role == Qt::ToolTipRole)
            return HistoryText::uptimeTooltip(up);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case Gateway:
        if (role == Qt::DisplayRole)
            return m_gateway;
        break;
    case Account:
        if (role == Qt::DisplayRole)
            return sessions::visibleText(sessions::formatPhone(s.extras.account()));
        if (role == Qt::ToolTipRole) {
            if (s.extras.account().isEmpty())
                return tr("Not known: the gateway does not say which phone is linked.");
            return s.extras.pushName().isEmpty()
                       ? tr("WhatsApp name: not known")
                       : tr("WhatsApp name: %1").arg(sessions::visibleText(s.extras.pushName()));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SessionTableModel::activityData(const sessions::Session& s, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (s.activity) {
        case sessions::ActivityState::Known:
            return RelativeTime::ago(s.silenceSeconds);
        case sessions::ActivityState::SilentAtLeast:
            return RelativeTime::moreThanAgo(s.silenceSeconds);
        case sessions::ActivityState::None:
            return noActivityText();
        case sessions::ActivityState::Unknown:
            return tr("Unknown");
        }
        return {};
    }
    if (role == Qt::ToolTipRole)
        return activityTooltip(s);
    if (role == Qt::FontRole && s.activity != sessions::ActivityState::Known) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QString SessionTableModel::activityTooltip(const sessions::Session& s) const
{
    switch (s.activity) {
    case sessions::ActivityState::Known: {
        const QString source = s.activitySource == sessions::ActivitySource::Gateway ? tr("from the gateway")
                                                                                     : tr("from the activity database");
        const QString when = tr("%1 (%2)").arg(RelativeTime::absolute(s.lastActivityUtc), source);
        if (s.isZombie())
            return QString(when % QLatin1Char('\n') % s.healthReason);
        return when;
    }
    case sessions::ActivityState::SilentAtLeast: {
        const QString why = tr("Silent for at least %1: the activity read so far, newest first, has no message of "
                               "this session. Older history is still being read.")
                                .arg(health::ZombiePolicy::formatDuration(std::chrono::seconds(s.silenceSeconds)));
        return s.healthReason.isEmpty() ? why : QString(why % QLatin1Char('\n') % s.healthReason);
    }
    case sessions::ActivityState::None:
        if (s.isZombie())
            return s.healthReason;
        return s.activitySource == sessions::ActivitySource::Gateway
                   ? tr("The gateway has no inbound message among this session's newest chats.")
                   : tr("The activity database has no message recorded for this session.");
    case sessions::ActivityState::Unknown:
        break;
    }
    return m_activityNote.isEmpty() ? tr("No activity database is configured. Set one up in Settings to see the "
                                         "last activity of each session.")
                                    : m_activityNote;
}

QVariant SessionTableModel::sortValue(const sessions::Session& s, int column) const
{
    switch (column) {
    case StatusSince: // the longest in its status first; unknown last
        return s.statusSinceUtc.isValid() ? s.statusSinceUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case Uptime: { // the worst first; unknown last
        const history::Uptime day = m_uptimes.value(s.id).day;
        return day.isKnown() ? day.percent() : 1000.0;
    }
    case Gateway:
        return QString(m_gateway % QLatin1Char('\n') % displayName(s).toCaseFolded());
    case Account: // unknown last
        return s.extras.account().isEmpty() ? QStringLiteral("~") : s.extras.account();
    case Session:
        return displayName(s).toCaseFolded();
    case Status:
        return statusRank(s);
    case LastActivity:
        // Most recent first; then "no activity"; then "unknown".
        switch (s.activity) {
        case sessions::ActivityState::Known:
        case sessions::ActivityState::SilentAtLeast: // at least that long: sorts with the exact ages
            return s.silenceSeconds;
        case sessions::ActivityState::None:
            return std::numeric_limits<qint64>::max() - 1;
        case sessions::ActivityState::Unknown:
            return std::numeric_limits<qint64>::max();
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The title may be short in a language ("Tempo conectada"): the tooltip says over what time.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Uptime)
        return tr("The share of the last 24 h the session was connected (and not possibly disconnected), over the "
                  "time the history knows of.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Session:
        return tr("Session");
    case Status:
        return tr("Status");
    case LastActivity:
        return tr("Last activity");
    case StatusSince:
        return tr("Status since");
    case Uptime:
        return tr("Uptime (24 h)");
    case Gateway:
        return tr("Gateway");
    case Account:
        return tr("Phone number");
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> SessionTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StatusRole, "status");
    names.insert(RawStatusRole, "rawStatus");
    names.insert(HealthRole, "health");
    names.insert(BadgeToneRole, "badgeTone");
    names.insert(SortRole, "sort");
    names.insert(SessionRole, "session");
    names.insert(StaleRole, "stale");
    names.insert(GatewayRole, "gateway");
    return names;
}

void SessionTableModel::onRowChanged(int row, Fields fields)
{
    // One dataChanged per changed row, spanning only the columns and roles that moved.
    int first = ColumnCount;
    int last = -1;
    QList<int> roles{SessionRole};
    const auto touch = [&](int column, std::initializer_list<int> more) {
        first = std::min(first, column);
        last = std::max(last, column);
        for (int r : more) {
            if (!roles.contains(r))
                roles.append(r);
        }
    };
    if (fields & sessions::SessionBook::NameField) {
        touch(Session, {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, SortRole});
        touch(Account, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
    }
    if (fields & sessions::SessionBook::StatusField) {
        touch(Status, {Qt::DisplayRole, Qt::ToolTipRole, StatusRole, RawStatusRole, BadgeToneRole, SortRole});
        touch(StatusSince, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
    }
    if (fields & sessions::SessionBook::HealthField) {
        touch(Status, {Qt::DisplayRole, Qt::ToolTipRole, HealthRole, BadgeToneRole, SortRole});
        touch(LastActivity, {Qt::ToolTipRole});
        touch(StatusSince, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
    }
    if (fields & sessions::SessionBook::ActivityField)
        touch(LastActivity, {Qt::DisplayRole, Qt::ToolTipRole, Qt::FontRole, SortRole});
    if (last < 0)
        return;
    emit dataChanged(index(row, first), index(row, last), roles);
}

void SessionTableModel::emitForAllRows(int column, const QList<int>& roles)
{
    if (m_book.size() == 0)
        return;
    emit dataChanged(index(0, column), index(m_book.size() - 1, column), roles);
}

QString SessionTableModel::noActivityText()
{
    return tr("No activity recorded");
}

void SessionTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SessionTableModel::setActivityNote(const QString& note)
{
    if (note == m_activityNote)
        return;
    m_activityNote = note;
    emitForAllRows(LastActivity, {Qt::ToolTipRole});
}

void SessionTableModel::setUptimes(const history::Uptimes& uptimes)
{
    m_uptimes = uptimes;
    emitForAllRows(Uptime, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

void SessionTableModel::setGateway(const QString& name)
{
    if (name == m_gateway)
        return;
    m_gateway = name;
    emitForAllRows(Gateway, {Qt::DisplayRole, SortRole, GatewayRole});
}

void SessionTableModel::setStale(bool stale, const QString& why)
{
    const QString reason = stale ? why : QString();
    if (stale == m_stale && reason == m_staleReason)
        return;
    m_stale = stale;
    m_staleReason = reason;
    if (m_book.size() == 0)
        return;
    emit dataChanged(index(0, 0), index(m_book.size() - 1, ColumnCount - 1),
                     {Qt::ForegroundRole, StaleRole, Qt::ToolTipRole});
}

} // namespace ui
