#include "HistoryProbe.h"

#include "history/HistoryDb.h"

#include <QCoreApplication>
#include <QThread>

namespace ui {

HistoryProbe::HistoryProbe(QObject* parent)
    : QObject(parent)
{}

void HistoryProbe::start(const activity::Dsn& dsn, const QString& password, int timeoutMs)
{
    if (m_thread)
        return;
    QPointer<HistoryProbe> self(this);
    QThread* thread = QThread::create([self, dsn, password, timeoutMs] {
        QString message;
        bool ok = false;
        {
            history::HistoryDb db(dsn, password, timeoutMs);
            ok = db.open();
            message = ok ? tr("The team database answers; its history tables are ready.") : db.lastError();
        }
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
