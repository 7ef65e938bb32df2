#pragma once

#include <QList>
#include <QObject>

class QAbstractItemModel;
class QModelIndex;
class QConcatenateTablesProxyModel;

namespace runtime {
class Runtime;
class SessionsRuntime;
} // namespace runtime

namespace ui {

class SessionTableModel;

// The rows of every gateway profile as one table: one SessionTableModel per SessionsRuntime,
// concatenated in the runtime's order. Follows the runtime as profiles come and go; a gateway's
// model leaves the table before its runtime is deleted.
//
//   GatewayTables tables(context.runtime());
//   proxy->setSourceModel(tables.model());
class GatewayTables : public QObject
{
    Q_OBJECT

public:
    explicit GatewayTables(runtime::Runtime& runtime, QObject* parent = nullptr);
    ~GatewayTables() override;

    QAbstractItemModel* model() const;
    // One per gateway, in the runtime's order.
    QList<SessionTableModel*> models() const;
    SessionTableModel* modelOf(const runtime::SessionsRuntime* gateway) const;
    SessionTableModel* modelOf(const QString& gateway) const;
    runtime::SessionsRuntime* gatewayOf(const SessionTableModel* model) const;
    // The total number of rows, whatever the filter.
    int rowCount() const;
    // An index of one gateway's SessionTableModel as an index of model().
    QModelIndex mapFromSource(const QModelIndex& index) const;

public slots:
    // Brings the models in line with the runtime's gateways and their names.
    void sync();

signals:
    // Models were added or removed, or a gateway was renamed.
    void changed();

private:
    struct Entry
    {
        runtime::SessionsRuntime* gateway = nullptr;
        SessionTableModel* model = nullptr;
    };
    void remove(runtime::SessionsRuntime* gateway);

    runtime::Runtime& m_runtime;
    QConcatenateTablesProxyModel* m_concat = nullptr;
    QList<Entry> m_entries;
};

} // namespace ui
