#include "BadgeTone.h"

#include <QCoreApplication>

namespace ui {

namespace {
QColor mix(const QColor& a, const QColor& b, double towardsB)
{
    const auto channel = [towardsB](int x, int y) { return int(x + (y - x) * towardsB + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}
} // namespace

BadgeTone badgeTone(const sessions::Session& session)
{
    if (session.isZombie())
        return BadgeTone::Warning;
    switch (session.status) {
    case sessions::Status::Connected:
        return BadgeTone::Good;
    case sessions::Status::Disconnected:
        return BadgeTone::Bad;
    case sessions::Status::QrPending:
        return BadgeTone::Pending;
    case sessions::Status::Starting:
    case sessions::Status::Unknown:
        break;
    }
    return BadgeTone::Neutral;
}

BadgeColors badgeColors(BadgeTone tone, bool stale)
{
    // The old page's dot colours (#28a745, #ffc107, #dc3545) as text on a light tint of themselves:
    // readable on light and dark table backgrounds alike.
    BadgeColors c;
    switch (tone) {
    case BadgeTone::Good:
        c = {QColor(0xe3, 0xf4, 0xe7), QColor(0x28, 0xa7, 0x45), QColor(0x15, 0x57, 0x24)};
        break;
    case BadgeTone::Warning:
        c = {QColor(0xff, 0xf3, 0xcd), QColor(0xe0, 0xa8, 0x00), QColor(0x7a, 0x55, 0x00)};
        break;
    case BadgeTone::Bad:
        c = {QColor(0xf8, 0xe1, 0xe3), QColor(0xdc, 0x35, 0x45), QColor(0x84, 0x1c, 0x26)};
        break;
    case BadgeTone::Pending:
        c = {QColor(0xdd, 0xeb, 0xfb), QColor(0x1f, 0x6f, 0xd1), QColor(0x0c, 0x3f, 0x7d)};
        break;
    case BadgeTone::Neutral:
        c = {QColor(0xec, 0xee, 0xf0), QColor(0x86, 0x8e, 0x96), QColor(0x3d, 0x44, 0x4b)};
        break;
    }
    if (stale) {
        // Still recognisable, but clearly not current.
        c.background = mix(c.background, QColor(0xf2, 0xf2, 0xf2), 0.7);
        c.border = mix(c.border, QColor(0xb4, 0xb4, 0xb4), 0.7);
        c.text = mix(c.text, QColor(0x70, 0x70, 0x70), 0.7);
    }
    return c;
}

QString badgeLabel(const sessions::Session& session)
{
    if (session.isZombie())
        return QCoreApplication::translate("ui::BadgeTone", "Possibly disconnected");
    return sessions::statusLabel(session.status, session.rawStatus);
}

} // namespace ui
