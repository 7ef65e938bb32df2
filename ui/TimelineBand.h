#pragma once

#include "history/Uptime.h"

#include <QWidget>

namespace ui {

// A session's timeline as a band: one stretch per status, coloured like its badge (ui::palette),
// possibly-disconnected stretches hatched, drops marked with a red tick, time the history does
// not know left blank; hour or day ticks below. Edges are snapped to device pixels, so the band
// stays crisp at any devicePixelRatio. A tooltip names the stretch under the pointer.
class TimelineBand : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineBand(QWidget* parent = nullptr);

    void setTimeline(const QList<history::Segment>& segments, qint64 fromMs, qint64 toMs);
    const QList<history::Segment>& segments() const { return m_segments; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF bandRect() const;
    double xOf(qint64 ms) const; // snapped to device pixels
    const history::Segment* segmentAt(double x) const;

    QList<history::Segment> m_segments;
    QList<qint64> m_drops;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
};

} // namespace ui
