// TrayNotifier's rules with a recording notifier: one notification per real transition, none for
// a repeated snapshot, one summary when many change at once; the icon's colour follows the worst
// session; the menu lists the unhealthy sessions. The real tray icon only where a tray exists.
#include "HealthSummary.h"
#include "Palette.h"
#include "TrayNotifier.h"
#include "sessions/SessionBook.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QtTest>

using sessions::Session;
using sessions::Status;
using Health = sessions::Health;
using Level = health::Level;
using Severity = ui::DesktopNotifier::Severity;

namespace {

struct Recorder : ui::DesktopNotifier
{
    struct Message
    {
        QString title;
        QString body;
        Severity severity;
    };
    QList<Message> messages;

    void showMessage(const QString& title, const QString& body, Severity severity) override
    {
        messages.append({title, body, severity});
    }
};

Session up(const QString& id)
{
    Session s;
    s.id = id;
    s.status = Status::Connected;
    s.rawStatus = "connected";
    s.health = Health::Healthy;
    return s;
}

Session zombie(const QString& id)
{
    Session s = up(id);
    s.health = Health::Zombie;
    s.healthReason = "silent for 5 h (threshold 4 h)";
    return s;
}

Session down(const QString& id, Status status = Status::Disconnected)
{
    Session s;
    s.id = id;
    s.status = status;
    s.rawStatus = status == Status::QrPending ? "qr_required" : "disconnected";
    s.health = Health::NotConnected;
    return s;
}

QRgb iconPixel(const QIcon& icon)
{
    // Inside the disc, above the glyph.
    return icon.pixmap(QSize(64, 64)).toImage().pixel(32, 10) & 0xffffff;
}

QRgb rgb(Level level)
{
    return ui::palette::levelColor(level).rgb() & 0xffffff;
}

} // namespace

class TestTrayNotifier : public QObject
{
    Q_OBJECT

private slots:
    void transitionsNotifyOnce();
    void sameStateIsNotRepeated();
    void manyChangesGiveOneSummary();
    void iconFollowsWorstHealth();
    void menuListsUnhealthySessions();
    void followsEveryGateway();
    void iconsAtEverySize();
    void statusBarAndTrayShareOnePalette();
    void realTrayIcon();
};

// Issue 11: the tray follows every gateway of the window, not the first one only. The icon is the
// verdict over all of them; the menu and the notifications name the gateway; a reconnect from the
// menu goes to the row's gateway; a gateway removed from the settings leaves the tray.
void TestTrayNotifier::followsEveryGateway()
{
    sessions::SessionBook alpha;
    sessions::SessionBook beta;
    ui::TrayNotifier tray;
    Recorder rec;
    tray.setNotifier(&rec);
    tray.addGateway("alpha", alpha);
    tray.addGateway("beta", beta);
    QCOMPARE(tray.gateways(), QStringList({"alpha", "beta"}));
    QSignalSpy reconnect(&tray, &ui::TrayNotifier::reconnectRequested);

    alpha.apply({up("a1"), up("vendas")});
    QCOMPARE(tray.level(), Level::Unknown); // beta has not answered yet: no verdict
    beta.apply({up("vendas"), up("b2")});
    QCOMPARE(tray.level(), Level::Ok);
    QVERIFY2(tray.toolTip().contains("4"), qPrintable(tray.toolTip())); // every gateway's sessions counted

    // The second gateway's session goes down: the icon turns red, the notification names beta.
    beta.apply({down("vendas"), up("b2")});
    QCOMPARE(tray.level(), Level::Critical);
    QCOMPARE(rec.messages.size(), 1);
    QVERIFY2(rec.messages.last().title.contains("vendas (beta)"), qPrintable(rec.messages.last().title));

    QList<QAction*> sessionActions;
    for (QAction* a : tray.menu()->actions()) {
        if (a->objectName() == "reconnectSessionAction")
            sessionActions.append(a);
    }
    QCOMPARE(sessionActions.size(), 1); // alpha's "vendas" is healthy: the same id, another session
    QVERIFY2(sessionActions.first()->text().contains("(beta)"), qPrintable(sessionActions.first()->text()));
    sessionActions.first()->trigger();
    QCOMPARE(reconnect.count(), 1);
    QCOMPARE(reconnect.at(0).at(0).toString(), QStringLiteral("vendas"));
    QCOMPARE(reconnect.at(0).at(1).toString(), QStringLiteral("beta"));

    // beta removed: its sessions leave the verdict and the menu.
    tray.removeGateway("beta");
    QCOMPARE(tray.gateways(), QStringList({"alpha"}));
    QCOMPARE(tray.level(), Level::Ok);
    beta.apply({down("vendas"), down("b2")}); // no longer followed: no news
    QCOMPARE(rec.messages.size(), 1);
}

