// Fault matrix, desktop: the real MainWindow over an in-process GatewaySimulator, for every fault the
// simulator can inject on GET /api/channels, a refused connection and latency past the list
// timeout. For each: the window loads first, the fault is armed, Refresh is triggered, and then
// no crash, the refresh ends within its bound, one banner with one clear message that names the
// cause (no HTML), the old rows stay (greyed out as stale), and Retry recovers once the fault is
// gone. The activity database going down or hanging must not hold the list back either.
// The dialogs' flows (reconnect, create, delete, test connection) meet the same faults on every
// endpoint: each ends within its bound with one message in the dialog that names the cause, and
// the window keeps its rows. Adding a fault is one line in kFaults, a dialog flow one in
// kDialogFlows. Screenshots: test-output/screenshots/faults/.
#include "../support/FakeDatabaseServer.h"
#include "DeleteSessionDialog.h"
#include "ErrorBanner.h"
#include "GatewaySimulator.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "QrDialog.h"
#include "RefreshController.h"
#include "SessionActions.h"
#include "SessionTableModel.h"
#include "SettingsDialog.h"
#include "runtime/SessionMonitor.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextDocument>

#include <chrono>

using namespace std::chrono_literals;
using ui::SessionTableModel;

namespace {

// How a fault is produced: armed in the simulator, the gateway stopped, or a slow gateway.
enum class Mode
{
    Inject,
    Refused,
    Latency,
};

struct Fault
{
    const char* name;
    Mode mode;
    sim::FaultKind kind;
    const char* mentions; // a word the banner must contain (case-insensitive), as in the CLI matrix
};

const Fault kFaults[] = {
    {"json401", Mode::Inject, sim::FaultKind::Json401, "secret"},
    {"html401", Mode::Inject, sim::FaultKind::Html401, "password"},
    {"html504", Mode::Inject, sim::FaultKind::Html504, "504"},
    {"json500", Mode::Inject, sim::FaultKind::Json500, "internal error"},
    {"html500", Mode::Inject, sim::FaultKind::Html500, "web page"},
    {"route404", Mode::Inject, sim::FaultKind::RouteNotFound404, "Route not found"},
    {"empty200", Mode::Inject, sim::FaultKind::Empty200, "empty"},
    {"truncated", Mode::Inject, sim::FaultKind::Truncated, "not valid data"},
    {"invalid", Mode::Inject, sim::FaultKind::InvalidJson, "not valid data"},
    {"oversized", Mode::Inject, sim::FaultKind::Oversized, "larger than"},
    {"reset", Mode::Inject, sim::FaultKind::Reset, "closed the connection"},
    {"stall", Mode::Inject, sim::FaultKind::Stall, "did not answer within"},
    {"refused", Mode::Refused, sim::FaultKind::None, "refused"},
    {"latency", Mode::Latency, sim::FaultKind::None, "did not answer within"},
};

// A flow that opens a dialog; the fault is armed on every endpoint of the gateway.
enum class DialogFlow
{
    Reconnect,      // Reconnect on a disconnected session: the QR dialog
    Create,         // a new session: the QR dialog
    Delete,         // delete, confirmed by typing the id
    TestConnection, // Settings > Gateway > Test connection
};

struct DialogFlowRow
{
    const char* name;
    DialogFlow flow;
};

const DialogFlowRow kDialogFlows[] = {
    {"reconnect", DialogFlow::Reconnect},
    {"create", DialogFlow::Create},
    {"delete", DialogFlow::Delete},
    {"test-connection", DialogFlow::TestConnection},
};

constexpr auto kListTimeout = 2s;     // so a stalled or slow gateway ends the refresh quickly
constexpr auto kConnectDeadline = 3s; // a QR dialog retrying transient failures gives up after this
constexpr int kLatencyMs = 6000;      // past kListTimeout and the 5 s minimum of Settings > Test connection
constexpr qint64 kRefreshBoundMs = 10000;
constexpr int kRows = 7; // basic.json lists 7 sessions ("fantasma" is hidden)

QString faultScreenshotPath(const QString& name)
{
    const QString dir = QStringLiteral(PHS_TEST_OUTPUT_DIR "/screenshots/faults");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QStringLiteral(".png");
}

bool looksLikeHtml(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*[A-Za-z!][^>]*>"));
    return Qt::mightBeRichText(text) || tag.match(text).hasMatch() || text.contains(QLatin1String("&lt;")) ||
           text.contains(QLatin1String("&nbsp;"));
}

} // namespace

Q_DECLARE_METATYPE(Mode)
Q_DECLARE_METATYPE(DialogFlow)
Q_DECLARE_METATYPE(sim::FaultKind)

class TestFaultMatrixGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Fixture = guitest::Window;

    static std::unique_ptr<sim::GatewaySimulator> startSim(quint16 port = 0)
    {
        auto gateway = std::make_unique<sim::GatewaySimulator>();
        gateway->setSecret(guitest::Secret);
        if (!gateway->loadScenarioFile(QStringLiteral(":/sim/basic.json")) || gateway->listen(port) == 0)
            return nullptr;
        return gateway;
    }

    Fixture open(const QUrl& url, const QString& dsn = {})
    {
        ui::AppContext::Options o = guitest::options(m_dir, url, dsn);
        o.profile->setListTimeout(kListTimeout);
        o.profile->setRequestTimeout(kListTimeout);
        o.profile->setConnectTimeout(kListTimeout);
        o.profile->setConnectDeadline(kConnectDeadline);
        o.profile->setActivityTimeout(3s);
        o.profile->setRefreshInterval(0s); // only the refreshes this test triggers
        return guitest::openWindow(std::move(o));
    }

    static bool loaded(const ui::MainWindow& w, int rows) { return guitest::loaded(w, rows); }

    static QModelIndex cell(const ui::MainWindow& w, const QString& id, int column)
    {
        const SessionTableModel* model = w.sessionModel();
        const int row = model->rowOf(id);
        return row < 0 ? QModelIndex() : model->index(row, column);
    }

    static int visibleBanners(const ui::MainWindow& w)
    {
        int count = 0;
        for (const ui::ErrorBanner* banner : w.findChildren<ui::ErrorBanner*>()) {
            if (banner->isVisible())
                ++count;
        }
        return count;
    }

    static bool allRowsStale(const ui::MainWindow& w, bool stale)
    {
        const SessionTableModel* model = w.sessionModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
                if (model->index(row, column).data(SessionTableModel::StaleRole).toBool() != stale)
                    return false;
            }
        }
        return true;
    }

    // Produces the fault on the requests whose path starts with `path`; Refused stops the gateway.
    static void arm(std::unique_ptr<sim::GatewaySimulator>& gateway, Mode mode, sim::FaultKind kind,
                    const QString& path)
    {
        switch (mode) {
        case Mode::Inject:
            gateway->setFault({kind, path, -1, 0, {}});
            break;
        case Mode::Refused:
            gateway.reset(); // the port is closed now
            break;
        case Mode::Latency:
            gateway->setLatency(kLatencyMs, path);
            break;
        }
    }

    static void screenshot(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents();
        const QImage image = widget->grab().toImage();
        QVERIFY2(image.save(faultScreenshotPath(name)), qPrintable(faultScreenshotPath(name)));
    }

