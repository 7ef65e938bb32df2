#pragma once

#include "health/HealthReport.h"

#include <QToolButton>

namespace ui {

// The status bar's healthcheck verdict: a coloured dot and one line ("All 6 connected", "2
// disconnected, 1 possibly disconnected of 6"). A view only: the verdict, its level and its words
// are a health::HealthReport's, the same one the CLI healthcheck prints, handed in by
// HealthCheckController; the dot's colour is the level's in ui::palette. The tooltip names the
// sessions needing attention; a click emits clicked() (the main window toggles its filter).
//
//   auto* summary = new HealthSummary(statusBar);
//   connect(controller, &HealthCheckController::reportChanged, summary, &HealthSummary::setReport);
class HealthSummary : public QToolButton
{
    Q_OBJECT

public:
    explicit HealthSummary(QWidget* parent = nullptr);

    void setReport(const health::HealthReport& report);
    // The activity database is set up but cannot be read: possibly disconnected sessions cannot be
    // detected, so the line says so and the dot is never green.
    void setActivityUnavailable(bool unavailable);
    bool isActivityUnavailable() const { return m_activityUnavailable; }
    // What the line says (the button may show it shortened, never wider than its room).
    QString lineText() const { return text(); }

    QSize minimumSizeHint() const override;
    const health::HealthReport& report() const { return m_report; }
    health::Level level() const { return m_report.level(); }

    // "vendas — Disconnected", one per session needing attention.
    static QStringList attentionLines(const health::HealthReport& report);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString toolTipText() const;
    void render();

    health::HealthReport m_report;
    bool m_activityUnavailable = false;
};

} // namespace ui
