#include "gateway/pixelhub/PixelhubParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gateway;
using namespace gateway::pixelhub;

namespace {
QJsonValue json(const char* text)
{
    const auto doc = QJsonDocument::fromJson(QByteArray(text));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}
} // namespace

class TestParsers : public QObject
{
    Q_OBJECT

private slots:
    void channelList_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("hasList");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("statuses");

        QTest::newRow("capture 17 Feb") << QByteArray(
                                               "{\"success\":true,\"channels\":[{\"id\":\"pixel12digital\",\"status\":"
                                               "\"connected\"},{\"id\":\"imobsites\",\"status\":\"qr_required\"}]}")
                                        << true << QStringList{"pixel12digital", "imobsites"}
                                        << QStringList{"connected", "qr_required"};
        QTest::newRow("with total")
            << QByteArray("{\"success\":true,\"channels\":[{\"id\":\"a\",\"status\":\"connected\"}],\"total\":1}")
            << true << QStringList{"a"} << QStringList{"connected"};
        QTest::newRow("data.channels") << QByteArray(
                                              "{\"data\":{\"channels\":[{\"id\":\"a\",\"status\":\"disconnected\"}]}}")
                                       << true << QStringList{"a"} << QStringList{"disconnected"};
        QTest::newRow("id from name") << QByteArray(
                                             "{\"channels\":[{\"name\":\"Pixel12 Digital\",\"status\":\"connected\"}]}")
                                      << true << QStringList{"Pixel12 Digital"} << QStringList{"connected"};
        QTest::newRow("id from channel_id") << QByteArray("{\"channels\":[{\"channel_id\":\"x\",\"state\":\"OPEN\"}]}")
                                            << true << QStringList{"x"} << QStringList{"OPEN"};
        QTest::newRow("boolean connected true") << QByteArray("{\"channels\":[{\"id\":\"a\",\"connected\":true}]}")
                                                << true << QStringList{"a"} << QStringList{"connected"};
        QTest::newRow("string connected false") << QByteArray("{\"channels\":[{\"id\":\"a\",\"connected\":\"false\"}]}")
                                                << true << QStringList{"a"} << QStringList{"disconnected"};
        QTest::newRow("no status") << QByteArray("{\"channels\":[{\"id\":\"a\"}]}") << true << QStringList{"a"}
                                   << QStringList{""};
        QTest::newRow("item without id skipped")
            << QByteArray("{\"channels\":[{\"status\":\"connected\"},{\"id\":\"b\"}]}") << true << QStringList{"b"}
            << QStringList{""};
        QTest::newRow("empty list") << QByteArray("{\"success\":true,\"channels\":[]}") << true << QStringList{}
                                    << QStringList{};
        QTest::newRow("sessions key")
            << QByteArray("{\"success\":true,\"sessions\":[{\"id\":\"s\",\"status\":\"connected\"}]}") << true
            << QStringList{"s"} << QStringList{"connected"};
        QTest::newRow("bare array of strings")
            << QByteArray("[\"a\",\"b\"]") << true << QStringList{"a", "b"} << QStringList{"", ""};
        QTest::newRow("no list") << QByteArray("{\"success\":false,\"error\":\"boom\"}") << false << QStringList{}
                                 << QStringList{};
        QTest::newRow("channels not an array")
            << QByteArray("{\"channels\":\"nope\"}") << false << QStringList{} << QStringList{};
        QTest::newRow("numeric id") << QByteArray("{\"channels\":[{\"id\":42,\"status\":\"connected\"}]}") << true
                                    << QStringList{"42"} << QStringList{"connected"};
    }

    // Both forms: the document, and the bytes read item by item (finding 13: a big listing never
    // becomes one document).
    void channelList()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, hasList);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, statuses);
        for (const auto& list : {parseChannelList(json(body.constData())), parseChannelList(body)}) {
            QCOMPARE(list.has_value(), hasList);
            if (!list)
                continue;
            QCOMPARE(list->size(), ids.size());
            for (int i = 0; i < ids.size(); ++i) {
                QCOMPARE(list->at(i).id, ids.at(i));
                QCOMPARE(list->at(i).rawStatus, statuses.at(i));
                QVERIFY(!list->at(i).name.isEmpty());
            }
        }
    }

    // Not valid JSON: no list from the bytes, so the job falls back to the document and its message.
    void channelListBytesRefuseInvalidJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"channels\":[{\"id\":\"a\"},{\"id\":");
        QTest::newRow("trailing garbage") << QByteArray("{\"channels\":[{\"id\":\"a\"}]} x");
        QTest::newRow("array, trailing garbage") << QByteArray("[\"a\"] ]");
        QTest::newRow("bad item") << QByteArray("{\"channels\":[{\"id\":\"a\",}]}");
        QTest::newRow("bad literal") << QByteArray("{\"channels\":[{\"id\":\"a\",\"connected\":tru}]}");
        QTest::newRow("raw control in string") << QByteArray("{\"channels\":[{\"id\":\"a\nb\"}]}");
        QTest::newRow("html") << QByteArray("<html><title>502</title></html>");
        QTest::newRow("empty") << QByteArray();
    }

    void channelListBytesRefuseInvalidJson()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!parseChannelList(body).has_value());
    }

    // Escapes inside strings do not end them; nested values in an item are skipped whole.
    void channelListBytesHandleEscapesAndNesting()
    {
        const QByteArray body = "{\"meta\":{\"a\":[1,2,{\"b\":\"]}\\\"\"}]},\"channels\":[{\"id\":\"q\\\"x\","
                                "\"extra\":{\"deep\":[[],{}]},\"status\":\"OPEN\"},\"plain\"]}";
        const auto list = parseChannelList(body);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, QStringLiteral("q\"x"));
        QCOMPARE(list->at(0).rawStatus, QStringLiteral("OPEN"));
        QCOMPARE(list->at(1).id, QStringLiteral("plain"));
    }

    // A big listing is allocated once, at its size: not grown by appends to up to twice the room
    // its sessions need (finding 13: 67 MB for the 38 MB of 215,000 sessions).
    void channelListBytesAreAllocatedOnce()
    {
        QByteArray body = "{\"channels\":[";
        for (int i = 0; i < 1000; ++i)
            body += (i ? "," : "") + QByteArray("{\"id\":\"s") + QByteArray::number(i) + "\",\"status\":\"CONNECTED\"}";
        body += "]}";
        const auto list = parseChannelList(body);
        QVERIFY(list);
        QCOMPARE(list->size(), 1000);
        QCOMPARE(list->capacity(), list->size());
    }

    void channel_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("status");
        QTest::newRow("capture 9 Feb nested") << QByteArray("{\"success\":true,\"channel\":{\"id\":\"pixel12digital\","
                                                            "\"name\":\"pixel12digital\",\"status\":\"connected\"}}")
                                              << true << "pixel12digital"
                                              << "connected";
        QTest::newRow("channel.connection")
            << QByteArray("{\"channel\":{\"id\":\"a\",\"connection\":\"disconnected\"}}") << true << "a"
            << "disconnected";
        QTest::newRow("doc expected shape")
            << QByteArray("{\"channel\":\"imobsites\",\"connection\":\"disconnected\",\"status\":\"waiting_qr\"}")
            << true << "req"
            << "waiting_qr";
        QTest::newRow("top-level connected bool")
            << QByteArray("{\"success\":true,\"connected\":true}") << true << "req"
            << "connected";
        QTest::newRow("data.channel") << QByteArray(
                                             "{\"data\":{\"channel\":{\"id\":\"z\",\"status\":\"qr_required\"}}}")
                                      << true << "z"
                                      << "qr_required";
        QTest::newRow("nothing") << QByteArray("{\"success\":true}") << false << ""
                                 << "";
    }

    void channel()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, id);
        QFETCH(QString, status);
        const auto c = parseChannel(json(body.constData()), QStringLiteral("req"));
        QCOMPARE(c.has_value(), ok);
        if (!c)
            return;
        QCOMPARE(c->id, id);
        QCOMPARE(c->rawStatus, status);
    }

    void qr_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("qr raw base64") << QByteArray("{\"success\":true,\"qr\":\"iVBORw0KGgo\"}") << "iVBORw0KGgo"
                                       << ""
                                       << "";
        QTest::newRow("qr_base64 data url")
            << QByteArray("{\"qr_base64\":\"data:image/png;base64,iVBOR\"}") << "data:image/png;base64,iVBOR"
            << ""
            << "";
        QTest::newRow("qrcode") << QByteArray("{\"qrcode\":\"  abc  \"}") << "abc"
                                << ""
                                << "";
        QTest::newRow("base64Qrimg") << QByteArray("{\"base64Qrimg\":\"x1\"}") << "x1"
                                     << ""
                                     << "";
        QTest::newRow("base64") << QByteArray("{\"base64\":\"x2\"}") << "x2"
                                << ""
                                << "";
        QTest::newRow("base64Image") << QByteArray("{\"base64Image\":\"x3\"}") << "x3"
                                     << ""
                                     << "";
        QTest::newRow("image") << QByteArray("{\"image\":\"x4\"}") << "x4"
                               << ""
                               << "";
        QTest::newRow("qrcode_base64") << QByteArray("{\"qrcode_base64\":\"x5\"}") << "x5"
                                       << ""
                                       << "";
        QTest::newRow("order qr first") << QByteArray("{\"base64\":\"second\",\"qr\":\"first\"}") << "first"
                                        << ""
                                        << "";
        QTest::newRow("data object") << QByteArray("{\"data\":{\"base64\":\"d1\"}}") << "d1"
                                     << ""
                                     << "";
        QTest::newRow("data string") << QByteArray("{\"data\":\"d2\"}") << "d2"
                                     << ""
                                     << "";
        QTest::newRow("result object") << QByteArray("{\"result\":{\"qr\":\"r1\"}}") << "r1"
                                       << ""
                                       << "";
        QTest::newRow("http url") << QByteArray("{\"qr\":\"https:\\/\\/gw/qr.png\"}") << "https://gw/qr.png"
                                  << ""
                                  << "";
        QTest::newRow("raw text") << QByteArray("{\"qr\":\"2@abc,def,ghi\"}") << "2@abc,def,ghi"
                                  << ""
                                  << "";
        QTest::newRow("not ready") << QByteArray("{\"success\":true}") << ""
                                   << ""
                                   << "";
        QTest::newRow("initializing") << QByteArray("{\"success\":true,\"qr\":null,\"status\":\"INITIALIZING\"}") << ""
                                      << "INITIALIZING"
                                      << "";
        QTest::newRow("stale connected") << QByteArray(
                                                "{\"success\":true,\"qr\":null,\"status\":\"connected\",\"message\":"
                                                "\"Session is connected. Restart session to generate new QR code.\"}")
                                         << ""
                                         << "CONNECTED"
                                         << "Session is connected. Restart session to generate new QR code.";
        QTest::newRow("empty qr string") << QByteArray("{\"qr\":\"\",\"base64\":\"b\"}") << "b"
                                         << ""
                                         << "";
        QTest::newRow("numeric status ignored") << QByteArray("{\"status\":200}") << ""
                                                << ""
                                                << "";
    }

    void qr()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, payload);
        QFETCH(QString, status);
        QFETCH(QString, message);
        const QrAnswer a = parseQr(json(body.constData()));
        QCOMPARE(a.payload, payload);
        QCOMPARE(a.status, status);
        QCOMPARE(a.message, message);
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
