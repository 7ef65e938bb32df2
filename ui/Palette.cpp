#include "Palette.h"

#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace ui::palette {

namespace {
QColor hex(QRgb rgb)
{
    return QColor::fromRgb(rgb);
}

QColor mix(const QColor& a, const QColor& b, double towardsB)
{
    const auto channel = [towardsB](int x, int y) { return int(x + (y - x) * towardsB + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

// The light palette's backgrounds (Fusion): dialogs, and table rows.
constexpr QRgb Window = 0xefefef;
constexpr QRgb Base = 0xffffff;
constexpr QRgb AlternateBase = 0xf7f7f7;
// The Delete button.
constexpr QRgb DestructiveRed = 0xc62828;
constexpr QRgb DestructiveHover = 0xb71c1c;

double luminance(const QColor& c)
{
    const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}
} // namespace

Swatch badge(BadgeTone tone, bool stale)
{
    // The old page's dot colours as borders, text a dark shade of them on a light tint.
    Swatch c;
    switch (tone) {
    case BadgeTone::Good:
        c = {hex(0xe3f4e7), hex(0x28a745), hex(0x155724)};
        break;
    case BadgeTone::Warning:
        c = {hex(0xfff3cd), hex(0xe0a800), hex(0x7a5500)};
        break;
    case BadgeTone::Bad:
        c = {hex(0xf8e1e3), hex(0xdc3545), hex(0x841c26)};
        break;
    case BadgeTone::Pending:
        c = {hex(0xddebfb), hex(0x1f6fd1), hex(0x0c3f7d)};
        break;
    case BadgeTone::Neutral:
        c = {hex(0xeceef0), hex(0x868e96), hex(0x3d444b)};
        break;
    }
    if (stale) {
        // Still recognisable, clearly not current, and still readable (4.5:1).
        c.background = mix(c.background, hex(0xf2f2f2), 0.7);
        c.border = mix(c.border, hex(0xb4b4b4), 0.7);
        c.text = mix(c.text, hex(0x5c5c5c), 0.7);
    }
    return c;
}

BadgeTone levelTone(health::Level level)
{
    switch (level) {
    case health::Level::Ok:
        return BadgeTone::Good;
    case health::Level::Warning:
        return BadgeTone::Warning;
    case health::Level::Critical:
        return BadgeTone::Bad;
    case health::Level::Unknown:
        break;
    }
    return BadgeTone::Neutral;
}

QColor levelColor(health::Level level)
{
    return badge(levelTone(level)).border;
}

QColor levelInk(health::Level level)
{
    // Dark on amber, white on the others: the glyph stays visible on its disc.
    return level == health::Level::Warning ? hex(0x3a2a00) : QColor(Qt::white);
}

QColor windowBackground()
{
    return hex(Window);
}

QColor noteText(Note note)
{
    switch (note) {
    case Note::Error:
        return hex(0xb02a37);
    case Note::Warning:
        return hex(0x8a6100);
    case Note::Ok:
        return hex(0x1e7b34);
    case Note::Info:
        break;
    }
    return hex(0x0c3f7d);
}

QString noteStyle(Note note)
{
    return QStringLiteral("QLabel { color: %1; }").arg(noteText(note).name());
}

Swatch frame(Note note)
{
    switch (note) {
    case Note::Error:
        return {hex(0xfbe3e4), hex(0xe4a0a6), hex(0x5c1a1f)};
    case Note::Warning:
        return {hex(0xfff4d6), hex(0xe0a800), hex(0x4a3800)};
    case Note::Ok:
        return {hex(0xe3f4e7), hex(0x28a745), hex(0x155724)};
    case Note::Info:
        break;
    }
    return {hex(0xdbe9fb), hex(0xdbe9fb), hex(0x0c3f7d)};
}

QString frameStyle(const QString& selector, Note note)
{
    const Swatch s = frame(note);
    return QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 4px; } %1 QLabel { color: %4; }")
        .arg(selector, s.background.name(), s.border.name(), s.text.name());
}

QColor staleRowText()
{
    return hex(0x666666);
}

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

QColor mutedText()
{
    return hex(0x5c5c5c);
}

QString destructiveButtonStyle(const QString& selector)
{
    return QStringLiteral("%1 { background: %2; color: white; border: 1px solid #9c1f1f; border-radius: 3px; "
                          "padding: 4px 14px; }"
                          "%1:hover { background: %3; }"
                          "%1:disabled { background: #e8b4b4; color: #fdf2f2; border-color: #e0a0a0; }")
        .arg(selector, hex(DestructiveRed).name(), hex(DestructiveHover).name());
}

QList<TextPair> textPairs()
{
    QList<TextPair> pairs;
    const auto tones = {BadgeTone::Good, BadgeTone::Warning, BadgeTone::Bad, BadgeTone::Pending, BadgeTone::Neutral};
    for (const BadgeTone tone : tones) {
        for (const bool stale : {false, true}) {
            const Swatch s = badge(tone, stale);
            pairs.append({QStringLiteral("badge %1%2").arg(int(tone)).arg(stale ? QStringLiteral(" stale") : QString()),
                          s.text, s.background});
        }
    }
    const auto notes = {Note::Error, Note::Warning, Note::Ok, Note::Info};
    for (const Note note : notes) {
        pairs.append({QStringLiteral("note %1").arg(int(note)), noteText(note), windowBackground()});
        const Swatch f = frame(note);
        pairs.append({QStringLiteral("frame %1").arg(int(note)), f.text, f.background});
    }
    pairs.append({QStringLiteral("muted text (empty-state subtitle)"), mutedText(), windowBackground()});
    pairs.append({QStringLiteral("stale row"), staleRowText(), hex(Base)});
    pairs.append({QStringLiteral("stale alternate row"), staleRowText(), hex(AlternateBase)});
    // The Delete button's enabled states (a disabled control is exempt from the contrast rule).
    pairs.append({QStringLiteral("delete button"), QColor(Qt::white), hex(DestructiveRed)});
    pairs.append({QStringLiteral("delete button hover"), QColor(Qt::white), hex(DestructiveHover)});
    return pairs;
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ui::palette
