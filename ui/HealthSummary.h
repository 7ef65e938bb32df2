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
    const health::HealthReport& report() const { return m_report; }
    health::Level level() const { return m_report.level(); }

    // "vendas — Disconnected", one per session needing attention.
    static QStringList attentionLines(const health::HealthReport& report);

private:
    QString toolTipText() const;

    health::HealthReport m_report;
};

} // namespace ui
