#include "HealthSummary.h"
#include "LanguageChange.h"

#include "BadgeTone.h"
#include "Palette.h"
#include "sessions/VisibleText.h"

#include <QCoreApplication>
#include <QStyleOptionToolButton>
#include <QStylePainter>

namespace ui {

HealthSummary::HealthSummary(QWidget* parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("healthSummary"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus); // the filter check box is the keyboard path to the same thing
    // A tool button is Fixed by default, so its whole text would set the window's minimum width.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    const auto texts = [this] {
        setAccessibleName(tr("Session health"));
        render();
    };
    setReport({});
    texts();
    onLanguageChange(this, texts);
}

void HealthSummary::setReport(const health::HealthReport& report)
{
    m_report = report;
    render();
}

void HealthSummary::setActivityUnavailable(bool unavailable)
{
    m_activityUnavailable = unavailable;
    render();
}

void HealthSummary::render()
{
    const bool listed = !m_report.isNotChecked() && m_report.level() != health::Level::Unknown;
    QString text = m_report.verdictText();
    const bool blind = listed && m_activityUnavailable && m_report.counts().total > 0;
    if (blind)
        text = tr("%1 — activity unknown").arg(text);
    setText(text);
    setAccessibleDescription(text);
    // Green means "nothing to do": not when there is nothing listed, nor when silent sessions
    // cannot be spotted.
    health::Level dot = m_report.level();
    if (dot == health::Level::Ok && (blind || m_report.counts().total == 0))
        dot = health::Level::Unknown;
    setIcon(palette::dotIcon(palette::levelColor(dot), devicePixelRatioF()));
    setToolTip(toolTipText());
}

QSize HealthSummary::minimumSizeHint() const
{
    // The dot and a few letters: a long verdict must never widen the window (see paintEvent).
    const QSize hint = QToolButton::minimumSizeHint();
    return {iconSize().width() + fontMetrics().horizontalAdvance(QStringLiteral("Mmm…")) + 12, hint.height()};
}

void HealthSummary::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    const int room = width() - iconSize().width() - 14;
    option.text = fontMetrics().elidedText(text(), Qt::ElideRight, std::max(room, 0));
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}

QStringList HealthSummary::attentionLines(const health::HealthReport& report)
{
    QStringList lines;
    for (const health::SessionResult& s : report.unhealthySessions()) {
        const QString label = s.isZombie() ? QCoreApplication::translate("ui::BadgeTone", "Possibly disconnected")
                                           : statusWord(s.status, s.rawStatus);
        // An unknown status: the gateway's own word after the app's, in this tooltip only.
        const QString raw = s.status == sessions::Status::Unknown && !s.rawStatus.trimmed().isEmpty()
                                ? QStringLiteral(" (%1)").arg(sessions::visibleText(s.rawStatus.trimmed()))
                                : QString();
        lines << s.id + QStringLiteral(" — ") + label + raw;
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
        return tip + QLatin1Char('\n') + m_report.problemForAgent();
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
