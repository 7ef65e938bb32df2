#pragma once

#include "BadgeTone.h"
#include "health/HealthReport.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

// Every colour the app draws with, declared once. Badges, the status bar's dot and the tray icon
// map a tone or a health level to the same swatches; dialogs take their notes and frames from
// here. Every text colour is paired with the background it is drawn on, and every pair reaches the
// WCAG AA contrast of 4.5:1 (tst_palette computes it).
namespace ui::palette {

// What a note or a frame says: drives its colours.
enum class Note
{
    Error,   // red: refused, failed
    Warning, // amber: works, but look
    Ok,      // green: done, works
    Info,    // blue: neutral information (the demo label)
};

struct Swatch
{
    QColor background;
    QColor border; // also the fill of a dot or an icon disc
    QColor text;   // on background
};

// A status badge: its tone's swatch; stale (from an older listing) is washed out but still legible.
Swatch badge(BadgeTone tone, bool stale = false);
// The overall verdict of health/ as a tone: OK good, WARNING warning, CRITICAL bad, UNKNOWN neutral.
BadgeTone levelTone(health::Level level);
// The dot of the status bar and the disc of the tray icon.
QColor levelColor(health::Level level);
// A coloured dot (status bar verdict, tray menu entries), 16 px logical.
QIcon dotIcon(const QColor& color, qreal devicePixelRatio = 1.0);
// The glyph drawn on levelColor() (tray icon).
QColor levelInk(health::Level level);

// The window's background in the light palette the app is drawn and tested with.
QColor windowBackground();
// A note in a dialog, as text on the window's background.
QColor noteText(Note note);
QString noteStyle(Note note); // "QLabel { color: … }"
// A framed note (banner, warning box): tint, border and text.
Swatch frame(Note note);
// "<selector> { background…; border… } <selector> QLabel { color: … }"
QString frameStyle(const QString& selector, Note note);
// Secondary text on the window's background (the empty state's explanation).
QColor mutedText();
// The rows of a table from an older listing.
QColor staleRowText();
// A destructive push button (Delete): white on red, and its hover and disabled states.
QString destructiveButtonStyle(const QString& selector);

// Every text/background pair above, named, for the contrast check.
struct TextPair
{
    QString name;
    QColor text;
    QColor background;
};
QList<TextPair> textPairs();

// WCAG 2 contrast ratio of two opaque colours, 1..21.
double contrast(const QColor& a, const QColor& b);

} // namespace ui::palette
