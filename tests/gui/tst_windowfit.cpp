// The main window at its default 1000 px, in English and pt_BR (issue 12): every column ends inside
// the view, the phone number column included, with one gateway and with the demo's five (the
// Gateway column shown); the person's own widths are left alone; the demo says how many
// simulated gateways it runs, in the language's plural.
#include "FiveDialects.h"
#include "GatewaySimulator.h"
#include "GatewayTables.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "runtime/Runtime.h"
#include "settings/Profile.h"
#include "settings/Translations.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QScopeGuard>
#include <QStyle>
#include <QTableView>

using ui::SessionTableModel;

namespace {

// The right edge of the rightmost visible column, in viewport pixels.
int rightEdge(const QTableView* view)
{
    const QHeaderView* header = view->horizontalHeader();
    int edge = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (!header->isSectionHidden(i))
            edge = std::max(edge, header->sectionViewportPosition(i) + header->sectionSize(i));
    }
    return edge;
}

QString describe(const QTableView* view)
{
    const QHeaderView* header = view->horizontalHeader();
    QStringList parts;
    for (int i = 0; i < header->count(); ++i) {
        if (!header->isSectionHidden(i))
            parts << QStringLiteral("%1:%2").arg(i).arg(header->sectionSize(i));
    }
    return parts.join(QLatin1Char(' ')) + QStringLiteral(" viewport %1").arg(view->viewport()->width());
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A WAHA gateway with one connected session that has a phone number.
    static bool oneWahaSession(sim::GatewaySimulator& sim)
    {
        sim.setSecret(guitest::Secret);
        const QJsonObject vendas{{"id", "vendas"}, {"phase", "connected"}, {"token", true}, {"phone", "5547999991234"}};
        return sim.setDialect(QStringLiteral("waha")) &&
               sim.loadScenario(QJsonObject{{"sessions", QJsonArray{vendas}}}) && sim.listen();
    }

    static void dragSessionDivider(QHeaderView* header, int by)
    {
        const int divider = header->sectionViewportPosition(SessionTableModel::Session) +
                            header->sectionSize(SessionTableModel::Session) - 1;
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(divider, y));
        QTest::mouseMove(header->viewport(), QPoint(divider + by, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(divider + by, y));
    }

    static void language(const QString& lang) { QCOMPARE(settings::installTranslations(*qApp, lang), lang); }

    static void checkFits(const ui::MainWindow& w)
    {
        const QTableView* view = w.sessionsView();
        QVERIFY(!view->isColumnHidden(SessionTableModel::Account));
        QVERIFY2(rightEdge(view) <= view->viewport()->width(), qPrintable(describe(view)));
        // The phone number itself fits in its column.
        const int phone = view->fontMetrics().horizontalAdvance(QStringLiteral("+55 47 99999-9999"));
        QVERIFY2(view->horizontalHeader()->sectionSize(SessionTableModel::Account) > phone, qPrintable(describe(view)));
        QVERIFY2(view->horizontalHeader()->sectionSize(SessionTableModel::Session) >= 110, qPrintable(describe(view)));
        checkTitlesWhole(view);
    }

    // No column title is cut: its text, the header's margins and, on the sorted column, the arrow
    // fit in the section.
    static void checkTitlesWhole(const QTableView* view)
    {
        const QHeaderView* header = view->horizontalHeader();
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString title = view->model()->headerData(i, Qt::Horizontal).toString();
            const int needed = QFontMetrics(header->font()).horizontalAdvance(title) + 2 * margin +
                               (header->sortIndicatorSection() == i ? arrow + margin : 0);
            QVERIFY2(needed <= header->sectionSize(i),
                     qPrintable(QStringLiteral("\"%1\" needs %2 px: ").arg(title).arg(needed) + describe(view)));
        }
    }

    // Every row's text in `column` fits its cell whole (with the item's text margins): "wppconnect",
    // not "wppco…"; "Atendimento", not "Atendimento (aten…".
    static void checkCellsWhole(const QTableView* view, int column)
    {
        const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        const int width = view->horizontalHeader()->sectionSize(column);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString text = view->model()->index(row, column).data().toString();
            QVERIFY2(view->fontMetrics().horizontalAdvance(text) + margins <= width,
                     qPrintable(QStringLiteral("\"%1\" is cut at %2 px: ").arg(text).arg(width) + describe(view)));
        }
    }

