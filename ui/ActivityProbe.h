#pragma once

#include "activity/ActivityConfig.h"

#include <QObject>
#include <QPointer>

namespace activity {
class ActivityIndex;
}

namespace ui {

// The settings dialog's "Test database": an ActivityIndex of its own for a configuration that is
// not saved yet. When the probe goes away mid-test, the index is left to finish on its own and
// delete itself, so closing the dialog never waits on the database.
class ActivityProbe : public QObject
{
    Q_OBJECT

public:
    explicit ActivityProbe(QObject* parent = nullptr);
    ~ActivityProbe() override;

    void start(activity::ActivityConfig config);
    bool isRunning() const { return !m_index.isNull(); }

signals:
    void finished(bool ok, const QString& message);

private:
    void release();

    QPointer<activity::ActivityIndex> m_index;
};

} // namespace ui