void TestTrayNotifier::transitionsNotifyOnce()
{
    sessions::SessionBook book;
    ui::TrayNotifier tray(book);
    Recorder rec;
    tray.setNotifier(&rec);
    book.apply({up("a"), up("b"), up("c")});
    QCOMPARE(rec.messages.size(), 0); // the first listing is not news

    book.apply({down("a"), up("b"), up("c")});
    QCOMPARE(rec.messages.size(), 1);
    QVERIFY(rec.messages.last().title.contains("a"));
    QCOMPARE(rec.messages.last().severity, Severity::Critical);

    book.apply({down("a"), zombie("b"), up("c")});
    QCOMPARE(rec.messages.size(), 2);
    QVERIFY(rec.messages.last().title.contains("b"));
    QVERIFY(rec.messages.last().body.contains("silent for 5 h"));
    QCOMPARE(rec.messages.last().severity, Severity::Warning);

    book.apply({up("a"), zombie("b"), up("c")});
    QCOMPARE(rec.messages.size(), 3);
    QVERIFY(rec.messages.last().title.contains("connected again"));
    QCOMPARE(rec.messages.last().severity, Severity::Information);

    book.apply({up("a"), up("b"), up("c")});
    QCOMPARE(rec.messages.size(), 4);
    QVERIFY(rec.messages.last().title.startsWith("b"));

    // A new session is not a transition.
    book.apply({up("a"), up("b"), up("c"), down("d")});
    QCOMPARE(rec.messages.size(), 4);
}

void TestTrayNotifier::sameStateIsNotRepeated()
{
    sessions::SessionBook book;
    ui::TrayNotifier tray(book);
    Recorder rec;
    tray.setNotifier(&rec);
    book.apply({up("a"), up("b")});
    const QList<Session> snapshot{down("a"), up("b")};
    book.apply(snapshot);
    book.apply(snapshot);
    QCOMPARE(rec.messages.size(), 1);
    // Disconnected -> waiting for a QR scan: still not connected, no news.
    book.apply({down("a", Status::QrPending), up("b")});
    book.apply({down("a", Status::Starting), up("b")});
    QCOMPARE(rec.messages.size(), 1);
    // Gone and back: a new session, not a transition.
    book.apply({up("b")});
    book.apply({up("b"), down("a")});
    QCOMPARE(rec.messages.size(), 1);
}

void TestTrayNotifier::manyChangesGiveOneSummary()
{
    sessions::SessionBook book;
    ui::TrayNotifier tray(book);
    Recorder rec;
    tray.setNotifier(&rec);
    book.apply({up("a"), up("b"), up("c"), up("d"), up("e"), up("f")});
    book.apply({down("a"), down("b"), down("c"), zombie("d"), zombie("e"), up("f")});
    QCOMPARE(rec.messages.size(), 1);
    const auto& m = rec.messages.first();
    QVERIFY2(m.title.contains("5"), qPrintable(m.title));
    QVERIFY(m.body.contains("a, b, c"));
    QVERIFY(m.body.contains("d, e"));
    QCOMPARE(m.severity, Severity::Critical);

    // Exactly the limit: one each.
    book.apply({up("a"), up("b"), up("c"), zombie("d"), zombie("e"), up("f")});
    QCOMPARE(rec.messages.size(), 4);
}

