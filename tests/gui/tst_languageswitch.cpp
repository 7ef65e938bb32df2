// Issue 14 #12: the language chosen in Settings applies at once. A window switched live must read
// exactly like a window built in that language: every named action, menu, label and button, the
// table's headers and cells, the window title and the tray menu.
#include "AppStyle.h"
#include "ErrorBanner.h"
#include "GatewaySimulator.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TrayNotifier.h"
#include "settings/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

namespace {

// Every text a person reads in the window, keyed so that two windows can be compared.
QMap<QString, QString> textsOf(ui::MainWindow& window)
{
    QMap<QString, QString> texts;
    texts.insert(QStringLiteral("title"), window.windowTitle());
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->objectName().isEmpty())
            continue;
        texts.insert(QStringLiteral("action ") + a->objectName(), a->text());
        texts.insert(QStringLiteral("tooltip ") + a->objectName(), a->toolTip());
    }
    for (QMenu* m : window.findChildren<QMenu*>())
        if (!m->objectName().isEmpty())
            texts.insert(QStringLiteral("menu ") + m->objectName(), m->title());
    for (QLabel* l : window.findChildren<QLabel*>())
        if (!l->objectName().isEmpty() && l->isVisibleTo(&window))
            texts.insert(QStringLiteral("label ") + l->objectName(), l->text());
    for (QAbstractButton* b : window.findChildren<QAbstractButton*>())
        if (!b->objectName().isEmpty() && b->isVisibleTo(&window))
            texts.insert(QStringLiteral("button ") + b->objectName(), b->text());
    for (QLineEdit* e : window.findChildren<QLineEdit*>())
        if (!e->objectName().isEmpty())
            texts.insert(QStringLiteral("placeholder ") + e->objectName(), e->placeholderText());
    const QAbstractItemModel* model = window.sessionsView()->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        texts.insert(QStringLiteral("header %1").arg(c), model->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, c);
            texts.insert(QStringLiteral("cell %1,%2").arg(r).arg(c), i.data().toString());
            texts.insert(QStringLiteral("cell tip %1,%2").arg(r).arg(c), i.data(Qt::ToolTipRole).toString());
        }
    }
    if (auto* tray = window.findChild<ui::TrayNotifier*>()) {
        int n = 0;
        for (QAction* a : tray->menu()->actions())
            texts.insert(QStringLiteral("tray %1").arg(n++), a->text());
    }
    return texts;
}

QString differences(const QMap<QString, QString>& live, const QMap<QString, QString>& fresh)
{
    QStringList out;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
        if (live.value(it.key()) != it.value())
            out << QStringLiteral("%1: live \"%2\", fresh \"%3\"").arg(it.key(), live.value(it.key()), it.value());
    for (auto it = live.cbegin(); it != live.cend(); ++it)
        if (!fresh.contains(it.key()))
            out << QStringLiteral("%1: only live \"%2\"").arg(it.key(), it.value());
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sim::GatewaySimulator m_sim;

    guitest::Window listed()
    {
        guitest::Window w = guitest::openWindow(guitest::options(m_dir, m_sim.baseUrl()));
        if (!QTest::qWaitFor([&] { return w.window->sessionsView()->model()->rowCount() == 7; }, 10000))
            qWarning() << "the sessions did not list";
        QTest::qWait(50);
        return w;
    }

private slots:
    void initTestCase()
    {
        guitest::isolate();
        QVERIFY(m_dir.isValid());
        m_sim.setSecret(guitest::Secret);
        QVERIFY(m_sim.loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(m_sim.listen() != 0);
        QCOMPARE(settings::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    }

    void cleanupTestCase() { settings::installTranslations(*qApp, QStringLiteral("en")); }

    void settingsSwitchesLiveBothWays()
    {
        guitest::Window live = listed();
        const QMap<QString, QString> english = textsOf(*live.window);

        // Settings › Desktop › Language: Português (Brasil), Save.
        live.window->openSettings();
        QTRY_VERIFY(live.window->settingsDialog());
        auto* language = live.window->settingsDialog()->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("pt_BR")));
        QTest::mouseClick(live.window->settingsDialog()
                              ->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QTRY_VERIFY(!live.window->settingsDialog());
        QTRY_VERIFY(live.window->windowTitle() != english.value(QStringLiteral("title")) ||
                    live.window->findChild<QMenu*>(QStringLiteral("fileMenu"))->title() !=
                        english.value(QStringLiteral("menu fileMenu")));
        QTest::qWait(100);
        QTRY_VERIFY(live.window->sessionsView()->model()->rowCount() == 7); // the reload after Save
        guitest::screenshot(live.window.get(), QStringLiteral("window-language-switched-pt_BR"));

        guitest::Window fresh = listed();
        const QMap<QString, QString> portuguese = textsOf(*fresh.window);
        QVERIFY(portuguese != english);
        QVERIFY2(textsOf(*live.window) == portuguese, qPrintable(differences(textsOf(*live.window), portuguese)));

        // And back.
        settings::installTranslations(*qApp, QStringLiteral("en"));
        QTest::qWait(100);
        QVERIFY2(textsOf(*live.window) == english, qPrintable(differences(textsOf(*live.window), english)));
    }

    // Issue 14 #12: Portuguese labels are long; no push button's label touches its border. The
    // app's style (as main installs it) keeps AppStyle::ButtonSidePadding on each side.
    void buttonsHaveRoomInPortuguese()
    {
        ui::AppStyle::install(*qApp, QStringLiteral("Fusion"));
        QCOMPARE(settings::installTranslations(*qApp, QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
        guitest::Window w = listed();
        m_sim.setFault(sim::FaultSpec{sim::FaultKind::Json500, QStringLiteral("/api/channels"), -1, 0, {}});
        w.window->refresh();
        QTRY_VERIFY(w.window->errorBanner()->isVisible());
        w.window->openSettings();
        QTRY_VERIFY(w.window->settingsDialog() && w.window->settingsDialog()->isVisible());
        QTest::qWait(50);
        QStringList cramped;
        for (QWidget* top :
             {static_cast<QWidget*>(w.window.get()), static_cast<QWidget*>(w.window->settingsDialog())}) {
            for (QPushButton* b : top->findChildren<QPushButton*>()) {
                if (!b->isVisible() || b->text().isEmpty())
                    continue;
                const QString text = QString(b->text()).remove(QLatin1Char('&'));
                const int room = (b->width() - b->fontMetrics().horizontalAdvance(text)) / 2;
                if (room < ui::AppStyle::ButtonSidePadding)
                    cramped << QStringLiteral("%1 \"%2\": %3 px").arg(b->objectName(), text).arg(room);
            }
        }
        m_sim.clearFaults();
        w.window->settingsDialog()->close();
        QVERIFY2(cramped.isEmpty(), qPrintable(cramped.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
