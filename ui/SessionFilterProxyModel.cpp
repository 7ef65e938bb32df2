#include "SessionFilterProxyModel.h"

#include "SessionTableModel.h"
#include "sessions/PhoneNumber.h"

namespace ui {

SessionFilterProxyModel::SessionFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows re-sort and re-filter as their data changes on refresh.
    setDynamicSortFilter(true);
}

void SessionFilterProxyModel::setTextFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void SessionFilterProxyModel::setOnlyUnhealthy(bool only)
{
    if (only == m_onlyUnhealthy)
        return;
    m_onlyUnhealthy = only;
    invalidateFilter();
}

void SessionFilterProxyModel::setGatewayFilter(const QString& name)
{
    if (name == m_gateway)
        return;
    m_gateway = name;
    invalidateFilter();
}

bool SessionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (!model)
        return false;
    const QModelIndex first = model->index(sourceRow, SessionTableModel::Session, sourceParent);
    if (!m_gateway.isEmpty() && first.data(SessionTableModel::GatewayRole).toString() != m_gateway)
        return false;
    if (m_onlyUnhealthy) {
        const auto session = first.data(SessionTableModel::SessionRole).value<sessions::Session>();
        if (session.isHealthy())
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QStringList haystack{
        first.data(SessionTableModel::IdRole).toString(),
        first.data(Qt::DisplayRole).toString(),
        model->index(sourceRow, SessionTableModel::Status, sourceParent).data(Qt::DisplayRole).toString(),
        first.data(SessionTableModel::RawStatusRole).toString(),
        first.data(SessionTableModel::GatewayRole).toString(),
    };
    for (const QString& text : haystack) {
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // A phone number, typed with or without its punctuation.
    const QString digits = sessions::typedPhoneDigits(m_text);
    return !digits.isEmpty() &&
           first.data(SessionTableModel::SessionRole).value<sessions::Session>().extras.account().contains(digits);
}

bool SessionFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(SessionTableModel::SortRole);
    const QVariant r = right.data(SessionTableModel::SortRole);
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties (same status, same age) keep a stable, readable order: by id, then gateway.
    const auto key = [](const QModelIndex& index) {
        const QModelIndex first = index.siblingAtColumn(SessionTableModel::Session);
        return std::pair(first.data(SessionTableModel::IdRole).toString(),
                         first.data(SessionTableModel::GatewayRole).toString());
    };
    return key(left) < key(right);
}

} // namespace ui
