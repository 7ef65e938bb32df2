#include "BadgeTone.h"

#include <QCoreApplication>

namespace ui {

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

QString badgeLabel(const sessions::Session& session)
{
    if (session.isZombie())
        return QCoreApplication::translate("ui::BadgeTone", "Possibly disconnected");
    return statusWord(session.status, session.rawStatus);
}

QString statusWord(sessions::Status status, const QString& raw)
{
    if (status == sessions::Status::Unknown)
        return QCoreApplication::translate("ui::BadgeTone", "Unknown status");
    return sessions::statusLabel(status, raw);
}

} // namespace ui
