#include "qr/QrImage.h"

#include <QBuffer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using qr::PayloadKind;

namespace {

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray samplePng()
{
    return encoded(qr::encodeText(QStringLiteral("2@sample,QR,0,token")), "PNG");
}

bool isPureBlackAndWhite(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] != 0 && line[x] != 255)
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrImage : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void decodesRawBase64Png();
    void decodesDataUrl();
    void decodesJpegBase64();
    void decodesWrappedBase64();
    void rawTextBecomesQr();
    void httpUrlNeedsDownload();
    void emptyIsInvalid();
    void garbageBase64IsInvalid_data();
    void garbageBase64IsInvalid();
    void dataUrlWithoutImageIsInvalid();
    void oversizedIsInvalid();
    void imageBytesAreValidated();
    void absurdDimensionsAreRefused();
    void encodedTextIsReadBackByZbar_data();
    void encodedTextIsReadBackByZbar();
    void encodeTextIsCrisp();
    void encodeTextTooLong();
    void scaledForDisplayIsCrisp();
    void arbitraryInputNeverCrashes();
};

void TestQrImage::classify_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<PayloadKind>("kind");
    const QString png = QString::fromLatin1(samplePng().toBase64());
    QTest::newRow("png base64") << png << PayloadKind::PngBase64;
    QTest::newRow("png base64 padded by spaces")
        << (QStringLiteral("  ") + png + QStringLiteral("\n")) << PayloadKind::PngBase64;
    QTest::newRow("data url") << (QStringLiteral("data:image/png;base64,") + png) << PayloadKind::DataUrl;
    QTest::newRow("DATA url upper") << (QStringLiteral("DATA:image/png;base64,") + png) << PayloadKind::DataUrl;
    QTest::newRow("http") << QStringLiteral("http://gw.example/qr.png") << PayloadKind::HttpUrl;
    QTest::newRow("https") << QStringLiteral("HTTPS://gw.example/qr.png") << PayloadKind::HttpUrl;
    QTest::newRow("whatsapp text") << QStringLiteral("2@AbC+/=,xyz==,QWE=,1") << PayloadKind::RawText;
    QTest::newRow("text with spaces") << QStringLiteral("hello world!") << PayloadKind::RawText;
    QTest::newRow("empty") << QString() << PayloadKind::Invalid;
    QTest::newRow("blank") << QStringLiteral("   \n") << PayloadKind::Invalid;
    QTest::newRow("base64 of text") << QString::fromLatin1(QByteArray("not an image at all").toBase64())
                                    << PayloadKind::Invalid;
}

void TestQrImage::classify()
{
    QFETCH(QString, payload);
    QFETCH(PayloadKind, kind);
    QCOMPARE(qr::classify(payload), kind);
}

void TestQrImage::decodesRawBase64Png()
{
    const QByteArray png = samplePng();
    const qr::Decoded d = qr::decodePayload(QString::fromLatin1(png.toBase64()));
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.kind, PayloadKind::PngBase64);
    QCOMPARE(d.image.size(), qr::encodeText(QStringLiteral("2@sample,QR,0,token")).size());
    QVERIFY(d.error.isEmpty());
}

void TestQrImage::decodesDataUrl()
{
    const qr::Decoded d =
        qr::decodePayload(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(samplePng().toBase64()));
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.kind, PayloadKind::DataUrl);
}

void TestQrImage::decodesJpegBase64()
{
    const QByteArray jpeg =
        encoded(qr::encodeText(QStringLiteral("jpeg")).convertToFormat(QImage::Format_RGB32), "JPEG");
    QVERIFY(jpeg.startsWith("\xff\xd8\xff"));
    const qr::Decoded d = qr::decodePayload(QString::fromLatin1(jpeg.toBase64()));
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.kind, PayloadKind::PngBase64);
}

void TestQrImage::decodesWrappedBase64()
{
    // MIME-style base64 wrapped at 76 columns, as some encoders send it.
    const QByteArray b64 = samplePng().toBase64();
    QString wrapped;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        wrapped += QString::fromLatin1(b64.mid(i, 76)) + QStringLiteral("\r\n");
    const qr::Decoded d = qr::decodePayload(wrapped);
    QVERIFY2(d.ok(), qPrintable(d.error));
}

