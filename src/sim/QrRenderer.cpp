#include "QrRenderer.h"

#include <QBuffer>
#include <QImage>

#include <qrcodegen.hpp>

namespace sim {

QByteArray QrRenderer::png(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const qrcodegen::QrCode code = qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
    const int modules = code.getSize() + 2 * kQuietZone;
    QImage image(modules * kModulePixels, modules * kModulePixels, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code.getSize(); ++y) {
        for (int x = 0; x < code.getSize(); ++x) {
            if (!code.getModule(x, y))
                continue;
            for (int dy = 0; dy < kModulePixels; ++dy) {
                uchar* line = image.scanLine((y + kQuietZone) * kModulePixels + dy);
                for (int dx = 0; dx < kModulePixels; ++dx)
                    line[(x + kQuietZone) * kModulePixels + dx] = 0;
            }
        }
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return out;
}

} // namespace sim
