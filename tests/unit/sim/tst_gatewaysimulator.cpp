#include "GatewaySimulator.h"
#include "SimTestClient.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qrcodegen.hpp>

using sim::FaultKind;
using sim::FaultSpec;
using sim::GatewaySimulator;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Reads the QR modules back out of the PNG (quiet zone 4, 8 px per module) and compares them with
// what qrcodegen produces for the expected text: a decode without a decoder library.
bool pngEncodes(const QByteArray& png, const QString& text, QString* why)
{
    QImage image;
    if (!image.loadFromData(png, "PNG")) {
        *why = s("not a PNG");
        return false;
    }
    const QByteArray utf8 = text.toUtf8();
    const auto code = qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
    const int modules = code.getSize() + 8;
    if (image.width() != modules * 8 || image.height() != modules * 8) {
        *why = QStringLiteral("unexpected size %1x%2").arg(image.width()).arg(image.height());
        return false;
    }
    for (int y = -4; y < code.getSize() + 4; ++y) {
        for (int x = -4; x < code.getSize() + 4; ++x) {
            const bool dark = qGray(image.pixel((x + 4) * 8 + 4, (y + 4) * 8 + 4)) < 128;
            if (dark != code.getModule(x, y)) { // getModule is false outside the symbol
                *why = QStringLiteral("module %1,%2 differs").arg(x).arg(y);
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestGatewaySimulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void secretIsRequired_data();
    void secretIsRequired();
    void listingHasShapeTotalAndQuirks();
    void listingIsSlowPerSession();
    void getOneAndUnknown();
    void percentEncodedIds();
    void createDuplicateAndBadBody();
    void deleteSession();
    void unknownRouteAndRootRedirect();
    void fullQrFlow();
    void qrGivesUpAfterMaxRotations();
    void qrFormats_data();
    void qrFormats();
    void zombieStaysConnectedUntilDeleteAndCreate();
    void prePatchZombieQrIs500();
    void tokenReconnectsSilently();
    void faults_data();
    void faults();
    void faultCountMethodAndPrefix();
    void latency();
    void controlEndpoints();
    void inProcessControl();
    void scenarioValidation();
    void executablePrintsPortAndStops();

private:
    QJsonObject channel(const QString& id);
    QString qrTextOf(const QString& id);

    std::unique_ptr<GatewaySimulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;
};

void TestGatewaySimulator::init()
{
    m_sim = std::make_unique<GatewaySimulator>();
    m_sim->setSecret(s("test-secret"));
    QString error;
    QVERIFY2(m_sim->loadScenarioFile(s(":/sim/basic.json"), &error), qPrintable(error));
    QVERIFY(m_sim->listen() != 0);
    m_client = std::make_unique<SimTestClient>();
    m_client->base = m_sim->baseUrl();
    m_client->secret = "test-secret";
}

void TestGatewaySimulator::cleanup()
{
    m_client.reset();
    m_sim.reset();
}

QJsonObject TestGatewaySimulator::channel(const QString& id)
{
    const QJsonArray channels = m_client->get(s("/api/channels")).json().value(s("channels")).toArray();
    for (const QJsonValue& c : channels) {
        if (c.toObject().value(s("id")).toString() == id)
            return c.toObject();
    }
    return {};
}

QString TestGatewaySimulator::qrTextOf(const QString& id)
{
    for (const QJsonValue& v : m_sim->stateJson().value(s("sessions")).toArray()) {
        if (v.toObject().value(s("id")).toString() == id)
            return v.toObject().value(s("qrText")).toString();
    }
    return {};
}

void TestGatewaySimulator::secretIsRequired_data()
{
    QTest::addColumn<bool>("send");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing") << false << QByteArray() << 401 << s("Missing X-Gateway-Secret header");
    QTest::newRow("wrong") << true << QByteArray("nope") << 401 << s("Invalid gateway secret");
    QTest::newRow("right") << true << QByteArray("test-secret") << 200 << QString();
}

void TestGatewaySimulator::secretIsRequired()
{
    QFETCH(bool, send);
    QFETCH(QByteArray, secret);
    QFETCH(int, status);
    QFETCH(QString, error);
    QSignalSpy received(m_sim.get(), &GatewaySimulator::requestReceived);
    const SimResponse r = m_client->call("GET", s("/api/channels"), {}, send, secret);
    QCOMPARE(r.status, status);
    QVERIFY(!r.body.isEmpty());
    QVERIFY(r.isJson());
    QCOMPARE(r.header("WWW-Authenticate"), QByteArray());
    if (!error.isEmpty()) {
        QCOMPARE(r.json().value(s("success")).toBool(true), false);
        QCOMPARE(r.json().value(s("error")).toString(), error);
    }
    QCOMPARE(received.size(), 1);
    QCOMPARE(m_sim->requests().size(), 1);
    QCOMPARE(m_sim->requests().constFirst().secretOk, status == 200);
    QCOMPARE(m_sim->requests().constFirst().path, s("/api/channels"));
}

void TestGatewaySimulator::listingHasShapeTotalAndQuirks()
{
    const SimResponse r = m_client->get(s("/api/channels"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    const QJsonObject body = r.json();
    QCOMPARE(body.value(s("success")).toBool(), true);
    const QJsonArray channels = body.value(s("channels")).toArray();
    QCOMPARE(body.value(s("total")).toInt(), channels.size());
    QCOMPARE(channels.size(), m_sim->sessionCount() - 1); // "fantasma" is hidden
    for (const QJsonValue& c : channels) {
        const QJsonObject o = c.toObject();
        QVERIFY(o.contains(s("id")) && o.contains(s("name")) && o.contains(s("status")));
        QCOMPARE(o.value(s("status")).toString(), o.value(s("status")).toString().toLower());
    }
    QCOMPARE(channel(s("pixel12digital")).value(s("name")).toString(), s("Pixel12 Digital"));
    QCOMPARE(channel(s("pixel12digital")).value(s("status")).toString(), s("connected"));
    QCOMPARE(channel(s("imobsites")).value(s("status")).toString(), s("qr_required"));
    QCOMPARE(channel(s("marketing")).value(s("status")).toString(), s("qr_required"));
    QCOMPARE(channel(s("suporte")).value(s("status")).toString(), s("connected")); // stale
    QCOMPARE(channel(s("financeiro")).value(s("status")).toString(), s("disconnected"));
    QCOMPARE(channel(s("cobranca")).value(s("status")).toString(), s("connected")); // substring bug
    QVERIFY(channel(s("fantasma")).isEmpty());
    QCOMPARE(m_client->get(s("/api/channels/fantasma")).status, 200); // hidden, but it exists
}

void TestGatewaySimulator::listingIsSlowPerSession()
{
    QJsonObject scenario{{s("listDelayPerSessionMs"), 60},
                         {s("sessions"), QJsonArray{QJsonObject{{s("id"), s("a")}}, QJsonObject{{s("id"), s("b")}},
                                                    QJsonObject{{s("id"), s("c")}, {s("hidden"), true}}}}};
    QVERIFY(m_sim->loadScenario(scenario));
    const SimResponse r = m_client->get(s("/api/channels"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 115, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(r.json().value(s("total")).toInt(), 2);
    QVERIFY(m_client->get(s("/api/channels/a")).elapsedMs < 100);
}

void TestGatewaySimulator::getOneAndUnknown()
{
    const SimResponse one = m_client->get(s("/api/channels/pixel12digital"));
    QCOMPARE(one.status, 200);
    const QJsonObject c = one.json().value(s("channel")).toObject();
    QCOMPARE(c.value(s("id")).toString(), s("pixel12digital"));
    QCOMPARE(c.value(s("status")).toString(), s("connected"));
    QVERIFY(c.contains(s("name")));

    const SimResponse unknown = m_client->get(s("/api/channels/1"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(s("success")).toBool(true), false);
    QCOMPARE(unknown.json().value(s("error")).toString(), s("A sessão do WhatsApp não está ativa."));
    QCOMPARE(unknown.json().value(s("correlationId")).toString().size(), 36);
    QCOMPARE(m_client->get(s("/api/channels/PIXEL12DIGITAL")).status, 404); // case-sensitive
}

void TestGatewaySimulator::percentEncodedIds()
{
    QVERIFY(m_sim->addSession(QJsonObject{{s("id"), s("Pixel12 Digital")}, {s("phase"), s("connected")}}));
    const SimResponse r = m_client->get(s("/api/channels/Pixel12%20Digital"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(s("channel")).toObject().value(s("id")).toString(), s("Pixel12 Digital"));
    QCOMPARE(m_sim->requests().constLast().path, s("/api/channels/Pixel12 Digital"));
}

void TestGatewaySimulator::createDuplicateAndBadBody()
{
    const SimResponse created = m_client->call("POST", s("/api/channels"), R"({"channel":"novo"})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(s("success")).toBool(), true);
    QCOMPARE(created.json().value(s("message")).toString(), s("Session created successfully"));
    QCOMPARE(created.json().value(s("qr_required")).toBool(), true);
    QCOMPARE(channel(s("novo")).value(s("status")).toString(), s("qr_required"));

    const SimResponse duplicate = m_client->call("POST", s("/api/channels"), R"({"channel":"novo"})");
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.json().value(s("error")).toString(), s("Session already exists"));

    for (const QByteArray& bad :
         {QByteArray(), QByteArray("{"), QByteArray(R"({"channel":""})"), QByteArray(R"({"name":"x"})")}) {
        const SimResponse r = m_client->call("POST", s("/api/channels"), bad);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(s("error")).isString());
    }
}

void TestGatewaySimulator::deleteSession()
{
    const SimResponse r = m_client->call("DELETE", s("/api/channels/imobsites"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(s("message")).toString(), s("Session deleted"));
    QVERIFY(!m_sim->sessionIds().contains(s("imobsites")));
    QCOMPARE(m_client->call("DELETE", s("/api/channels/imobsites")).status, 404);
}

void TestGatewaySimulator::unknownRouteAndRootRedirect()
{
    for (const auto& [method, path] :
         {qMakePair(QByteArray("GET"), s("/api/nothing")), qMakePair(QByteArray("PUT"), s("/api/channels")),
          qMakePair(QByteArray("GET"), s("/api/channels/x/y/z"))}) {
        const SimResponse r = m_client->call(method, path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(s("error")).toString(), s("Route not found"));
    }
    const SimResponse root = m_client->call("GET", s("/"), {}, false);
    QCOMPARE(root.status, 302);
    QCOMPARE(root.header("Location"), QByteArray("/ui/"));
    QVERIFY(!root.body.isEmpty());
}

void TestGatewaySimulator::fullQrFlow()
{
    QJsonObject scenario{
        {s("qrRotateSeconds"), 0.5},
        {s("qrMaxRotations"), 0},
        {s("sessions"), QJsonArray{QJsonObject{{s("id"), s("novo")}, {s("phase"), s("not_started")}}}}};
    QVERIFY(m_sim->loadScenario(scenario));

    SimResponse r = m_client->get(s("/api/channels/novo/qr"));
    QCOMPARE(r.status, 500);
    QVERIFY(
        r.json().value(s("error")).toString().contains(s("Session not started. Please, use the /start-session route")));

    r = m_client->call("POST", s("/api/channels/novo/start-session")); // bodyless, Content-Type json
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(s("status")).toString(), s("INITIALIZING"));

    r = m_client->get(s("/api/channels/novo/qr"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), QJsonObject({{s("success"), true}})); // no QR field at all
    r = m_client->get(s("/api/channels/novo/qr"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(s("qr")).isNull());
    QCOMPARE(r.json().value(s("status")).toString(), s("INITIALIZING"));

    r = m_client->get(s("/api/channels/novo/qr"));
    QCOMPARE(r.status, 200);
    QString text = qrTextOf(s("novo"));
    QVERIFY(text.startsWith(s("2@sim,novo,")));
    QByteArray png = QByteArray::fromBase64(r.json().value(s("qr")).toString().toLatin1());
    QString why;
    QVERIFY2(pngEncodes(png, text, &why), qPrintable(why));

    // A real decoder, when the machine has one.
    const QString zbar = QStandardPaths::findExecutable(s("zbarimg"));
    if (!zbar.isEmpty()) {
        QTemporaryDir dir;
        QFile file(dir.filePath(s("qr.png")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png);
        file.close();
        QProcess process;
        process.start(zbar, {s("--quiet"), s("--raw"), file.fileName()});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), text);
    }

    // Rotation: a new text (and image) after qrRotateSeconds.
    const QString first = text;
    QTRY_VERIFY_WITH_TIMEOUT(qrTextOf(s("novo")) != first, 3000);
    text = qrTextOf(s("novo"));
    QVERIFY(text.startsWith(s("2@sim,novo,")));
    QVERIFY(text.section(QLatin1Char(','), 2, 2).toInt() >= 1);
    r = m_client->get(s("/api/channels/novo/qr"));
    png = QByteArray::fromBase64(r.json().value(s("qr")).toString().toLatin1());
    text = qrTextOf(s("novo")); // may have rotated once more in between
    QVERIFY2(pngEncodes(png, text, &why), qPrintable(why));

    // The phone scans it.
    r = m_client->call("POST", s("/__sim/sessions/novo/scan"), {}, false);
    QCOMPARE(r.status, 200);
    QCOMPARE(channel(s("novo")).value(s("status")).toString(), s("connected"));
    r = m_client->get(s("/api/channels/novo/qr"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(s("status")).toString(), s("CONNECTED"));
    QVERIFY(r.json().value(s("qr")).isNull());
    QCOMPARE(m_client->call("POST", s("/__sim/sessions/novo/scan"), {}, false).status, 409);
}

void TestGatewaySimulator::qrGivesUpAfterMaxRotations()
{
    QJsonObject scenario{{s("qrRotateSeconds"), 0.1},
                         {s("qrMaxRotations"), 2},
                         {s("sessions"), QJsonArray{QJsonObject{{s("id"), s("q")}, {s("phase"), s("qr")}}}}};
    QVERIFY(m_sim->loadScenario(scenario));
    QTRY_COMPARE_WITH_TIMEOUT(qrTextOf(s("q")), QString(), 3000);
    QCOMPARE(channel(s("q")).value(s("status")).toString(), s("disconnected"));
    QCOMPARE(m_client->get(s("/api/channels/q/qr")).status, 500);
    QVERIFY(!m_sim->scan(s("q")));
}

void TestGatewaySimulator::qrFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("base64") << s("base64");
    QTest::newRow("dataurl") << s("dataurl");
    QTest::newRow("data") << s("data");
    QTest::newRow("text") << s("text");
}

void TestGatewaySimulator::qrFormats()
{
    QFETCH(QString, format);
    QJsonObject scenario{
        {s("qrFormat"), format},
        {s("sessions"),
         QJsonArray{QJsonObject{{s("id"), s("q")}, {s("phase"), s("qr")}},
                    QJsonObject{{s("id"), s("b")}, {s("phase"), s("qr")}, {s("qrFormat"), s("base64")}}}}};
    QVERIFY(m_sim->loadScenario(scenario));
    const QJsonObject body = m_client->get(s("/api/channels/q/qr")).json();
    const QString text = qrTextOf(s("q"));
    QString encoded;
    if (format == s("base64")) {
        encoded = body.value(s("qr")).toString();
    } else if (format == s("dataurl")) {
        encoded = body.value(s("qrcode")).toString();
        QVERIFY(encoded.startsWith(s("data:image/png;base64,")));
        encoded = encoded.mid(22);
    } else if (format == s("data")) {
        encoded = body.value(s("data")).toObject().value(s("qr")).toString();
    } else {
        QCOMPARE(body.value(s("qr")).toString(), text);
    }
    QString why;
    if (!encoded.isEmpty())
        QVERIFY2(pngEncodes(QByteArray::fromBase64(encoded.toLatin1()), text, &why), qPrintable(why));
    else
        QCOMPARE(format, s("text"));
    // The per-session format wins over the global one.
    QVERIFY(m_client->get(s("/api/channels/b/qr")).json().value(s("qr")).toString().startsWith(s("iVBOR")));
}

void TestGatewaySimulator::zombieStaysConnectedUntilDeleteAndCreate()
{
    QVERIFY(m_sim->unlink(s("pixel12digital")));
    for (const QString& id : {s("suporte"), s("pixel12digital")}) {
        QCOMPARE(channel(id).value(s("status")).toString(), s("connected"));
        const SimResponse r = m_client->get(s("/api/channels/") + id + s("/qr"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(s("status")).toString(), s("CONNECTED"));
        QCOMPARE(r.json().value(s("message")).toString(),
                 s("Session is connected. Restart session to generate new QR code."));
    }
    QCOMPARE(m_client->call("POST", s("/api/channels/suporte/start-session")).json().value(s("status")).toString(),
             s("CONNECTED"));
    QCOMPARE(m_client->call("DELETE", s("/api/channels/suporte")).status, 200);
    QCOMPARE(m_client->call("POST", s("/api/channels"), R"({"channel":"suporte"})").status, 201);
    QVERIFY(!m_client->get(s("/api/channels/suporte/qr")).json().contains(s("qr")));
    QCOMPARE(m_client->get(s("/api/channels/suporte/qr")).json().value(s("status")).toString(), s("INITIALIZING"));
    QVERIFY(m_client->get(s("/api/channels/suporte/qr")).json().value(s("qr")).toString().startsWith(s("iVBOR")));
}

void TestGatewaySimulator::prePatchZombieQrIs500()
{
    QJsonObject scenario{{s("qrPatched"), false},
                         {s("sessions"), QJsonArray{QJsonObject{{s("id"), s("z")}, {s("phase"), s("zombie")}}}}};
    QVERIFY(m_sim->loadScenario(scenario));
    const SimResponse r = m_client->get(s("/api/channels/z/qr"));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json().value(s("error")).toString(),
             s("WPPConnect getQRCode failed: Invalid QR code response from server"));
}

void TestGatewaySimulator::tokenReconnectsSilently()
{
    QCOMPARE(channel(s("vendas")).value(s("status")).toString(), s("disconnected"));
    const SimResponse r = m_client->get(s("/api/channels/vendas/qr"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(s("qr")).isNull());
    QCOMPARE(channel(s("vendas")).value(s("status")).toString(), s("connected"));

    // Without a token, a disconnected session is just not started.
    QCOMPARE(m_client->get(s("/api/channels/cobranca/qr")).status, 500);
    QCOMPARE(m_client->call("POST", s("/api/channels/cobranca/start-session")).json().value(s("status")).toString(),
             s("INITIALIZING"));
    QCOMPARE(channel(s("cobranca")).value(s("status")).toString(), s("qr_required"));
}

void TestGatewaySimulator::faults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("networkError");
    QTest::newRow("json401") << s("json401") << 401 << false;
    QTest::newRow("html401") << s("html401") << 401 << false;
    QTest::newRow("html504") << s("html504") << 504 << false;
    QTest::newRow("json500") << s("json500") << 500 << false;
    QTest::newRow("html500") << s("html500") << 500 << false;
    QTest::newRow("route404") << s("route404") << 404 << false;
    QTest::newRow("empty200") << s("empty200") << 200 << false;
    QTest::newRow("truncated") << s("truncated") << 200 << false;
    QTest::newRow("invalid") << s("invalid") << 200 << false;
    QTest::newRow("oversized") << s("oversized") << 200 << false;
    QTest::newRow("reset") << s("reset") << 0 << true;
    QTest::newRow("stall") << s("stall") << 0 << true;
}

void TestGatewaySimulator::faults()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(bool, networkError);
    const auto parsed = sim::faultKindFromString(kind);
    QVERIFY(parsed);
    QCOMPARE(sim::faultKindToString(*parsed), kind);
    const int delay = kind == s("html504") ? 200 : 0;
    m_sim->setFault(FaultSpec{*parsed, s("/api/channels"), -1, delay, {}});
    m_client->transferTimeoutMs = 700;

    const SimResponse r = m_client->get(s("/api/channels"));
    QVERIFY(r.finished);
    if (kind != s("reset")) // a reset comes after a 200 status line; only the body is cut
        QCOMPARE(r.status, status);
    // Qt 6.4 reports a reset mid-body either as an error or, when it reads the closed socket before
    // the error, as a finished answer that is shorter than its Content-Length (the check below).
    if (kind != s("reset"))
        QCOMPARE(r.error != QNetworkReply::NoError, networkError || status >= 400);
    const bool html = kind.startsWith(s("html"));
    QCOMPARE(r.contentType.startsWith("text/html"), html);
    if (html) {
        QVERIFY(r.body.trimmed().startsWith('<'));
        QCOMPARE(r.header("Server"), QByteArray("nginx/1.24.0"));
    }
    if (kind == s("html401")) {
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray(R"(Basic realm="Acesso Restrito - Gateway WhatsApp")"));
        QCOMPARE(r.header("x-server-block"), QByteArray("wpp-gateway"));
        QVERIFY(r.body.contains("401 Authorization Required"));
    } else if (kind == s("json401")) {
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray());
        QVERIFY(r.isJson());
    } else if (kind == s("html504")) {
        QVERIFY(r.body.contains("504 Gateway Time-out"));
        QVERIFY(r.elapsedMs >= delay - 5);
    } else if (kind == s("empty200")) {
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("Content-Length"), QByteArray("0"));
    } else if (kind == s("truncated") || kind == s("invalid")) {
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.isJson());
        QVERIFY(r.contentType.startsWith("application/json"));
    } else if (kind == s("oversized")) {
        QCOMPARE(r.body.size(), 12 * 1024 * 1024);
        QVERIFY(r.isJson());
    } else if (kind == s("reset")) {
        QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError || r.error == QNetworkReply::UnknownNetworkError ||
                     r.error == QNetworkReply::NoError,
                 qPrintable(QString::number(r.error)));
        QVERIFY(r.body.size() < r.header("Content-Length").toLongLong());
    } else if (kind == s("stall")) {
        QVERIFY(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError);
        QVERIFY(r.elapsedMs >= 650);
    } else if (!html) {
        QVERIFY(r.isJson());
        QCOMPARE(r.json().value(s("success")).toBool(true), false);
    }

    m_sim->clearFaults();
    QCOMPARE(m_client->get(s("/api/channels")).status, 200);
}

void TestGatewaySimulator::faultCountMethodAndPrefix()
{
    m_sim->setFault(FaultSpec{FaultKind::Html504, s("/api/channels"), 1, 0, s("GET")});
    QCOMPARE(m_client->call("POST", s("/api/channels"), R"({"channel":"x"})").status, 201); // other method
    QCOMPARE(m_client->get(s("/__sim/state")).status, 200);                                 // not /api
    QCOMPARE(m_client->get(s("/api/channels/x")).status, 504);                              // prefix match
    QCOMPARE(m_client->get(s("/api/channels")).status, 200);                                // used up
    QVERIFY(m_sim->faults().isEmpty());

    // Faults sit in front of the secret check, like nginx.
    m_sim->setFault(FaultSpec{FaultKind::Json500, {}, 2, 0, {}});
    QCOMPARE(m_client->call("GET", s("/api/channels"), {}, false).status, 500);
    QCOMPARE(m_client->get(s("/api/anything")).status, 500);
    QCOMPARE(m_client->call("GET", s("/api/channels"), {}, false).status, 401);
}

void TestGatewaySimulator::latency()
{
    m_sim->setLatency(250, s("/api/channels/imobsites"));
    QVERIFY(m_client->get(s("/api/channels/imobsites")).elapsedMs >= 245);
    QVERIFY(m_client->get(s("/api/channels/pixel12digital")).elapsedMs < 200);
    m_sim->setLatency(0, s("/api/channels/imobsites"));
    QVERIFY(m_client->get(s("/api/channels/imobsites")).elapsedMs < 200);
}

void TestGatewaySimulator::controlEndpoints()
{
    auto control = [this](const QByteArray& method, const char* path, const QByteArray& body = {}) {
        return m_client->call(method, s(path), body, false);
    };
    QCOMPARE(control("POST", "/__sim/sessions", R"({"id":"extra","phase":"connected"})").status, 201);
    QCOMPARE(control("POST", "/__sim/sessions", R"({"id":"extra"})").status, 409);
    QCOMPARE(control("POST", "/__sim/sessions", R"({"phase":"nonsense"})").status, 400);
    QCOMPARE(channel(s("extra")).value(s("status")).toString(), s("connected"));

    QCOMPARE(control("POST", "/__sim/sessions/extra/silent", R"({"silent":true})").status, 200);
    QCOMPARE(control("POST", "/__sim/sessions/extra/silent", R"({})").status, 400);
    QCOMPARE(control("POST", "/__sim/sessions/extra/unlink").status, 200);
    QCOMPARE(control("POST", "/__sim/sessions/extra/unlink").status, 409);
    QCOMPARE(control("POST", "/__sim/sessions/ghost/scan").status, 404);
    QCOMPARE(control("POST", "/__sim/sessions/imobsites/scan").status, 200);

    const QJsonArray sessions = control("GET", "/__sim/state").json().value(s("sessions")).toArray();
    QJsonObject extra;
    for (const QJsonValue& v : sessions) {
        if (v.toObject().value(s("id")).toString() == s("extra"))
            extra = v.toObject();
    }
    QCOMPARE(extra.value(s("phase")).toString(), s("zombie"));
    QCOMPARE(extra.value(s("silent")).toBool(), true);

    QCOMPARE(control("POST", "/__sim/fault", R"({"kind":"html504","path":"/api/channels","count":1})").status, 200);
    QCOMPARE(control("POST", "/__sim/fault", R"({"kind":"bogus"})").status, 400);
    QCOMPARE(m_client->get(s("/api/channels")).status, 504);
    QCOMPARE(control("POST", "/__sim/fault", R"({"kind":"json500"})").status, 200);
    QCOMPARE(control("DELETE", "/__sim/fault").status, 200);
    QCOMPARE(m_client->get(s("/api/channels")).status, 200);

    QCOMPARE(control("POST", "/__sim/latency", R"({"ms":200,"path":"/api/channels"})").status, 200);
    QVERIFY(m_client->get(s("/api/channels")).elapsedMs >= 195);
    QCOMPARE(control("POST", "/__sim/latency", R"({"ms":0,"path":"/api/channels"})").status, 200);

    const SimResponse requests = control("GET", "/__sim/requests");
    QCOMPARE(requests.json().value(s("requests")).toArray().size(), 4); // /__sim/ calls are not recorded
    QCOMPARE(requests.json().value(s("requests")).toArray().at(0).toObject().value(s("secretOk")).toBool(), true);
    QCOMPARE(control("DELETE", "/__sim/requests").status, 200);
    QVERIFY(m_sim->requests().isEmpty());
    QCOMPARE(control("GET", "/__sim/nothing").status, 404);

    QCOMPARE(control("POST", "/__sim/scenario", R"({"sessions":[{"id":"only"}]})").status, 200);
    QCOMPARE(m_sim->sessionIds(), QStringList{s("only")});
    QCOMPARE(control("POST", "/__sim/scenario", R"({"sessions":[{"id":"a"},{"id":"a"}]})").status, 400);
}

void TestGatewaySimulator::inProcessControl()
{
    QVERIFY(!m_sim->scan(s("pixel12digital"))); // not showing a QR
    QVERIFY(m_sim->scan(s("imobsites")));
    QVERIFY(m_sim->unlink(s("imobsites")));
    QVERIFY(!m_sim->unlink(s("ghost")));
    QVERIFY(m_sim->setSilent(s("pixel12digital"), true));
    QVERIFY(!m_sim->setSilent(s("ghost"), true));
    QVERIFY(!m_sim->addSession(QJsonObject{{s("id"), s("imobsites")}}));
    QVERIFY(!m_sim->addSession(QJsonObject{}));
    QVERIFY(m_sim->addSession(QJsonObject{{s("id"), s("nova")}}));
    QVERIFY(m_sim->sessionIds().contains(s("nova")));
}

void TestGatewaySimulator::scenarioValidation()
{
    QString error;
    QVERIFY(!m_sim->loadScenario(QJsonObject{{s("qrFormat"), s("svg")}}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_sim->loadScenario(QJsonObject{{s("sessions"), s("x")}}, &error));
    QVERIFY(!m_sim->loadScenarioFile(s("/nonexistent.json"), &error));
    QVERIFY(m_sim->loadScenarioFile(s(":/sim/demo.json"), &error));
    QVERIFY(m_sim->sessionCount() >= 6);
}

void TestGatewaySimulator::executablePrintsPortAndStops()
{
    QTemporaryDir dir;
    const QString secretFile = dir.filePath(s("secret"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(s("WA_SIM_SECRET"));
    env.remove(s("PIXELHUB_GATEWAY_SECRET"));
    process.setProcessEnvironment(env);
    process.start(s(PHS_SIM_EXECUTABLE), {s("--scenario"), s(":/sim/basic.json"), s("--secret-file"), secretFile});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(line.startsWith(s("listening on http://127.0.0.1:")), qPrintable(line));

    QFile file(secretFile);
    QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray secret = file.readAll().trimmed();
    QCOMPARE(secret.size(), 32);
    QVERIFY(!process.readAllStandardError().contains(secret));

    SimTestClient client;
    client.base = QUrl(line.mid(13));
    client.secret = secret;
    QCOMPARE(client.get(s("/api/channels")).status, 200);

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // exactly one line
}

QTEST_GUILESS_MAIN(TestGatewaySimulator)
#include "tst_gatewaysimulator.moc"