void TestQrImage::rawTextBecomesQr()
{
    const qr::Decoded d = qr::decodePayload(QStringLiteral("2@sim,abc,0,TOKEN"));
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.kind, PayloadKind::RawText);
    QCOMPARE(d.image, qr::encodeText(QStringLiteral("2@sim,abc,0,TOKEN")));
}

void TestQrImage::httpUrlNeedsDownload()
{
    const qr::Decoded d = qr::decodePayload(QStringLiteral("https://gw.example/qr.png"));
    QVERIFY(!d.ok());
    QCOMPARE(d.kind, PayloadKind::HttpUrl);
    QVERIFY(d.error.toString().contains(QLatin1String("download")));
}

void TestQrImage::emptyIsInvalid()
{
    const qr::Decoded d = qr::decodePayload(QString());
    QVERIFY(!d.ok());
    QCOMPARE(d.kind, PayloadKind::Invalid);
    QVERIFY(!d.error.isEmpty());
}

void TestQrImage::garbageBase64IsInvalid_data()
{
    QTest::addColumn<QString>("payload");
    QTest::newRow("text bytes") << QString::fromLatin1(QByteArray("hello, this is not a picture").toBase64());
    QTest::newRow("zeros") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("bad padding") << QStringLiteral("iVBORw0KGgo=AAAA=");
    QTest::newRow("png magic, truncated body") << QString::fromLatin1(samplePng().left(40).toBase64());
    QTest::newRow("png magic, garbage body")
        << QString::fromLatin1(QByteArray(QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(200, 'x')).toBase64());
}

void TestQrImage::garbageBase64IsInvalid()
{
    QFETCH(QString, payload);
    const qr::Decoded d = qr::decodePayload(payload);
    QVERIFY(!d.ok());
    QVERIFY(d.image.isNull()); // never a blank or broken image
    QCOMPARE(d.kind, PayloadKind::Invalid);
    QVERIFY(!d.error.isEmpty());
}

void TestQrImage::dataUrlWithoutImageIsInvalid()
{
    for (const QString& payload : {QStringLiteral("data:text/plain;base64,aGVsbG8="), QStringLiteral("data:,hello"),
                                   QStringLiteral("data:image/png;base64,aGVsbG8gd29ybGQ=")}) {
        const qr::Decoded d = qr::decodePayload(payload);
        QVERIFY2(!d.ok(), qPrintable(payload));
        QVERIFY(!d.error.isEmpty());
    }
}

void TestQrImage::oversizedIsInvalid()
{
    // A valid PNG followed by padding: over the cap, refused before decoding.
    const QByteArray big = samplePng() + QByteArray(3 * 1024 * 1024, '\0');
    const qr::Decoded d = qr::decodePayload(QString::fromLatin1(big.toBase64()));
    QVERIFY(!d.ok());
    QVERIFY(d.error.toString().contains(QLatin1String("KiB")));
    // The cap is a parameter.
    const QString small = QString::fromLatin1(samplePng().toBase64());
    QVERIFY(qr::decodePayload(small).ok());
    QVERIFY(!qr::decodePayload(small, 64).ok());
    QVERIFY(!qr::decodeImageBytes(samplePng(), 64).ok());
    QVERIFY(!qr::decodePayload(QString(5000, QLatin1Char('@')), 1024).ok());
}

void TestQrImage::imageBytesAreValidated()
{
    QVERIFY(qr::decodeImageBytes(samplePng()).ok());
    QVERIFY(qr::decodeImageBytes(encoded(qr::encodeText(QStringLiteral("gif")), "BMP")).ok());
    for (const QByteArray& bad :
         {QByteArray(), QByteArray("{\"success\":true}"), QByteArray("<html>504</html>"), samplePng().left(100)}) {
        const qr::Decoded d = qr::decodeImageBytes(bad);
        QVERIFY(!d.ok());
        QCOMPARE(d.kind, PayloadKind::Invalid);
        QVERIFY(!d.error.isEmpty());
    }
}

void TestQrImage::absurdDimensionsAreRefused()
{
    QImage wide(5000, 40, QImage::Format_Mono);
    wide.fill(1);
    QVERIFY(!qr::decodeImageBytes(encoded(wide, "PNG")).ok());
    QImage tiny(8, 8, QImage::Format_Mono);
    tiny.fill(1);
    QVERIFY(!qr::decodeImageBytes(encoded(tiny, "PNG")).ok());
}

