// Several gateway profiles in one window: one table with a Gateway column and a gateway filter,
// each gateway refreshing on its own. Three simulated gateways: a healthy one, one that answers
// after 10 s, and one that refuses the credential. The healthy rows must not wait for the slow
// one; the refusing one is named in the banner; actions go to the gateway of the selected row.
#include "ErrorBanner.h"
#include "GatewaySimulator.h"
#include "GatewayTables.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "NewSessionDialog.h"
#include "QrDialog.h"
#include "RefreshController.h"
#include "SessionActions.h"
#include "SessionFilterProxyModel.h"
#include "SessionTableModel.h"
#include "history/HistoryStore.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"
#include "settings/Profile.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

using ui::SessionTableModel;

class TestMultiGateway : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sim::GatewaySimulator m_fast;
    sim::GatewaySimulator m_slow;
    sim::GatewaySimulator m_refusing;

    static constexpr int SlowMs = 10000;

    // A context with three saved profiles; each credential comes from its own environment variable.
    ui::AppContext::Options options(const QList<settings::GatewayProfile>& gateways)
    {
        ui::AppContext::Options o = guitest::options(m_dir, QUrl());
        settings::GatewayProfiles profiles = o.profile->gatewayProfiles();
        for (const settings::GatewayProfile& g : gateways)
            [&] { QCOMPARE(profiles.save(g), QString()); }();
        return o;
    }

    static settings::GatewayProfile profile(const QString& name, const QUrl& url)
    {
        return {name, QStringLiteral("pixelhub"), url, QStringLiteral("PHS_TEST_SECRET_") + name.toUpper()};
    }

    static ui::SessionFilterProxyModel* proxy(const ui::MainWindow& w) { return w.proxyModel(); }

    static int rowsOf(const ui::MainWindow& w, const QString& gateway)
    {
        const SessionTableModel* model = w.tables()->modelOf(gateway);
        return model ? model->rowCount() : -1;
    }

