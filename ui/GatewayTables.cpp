#include "GatewayTables.h"

#include "SessionTableModel.h"
#include "runtime/Runtime.h"
#include "runtime/SessionsRuntime.h"

#include <QConcatenateTablesProxyModel>

namespace ui {

GatewayTables::GatewayTables(runtime::Runtime& runtime, QObject* parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_concat(new QConcatenateTablesProxyModel(this))
{
    connect(&runtime, &runtime::Runtime::gatewayAboutToBeRemoved, this, &GatewayTables::remove);
    connect(&runtime, &runtime::Runtime::gatewaysChanged, this, &GatewayTables::sync);
    connect(&runtime, &runtime::Runtime::configured, this, &GatewayTables::sync);
    sync();
}

// The concatenation is the first child, so it goes before the models it shows.
GatewayTables::~GatewayTables() = default;

QAbstractItemModel* GatewayTables::model() const
{
    return m_concat;
}

QList<SessionTableModel*> GatewayTables::models() const
{
    QList<SessionTableModel*> out;
    for (const Entry& e : m_entries)
        out << e.model;
    return out;
}

SessionTableModel* GatewayTables::modelOf(const runtime::SessionsRuntime* gateway) const
{
    for (const Entry& e : m_entries) {
        if (e.gateway == gateway)
            return e.model;
    }
    return nullptr;
}

SessionTableModel* GatewayTables::modelOf(const QString& gateway) const
{
    return modelOf(m_runtime.gateway(gateway));
}

runtime::SessionsRuntime* GatewayTables::gatewayOf(const SessionTableModel* model) const
{
    for (const Entry& e : m_entries) {
        if (e.model == model)
            return e.gateway;
    }
    return nullptr;
}

int GatewayTables::rowCount() const
{
    return m_concat->rowCount();
}

QModelIndex GatewayTables::mapFromSource(const QModelIndex& index) const
{
    return m_concat->mapFromSource(index);
}

void GatewayTables::remove(runtime::SessionsRuntime* gateway)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).gateway != gateway)
            continue;
        SessionTableModel* model = m_entries.takeAt(i).model;
        m_concat->removeSourceModel(model);
        delete model;
        emit changed();
        return;
    }
}

void GatewayTables::sync()
{
    bool changed = false;
    const QList<runtime::SessionsRuntime*> gateways = m_runtime.gateways();
    const QList<Entry> entries = m_entries;
    for (const Entry& e : entries) {
        if (!gateways.contains(e.gateway))
            remove(e.gateway); // not announced: should not happen, but never keep a dangling book
    }
    // The runtime's order; QConcatenateTablesProxyModel appends, so a new gateway goes last
    // whatever its place (rows are sorted by the view anyway).
    for (runtime::SessionsRuntime* gateway : gateways) {
        SessionTableModel* model = modelOf(gateway);
        if (!model) {
            model = new SessionTableModel(gateway->book(), this);
            m_entries.append({gateway, model});
            m_concat->addSourceModel(model);
            changed = true;
        }
        if (model->gateway() != gateway->name()) {
            model->setGateway(gateway->name());
            changed = true;
        }
    }
    if (changed)
        emit this->changed();
}

} // namespace ui