void TestTrayNotifier::iconFollowsWorstHealth()
{
    sessions::SessionBook book;
    ui::TrayNotifier tray(book);
    QCOMPARE(tray.level(), Level::Unknown); // nothing listed yet
    QCOMPARE(iconPixel(tray.icon()), rgb(Level::Unknown));

    Session unknownActivity = up("c");
    unknownActivity.health = Health::ActivityUnknown;
    book.apply({up("a"), up("b"), unknownActivity});
    QCOMPARE(tray.level(), Level::Ok);
    QCOMPARE(iconPixel(tray.icon()), rgb(Level::Ok));
    QCOMPARE(tray.toolTip(), QStringLiteral("Pixel Hub Sessions\nAll 3 connected"));

    book.apply({up("a"), zombie("b"), unknownActivity});
    QCOMPARE(tray.level(), Level::Warning);
    QCOMPARE(iconPixel(tray.icon()), rgb(Level::Warning));

    book.apply({down("a"), zombie("b"), unknownActivity});
    QCOMPARE(tray.level(), Level::Critical);
    QCOMPARE(iconPixel(tray.icon()), rgb(Level::Critical));
    // Drawn at the size asked for, in device pixels on a high-DPI screen.
    const QPixmap hidpi = tray.icon().pixmap(QSize(22, 22), 2.0);
    QCOMPARE(hidpi.size(), QSize(44, 44));
    QCOMPARE(hidpi.devicePixelRatio(), 2.0);
    QCOMPARE(tray.icon().pixmap(QSize(16, 16)).size(), QSize(16, 16));
    QVERIFY(!tray.icon().availableSizes().isEmpty());
    // The verdict and its words are health/'s, the ones the status bar and the CLI show.
    const health::HealthReport verdict = health::HealthReport::fromSessions(book.sessions());
    QCOMPARE(tray.level(), verdict.level());
    QCOMPARE(tray.toolTip(), QStringLiteral("Pixel Hub Sessions\n") + verdict.verdictText());
    QVERIFY(tray.toolTip().contains("1 disconnected, 1 possibly disconnected of 3"));

    tray.setGatewayProblem("The gateway did not answer within 30 s.");
    QCOMPARE(tray.level(), Level::Unknown);
    QCOMPARE(iconPixel(tray.icon()), rgb(Level::Unknown));
    QVERIFY(tray.toolTip().contains("did not answer"));
    tray.setGatewayProblem({});
    QCOMPARE(tray.level(), Level::Critical);

    book.apply({}); // no sessions: OK, as the CLI healthcheck says
    QCOMPARE(tray.level(), Level::Ok);
    QVERIFY(tray.toolTip().endsWith("No sessions"));

    // The four colours are told apart, and from each other.
    QCOMPARE(QSet<QRgb>({rgb(Level::Ok), rgb(Level::Warning), rgb(Level::Critical), rgb(Level::Unknown)}).size(), 4);

    const QString dir = QStringLiteral(PHS_TEST_OUTPUT_DIR "/screenshots");
    QDir().mkpath(dir);
    QImage strip(4 * 72 + 4 * 24 + 8, 72, QImage::Format_ARGB32_Premultiplied);
    strip.fill(Qt::white);
    {
        QPainter p(&strip);
        int x = 4;
        for (Level t : {Level::Ok, Level::Warning, Level::Critical, Level::Unknown}) {
            p.drawImage(x, 4, ui::TrayNotifier::iconImage(t, 64));
            p.drawImage(x + 68, 4, ui::TrayNotifier::iconImage(t, 16));
            p.drawImage(x + 68, 24, ui::TrayNotifier::iconImage(t, 22));
            x += 72 + 24;
        }
    }
    QVERIFY(strip.save(dir + "/tray-icons.png"));
}

