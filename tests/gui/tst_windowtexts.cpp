// What the main window says around its table, in English and in pt_BR (issue 14): the banner and
// the verdict when possibly disconnected sessions cannot be detected (#1), when the last successful
// refresh was (#4), a window that never widens itself for a longer text (#5), empty states that
// lead somewhere (#9); and what it adds: CSV export and copy, bulk reconnect, the shortcut sheet.
#include "ActivityBanner.h"
#include "BulkActions.h"
#include "EmptyStateWidget.h"
#include "ErrorBanner.h"
#include "GatewaySimulator.h"
#include "GatewayTables.h"
#include "GuiTestSupport.h"
#include "HealthSummary.h"
#include "HelpDialog.h"
#include "MainWindow.h"
#include "NewSessionDialog.h"
#include "Palette.h"
#include "SessionActions.h"
#include "SessionFilterProxyModel.h"
#include "SessionQueueDialog.h"
#include "SettingsDialog.h"
#include "TableExport.h"
#include "runtime/SessionMonitor.h"
#include "settings/Translations.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTableView>

class TestWindowTexts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sim::GatewaySimulator m_sim;

    guitest::Window open(const QUrl& url, const QString& dsn = {})
    {
        return guitest::openWindow(guitest::options(m_dir, url, dsn));
    }

    template <typename T> static T* child(const QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

private slots:
    void initTestCase()
    {
        guitest::isolate();
        QVERIFY(m_dir.isValid());
        m_sim.setSecret(guitest::Secret);
        QVERIFY(m_sim.loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(m_sim.listen() != 0);
    }

    void init() { m_sim.clearFaults(); }

    // #1: an activity database that does not answer used to leave a zombie green "Connected" with
    // only an italic "Unknown" to show for it.
    void zombieDetectionOffIsSaid()
    {
        guitest::Window f = open(m_sim.baseUrl(), QStringLiteral("mysql://phs@127.0.0.1:1/activity"));
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(w, 7), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.context->monitor().activity().state == activity::ActivitySnapshot::State::Unavailable, 20000);
        auto* banner = child<ui::ActivityBanner>(&w, "activityBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->message().contains(QStringLiteral("cannot be detected")));
        // The driver's own words are behind Details, not in the message.
        QCOMPARE(banner->details(), f.context->monitor().activity().reason);
        QVERIFY(!banner->message().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(child<QPushButton>(banner, "settingsPushButton")->isVisible());
        QTRY_VERIFY(w.healthSummary()->lineText().contains(QStringLiteral("activity unknown")));
        QVERIFY(w.healthSummary()->level() != health::Level::Unknown);
        guitest::screenshot(&w, QStringLiteral("window-zombie-detection-off"));

        // Dismissed: it stays away for the same reason.
        child<QToolButton>(banner, "dismissToolButton")->click();
        QVERIFY(!banner->isVisible());
        w.refresh();
        QTRY_VERIFY(!w.refresher()->isRefreshing());
        QTest::qWait(200);
        QVERIFY(!banner->isVisible());
    }

    void noBannerWithoutActivityDatabase()
    {
        guitest::Window f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(w, 7), 10000);
        QTest::qWait(100);
        QVERIFY(!child<ui::ActivityBanner>(&w, "activityBanner")->isVisible());
        QVERIFY(!w.healthSummary()->lineText().contains(QStringLiteral("activity unknown")));
    }

    // #4: "Updated just now — the last refresh failed" contradicted itself.
    void staleSaysWhenTheLastSuccessWas()
    {
        guitest::Window f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(w, 7), 10000);
        const QDateTime success = f.context->monitor().lastSuccessUtc();
        m_sim.setFault({sim::FaultKind::Html504, QStringLiteral("/api/channels"), -1, 0, {}});
        w.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(w.errorBanner()->isVisible(), 10000);
        auto* updated = child<QLabel>(&w, "updatedLabel");
        QTRY_VERIFY(!w.refresher()->isRefreshing());
        const QString text = updated->text();
        QVERIFY2(!text.startsWith(QStringLiteral("Updated")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(success.toLocalTime().time(), QLocale::ShortFormat)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Last successful refresh")), qPrintable(text));
    }

    // #5: the status bar's text raised the window's minimum width (1000 -> 1156 px in pt_BR).
    void windowNeverWidensForText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
    }

    void windowNeverWidensForText()
    {
        QFETCH(QString, lang);
        QCOMPARE(settings::installTranslations(*qApp, lang), lang);
        auto english = qScopeGuard([] { settings::installTranslations(*qApp, QStringLiteral("en")); });
        guitest::Window f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(w, 7), 10000);
        // The same widgets shown with short texts, then with the longest ones: only the texts differ.
        const auto fill = [&](const QString& text) {
            child<QLabel>(&w, "updatedLabel")->setText(text);
            child<QLabel>(&w, "countLabel")->setText(text);
            QList<sessions::Session> many;
            for (int i = 0; i < 40; ++i) {
                sessions::Session s;
                s.id = QStringLiteral("s%1").arg(i);
                s.status = sessions::Status(i % 5);
                s.health = i % 7 == 0 ? sessions::Health::Zombie : sessions::Health::NotConnected;
                many << s;
            }
            w.healthSummary()->setReport(health::HealthReport::fromSessions(many, text));
            w.healthSummary()->setActivityUnavailable(true);
            w.errorBanner()->setSettingsVisible(true);
            w.errorBanner()->showMessage(text, text);
            w.statusBar()->showMessage(text);
            QCoreApplication::processEvents();
            return w.minimumSizeHint().width();
        };
        const int before = fill(QStringLiteral("x"));
        const QString longest = QString(QStringLiteral("Última atualização bem-sucedida às 14:03 (há 59 min); a "
                                                       "mais recente falhou — atualizando… "))
                                    .repeated(3);
        const int after = fill(longest);
        QVERIFY2(after <= before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY2(after <= guitest::WindowSize.width(), qPrintable(QString::number(after)));
        QCOMPARE(w.width(), guitest::WindowSize.width());
        guitest::screenshot(&w, QStringLiteral("window-longest-texts-") + lang);
    }

    // #9: no sessions: New session, and no green dot.
    void noSessionsOffersNewSession()
    {
        sim::GatewaySimulator empty;
        empty.setSecret(guitest::Secret);
        QVERIFY(empty.loadScenario(QJsonObject{{QStringLiteral("sessions"), QJsonArray()}}));
        QVERIFY(empty.listen() != 0);
        guitest::Window f = open(empty.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_COMPARE(w.emptyState()->state(), ui::EmptyStateWidget::State::NoSessions);
        QTRY_VERIFY(w.healthSummary()->lineText() == QStringLiteral("No sessions"));
        QVERIFY(w.healthSummary()->icon().pixmap(16, 16).toImage().pixelColor(8, 8) !=
                ui::palette::levelColor(health::Level::Ok));
        auto* create = child<QPushButton>(w.emptyState(), "emptyActionPushButton");
        QVERIFY(create->text().contains(QStringLiteral("New session")));
        QVERIFY(child<QPushButton>(w.emptyState(), "emptySecondPushButton")->isVisible());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(w.findChild<ui::NewSessionDialog*>());
        w.findChild<ui::NewSessionDialog*>()->reject();
    }

    // #9: a filter that matches nothing shows a message and a way back, not a blank table.
    void filterWithoutMatchSaysSo()
    {
        guitest::Window f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(w, 7), 10000);
        auto* note = w.sessionsView()->viewport()->findChild<QWidget*>(QStringLiteral("noMatchOverlay"));
        QVERIFY(note);
        QVERIFY(!note->isVisible());
        child<QLineEdit>(&w, "filterLineEdit")->setText(QStringLiteral("zzz-nothing"));
        QVERIFY(note->isVisible());
        guitest::screenshot(&w, QStringLiteral("window-filter-no-match"));
        QTest::mouseClick(child<QPushButton>(note, "showAllPushButton"), Qt::LeftButton);
        QCOMPARE(w.proxyModel()->rowCount(), 7);
        QVERIFY(child<QLineEdit>(&w, "filterLineEdit")->text().isEmpty());
        QVERIFY(!note->isVisible());
    }

    // #9: "Could not load the sessions" offered Retry twice and no way to Settings.
    void loadFailedOffersSettings()
    {
        m_sim.setFault({sim::FaultKind::Html504, QStringLiteral("/api/channels"), -1, 0, {}});
        guitest::Window f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_COMPARE_WITH_TIMEOUT(w.emptyState()->state(), ui::EmptyStateWidget::State::LoadFailed, 10000);
        auto* button = child<QPushButton>(w.emptyState(), "emptyActionPushButton");
        QVERIFY(button->text().contains(QStringLiteral("Settings")));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(w.settingsDialog() != nullptr);
        w.settingsDialog()->reject();
    }

    // Export: the rows the filter lets through, quoted where needed; Copy as text: the selected rows.
    void exportAndCopy()
    {
        guitest::Window f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(w, 7), 10000);
        auto* exporter = w.sessionsView()->findChild<ui::TableExport*>();
        QVERIFY(exporter);
        child<QLineEdit>(&w, "filterLineEdit")->setText(QStringLiteral("vend"));
        const QStringList lines = exporter->csv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // header + the one row shown
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Session,Status")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("vendas,Disconnected")), qPrintable(lines.at(1)));
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(exporter->writeCsv(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBFSession,"));
        child<QLineEdit>(&w, "filterLineEdit")->clear();

        w.sessionsView()->selectRow(w.proxyModel()
                                        ->mapFromSource(w.tables()->mapFromSource(
                                            w.sessionModel()->index(w.sessionModel()->rowOf("pixel12digital"), 0)))
                                        .row());
        const QString text = exporter->selectedAsText();
        // The cell shows "Pixel12 Digital" alone; a ticket names the session exactly.
        QVERIFY2(text.contains(QStringLiteral("Session: Pixel12 Digital (pixel12digital)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Status: ")), qPrintable(text));
    }

    // Several rows selected: Reconnect selected sessions opens one queue with exactly those.
    void bulkReconnectQueuesTheSelection()
    {
        guitest::Window f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(w, 7), 10000);
        auto* bulk = w.findChild<ui::BulkActions*>();
        QVERIFY(bulk);
        QVERIFY(!bulk->reconnectAction()->isEnabled());
        QTableView* view = w.sessionsView();
        view->selectRow(0);
        QVERIFY(!bulk->reconnectAction()->isEnabled()); // one row: the plain Reconnect
        view->selectionModel()->select(view->model()->index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(bulk->reconnectAction()->isEnabled());
        const QStringList expected = {view->model()->index(0, 0).data(ui::SessionTableModel::IdRole).toString(),
                                      view->model()->index(2, 0).data(ui::SessionTableModel::IdRole).toString()};
        QCOMPARE(bulk->selectedIds(), expected);
        bulk->reconnectAction()->trigger();
        QPointer<ui::SessionQueueDialog> queue = bulk->dialog();
        QVERIFY(queue);
        QCOMPARE(queue->items().size(), 2);
        QCOMPARE(queue->items().at(0).id, expected.at(0));
        QCOMPARE(queue->items().at(1).id, expected.at(1));
        QVERIFY(!queue->isRunning()); // nothing before Start
        QVERIFY(!bulk->reconnectAction()->isEnabled());
        queue->reject();
        QTRY_VERIFY(queue.isNull());
    }

    // The shortcut sheet is read from the window's actions: what the menus say, it says.
    void shortcutSheetFollowsTheActions()
    {
        guitest::Window f = open(m_sim.baseUrl());
        ui::MainWindow& w = *f.window;
        QStringList keys;
        for (const auto& [key, what] : ui::HelpDialog::shortcuts(&w))
            keys << key;
        for (const QString& expected : {QStringLiteral("F5"), QStringLiteral("Ctrl+N"), QStringLiteral("Enter"),
                                        QStringLiteral("Del"), QStringLiteral("Ctrl+F"), QStringLiteral("Ctrl+Shift+H"),
                                        QStringLiteral("Ctrl+Shift+R"), QStringLiteral("F1")})
            QVERIFY2(keys.contains(expected), qPrintable(expected + QStringLiteral(" in ") + keys.join(u',')));
        QVERIFY(ui::HelpDialog::guideHtml().contains(QStringLiteral("Linked devices")));
    }
};

QTEST_MAIN(TestWindowTexts)
#include "tst_windowtexts.moc"
