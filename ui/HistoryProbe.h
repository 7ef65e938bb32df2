#pragma once

#include "activity/Dsn.h"
#include "history/HistoryDb.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace ui {

// The settings dialog's "Test team database": connects to the team history database in a thread of
// its own and reads whether it holds the history tables, and which version (history::HistoryDb::
// probe); it creates nothing, since the tables are created when the setting is saved and used.
// Closing the dialog never waits: the thread finishes on its own, bounded by the timeout.
class HistoryProbe : public QObject
{
    Q_OBJECT

public:
    explicit HistoryProbe(QObject* parent = nullptr);

    void start(const activity::Dsn& dsn, const QString& password, int timeoutMs);
    bool isRunning() const { return !m_thread.isNull(); }
    // What the test says, in the agent's words; ok false when the database cannot be used as it is.
    static QString describe(const history::HistoryDb::Probe& probe, bool* ok = nullptr);

signals:
    void finished(bool ok, const QString& message);

private:
    QPointer<QThread> m_thread;
};

} // namespace ui
