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

// The status text of a row: "Possibly disconnected" for a zombie, otherwise statusWord().
QString badgeLabel(const sessions::Session& session);
// The GUI's word for a status: the design's label (sessions::statusLabel), and for a status the app
// does not know, "Unknown status" — never the gateway's own word ("conflict"), which belongs in a
// tooltip or Details (the command line, for administrators, still prints the raw word).
QString statusWord(sessions::Status status, const QString& raw);

} // namespace ui

Q_DECLARE_METATYPE(ui::BadgeTone)
