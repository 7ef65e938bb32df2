#pragma once

#include <QByteArray>
#include <QString>

namespace sim {

// Renders text as a real, scannable QR code PNG (like WPPConnect's base64Qrimg).
class QrRenderer
{
public:
    static constexpr int kModulePixels = 8;
    static constexpr int kQuietZone = 4;

    static QByteArray png(const QString& text);
};

} // namespace sim
