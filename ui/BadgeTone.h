#pragma once

#include "sessions/Session.h"

#include <QColor>
#include <QMetaType>

namespace ui {

// The colour family of a status badge. The model says which tone a row has; the delegate (and any
// other view: tray, QR dialog) turns the tone into colours, so the palette lives in one place.
enum class BadgeTone
{
    Good,    // connected and healthy (or activity not known): green
    Warning, // possibly disconnected (zombie): amber
    Bad,     // disconnected: red
    Pending, // waiting for a QR scan: blue
    Neutral, // starting, unknown: grey
};

struct BadgeColors
{
    QColor background;
    QColor border;
    QColor text;
};

BadgeTone badgeTone(const sessions::Session& session);
// stale: the data is from an older listing; the badge is drawn washed out.
BadgeColors badgeColors(BadgeTone tone, bool stale = false);

// The status text of a row: "Possibly disconnected" for a zombie, otherwise the design's label
// (sessions::statusLabel), which is the raw string for an unknown status.
QString badgeLabel(const sessions::Session& session);

} // namespace ui

Q_DECLARE_METATYPE(ui::BadgeTone)
