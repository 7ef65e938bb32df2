#pragma once

#include <QSortFilterProxyModel>

namespace ui {

// Sorting (on SessionTableModel::SortRole) and filtering of the session table.
// The text filter matches the session's id, name and status label, case-insensitively.
class SessionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SessionFilterProxyModel(QObject* parent = nullptr);

    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }
    // Only sessions that need attention: not connected, or possibly disconnected.
    void setOnlyUnhealthy(bool only);
    bool onlyUnhealthy() const { return m_onlyUnhealthy; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    bool m_onlyUnhealthy = false;
};

} // namespace ui
