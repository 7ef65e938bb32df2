#include "HistoryProbe.h"

#include "history/HistoryDb.h"

#include <QCoreApplication>
#include <QThread>

namespace ui {

HistoryProbe::HistoryProbe(QObject* parent)
    : QObject(parent)
{}

QString HistoryProbe::describe(const history::HistoryDb::Probe& probe, bool* ok)
{
    const bool usable =
        probe.reachable && probe.error.isEmpty() && probe.schemaVersion <= history::HistoryDb::SchemaVersion;
    if (ok)
        *ok = usable;
    if (!probe.reachable)
        return probe.error;
    if (!probe.error.isEmpty())
        return tr("The team database answers, but its history tables could not be read: %1").arg(probe.error);
    if (probe.schemaVersion == 0)
        return tr("The team database answers. It has no history tables yet: they are created when you save and "
                  "the app starts using it.");
    if (probe.schemaVersion > history::HistoryDb::SchemaVersion)
        return tr("The team database answers, but its history tables are from a newer version of Pixel Hub "
                  "Sessions (version %1). Update this app before using it.")
            .arg(probe.schemaVersion);
    return tr("The team database answers, and its history tables are there (version %1).").arg(probe.schemaVersion);
}

void HistoryProbe::start(const activity::Dsn& dsn, const QString& password, int timeoutMs)
{
    if (m_thread)
        return;
    QPointer<HistoryProbe> self(this);
    QThread* thread = QThread::create([self, dsn, password, timeoutMs] {
        bool ok = false;
        const QString message = describe(history::HistoryDb(dsn, password, timeoutMs).probe(), &ok);
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, message] {
                if (!self)
                    return;
                self->m_thread = nullptr;
                emit self->finished(ok, message);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

} // namespace ui
