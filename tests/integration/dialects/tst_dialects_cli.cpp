// Each dialect end to end: the command line (in process) against the simulator speaking that
// dialect (dialects.md), quirks included. Per dialect: list with every status mapped, reconnect to a
// QR that a decoder reads back as the simulator's text, a pairing code, restart, logout and delete,
// the dialect's credential header on every request, and polls without side effects.
#include "../../unit/cli/CliFixture.h"
#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace {

QJsonObject scenario()
{
    return QJsonObject{
        {"qrAfterPolls", 1},
        {"qrRotateSeconds", 20},
        {"sessions",
         QJsonArray{
             QJsonObject{{"id", "pixel12digital"}, {"phase", "connected"}, {"token", true}, {"phone", "5547999990001"}},
             QJsonObject{{"id", "imobsites"}, {"phase", "qr"}},
             QJsonObject{{"id", "marketing"}, {"phase", "initializing"}},
             QJsonObject{{"id", "financeiro"}, {"phase", "not_started"}},
             QJsonObject{{"id", "vendas"}, {"phase", "disconnected"}},
             QJsonObject{{"id", "suporte"}, {"phase", "zombie"}, {"token", true}, {"phone", "5547999990002"}},
         }},
    };
}

// The vendor's word for each session of scenario(), and our status for it (dialects.md §0.1).
struct Expected
{
    const char* id;
    const char* vendor;
    const char* status;
};

QList<Expected> expectations(const QString& dialect)
{
    if (dialect == QLatin1String("waha"))
        return {{"pixel12digital", "WORKING", "connected"}, {"imobsites", "SCAN_QR_CODE", "qr_pending"},
                {"marketing", "STARTING", "starting"},      {"financeiro", "STOPPED", "disconnected"},
                {"vendas", "STOPPED", "disconnected"},      {"suporte", "WORKING", "connected"},
                {"failed", "FAILED", "disconnected"},       {"passkey", "PASSKEY_REQUIRED", "qr_pending"},
                {"odd", "SOMETHING_NEW", "unknown"}};
    if (dialect == QLatin1String("wppconnect")) // show-all-sessions, then status-session per name
        return {{"pixel12digital", "CONNECTED", "connected"},
                {"imobsites", "QRCODE", "qr_pending"},
                {"marketing", "INITIALIZING", "starting"},
                {"financeiro", "CLOSED", "disconnected"},
                {"vendas", "CLOSED", "disconnected"},
                {"suporte", "CONNECTED", "connected"},
                {"failed", "DISCONNECTED", "disconnected"},
                {"passkey", "PHONECODE", "qr_pending"},
                {"odd", "weird", "unknown"}};
    return {{"pixel12digital", "open", "connected"},
            {"imobsites", "connecting", "starting"},
            {"marketing", "connecting", "starting"},
            {"financeiro", "close", "disconnected"},
            {"vendas", "close", "disconnected"},
            {"suporte", "open", "connected"},
            {"failed", "refused", "disconnected"},
            {"passkey", "connecting", "starting"},
            {"odd", "weird", "unknown"}};
}

} // namespace

class TestDialectsCli : public QObject
{
    Q_OBJECT

    SimFixture m_fx;
    QString m_dialect;

    CliRun run(const QStringList& args)
    {
        CliRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        settings::Profile profile(
            std::make_unique<QSettings>(m_fx.dir().filePath("profile.ini"), QSettings::IniFormat));
        profile.setConnectDeadline(std::chrono::seconds(30));
        settings::SecretStore secrets;
        cli::CommandContext context(out, err, profile, secrets);
        const QStringList globals{"--gateway", m_fx.url(), "--dialect", m_dialect};
        r.code = cli::CommandRegistry::standard().run(QStringList{"pixelhub-sessions-cli"} + globals + args, context);
        out.flush();
        err.flush();
        return r;
    }

    void start(const QString& dialect)
    {
        m_dialect = dialect;
        QVERIFY(m_fx.start(scenario(), false));
        QVERIFY(m_fx.sim().setDialect(dialect));
    }

    QJsonObject simSession(const QString& id)
    {
        const QJsonArray sessions = m_fx.sim().stateJson().value("sessions").toArray();
        for (const QJsonValue& s : sessions) {
            if (s.toObject().value("id").toString() == id)
                return s.toObject();
        }
        return {};
    }

