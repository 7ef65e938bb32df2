#include "TimelineBand.h"

#include "HistoryText.h"
#include "Palette.h"
#include "RelativeTime.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace ui {

namespace {
constexpr int BandHeight = 28;
constexpr int TickHeight = 5;
constexpr qint64 HourMs = 3600LL * 1000;
} // namespace

TimelineBand::TimelineBand(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineBand"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineBand::setTimeline(const QList<history::Segment>& segments, qint64 fromMs, qint64 toMs)
{
    m_segments = segments;
    m_drops = history::drops(segments);
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    update();
}

QSize TimelineBand::sizeHint() const
{
    return {640, BandHeight + TickHeight + fontMetrics().height() + 8};
}

QSize TimelineBand::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

QRectF TimelineBand::bandRect() const
{
    const int margin = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) / 2 + 2;
    return QRectF(margin, 2, std::max(1, width() - 2 * margin), BandHeight);
}

double TimelineBand::xOf(qint64 ms) const
{
    const QRectF band = bandRect();
    const double fraction = double(std::clamp(ms, m_fromMs, m_toMs) - m_fromMs) / double(m_toMs - m_fromMs);
    const double dpr = devicePixelRatioF();
    return std::round((band.left() + fraction * band.width()) * dpr) / dpr;
}

const history::Segment* TimelineBand::segmentAt(double x) const
{
    for (const history::Segment& s : m_segments) {
        if (x >= xOf(s.startMs) && x < xOf(s.endMs))
            return &s;
    }
    return nullptr;
}

void TimelineBand::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRectF band = bandRect();
    const double dpr = devicePixelRatioF();
    const double hair = 1.0 / dpr; // one device pixel

    // Unknown time: the window's background inside a neutral frame.
    p.fillRect(band, palette::windowBackground());
    for (const history::Segment& s : m_segments) {
        const QRectF r(QPointF(xOf(s.startMs), band.top()), QPointF(xOf(s.endMs), band.bottom()));
        if (r.width() <= 0)
            continue;
        const palette::Swatch swatch = palette::badge(HistoryText::tone(s.status, s.zombie));
        p.fillRect(r, swatch.border);
        if (s.zombie) {
            // Hatched: the badge's amber with its text colour in diagonal lines.
            QBrush hatch(swatch.text, Qt::BDiagPattern);
            p.save();
            p.setBrushOrigin(0, 0);
            p.fillRect(r, hatch);
            p.restore();
        }
    }
    p.setPen(QPen(palette::badge(BadgeTone::Neutral).border, hair));
    p.drawRect(band.adjusted(hair / 2, hair / 2, -hair / 2, -hair / 2));

    // Drops: a red tick across the band and a notch above it.
    const QColor drop = palette::badge(BadgeTone::Bad).text;
    for (const qint64 at : std::as_const(m_drops)) {
        const double x = xOf(at);
        p.fillRect(QRectF(x - hair, band.top(), 2 * hair, band.height()), drop);
        QPolygonF notch;
        notch << QPointF(x - 4, band.top()) << QPointF(x + 4, band.top()) << QPointF(x, band.top() + 5);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(drop);
        p.drawPolygon(notch);
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    // Ticks: every 3 hours over a day, every day over a week; labels in local time.
    const qint64 span = m_toMs - m_fromMs;
    const qint64 step = span <= 36 * HourMs ? 3 * HourMs : 24 * HourMs;
    const QDateTime fromLocal = QDateTime::fromMSecsSinceEpoch(m_fromMs, Qt::UTC).toLocalTime();
    // The first whole step in local time after the window's start.
    QDateTime first = fromLocal;
    first.setTime(QTime(step >= 24 * HourMs ? 0 : (fromLocal.time().hour() / 3) * 3, 0));
    while (first.toMSecsSinceEpoch() <= m_fromMs)
        first = first.addMSecs(step);
    const QLocale locale;
    p.setPen(palette::noteText(palette::Note::Info).darker(120));
    const QFontMetrics fm = fontMetrics();
    for (QDateTime t = first; t.toMSecsSinceEpoch() < m_toMs; t = t.addMSecs(step)) {
        const double x = xOf(t.toMSecsSinceEpoch());
        p.fillRect(QRectF(x, band.bottom(), hair, TickHeight), palette::badge(BadgeTone::Neutral).text);
        const QString label = step >= 24 * HourMs ? locale.toString(t.date(), QStringLiteral("dd/MM"))
                                                  : locale.toString(t.time(), QLocale::ShortFormat);
        const double w = fm.horizontalAdvance(label);
        p.setPen(palette::badge(BadgeTone::Neutral).text);
        p.drawText(QPointF(x - w / 2, band.bottom() + TickHeight + fm.ascent() + 1), label);
    }
}

bool TimelineBand::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const history::Segment* s = segmentAt(help->pos().x())) {
            QToolTip::showText(help->globalPos(),
                               tr("%1\n%2 – %3")
                                   .arg(HistoryText::statusText(s->status, s->zombie, {}),
                                        HistoryText::shortDateTime(s->startMs), HistoryText::shortDateTime(s->endMs)),
                               this);
        } else {
            QToolTip::showText(help->globalPos(), tr("Not known: the history has no record of this time."), this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace ui