private slots:
    void initTestCase()
    {
        guitest::isolate();
        QVERIFY(m_dir.isValid());
    }

    void gatewayFault_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<sim::FaultKind>("kind");
        QTest::addColumn<QString>("mentions");
        for (const Fault& fault : kFaults)
            QTest::newRow(fault.name) << fault.mode << fault.kind << QString::fromLatin1(fault.mentions);
    }

    void gatewayFault()
    {
        QFETCH(Mode, mode);
        QFETCH(sim::FaultKind, kind);
        QFETCH(QString, mentions);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());

        std::unique_ptr<sim::GatewaySimulator> gateway = startSim();
        QVERIFY(gateway);
        const quint16 port = gateway->baseUrl().port();
        Fixture f = open(gateway->baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, kRows), 10000);
        QVERIFY(!w.errorBanner()->isVisible());
        QVERIFY(!w.sessionModel()->isStale());
        QVERIFY(allRowsStale(w, false));

        arm(gateway, mode, kind, QStringLiteral("/api/channels"));

        auto* refreshAction = w.findChild<QAction*>(QStringLiteral("refreshAction"));
        QVERIFY(refreshAction);
        QTRY_VERIFY(refreshAction->isEnabled());
        auto* busy = w.findChild<QProgressBar*>(QStringLiteral("busyProgressBar"));
        QVERIFY(busy);
        QSignalSpy finished(&f.context->monitor(), &runtime::SessionMonitor::refreshFinished);
        QElapsedTimer clock;
        clock.start();
        refreshAction->trigger();
        QVERIFY(w.refresher()->isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRefreshing(), int(kRefreshBoundMs));
        const qint64 elapsed = clock.elapsed();
        qInfo().noquote() << tag << "refresh ended after" << elapsed << "ms";
        QVERIFY2(elapsed < kRefreshBoundMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QTRY_VERIFY(!busy->isVisible());
        QCOMPARE(finished.count(), 1);
        QVERIFY(!f.context->monitor().lastResult().ok);

        // One banner, one clear sentence that names the cause.
        QTRY_VERIFY_WITH_TIMEOUT(w.errorBanner()->isVisible(), 5000);
        QCOMPARE(visibleBanners(w), 1);
        const QString message = w.errorBanner()->message();
        qInfo().noquote() << tag << "banner:" << message;
        QVERIFY(!message.trimmed().isEmpty());
        // The agent's sentence; the gateway's own words (if any) only behind Details (issue 14 #2).
        QCOMPARE(message, f.context->monitor().lastResult().agentMessage());
        QCOMPARE(w.errorBanner()->details(), f.context->monitor().lastResult().details());
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!looksLikeHtml(message), qPrintable(message));
        QVERIFY2(message.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() <= 3, qPrintable(message));
        QVERIFY2(message.size() < 600, qPrintable(message));
        QVERIFY(!message.contains(guitest::Secret));
        auto* label = w.errorBanner()->findChild<QLabel*>(QStringLiteral("errorMessageLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), message);

        // The last good data stays, marked stale.
        QCOMPARE(w.sessionModel()->rowCount(), kRows);
        QVERIFY(w.sessionsView()->isVisible());
        QVERIFY(w.sessionModel()->isStale());
        QVERIFY(allRowsStale(w, true));
        auto* updated = w.findChild<QLabel*>(QStringLiteral("updatedLabel"));
        QVERIFY(updated);
        QTRY_VERIFY2(updated->text().contains(QStringLiteral("the latest one failed")), qPrintable(updated->text()));
        auto* retry = w.errorBanner()->findChild<QPushButton*>(QStringLiteral("retryPushButton"));
        QVERIFY(retry);
        QTRY_VERIFY(retry->isEnabled());
        screenshot(&w, tag);

        // The fault goes away; Retry brings the window back to normal.
        switch (mode) {
        case Mode::Inject:
            gateway->clearFaults();
            break;
        case Mode::Refused:
            gateway = startSim(port); // the same address again
            QVERIFY2(gateway, "could not listen on the old port again");
            break;
        case Mode::Latency:
            gateway->setLatency(0, QStringLiteral("/api/channels"));
            break;
        }
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.errorBanner()->isVisible(), int(kRefreshBoundMs));
        QTRY_VERIFY(!w.refresher()->isRefreshing());
        QVERIFY(f.context->monitor().lastResult().ok);
        QVERIFY(!w.sessionModel()->isStale());
        QVERIFY(allRowsStale(w, false));
        QCOMPARE(w.sessionModel()->rowCount(), kRows);
        QCOMPARE(visibleBanners(w), 0);
        QTRY_VERIFY(!updated->text().contains(QStringLiteral("the latest one failed")));
    }

    void dialogFault_data()
    {
        QTest::addColumn<DialogFlow>("flow");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<sim::FaultKind>("kind");
        QTest::addColumn<QString>("mentions");
        for (const DialogFlowRow& flow : kDialogFlows) {
            for (const Fault& fault : kFaults) {
                QTest::addRow("%s x %s", flow.name, fault.name)
                    << flow.flow << fault.mode << fault.kind << QString::fromLatin1(fault.mentions);
            }
        }
    }

    void dialogFault()
    {
        QFETCH(DialogFlow, flow);
        QFETCH(Mode, mode);
        QFETCH(sim::FaultKind, kind);
        QFETCH(QString, mentions);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());

        std::unique_ptr<sim::GatewaySimulator> gateway = startSim();
        QVERIFY(gateway);
        const QUrl url = gateway->baseUrl();
        Fixture f = open(url);
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, kRows), 10000);

        arm(gateway, mode, kind, QStringLiteral("/api/"));

        QElapsedTimer clock;
        clock.start();
        QPointer<QWidget> dialog;
        QPointer<QLabel> messageLabel;
        switch (flow) {
        case DialogFlow::Reconnect:
        case DialogFlow::Create: {
            ui::QrDialog* qr = flow == DialogFlow::Reconnect
                                   ? w.sessionActions()->reconnect(QStringLiteral("vendas"))
                                   : w.sessionActions()->createSession(QStringLiteral("novo"));
            QVERIFY(qr);
            dialog = qr;
            auto* pages = qr->findChild<QStackedWidget*>(QStringLiteral("pageStackedWidget"));
            QVERIFY(pages);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog || pages->currentWidget()->objectName() == QLatin1String("failedPage"),
                                     20000);
            QVERIFY(dialog);
            messageLabel = qr->findChild<QLabel*>(QStringLiteral("failureLabel"));
            break;
        }
        case DialogFlow::Delete: {
            ui::DeleteSessionDialog* remove = w.sessionActions()->deleteSession(QStringLiteral("vendas"));
            QVERIFY(remove);
            dialog = remove;
            auto* confirm = remove->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"));
            QVERIFY(confirm);
            QTest::keyClicks(confirm, QStringLiteral("vendas"));
            clock.restart();
            QTest::mouseClick(remove->findChild<QPushButton*>(QStringLiteral("deletePushButton")), Qt::LeftButton);
            messageLabel = remove->findChild<QLabel*>(QStringLiteral("errorLabel"));
            QVERIFY(messageLabel);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog || messageLabel->isVisible(), 20000);
            QVERIFY(dialog);
            break;
        }
        case DialogFlow::TestConnection: {
            w.openSettings();
            QTRY_VERIFY(w.settingsDialog());
            dialog = w.settingsDialog();
            // The window's gateway comes from an override here, not from the profile the dialog shows.
            dialog->findChild<QLineEdit*>(QStringLiteral("gatewayUrlLineEdit"))->setText(url.toString());
            auto* test = dialog->findChild<QPushButton*>(QStringLiteral("testGatewayPushButton"));
            QVERIFY(test);
            QTRY_VERIFY(test->isEnabled());
            clock.restart();
            QTest::mouseClick(test, Qt::LeftButton);
            messageLabel = dialog->findChild<QLabel*>(QStringLiteral("gatewayTestResultLabel"));
            QVERIFY(messageLabel);
            QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 20000); // the test has ended
            break;
        }
        }
        const qint64 elapsed = clock.elapsed();
        QVERIFY(messageLabel);
        const QString message = messageLabel->text();
        qInfo().noquote() << tag << "ended after" << elapsed << "ms:" << message;
        QVERIFY2(elapsed < 20000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QVERIFY(messageLabel->isVisible());
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!looksLikeHtml(message), qPrintable(message));
        QVERIFY2(message.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() <= 3, qPrintable(message));
        QVERIFY(!message.contains(guitest::Secret));
        screenshot(dialog, QStringLiteral("dialog-") + QString(tag).replace(QLatin1String(" x "), QLatin1String("--")));

        // The window is untouched: its rows stay, and no second message competes with the dialog's.
        QCOMPARE(w.sessionModel()->rowCount(), kRows);
        QVERIFY(!w.sessionModel()->isStale());
        QCOMPARE(visibleBanners(w), 0);
        dialog->close();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

    // The activity database is optional: down or hanging, the list loads without it and the Last
    // activity column says Unknown with the reason in its tooltip (the profile's activity timeout
    // is 3 s here).
    void activityFault_data()
    {
        QTest::addColumn<bool>("hangs");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("database-down") << false << QStringLiteral("Cannot reach");
        QTest::newRow("database-slow") << true << QStringLiteral("did not answer within");
    }

    void activityFault()
    {
        QFETCH(bool, hangs);
        QFETCH(QString, mentions);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());

        FakeDatabaseServer database(hangs ? FakeDatabaseServer::Behaviour::Slow : FakeDatabaseServer::Behaviour::Down);
        QVERIFY(database.isValid());
        const QString dsn = database.dsn();

        std::unique_ptr<sim::GatewaySimulator> gateway = startSim();
        QVERIFY(gateway);
        QElapsedTimer clock;
        clock.start();
        Fixture f = open(gateway->baseUrl(), dsn);
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, kRows), 10000); // the list never waits for the database
        const qint64 listedAfter = clock.elapsed();
        qInfo().noquote() << tag << "listed after" << listedAfter << "ms";
        if (hangs) {
            // The database still has not answered: the list came first.
            QVERIFY(f.context->monitor().activity().state != activity::ActivitySnapshot::State::Unavailable);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            f.context->monitor().activity().state == activity::ActivitySnapshot::State::Unavailable, 40000);
        qInfo().noquote() << tag << "activity unavailable after" << clock.elapsed() << "ms";
        if (hangs)
            QVERIFY(database.heldConnections() > 0); // the driver really connected and waited

        const QString reason = f.context->monitor().activity().reason;
        QVERIFY(!reason.isEmpty());
        QVERIFY2(reason.contains(mentions, Qt::CaseInsensitive), qPrintable(reason));
        for (const QString& id : {QStringLiteral("pixel12digital"), QStringLiteral("vendas")}) {
            QCOMPARE(cell(w, id, SessionTableModel::LastActivity).data().toString(), QStringLiteral("Unknown"));
            QTRY_COMPARE(cell(w, id, SessionTableModel::LastActivity).data(Qt::ToolTipRole).toString(), reason);
        }
        qInfo().noquote() << tag << "tooltip:" << reason;
        QCOMPARE(cell(w, QStringLiteral("pixel12digital"), SessionTableModel::Status).data().toString(),
                 QStringLiteral("Connected"));
        QCOMPARE(w.sessionModel()->rowCount(), kRows);
        QVERIFY(!w.sessionModel()->isStale()); // the gateway is fine: no banner, no stale rows
        QVERIFY(!w.errorBanner()->isVisible());
        screenshot(&w, QStringLiteral("activity-") + tag);

        // The database stays unreachable; closing must not wait on it beyond its own bound.
        f.window.reset();
        f.context.reset();
    }
};

QTEST_MAIN(TestFaultMatrixGui)
#include "tst_faultmatrix_gui.moc"
