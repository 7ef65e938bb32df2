#pragma once

#include "ErrorBanner.h"

namespace ui {

class AppContext;

// The banner that says zombie detection is off: an activity database is set up but cannot be read
// right now (unreachable, refused, bad address), so a silent session still shows "Connected". It
// shows and hides itself from the runtime's activity state; a dismissed one comes back only when
// the reason changes. The raw reason (driver text) sits behind its Details disclosure.
//
//   auto* banner = new ActivityBanner(context, window);
//   connect(banner, &ActivityBanner::detectionOffChanged, summary, &HealthSummary::setActivityUnavailable);
class ActivityBanner : public ErrorBanner
{
    Q_OBJECT

public:
    explicit ActivityBanner(AppContext& context, QWidget* parent = nullptr);

    // Why zombies cannot be detected now (translated), or empty while they can (or no activity
    // database is set up at all: then the Last activity column says so).
    static QString detectionOffReason(AppContext& context);
    bool isDetectionOff() const { return !m_reason.isEmpty(); }

public slots:
    void update();

signals:
    void detectionOffChanged(bool off);

private:
    AppContext& m_context;
    QString m_reason;
    QString m_dismissedReason;
};

} // namespace ui
