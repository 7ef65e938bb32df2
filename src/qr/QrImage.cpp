#include "QrImage.h"

#include <QBuffer>
#include <QImageReader>

#include <qrcodegen.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <vector>

namespace qr {

namespace {

using text::LiveText;

// A QR image smaller than a version-1 code at 1 px per module cannot be scanned; anything larger
// than this is not a QR code the gateway made (and could be a decompression bomb).
constexpr int kMinSide = 21;
constexpr int kMaxSide = 4096;

bool isBase64Char(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/' ||
           u == u'=' || u == u'-' || u == u'_';
}

// Wrapped base64 has line breaks, never spaces: "hello world" is text, not base64.
bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t');
}

bool looksLikeBase64(const QString& s)
{
    bool any = false;
    for (const QChar c : s) {
        if (isLineBreak(c))
            continue;
        if (!isBase64Char(c))
            return false;
        any = true;
    }
    return any;
}

QByteArray compactBase64(const QString& s)
{
    QByteArray out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (!isLineBreak(c) && !c.isSpace())
            out.append(static_cast<char>(c.unicode()));
    }
    return out;
}

std::optional<QByteArray> decodeBase64(const QByteArray& text)
{
    const bool url = text.contains('-') || text.contains('_');
    const auto options =
        (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) | QByteArray::AbortOnBase64DecodingErrors;
    auto decoded = QByteArray::fromBase64Encoding(text, options);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

const char* imageFormat(const QByteArray& bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return "png";
    if (bytes.startsWith("\xff\xd8\xff"))
        return "jpeg";
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return "gif";
    if (bytes.startsWith("BM"))
        return "bmp";
    return nullptr;
}

bool startsWithNoCase(const QString& s, const char* prefix)
{
    return s.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
}

// Base64 needs 4 characters per 3 bytes: a longer payload cannot decode within the cap.
bool base64TooLong(qsizetype chars, qsizetype maxBytes)
{
    return maxBytes > 0 && chars / 4 * 3 > maxBytes + 3;
}

LiveText tooLargeMessage(qsizetype maxBytes)
{
    return LiveText::translate("qr::QrImage", "The QR code sent by the gateway is larger than %1 KiB and was refused.")
        .arg(maxBytes / 1024);
}

Decoded invalid(LiveText error, PayloadKind kind = PayloadKind::Invalid)
{
    Decoded d;
    d.kind = kind;
    d.error = std::move(error);
    return d;
}

Decoded fromBase64(const QByteArray& compact, PayloadKind kind, qsizetype maxBytes)
{
    if (base64TooLong(compact.size(), maxBytes))
        return invalid(tooLargeMessage(maxBytes));
    const auto bytes = decodeBase64(compact);
    if (!bytes)
        return invalid(LiveText::translate(
            "qr::QrImage", "The QR code sent by the gateway is not valid base64 data, so it cannot be shown. "
                           "Try again; if it persists, check the gateway."));
    Decoded d = decodeImageBytes(*bytes, maxBytes);
    if (d.ok())
        d.kind = kind;
    return d;
}

} // namespace

PayloadKind classify(const QString& payload)
{
    const QString p = payload.trimmed();
    if (p.isEmpty())
        return PayloadKind::Invalid;
    if (startsWithNoCase(p, "data:"))
        return PayloadKind::DataUrl;
    if (startsWithNoCase(p, "http://") || startsWithNoCase(p, "https://"))
        return PayloadKind::HttpUrl;
    if (!looksLikeBase64(p))
        return PayloadKind::RawText;
    // Only the first bytes are needed to recognise an image; 16 characters decode to 12 bytes.
    const auto head = decodeBase64(compactBase64(p.left(64)).left(16));
    return head && imageFormat(*head) ? PayloadKind::PngBase64 : PayloadKind::Invalid;
}