void TestTrayNotifier::menuListsUnhealthySessions()
{
    sessions::SessionBook book;
    ui::TrayNotifier tray(book);
    QSignalSpy reconnect(&tray, &ui::TrayNotifier::reconnectRequested);
    QSignalSpy refresh(&tray, &ui::TrayNotifier::refreshRequested);
    QSignalSpy show(&tray, &ui::TrayNotifier::showWindowRequested);
    QSignalSpy quit(&tray, &ui::TrayNotifier::quitRequested);
    Session vendas = down("vendas");
    vendas.name = "Vendas Loja 2";
    book.apply({up("ok"), zombie("quiet"), vendas});

    QStringList ids;
    QList<QAction*> sessionActions;
    for (QAction* a : tray.menu()->actions()) {
        if (a->objectName() == "reconnectSessionAction") {
            ids.append(a->data().toString());
            sessionActions.append(a);
        }
    }
    QCOMPARE(ids, QStringList({"vendas", "quiet"})); // not connected first
    // Issue 14 #11: the names agents know, and the badges' tones (not one red cross for all).
    QVERIFY2(sessionActions.first()->text().startsWith("Vendas Loja 2 — "), qPrintable(sessionActions.first()->text()));
    {
        const Session pending = down("leitura", Status::QrPending);
        const Session starting = down("iniciando", Status::Starting);
        sessions::SessionBook other;
        ui::TrayNotifier tones(other);
        other.apply({pending, starting, down("vendas")});
        QHash<QString, QRgb> colour;
        for (QAction* a : tones.menu()->actions()) {
            if (a->objectName() == "reconnectSessionAction")
                colour.insert(a->data().toString(), a->icon().pixmap(16, 16).toImage().pixel(8, 8));
        }
        QCOMPARE(colour.size(), 3);
        QVERIFY(colour.value("leitura") != colour.value("vendas"));
        QVERIFY(colour.value("iniciando") != colour.value("vendas"));
        QVERIFY(colour.value("iniciando") != colour.value("leitura"));
    }
    sessionActions.first()->trigger();
    QCOMPARE(reconnect.count(), 1);
    QCOMPARE(reconnect.at(0).at(0).toString(), QStringLiteral("vendas"));

    for (QAction* a : tray.menu()->actions()) {
        if (a->objectName() == "trayRefreshAction")
            a->trigger();
        else if (a->objectName() == "trayShowAction")
            a->trigger();
        else if (a->objectName() == "trayQuitAction")
            a->trigger();
    }
    QCOMPARE(refresh.count(), 1);
    QCOMPARE(show.count(), 1);
    QCOMPARE(quit.count(), 1);

    // Many unhealthy sessions: a bounded menu.
    QList<Session> many;
    for (int i = 0; i < 25; ++i)
        many.append(down(QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'))));
    book.apply(many);
    int listed = 0;
    for (QAction* a : tray.menu()->actions())
        listed += a->objectName() == "reconnectSessionAction" ? 1 : 0;
    QCOMPARE(listed, ui::TrayNotifier::MaxMenuSessions);

    book.apply({up("ok")});
    for (QAction* a : tray.menu()->actions())
        QVERIFY(a->objectName() != "reconnectSessionAction");
}

void TestTrayNotifier::iconsAtEverySize()
{
    for (int side : {16, 22, 32, 48}) {
        const QImage image = ui::TrayNotifier::iconImage(Level::Critical, side);
        QCOMPARE(image.size(), QSize(side, side));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // round, on a transparent background
        QCOMPARE(image.pixel(side / 2, side / 5) & 0xffffff, rgb(Level::Critical));
    }
}

void TestTrayNotifier::realTrayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("No system tray on this platform (offscreen): the app runs without one.");
    sessions::SessionBook book;
    ui::TrayNotifier tray(book);
    QVERIFY(tray.isAvailable());
}

// One level, one colour: the status bar's dot, the tray icon's disc and the badge of that tone.
void TestTrayNotifier::statusBarAndTrayShareOnePalette()
{
    const QList<std::pair<Level, health::HealthReport>> reports{
        {Level::Ok, health::HealthReport::fromSessions({up("a")})},
        {Level::Warning, health::HealthReport::fromSessions({up("a"), zombie("b")})},
        {Level::Critical, health::HealthReport::fromSessions({down("a"), zombie("b")})},
        {Level::Unknown, health::HealthReport()},
    };
    ui::HealthSummary summary;
    for (const auto& [level, report] : reports) {
        QCOMPARE(report.level(), level);
        summary.setReport(report);
        const QImage dot = summary.icon().pixmap(QSize(16, 16), 1.0).toImage();
        QCOMPARE(dot.pixel(8, 8) & 0xffffff, rgb(level));
        const QImage tray = ui::TrayNotifier::iconImage(level, 64);
        QCOMPARE(tray.pixel(32, 10) & 0xffffff, rgb(level));
        QCOMPARE(ui::palette::badge(ui::palette::levelTone(level)).border.rgb() & 0xffffff, rgb(level));
    }
}

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