private slots:
    void initTestCase()
    {
        guitest::isolate();
        QVERIFY(m_dir.isValid());
        for (auto* sim : {&m_fast, &m_slow, &m_refusing}) {
            QVERIFY(sim->loadScenarioFile(QStringLiteral(":/sim/basic.json")));
            QVERIFY(sim->listen() != 0);
        }
        m_fast.setSecret(QStringLiteral("fast-secret"));
        m_slow.setSecret(QStringLiteral("slow-secret"));
        m_refusing.setSecret(QStringLiteral("the-real-secret"));
        qputenv("PHS_TEST_SECRET_ALPHA", "fast-secret");
        qputenv("PHS_TEST_SECRET_BETA", "slow-secret");
        qputenv("PHS_TEST_SECRET_GAMMA", "a-wrong-secret");
    }

    void init()
    {
        m_slow.setLatency(0);
        for (auto* sim : {&m_fast, &m_slow, &m_refusing})
            sim->clearFaults();
    }

    void slowAndRefusingGatewaysNeverHoldBackTheOthers()
    {
        m_slow.setLatency(SlowMs, QStringLiteral("/api/channels"));
        guitest::Window f = guitest::openWindow(options({profile(QStringLiteral("alpha"), m_fast.baseUrl()),
                                                         profile(QStringLiteral("beta"), m_slow.baseUrl()),
                                                         profile(QStringLiteral("gamma"), m_refusing.baseUrl())}));
        ui::MainWindow& w = *f.window;
        runtime::Runtime& rt = f.context->runtime();
        QTRY_COMPARE(rt.gateways().size(), 3);

        // The healthy gateway's rows are in while the slow one is still listing.
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(w, QStringLiteral("alpha")) == 7, SlowMs / 2);
        QVERIFY(rt.gateway(QStringLiteral("beta"))->monitor().isRefreshing());
        QCOMPARE(rowsOf(w, QStringLiteral("beta")), 0);
        QVERIFY(w.sessionsView()->isVisible());

        // The refusing one is named in the banner, with its own message; the others are not there.
        QTRY_VERIFY(w.errorBanner()->isVisible());
        const QString banner = w.errorBanner()->message();
        QVERIFY2(banner.contains(QStringLiteral("gamma")), qPrintable(banner));
        QVERIFY2(!banner.contains(QStringLiteral("alpha")) && !banner.contains(QStringLiteral("beta")),
                 qPrintable(banner));
        QCOMPARE(rowsOf(w, QStringLiteral("gamma")), 0);

        // The Gateway column and the filter show, since there are several gateways.
        QVERIFY(!w.sessionsView()->isColumnHidden(SessionTableModel::Gateway));
        auto* filter = w.findChild<QComboBox*>(QStringLiteral("gatewayComboBox"));
        QVERIFY(filter && filter->isVisible());
        QCOMPARE(filter->count(), 4); // all, alpha, beta, gamma

        // The slow gateway's rows arrive when it answers; nothing else changed meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(w, QStringLiteral("beta")) == 7, SlowMs * 3);
        QCOMPARE(w.tables()->rowCount(), 14);
        QCOMPARE(proxy(w)->rowCount(), 14);
        QVERIFY(w.errorBanner()->isVisible()); // gamma still refuses

        // The same id on two gateways is two rows, each with its gateway.
        QStringList gatewaysOfVendas;
        for (int row = 0; row < proxy(w)->rowCount(); ++row) {
            const QModelIndex index = proxy(w)->index(row, SessionTableModel::Session);
            if (index.data(SessionTableModel::IdRole).toString() == QStringLiteral("vendas"))
                gatewaysOfVendas << proxy(w)->index(row, SessionTableModel::Gateway).data().toString();
        }
        gatewaysOfVendas.sort();
        QCOMPARE(gatewaysOfVendas, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));

        // The filter shows one gateway.
        filter->setCurrentIndex(filter->findData(QStringLiteral("beta")));
        QCOMPARE(proxy(w)->rowCount(), 7);
        for (int row = 0; row < proxy(w)->rowCount(); ++row)
            QCOMPARE(proxy(w)->index(row, 0).data(SessionTableModel::GatewayRole).toString(), QStringLiteral("beta"));
        filter->setCurrentIndex(0);
        QCOMPARE(proxy(w)->rowCount(), 14);
    }

    void actionsGoToTheGatewayOfTheSelectedRow()
    {
        guitest::Window f = guitest::openWindow(options(
            {profile(QStringLiteral("alpha"), m_fast.baseUrl()), profile(QStringLiteral("beta"), m_slow.baseUrl())}));
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(w.tables()->rowCount() == 14 && !w.refresher()->isRefreshing(), 10000);
        QVERIFY(!w.errorBanner()->isVisible());

        // Select "vendas" of beta: the actions follow that gateway.
        int betaRow = -1;
        for (int row = 0; row < proxy(w)->rowCount(); ++row) {
            const QModelIndex index = proxy(w)->index(row, SessionTableModel::Session);
            if (index.data(SessionTableModel::IdRole).toString() == QStringLiteral("vendas") &&
                index.data(SessionTableModel::GatewayRole).toString() == QStringLiteral("beta"))
                betaRow = row;
        }
        QVERIFY(betaRow >= 0);
        w.sessionsView()->selectRow(betaRow);
        QCOMPARE(w.selectedSessionId(), QStringLiteral("vendas"));
        QCOMPARE(w.selectedGateway(), QStringLiteral("beta"));
        QCOMPARE(w.sessionActions()->currentGateway(), QStringLiteral("beta"));
        QVERIFY(w.sessionActions()->reconnectAction()->isEnabled());

        // A QR dialog for beta's "vendas" asks beta, not alpha.
        m_fast.clearRequests();
        m_slow.clearRequests();
        QPointer<ui::QrDialog> qr = w.sessionActions()->reconnect(QStringLiteral("vendas"), QStringLiteral("beta"));
        QVERIFY(qr);
        QCOMPARE(w.sessionActions()->qrDialog(QStringLiteral("vendas"), QStringLiteral("beta")), qr.data());
        QVERIFY(!w.sessionActions()->qrDialog(QStringLiteral("vendas"), QStringLiteral("alpha")));
        QTRY_VERIFY(!m_slow.requests().isEmpty());
        for (const auto& request : m_fast.requests())
            QVERIFY2(!request.path.contains(QStringLiteral("vendas")), qPrintable(request.path));
        qr->close();
        QTRY_VERIFY(qr.isNull());

        guitest::screenshot(&w, QStringLiteral("main-two-gateways"));

        // One gateway fails a refresh: its rows grey out and say why; the other's stay as they are.
        // First the refresh the closed QR dialog asked for must be over, or it takes the fault.
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRefreshing(), 10000);
        m_slow.setFault({sim::FaultKind::Html504, QStringLiteral("/api/channels"), 1, 0, {}});
        QVERIFY(w.refresher()->refreshNow());
        const SessionTableModel* beta = w.tables()->modelOf(QStringLiteral("beta"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRefreshing() && beta->isStale(), 10000);
        QVERIFY(!w.tables()->modelOf(QStringLiteral("alpha"))->isStale());
        QCOMPARE(beta->rowCount(), 7); // the last good rows stay
        const QString tip = beta->index(0, SessionTableModel::Session).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Not updated")), qPrintable(tip));
        QVERIFY(w.errorBanner()->isVisible());
        QVERIFY2(w.errorBanner()->message().startsWith(QStringLiteral("Gateway beta: ")),
                 qPrintable(w.errorBanner()->message()));
        guitest::screenshot(&w, QStringLiteral("main-two-gateways-one-failing"));
        QVERIFY(w.refresher()->refreshNow()); // the fault was for one listing
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRefreshing() && !beta->isStale(), 10000);
        QVERIFY(!w.errorBanner()->isVisible());
    }

    // New session asks which gateway (the id is checked against that gateway's sessions), creates it
    // there, and the history records what was done under that gateway, not the first one.
    void newSessionAsksWhichGatewayAndTheHistoryFollowsIt()
    {
        guitest::Window f = guitest::openWindow(options(
            {profile(QStringLiteral("alpha"), m_fast.baseUrl()), profile(QStringLiteral("beta"), m_slow.baseUrl())}));
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(w.tables()->rowCount() == 14 && !w.refresher()->isRefreshing(), 10000);

        QPointer<ui::NewSessionDialog> dialog = w.sessionActions()->newSession();
        QVERIFY(dialog);
        auto* box = dialog->findChild<QComboBox*>(QStringLiteral("gatewayComboBox"));
        QVERIFY(box);
        QCOMPARE(box->count(), 2);
        QCOMPARE(dialog->gateway(), QStringLiteral("alpha")); // no filter: the first one
        dialog->setSessionId(QStringLiteral("novo-beta"));
        QCOMPARE(dialog->verdict(), ui::NewSessionDialog::Verdict::Valid);
        box->setCurrentIndex(1);
        QCOMPARE(dialog->gateway(), QStringLiteral("beta"));
        dialog->setSessionId(QStringLiteral("vendas")); // beta has it too
        QCOMPARE(dialog->verdict(), ui::NewSessionDialog::Verdict::Exists);
        dialog->setSessionId(QStringLiteral("novo-beta"));
        guitest::screenshot(dialog.data(), QStringLiteral("new-session-two-gateways"));
        m_fast.clearRequests();
        m_slow.clearRequests();
        dialog->accept();
        QTRY_VERIFY(w.sessionActions()->qrDialog(QStringLiteral("novo-beta"), QStringLiteral("beta")));
        QPointer<ui::QrDialog> qr = w.sessionActions()->qrDialog(QStringLiteral("novo-beta"), QStringLiteral("beta"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& request : m_slow.requests()) {
                    if (request.method == QStringLiteral("POST") && request.path == QStringLiteral("/api/channels"))
                        return true;
                }
                return false;
            }(),
            10000);
        for (const auto& request : m_fast.requests())
            QVERIFY2(request.method != QStringLiteral("POST"), qPrintable(request.path));
        qr->reject(); // offers to remove the new session
        qr->reject(); // keeps it
        QTRY_VERIFY(qr.isNull());

        // What is done to a session from the window is in its gateway's history, not the first one's.
        history::HistoryStore* store = f.context->runtime().history();
        QVERIFY(store);
        // The create closed before a phone was linked is recorded there, as cancelled.
        QTRY_COMPARE_WITH_TIMEOUT(
            guitest::lastAction(store, QStringLiteral("beta"), QStringLiteral("novo-beta")).action,
            QStringLiteral("create"), 10000);
        QVERIFY(!guitest::lastAction(store, QStringLiteral("beta"), QStringLiteral("novo-beta")).ok());
        QTest::qWait(5); // the next record must not share the create's millisecond (last = newest)
        emit w.sessionActions()->acted(QStringLiteral("beta"), QStringLiteral("novo-beta"), QStringLiteral("restart"),
                                       QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(
            guitest::lastAction(store, QStringLiteral("beta"), QStringLiteral("novo-beta")).action,
            QStringLiteral("restart"), 10000);
        QVERIFY(guitest::lastAction(store, QStringLiteral("alpha"), QStringLiteral("novo-beta")).id.isEmpty());
        QVERIFY(m_slow.loadScenarioFile(QStringLiteral(":/sim/basic.json"))); // the next test's 7 sessions
    }

    void removingAGatewayRemovesItsRowsOnly()
    {
        ui::AppContext::Options o = options(
            {profile(QStringLiteral("alpha"), m_fast.baseUrl()), profile(QStringLiteral("beta"), m_slow.baseUrl())});
        guitest::Window f = guitest::openWindow(std::move(o));
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(w.tables()->rowCount() == 14 && !w.refresher()->isRefreshing(), 10000);
        w.sessionsView()->selectRow(0);

        QVERIFY(f.context->profile().gatewayProfiles().remove(QStringLiteral("beta")));
        f.context->reload();
        QTRY_COMPARE(f.context->runtime().gateways().size(), 1);
        QTRY_COMPARE(w.tables()->rowCount(), 7);
        QCOMPARE(w.tables()->models().size(), 1);
        QVERIFY(w.sessionsView()->isColumnHidden(SessionTableModel::Gateway)); // one gateway: no column
        QVERIFY(!w.findChild<QComboBox*>(QStringLiteral("gatewayComboBox"))->isVisible());
        for (int row = 0; row < proxy(w)->rowCount(); ++row)
            QCOMPARE(proxy(w)->index(row, 0).data(SessionTableModel::GatewayRole).toString(), QStringLiteral("alpha"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRefreshing(), 10000);
        w.refresher()->refreshNow(); // the remaining gateway still refreshes
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRefreshing(), 10000);
        QCOMPARE(w.tables()->rowCount(), 7);
        QVERIFY(!w.errorBanner()->isVisible());
    }
};

QTEST_MAIN(TestMultiGateway)
#include "tst_multigateway.moc"