void TestQrImage::encodedTextIsReadBackByZbar_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("whatsapp-like") << QStringLiteral(
        "2@Qk9Zc2VjcmV0LXJlZi1zdHJpbmc=,a1b2c3d4e5f6g7h8i9j0+/==,ZmFrZS1pZGVudGl0eS1rZXk=,c2VjcmV0LWtleQ==,1");
    QTest::newRow("simulator") << QStringLiteral("2@sim,pixel12digital,3,AbCdEfGhIjKlMnOpQrStUvWx");
    QTest::newRow("lower case") << QStringLiteral("hello world");
}

void TestQrImage::encodedTextIsReadBackByZbar()
{
    QFETCH(QString, text);
    const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbar.isEmpty()) {
        if (qEnvironmentVariableIntValue("PHS_REQUIRE_ZBAR") == 1)
            QFAIL("zbarimg (Debian package zbar-tools) is required but not installed");
        QSKIP("zbarimg not installed (Debian package zbar-tools)");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Through the same path the flow uses: the payload decoded, then scaled for the screen.
    const qr::Decoded d = qr::decodePayload(text);
    QVERIFY2(d.ok(), qPrintable(d.error));
    const QString file = dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(qr::scaledForDisplay(d.image, 600).save(file));
    QProcess process;
    process.start(zbar, {QStringLiteral("--raw"), QStringLiteral("-q"), file});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), text);
}

void TestQrImage::encodeTextIsCrisp()
{
    const QImage image = qr::encodeText(QStringLiteral("2@crisp"), 5, 4);
    QVERIFY(!image.isNull());
    QVERIFY(image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Mono);
    QCOMPARE(image.width(), image.height());
    QCOMPARE(image.width() % 5, 0);
    QVERIFY(isPureBlackAndWhite(image));
    // Quiet zone: the 4-module border is white.
    for (int i = 0; i < image.width(); ++i) {
        QCOMPARE(qGray(image.pixel(i, 0)), 255);
        QCOMPARE(qGray(image.pixel(0, i)), 255);
        QCOMPARE(qGray(image.pixel(i, 19)), 255);
    }
    // Version 1 is 21 modules; the top-left finder starts right after the quiet zone.
    QCOMPARE(qGray(image.pixel(20, 20)), 0);
    QVERIFY(qr::encodeText(QString()).isNull());
}

void TestQrImage::encodeTextTooLong()
{
    const QString tooLong(4000, QLatin1Char('x'));
    QVERIFY(qr::encodeText(tooLong).isNull());
    const qr::Decoded d = qr::decodePayload(QStringLiteral("@") + tooLong);
    QVERIFY(!d.ok());
    QVERIFY(!d.error.isEmpty());
}

void TestQrImage::scaledForDisplayIsCrisp()
{
    const QImage qr1 = qr::encodeText(QStringLiteral("2@scale"), 1, 4);
    for (int target : {50, 299, 300, 301, 777}) {
        const QImage scaled = qr::scaledForDisplay(qr1, target);
        const int factor = scaled.width() / qr1.width();
        QCOMPARE(scaled.width(), qr1.width() * factor); // whole factor
        QVERIFY(scaled.width() <= std::max(target, qr1.width()));
        QVERIFY(target < 2 * qr1.width() || scaled.width() > target - qr1.width()); // the largest whole factor
        QVERIFY(isPureBlackAndWhite(scaled));
        for (int y = 0; y < scaled.height(); y += 7) {
            for (int x = 0; x < scaled.width(); x += 3)
                QCOMPARE(scaled.pixel(x, y), qr1.pixel(x / factor, y / factor));
        }
    }
    QVERIFY(qr::scaledForDisplay(QImage(), 300).isNull());
}

void TestQrImage::arbitraryInputNeverCrashes()
{
    QRandomGenerator rng(1234);
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=@,:; \n");
    for (int i = 0; i < 500; ++i) {
        QString s;
        const int length = rng.bounded(200);
        for (int j = 0; j < length; ++j)
            s += alphabet.at(rng.bounded(alphabet.size()));
        if (i % 3 == 0)
            s.prepend(QStringLiteral("iVBORw0KGgo"));
        const qr::Decoded d = qr::decodePayload(s);
        QVERIFY(d.ok() || !d.error.isEmpty());
        QVERIFY(d.ok() != d.image.isNull() || d.ok());
    }
}

QTEST_GUILESS_MAIN(TestQrImage)
#include "tst_qrimage.moc"
