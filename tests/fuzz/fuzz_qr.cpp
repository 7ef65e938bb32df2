// libFuzzer target: QR payloads as the gateway may send them (base64 PNG, data URL, raw text,
// garbage). Decoding must give an image or a clear error, never a crash or a blank image.
#include "qr/QrImage.h"

#include <QGuiApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qr::Decoded fromText = qr::decodePayload(QString::fromUtf8(bytes));
    if (fromText.image.isNull() && fromText.error.isEmpty())
        __builtin_trap();
    const qr::Decoded fromBytes = qr::decodeImageBytes(bytes);
    if (fromBytes.image.isNull() && fromBytes.error.isEmpty())
        __builtin_trap();
    return 0;
}