private slots:
    void initTestCase()
    {
        guitest::isolate();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { settings::installTranslations(*qApp, QStringLiteral("en")); }

    void oneGatewayFits_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
    }

    void oneGatewayFits()
    {
        QFETCH(QString, lang);
        language(lang);
        sim::GatewaySimulator sim;
        QVERIFY(oneWahaSession(sim));
        ui::AppContext::Options options = guitest::options(m_dir, sim.baseUrl());
        options.overrides.dialect = QStringLiteral("waha");
        guitest::Window f = guitest::openWindow(std::move(options));
        QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(*f.window, 1), 10000);
        QCOMPARE(f.window->size(), guitest::WindowSize);
        QVERIFY(f.window->sessionsView()->isColumnHidden(SessionTableModel::Gateway));
        checkFits(*f.window);
        guitest::screenshot(f.window.get(), QStringLiteral("window-fit-one-gateway-") + lang);
    }

    void fiveDialectsFitAndDemoCountsThem_data() { oneGatewayFits_data(); }

    void fiveDialectsFitAndDemoCountsThem()
    {
        QFETCH(QString, lang);
        language(lang);
        guitest::FiveDialects five;
        QVERIFY(five.start(m_dir));
        guitest::Window f = guitest::openWindow(five.options(m_dir));
        ui::MainWindow& w = *f.window;
        QTRY_COMPARE_WITH_TIMEOUT(f.context->runtime().gateways().size(), qsizetype(5), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.tables()->modelOf(QStringLiteral("wppconnect")) &&
                                     w.tables()->modelOf(QStringLiteral("wppconnect"))->rowCount() > 0,
                                 15000);
        QVERIFY(!w.sessionsView()->isColumnHidden(SessionTableModel::Gateway));
        checkFits(w);
        checkCellsWhole(w.sessionsView(), SessionTableModel::Gateway);
        checkCellsWhole(w.sessionsView(), SessionTableModel::Session);

        // Five gateways, said as five, in the plural (the demo used to say "simulated gateway").
        auto* demo = w.findChild<QLabel*>(QStringLiteral("demoLabel"));
        QVERIFY(demo && demo->isVisible());
        const QString expected = lang == QLatin1String("en") ? QStringLiteral("Demo: 5 simulated gateways")
                                                             : QStringLiteral("Demonstração: 5 gateways simulados");
        QCOMPARE(demo->text(), expected);
        QVERIFY2(w.windowTitle().contains(QStringLiteral("5")), qPrintable(w.windowTitle()));
        guitest::screenshot(&w, QStringLiteral("window-fit-five-dialects-") + lang);
    }

    // One simulated gateway (--demo --gateway URL): the singular.
    void demoWithOneGatewaySaysOne()
    {
        language(QStringLiteral("pt_BR"));
        sim::GatewaySimulator sim;
        sim.setSecret(guitest::Secret);
        QVERIFY(sim.loadScenarioFile(QStringLiteral(":/sim/demo.json")) && sim.listen());
        ui::AppContext::Options options = guitest::options(m_dir, sim.baseUrl());
        options.demo = true;
        guitest::Window f = guitest::openWindow(std::move(options));
        QTRY_VERIFY_WITH_TIMEOUT(f.context->runtime().gateways().size() == 1, 10000);
        QCOMPARE(f.window->findChild<QLabel*>(QStringLiteral("demoLabel"))->text(),
                 QStringLiteral("Demonstração: 1 gateway simulado"));
    }

    // A layout saved by a version before the app fitted its columns (a 280 px session name, no
    // word on whose the widths are), or the person's own that no longer fits the view, is fitted
    // again when the window opens; the person's own that fits stays as it was.
    void savedLayoutRefittedOnce_data()
    {
        QTest::addColumn<int>("sessionWidth");
        QTest::addColumn<int>("whose");
        QTest::addColumn<bool>("kept");
        using W = settings::Profile::TableWidths;
        QTest::newRow("before the fitter") << 280 << int(W::Unknown) << false;
        QTest::newRow("person's, too wide") << 420 << int(W::Person) << false;
        QTest::newRow("person's, fits") << 150 << int(W::Person) << true;
    }

    void savedLayoutRefittedOnce()
    {
        QFETCH(int, sessionWidth);
        QFETCH(int, whose);
        QFETCH(bool, kept);
        language(QStringLiteral("pt_BR"));
        sim::GatewaySimulator sim;
        QVERIFY(oneWahaSession(sim));
        ui::AppContext::Options options = guitest::options(m_dir, sim.baseUrl());
        options.overrides.dialect = QStringLiteral("waha");
        ui::AppContext context(std::move(options));
        {
            ui::MainWindow w(context);
            w.resize(guitest::WindowSize);
            w.show();
            context.reload();
            QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(w, 1), 10000);
            QHeaderView* header = w.sessionsView()->horizontalHeader();
            header->resizeSection(SessionTableModel::Session, sessionWidth);
            header->resizeSection(SessionTableModel::Status, 220); // the old default
            context.profile().setTableState(header->saveState());
            context.profile().setTableWidths(settings::Profile::TableWidths(whose));
        }
        ui::MainWindow again(context);
        again.resize(guitest::WindowSize);
        again.show();
        QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(again, 1), 10000);
        QHeaderView* header = again.sessionsView()->horizontalHeader();
        if (kept) {
            QCOMPARE(header->sectionSize(SessionTableModel::Session), sessionWidth);
            QVERIFY(header->sectionSize(SessionTableModel::Status) >= 220); // widened for the language only
        } else {
            checkFits(again);
        }
        // Once: the person then drags a divider past the view, and it stays there.
        const int fitted = header->sectionSize(SessionTableModel::Session);
        dragSessionDivider(header, 250);
        const int chosen = header->sectionSize(SessionTableModel::Session);
        QVERIFY(chosen > fitted + 100);
        again.resize(1100, 600);
        QTest::qWait(50);
        QCOMPARE(header->sectionSize(SessionTableModel::Session), chosen);
    }

    // A width the person chose stays, even where it runs past the view.
    void personsWidthsStay()
    {
        language(QStringLiteral("en"));
        sim::GatewaySimulator sim;
        sim.setSecret(guitest::Secret);
        QVERIFY(sim.loadScenarioFile(QStringLiteral(":/sim/basic.json")) && sim.listen());
        guitest::Window f = guitest::openWindow(guitest::options(m_dir, sim.baseUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(guitest::loaded(*f.window, 7), 10000);
        QTableView* view = f.window->sessionsView();
        QHeaderView* header = view->horizontalHeader();
        const int fitted = header->sectionSize(SessionTableModel::Session);
        dragSessionDivider(header, 250); // the person drags the divider right of the Session column
        const int chosen = header->sectionSize(SessionTableModel::Session);
        QVERIFY2(chosen > fitted + 100, qPrintable(describe(view)));
        f.window->resize(1100, 600);
        QTest::qWait(50);
        QCOMPARE(header->sectionSize(SessionTableModel::Session), chosen);
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