    QJsonObject listed(const QString& id)
    {
        const CliRun r = run({"--json", "list"});
        if (r.code != 0)
            qWarning() << r.err;
        const QJsonArray rows = parseJson(r.out).array();
        for (const QJsonValue& row : rows) {
            if (row.toObject().value("id").toString() == id)
                return row.toObject();
        }
        return {};
    }

    // Every request the simulator got carried this dialect's credential, and the right one.
    void verifyCredentials()
    {
        const QList<sim::RequestRecord> requests = m_fx.sim().requests();
        QVERIFY(!requests.isEmpty());
        for (const sim::RequestRecord& r : requests)
            QVERIFY2(r.secretOk, qPrintable(r.method + QLatin1Char(' ') + r.path));
    }

    // zbarimg reads the PNG back as the simulator's QR text.
    void verifyDecodes(const QString& png, const QString& text)
    {
        const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbar.isEmpty()) {
            if (qEnvironmentVariableIntValue("PHS_REQUIRE_ZBAR") == 1)
                QFAIL("zbarimg (Debian package zbar-tools) is required but not installed");
            QSKIP("zbarimg not installed (Debian package zbar-tools)");
        }
        QProcess process;
        process.start(zbar, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), text);
    }

    // Whapi: a profile is one channel (the simulator's only session), its id the channel id.
    void startWhapi(const QJsonObject& channel)
    {
        m_dialect = QStringLiteral("whapi");
        QVERIFY(m_fx.start(QJsonObject{{"qrAfterPolls", 1}, {"qrRotateSeconds", 20}, {"sessions", QJsonArray{channel}}},
                           false));
        QVERIFY(m_fx.sim().setDialect(m_dialect));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PIXELHUB_GATEWAY_SECRET", SimFixture::Secret);
        for (const char* name : {"PIXELHUB_GATEWAY_URL", "PIXELHUB_ACTIVITY_DSN", "PIXELHUB_ACTIVITY_PASSWORD",
                                 "PIXELHUB_GATEWAY_DIALECT"})
            qunsetenv(name);
    }

    void cleanup() { m_fx.stop(); }

    void list_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("waha") << "waha";
        QTest::newRow("evolution") << "evolution";
        QTest::newRow("wppconnect") << "wppconnect";
    }

    void list()
    {
        QFETCH(QString, dialect);
        start(dialect);
        // Vendor words the phases alone do not make.
        for (const auto& [id, phase] :
             {std::pair{"failed", "disconnected"}, std::pair{"passkey", "qr"}, std::pair{"odd", "connected"}}) {
            QString raw;
            for (const Expected& e : expectations(dialect)) {
                if (qstrcmp(e.id, id) == 0)
                    raw = QString::fromLatin1(e.vendor);
            }
            QVERIFY(m_fx.sim().addSession(QJsonObject{{"id", id}, {"phase", phase}, {"rawStatus", raw}}));
        }

        const CliRun r = run({"--json", "list"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = parseJson(r.out).array();
        QCOMPARE(rows.size(), expectations(dialect).size());
        for (const Expected& e : expectations(dialect)) {
            QJsonObject row;
            for (const QJsonValue& v : rows) {
                if (v.toObject().value("id").toString() == QLatin1String(e.id))
                    row = v.toObject();
            }
            QVERIFY2(!row.isEmpty(), e.id);
            QCOMPARE(row.value("gateway_status").toString(), QString::fromLatin1(e.vendor));
            QCOMPARE(row.value("status").toString(), QString::fromLatin1(e.status));
            QCOMPARE(row.value("dialect").toString(), dialect);
            QVERIFY(row.contains("account"));
        }
        QJsonObject linked;
        for (const QJsonValue& v : rows) {
            if (v.toObject().value("id").toString() == QLatin1String("pixel12digital"))
                linked = v.toObject();
        }
        // wppconnect's status-session names no account.
        if (dialect != QLatin1String("wppconnect"))
            QCOMPARE(linked.value("account").toString(), QStringLiteral("5547999990001"));
        QVERIFY(listed("financeiro").value("account").isNull());
        verifyCredentials();
    }

    void reconnectToQr_data() { list_data(); }

    void reconnectToQr()
    {
        QFETCH(QString, dialect);
        start(dialect);
        const QString png = m_fx.dir().filePath(dialect + "-qr.png");
        const CliRun r = run({"reconnect", "financeiro", "--qr-png", png});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(png));
        const QString text = simSession("financeiro").value("qrText").toString();
        QVERIFY2(text.startsWith("2@sim,financeiro,"), qPrintable(text));
        verifyCredentials();

        verifyDecodes(png, text);
    }

    void pairingCode_data() { list_data(); }

    void pairingCode()
    {
        QFETCH(QString, dialect);
        start(dialect);
        // The phone: once the gateway has handed the code out, it is typed.
        QTimer phone;
        QObject::connect(&phone, &QTimer::timeout, this, [this] {
            if (simSession("financeiro").value("pairingCodeGiven").toBool())
                m_fx.sim().scan(QStringLiteral("financeiro"));
        });
        phone.start(100);
        const CliRun r =
            run({"--json", "reconnect", "financeiro", "--pairing-code", "+55 47 99999-0003", "--wait", "20"});
        phone.stop();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // One JSON object on stdout, the code alone.
        const QJsonObject object = parseJson(r.out).object();
        QCOMPARE(object.keys(), QStringList{"pairing_code"});
        QVERIFY(object.value("pairing_code").toString().size() >= 8);
        QCOMPARE(listed("financeiro").value("status").toString(), QStringLiteral("connected"));
        if (dialect != QLatin1String("wppconnect"))
            QCOMPARE(listed("financeiro").value("account").toString(), QStringLiteral("5547999990003"));

        // Text: the code alone on its line.
        start(dialect);
        phone.start(100);
        const CliRun text = run({"reconnect", "financeiro", "--pairing-code", "5547999990004", "--wait", "20"});
        phone.stop();
        QVERIFY2(text.code == 0, qPrintable(text.err));
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9-]{8,9}$")).match(lines.first()).hasMatch());
        verifyCredentials();
    }

    void pairingCodeWhileConnecting()
    {
        // Evolution ignores the number of an instance already connecting: the flow starts it again.
        start(QStringLiteral("evolution"));
        QTimer phone;
        QObject::connect(&phone, &QTimer::timeout, this, [this] {
            if (simSession("marketing").value("pairingCodeGiven").toBool())
                m_fx.sim().scan(QStringLiteral("marketing"));
        });
        phone.start(100);
        const CliRun r = run({"--json", "reconnect", "marketing", "--pairing-code", "5547999990006", "--wait", "25"});
        phone.stop();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!parseJson(r.out).object().value("pairing_code").toString().isEmpty());
        QCOMPARE(listed("marketing").value("account").toString(), QStringLiteral("5547999990006"));
    }

    void pairingCodeBadPhone()
    {
        start(QStringLiteral("waha"));
        const CliRun r = run({"reconnect", "financeiro", "--pairing-code", "abc"});
        QCOMPARE(r.code, 2);
        QVERIFY(m_fx.sim().requests().isEmpty());
    }

    void restartLogoutDelete_data() { list_data(); }

    void restartLogoutDelete()
    {
        QFETCH(QString, dialect);
        start(dialect);
        // A zombie comes back with a restart (the same link, a fresh socket).
        CliRun r = run({"restart", "suporte"});
        if (dialect == QLatin1String("wppconnect")) {
            // close-session + start-session is two calls: not offered, nothing sent.
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("wppconnect"), qPrintable(r.err));
            for (const sim::RequestRecord& record : m_fx.sim().requests())
                QVERIFY2(!record.path.contains("session", Qt::CaseInsensitive) ||
                             record.path.endsWith("status-session") || record.path.endsWith("generate-token") ||
                             record.path.endsWith("show-all-sessions"),
                         qPrintable(record.path));
        } else {
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(simSession("suporte").value("phase").toString(), QStringLiteral("connected"));
        }

        // Logout needs --yes, and then unlinks the phone but keeps the session.
        r = run({"logout", "pixel12digital"});
        QCOMPARE(r.code, 2);
        QCOMPARE(simSession("pixel12digital").value("phase").toString(), QStringLiteral("connected"));
        r = run({"logout", "pixel12digital", "--yes"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!simSession("pixel12digital").isEmpty());
        QVERIFY(listed("pixel12digital").value("status").toString() != QLatin1String("connected"));
        QVERIFY(listed("pixel12digital").value("account").isNull());
        // Logging out again: already out is done (Evolution answers 400 while closed).
        r = run({"logout", "pixel12digital", "--yes"});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Delete (WAHA answers 200 with an empty body), confirmed by the gateway no longer knowing it.
        r = run({"--json", "delete", "vendas", "--yes"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(simSession("vendas").isEmpty());
        verifyCredentials();
    }

    void restartWhileClosed()
    {
        // Evolution answers HTTP 200 {"error": true} when the instance is closed: a failure.
        start(QStringLiteral("evolution"));
        const CliRun r = run({"restart", "vendas"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not connected"), qPrintable(r.err));
    }

    void pollsHaveNoSideEffects_data() { list_data(); }

    void pollsHaveNoSideEffects()
    {
        QFETCH(QString, dialect);
        start(dialect);
        auto phases = [this] {
            QStringList out;
            const QJsonArray sessions = m_fx.sim().stateJson().value("sessions").toArray();
            for (const QJsonValue& s : sessions)
                out << s.toObject().value("id").toString() + QLatin1Char('=') + s.toObject().value("phase").toString() +
                           QLatin1Char('/') + QString::number(s.toObject().value("qrPolls").toInt());
            return out;
        };
        const QStringList before = phases();
        for (const QStringList& args : {QStringList{"list"}, QStringList{"show", "financeiro"},
                                        QStringList{"show", "imobsites"}, QStringList{"healthcheck", "--dry-run"}}) {
            const CliRun r = run(args);
            QVERIFY2(r.code == 0 || args.first() != QLatin1String("list"), qPrintable(r.err));
        }
        QCOMPARE(phases(), before);
        for (const sim::RequestRecord& r : m_fx.sim().requests()) {
            // wppconnect: generating a session's token (a POST) changes nothing on the server.
            if (dialect == QLatin1String("wppconnect") && r.path.endsWith(QLatin1String("/generate-token")))
                continue;
            // Evolution: the last message is read with a POST (a query, dialects.md §2.6).
            if (dialect == QLatin1String("evolution") && r.path.startsWith(QLatin1String("/chat/findMessages/")))
                continue;
            QVERIFY2(r.method == QLatin1String("GET") && !r.path.contains("/connect/"), qPrintable(r.path));
        }
        verifyCredentials();
    }

    void whapiList_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QString>("raw"); // the simulator's word override, or empty
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("status");
        QTest::newRow("AUTH") << "connected"
                              << ""
                              << "AUTH"
                              << "connected";
        QTest::newRow("QR") << "qr"
                            << ""
                            << "QR"
                            << "qr_pending";
        QTest::newRow("LAUNCH") << "initializing"
                                << ""
                                << "LAUNCH"
                                << "starting";
        QTest::newRow("NOT_INIT") << "not_started"
                                  << ""
                                  << "NOT_INIT"
                                  << "disconnected";
        QTest::newRow("SYNC_ERROR") << "connected"
                                    << "SYNC_ERROR"
                                    << "SYNC_ERROR"
                                    << "disconnected";
        QTest::newRow("STOP") << "connected"
                              << "STOP"
                              << "STOP"
                              << "disconnected";
        QTest::newRow("unknown word") << "connected"
                                      << "SOMETHING_NEW"
                                      << "SOMETHING_NEW"
                                      << "unknown";
    }

    void whapiList()
    {
        QFETCH(QString, phase);
        QFETCH(QString, raw);
        QFETCH(QString, vendor);
        QFETCH(QString, status);
        QJsonObject channel{{"id", "CHAN-1"}, {"phase", phase}, {"phone", "5547999990001"}};
        if (phase == QLatin1String("connected"))
            channel.insert("token", true);
        if (!raw.isEmpty())
            channel.insert("rawStatus", raw);
        startWhapi(channel);
        const CliRun r = run({"--json", "list"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = parseJson(r.out).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value("id").toString(), QStringLiteral("CHAN-1"));
        QCOMPARE(row.value("gateway_status").toString(), vendor);
        QCOMPARE(row.value("status").toString(), status);
        if (vendor == QLatin1String("AUTH"))
            QCOMPARE(row.value("account").toString(), QStringLiteral("5547999990001"));
        // A poll never launches the channel.
        QCOMPARE(simSession("CHAN-1").value("phase").toString(), phase);
        for (const sim::RequestRecord& record : m_fx.sim().requests()) {
            // The last activity (GET /chats) is asked of a linked channel only: it launches nothing.
            if (record.path == QLatin1String("/chats") && vendor == QLatin1String("AUTH"))
                continue;
            QVERIFY2(record.query.contains(QLatin1String("wakeup=false")), qPrintable(record.path + record.query));
        }
        verifyCredentials();
    }

    void whapiReconnectToQr()
    {
        startWhapi(QJsonObject{{"id", "CHAN-1"}, {"phase", "not_started"}});
        const QString png = m_fx.dir().filePath("whapi-qr.png");
        const CliRun r = run({"reconnect", "CHAN-1", "--qr-png", png});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        verifyCredentials();
        const QString text = simSession("CHAN-1").value("qrText").toString();
        QVERIFY2(text.startsWith("2@sim,CHAN-1,"), qPrintable(text));
        verifyDecodes(png, text);
    }

    void whapiPairingCode()
    {
        startWhapi(QJsonObject{{"id", "CHAN-1"}, {"phase", "not_started"}});
        QTimer phone;
        QObject::connect(&phone, &QTimer::timeout, this, [this] {
            if (simSession("CHAN-1").value("pairingCodeGiven").toBool())
                m_fx.sim().scan(QStringLiteral("CHAN-1"));
        });
        phone.start(100);
        const CliRun r = run({"--json", "reconnect", "CHAN-1", "--pairing-code", "5547999990003", "--wait", "20"});
        phone.stop();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$"))
                    .match(parseJson(r.out).object().value("pairing_code").toString())
                    .hasMatch());
        QCOMPARE(listed("CHAN-1").value("status").toString(), QStringLiteral("connected"));
        QCOMPARE(listed("CHAN-1").value("account").toString(), QStringLiteral("5547999990003"));
        verifyCredentials();
    }

    void whapiLogoutAndWhatItLacks()
    {
        startWhapi(QJsonObject{{"id", "CHAN-1"}, {"phase", "connected"}, {"token", true}, {"phone", "5547999990001"}});
        CliRun r = run({"logout", "CHAN-1", "--yes"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(listed("CHAN-1").value("status").toString() != QLatin1String("connected"));
        // Logged out already: Whapi answers 409, which is done.
        r = run({"logout", "CHAN-1", "--yes"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(m_fx.sim().requests().last().path == QLatin1String("/users/logout"));
        verifyCredentials();
        // No restart, delete or create on a channel token: exit 1, naming the dialect, nothing sent.
        for (const QStringList& args : {QStringList{"restart", "CHAN-1"}, QStringList{"delete", "CHAN-1", "--yes"},
                                        QStringList{"create", "novo"}}) {
            m_fx.sim().clearRequests();
            r = run(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("whapi"), qPrintable(r.err));
            for (const sim::RequestRecord& record : m_fx.sim().requests())
                QVERIFY2(record.method == QLatin1String("GET"), qPrintable(record.path));
        }
    }

    void wrongCredentialHeaderIsRefused()
    {
        // The Pixel Hub header against a WAHA server: refused, so every test above proves the header.
        start(QStringLiteral("waha"));
        m_dialect = QStringLiteral("pixelhub");
        const CliRun r = run({"list"});
        QCOMPARE(r.code, 1);
        QVERIFY(!m_fx.sim().requests().first().secretOk);
    }

    void verbTheDialectLacks()
    {
        start(QStringLiteral("pixelhub"));
        for (const QStringList& args :
             {QStringList{"restart", "pixel12digital"}, QStringList{"logout", "pixel12digital", "--yes"},
              QStringList{"reconnect", "financeiro", "--pairing-code", "5547999990005"}}) {
            const CliRun r = run(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("pixelhub"), qPrintable(r.err));
        }
        for (const sim::RequestRecord& r : m_fx.sim().requests())
            QVERIFY2(r.method == QLatin1String("GET"), qPrintable(r.path)); // only the lookup of the session
    }
};

QTEST_GUILESS_MAIN(TestDialectsCli)
#include "tst_dialects_cli.moc"
