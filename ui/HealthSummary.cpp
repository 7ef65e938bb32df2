#include "HealthSummary.h"

#include "BadgeTone.h"
#include "Palette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace ui {

namespace {
QIcon dotIcon(const QColor& color, qreal dpr)
{
    const int side = 16;
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(125), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pixmap);
}
} // namespace

HealthSummary::HealthSummary(QWidget* parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("healthSummary"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus); // the filter check box is the keyboard path to the same thing
    setAccessibleName(tr("Session health"));
    setReport({});
}

void HealthSummary::setReport(const health::HealthReport& report)
{
    m_report = report;
    const QString text = report.verdictText();
    setText(text);
    setAccessibleDescription(text);
    setIcon(dotIcon(palette::levelColor(report.level()), devicePixelRatioF()));
    setToolTip(toolTipText());
}

QStringList HealthSummary::attentionLines(const health::HealthReport& report)
{
    QStringList lines;
    for (const health::SessionResult& s : report.unhealthySessions()) {
        const QString label = s.isZombie() ? QCoreApplication::translate("ui::BadgeTone", "Possibly disconnected")
                                           : sessions::statusLabel(s.status, s.rawStatus);
        lines << s.id + QStringLiteral(" — ") + label;
    }
    return lines;
}

QString HealthSummary::toolTipText() const
{
    if (m_report.isNotChecked())
        return tr("The sessions have not been listed yet.");
    // The monitoring keyword (OK, WARNING, CRITICAL, UNKNOWN) is the one the CLI healthcheck prints.
    QString tip = tr("Healthcheck: %1").arg(health::levelName(m_report.level()));
    if (m_report.level() == health::Level::Unknown)
        return tip + QLatin1Char('\n') + m_report.problem();
    const QStringList lines = attentionLines(m_report);
    if (lines.isEmpty()) {
        tip += QLatin1Char('\n') + tr("No session needs attention.");
    } else {
        tip += QLatin1Char('\n') + tr("Needing attention:");
        for (const QString& line : lines)
            tip += QStringLiteral("\n  • ") + line;
        tip += QLatin1Char('\n') + tr("Click to show only these sessions, or again to show all.");
    }
    if (!m_report.activityProblem().isEmpty())
        tip += QStringLiteral("\n\n") +
               tr("Sessions that went silent cannot be spotted: %1").arg(m_report.activityProblem());
    return tip;
}

} // namespace ui
