#pragma once

#include <QSortFilterProxyModel>

namespace ui {

// Sorting (on SessionTableModel::SortRole) and filtering of the session table.
// The text filter matches the session's id, name, status label and gateway, case-insensitively.
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
    // Only the sessions of this gateway profile; empty: every gateway.
    void setGatewayFilter(const QString& name);
    QString gatewayFilter() const { return m_gateway; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_gateway;
    bool m_onlyUnhealthy = false;
};

} // namespace ui
