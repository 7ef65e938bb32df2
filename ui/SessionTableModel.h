#pragma once

#include "history/Uptime.h"
#include "sessions/SessionBook.h"

#include <QAbstractTableModel>

namespace ui {

// The sessions of a SessionBook as a table. Mirrors the book's row signals (inserts, removes,
// role-scoped dataChanged) and never resets, so a refresh keeps the view's selection and scroll.
// Display roles are formatted text; SortRole carries the raw value each column sorts on.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Session,
        Status,
        LastActivity,
        StatusSince, // from the history: since when the session is in its status
        Uptime,      // from the history: the last 24 h (7 days in the tooltip)
        Gateway,     // the gateway profile's name; the window hides it while there is one gateway
        Account,     // the linked phone number (last: a saved header state keeps its columns)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString
        StatusRole,                // int(sessions::Status)
        RawStatusRole,             // QString, the gateway's word
        HealthRole,                // int(sessions::Health)
        BadgeToneRole,             // int(ui::BadgeTone)
        SortRole,                  // the raw value the column sorts on
        SessionRole,               // sessions::Session
        StaleRole,                 // bool: the last listing failed, this is older data
        GatewayRole,               // QString: the gateway profile's name
        WholeTextRole,             // QString: the cell's text for a ticket or a file (the name with its id)
    };
    Q_ENUM(Role)

    explicit SessionTableModel(const sessions::SessionBook& book, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Why activity is unknown (no database, unreachable): shown in the Last activity tooltip.
    void setActivityNote(const QString& note);
    // After a language change: the headers and every cell are worded again.
    void retranslate();
    // The Last activity cell of a session without any (italic): the column's widest usual text.
    static QString noActivityText();
    QString activityNote() const { return m_activityNote; }
    // The last listing failed: rows are drawn greyed out until a listing succeeds again; `why`
    // (the failure, translated) shows in the Session tooltip.
    void setStale(bool stale, const QString& why = {});
    bool isStale() const { return m_stale; }

    // The gateway profile these rows come from (Gateway column, GatewayRole).
    void setGateway(const QString& name);
    QString gateway() const { return m_gateway; }

    int rowOf(const QString& id) const;
    // The 24-hour and 7-day uptimes of the sessions (history::HistoryStore::requestUptimes()).
    void setUptimes(const history::Uptimes& uptimes);

private:
    void onRowChanged(int row, sessions::SessionBook::Fields fields);
    void emitForAllRows(int column, const QList<int>& roles);
    QVariant sessionData(const sessions::Session& s, int column, int role) const;
    QVariant activityData(const sessions::Session& s, int role) const;
    QString activityTooltip(const sessions::Session& s) const;
    QVariant sortValue(const sessions::Session& s, int column) const;

    const sessions::SessionBook& m_book;
    QString m_gateway;
    QString m_activityNote;
    QString m_staleReason;
    bool m_stale = false;
    history::Uptimes m_uptimes;
};

} // namespace ui
