#pragma once

#include "text/LiveText.h"

#include <QImage>
#include <QString>

// QR payloads as the gateway sends them, turned into images a person can scan. Pure: no network.
namespace qr {

// What a /qr payload is, decided from its text alone (a base64 candidate is checked for image magic).
enum class PayloadKind
{
    PngBase64, // raw base64 of an image (PNG, JPEG, GIF or BMP)
    DataUrl,   // data:image/...;base64,...
    HttpUrl,   // http(s):// address of an image: must be downloaded first
    RawText,   // the pairing text itself (WhatsApp's "2@..."): rendered here with qrcodegen
    Invalid,   // empty, or base64 of something that is not an image
};

PayloadKind classify(const QString& payload);

struct Decoded
{
    QImage image;
    PayloadKind kind = PayloadKind::Invalid;
    text::LiveText error; // when image is null

    bool ok() const { return !image.isNull(); }
};

constexpr qsizetype kDefaultMaxBytes = 2 * 1024 * 1024;

// Every form but http URLs (those give kind HttpUrl and an error: download them, then decodeImageBytes).
Decoded decodePayload(const QString& payload, qsizetype maxBytes = kDefaultMaxBytes);

// Checks that the bytes ARE an image (PNG/JPEG/GIF/BMP magic, decodable, within the size cap and with
// sane dimensions) before decoding them. kind is PngBase64 ("an image") on success, Invalid otherwise.
Decoded decodeImageBytes(const QByteArray& bytes, qsizetype maxBytes = kDefaultMaxBytes);

// The QR code of text (UTF-8, ECC medium), black modules on white, moduleSize px per module, with a
// quiet zone. Grayscale8 holding only 0 and 255. Null when the text is empty or too long for a QR code.
QImage encodeText(const QString& text, int moduleSize = 8, int quietZoneModules = 4);

// Enlarged by the largest whole factor that fits targetPx (nearest neighbour), never shrunk or
// blurred: a QR scaled by a fraction smears its modules and phones stop reading it.
QImage scaledForDisplay(const QImage& qr, int targetPx);

} // namespace qr
