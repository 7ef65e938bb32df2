#pragma once

#include "activity/Dsn.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace ui {

// The settings dialog's "Test team database": opens the team history database in a thread of its
// own (history::HistoryDb: connects and creates the schema if it is absent) and says whether it
// answered. Closing the dialog never waits: the thread finishes on its own, bounded by the timeout.
class HistoryProbe : public QObject
{
    Q_OBJECT

public:
    explicit HistoryProbe(QObject* parent = nullptr);

    void start(const activity::Dsn& dsn, const QString& password, int timeoutMs);
    bool isRunning() const { return !m_thread.isNull(); }

signals:
    void finished(bool ok, const QString& message);

private:
    QPointer<QThread> m_thread;
};

} // namespace ui
