#pragma once

#include "sessions/Session.h"

#include <QMetaType>

namespace ui {

// The colour family of a status badge. The model says which tone a row has; the delegate (and any
// other view: tray, status bar) turns the tone into colours with ui::palette (Palette.h).
enum class BadgeTone
{
    Good,    // connected and healthy (or activity not known): green
    Warning, // possibly disconnected (zombie): amber
    Bad,     // disconnected: red
    Pending, // waiting for a QR scan: blue
    Neutral, // starting, unknown: grey
};

BadgeTone badgeTone(const sessions::Session& session);

// The status text of a row: "Possibly disconnected" for a zombie, otherwise the design's label
// (sessions::statusLabel), which is the raw string for an unknown status.
QString badgeLabel(const sessions::Session& session);

} // namespace ui

Q_DECLARE_METATYPE(ui::BadgeTone)