Decoded decodePayload(const QString& payload, qsizetype maxBytes)
{
    const QString p = payload.trimmed();
    switch (classify(p)) {
    case PayloadKind::HttpUrl:
        return invalid(
            LiveText::translate("qr::QrImage", "The QR code is an address (%1); it needs to be downloaded first.")
                .arg(p.left(200)),
            PayloadKind::HttpUrl);
    case PayloadKind::DataUrl: {
        const qsizetype comma = p.indexOf(QLatin1Char(','));
        const QString header = comma < 0 ? QString() : p.left(comma).toLower();
        if (comma < 0 || !header.startsWith(QLatin1String("data:image/")) || !header.endsWith(QLatin1String(";base64")))
            return invalid(
                LiveText::translate("qr::QrImage",
                                    "The QR code sent by the gateway is a data address that holds no base64 image "
                                    "(%1). Check the gateway.")
                    .arg(header.isEmpty() ? p.left(40) : header.left(80)));
        return fromBase64(compactBase64(p.mid(comma + 1)), PayloadKind::DataUrl, maxBytes);
    }
    case PayloadKind::PngBase64:
        return fromBase64(compactBase64(p), PayloadKind::PngBase64, maxBytes);
    case PayloadKind::RawText: {
        if (maxBytes > 0 && p.size() > maxBytes)
            return invalid(tooLargeMessage(maxBytes));
        Decoded d;
        d.kind = PayloadKind::RawText;
        d.image = encodeText(p);
        if (d.image.isNull())
            d.error =
                LiveText::translate("qr::QrImage",
                                    "The pairing text sent by the gateway is too long for a QR code (%1 characters).")
                    .arg(p.size());
        return d;
    }
    case PayloadKind::Invalid:
        break;
    }
    if (p.isEmpty())
        return invalid(LiveText::translate("qr::QrImage", "The gateway sent an empty QR code."));
    if (base64TooLong(p.size(), maxBytes))
        return invalid(tooLargeMessage(maxBytes));
    return invalid(LiveText::translate(
        "qr::QrImage", "The QR code sent by the gateway is base64 data but not an image (PNG, JPEG, GIF or "
                       "BMP), so it cannot be shown. Try again; if it persists, check the gateway."));
}

Decoded decodeImageBytes(const QByteArray& bytes, qsizetype maxBytes)
{
    if (bytes.isEmpty())
        return invalid(LiveText::translate("qr::QrImage", "The QR image from the gateway is empty."));
    if (maxBytes > 0 && bytes.size() > maxBytes)
        return invalid(tooLargeMessage(maxBytes));
    const char* format = imageFormat(bytes);
    if (!format)
        return invalid(LiveText::translate(
            "qr::QrImage", "The QR code from the gateway is not an image (PNG, JPEG, GIF or BMP), so it cannot "
                           "be shown. Try again; if it persists, check the gateway."));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    // The header's size first: refuse giant dimensions before allocating anything for them.
    const QSize size = reader.size();
    if (size.isValid() &&
        (size.width() < kMinSide || size.height() < kMinSide || size.width() > kMaxSide || size.height() > kMaxSide))
        return invalid(
            LiveText::translate("qr::QrImage",
                                "The QR image from the gateway has an implausible size (%1×%2 pixels), so it was "
                                "refused.")
                .arg(size.width())
                .arg(size.height()));
    Decoded d;
    d.image = reader.read();
    if (d.image.isNull())
        return invalid(
            LiveText::translate("qr::QrImage",
                                "The QR image from the gateway is damaged and cannot be shown (%1). Try again.")
                .arg(reader.errorString()));
    if (d.image.width() < kMinSide || d.image.height() < kMinSide || d.image.width() > kMaxSide ||
        d.image.height() > kMaxSide)
        return invalid(
            LiveText::translate("qr::QrImage",
                                "The QR image from the gateway has an implausible size (%1×%2 pixels), so it was "
                                "refused.")
                .arg(d.image.width())
                .arg(d.image.height()));
    d.kind = PayloadKind::PngBase64;
    return d;
}

QImage encodeText(const QString& text, int moduleSize, int quietZoneModules)
{
    if (text.isEmpty())
        return {};
    moduleSize = qBound(1, moduleSize, 64);
    quietZoneModules = qBound(0, quietZoneModules, 16);
    const QByteArray utf8 = text.toUtf8();
    std::vector<std::uint8_t> data(utf8.cbegin(), utf8.cend());
    try {
        // Byte mode keeps the exact text; encodeText() would pick alphanumeric mode only for upper case.
        const auto code =
            qrcodegen::QrCode::encodeSegments({qrcodegen::QrSegment::makeBytes(data)}, qrcodegen::QrCode::Ecc::MEDIUM);
        const int modules = code.getSize();
        const int side = (modules + 2 * quietZoneModules) * moduleSize;
        QImage image(side, side, QImage::Format_Grayscale8);
        image.fill(255);
        for (int y = 0; y < modules; ++y) {
            for (int x = 0; x < modules; ++x) {
                if (!code.getModule(x, y))
                    continue;
                const int px = (x + quietZoneModules) * moduleSize;
                const int py = (y + quietZoneModules) * moduleSize;
                for (int dy = 0; dy < moduleSize; ++dy) {
                    uchar* line = image.scanLine(py + dy);
                    std::fill(line + px, line + px + moduleSize, uchar(0));
                }
            }
        }
        return image;
    } catch (const std::length_error&) { // qrcodegen::data_too_long
        return {};
    }
}

QImage scaledForDisplay(const QImage& qr, int targetPx)
{
    if (qr.isNull())
        return qr;
    const int side = qMax(qr.width(), qr.height());
    const int factor = targetPx / side;
    if (factor <= 1)
        return qr;
    return qr.scaled(qr.width() * factor, qr.height() * factor, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

} // namespace qr
