// Issue 14 #12: the language chosen in Settings applies at once. A window switched live must read
// exactly like a window built in that language: every named action, menu, label and button, the
// table's headers and cells, the window title and the tray menu. So must every dialog left open
// across the switch (QR, New session, Delete, History, Fix unhealthy sessions), in the state it
// is in: it reads like the same dialog opened in that language in that state.
#include "AppStyle.h"
#include "DeleteSessionDialog.h"
#include "ErrorBanner.h"
#include "GatewaySimulator.h"
#include "GuiTestSupport.h"
#include "HealthCheckController.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "NewSessionDialog.h"
#include "QrDialog.h"
#include "SessionActions.h"
#include "SessionQueueDialog.h"
#include "SessionTableModel.h"
#include "SettingsDialog.h"
#include "TrayNotifier.h"
#include "settings/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

#include <functional>

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

// Every text a person reads in an open dialog. Digits are masked: a countdown or a clock may read
// a second apart in two dialogs opened one after the other.
QMap<QString, QString> textsOf(QWidget* dialog)
{
    QMap<QString, QString> texts;
    const auto key = [](const QObject* o, const char* kind, int index) {
        return QStringLiteral("%1 %2").arg(QLatin1String(kind),
                                           o->objectName().isEmpty() ? QString::number(index) : o->objectName());
    };
    texts.insert(QStringLiteral("title"), dialog->windowTitle());
    int n = 0;
    for (QLabel* l : dialog->findChildren<QLabel*>()) {
        ++n;
        if (l->isVisibleTo(dialog) && !l->text().isEmpty())
            texts.insert(key(l, "label", n), l->text());
        if (!l->accessibleName().isEmpty())
            texts.insert(key(l, "accessible", n), l->accessibleName());
    }
    n = 0;
    for (QAbstractButton* b : dialog->findChildren<QAbstractButton*>()) {
        ++n;
        if (b->isVisibleTo(dialog))
            texts.insert(key(b, "button", n), b->text() + QLatin1Char('|') + b->toolTip());
    }
    for (QLineEdit* e : dialog->findChildren<QLineEdit*>())
        texts.insert(key(e, "edit", 0), e->placeholderText() + QLatin1Char('|') + e->accessibleName());
    for (QComboBox* c : dialog->findChildren<QComboBox*>()) {
        for (int i = 0; i < c->count(); ++i)
            texts.insert(key(c, "combo", 0) + QString::number(i), c->itemText(i));
    }
    for (QTreeWidget* t : dialog->findChildren<QTreeWidget*>()) {
        for (int c = 0; c < t->columnCount(); ++c) {
            texts.insert(key(t, "header", 0) + QString::number(c), t->headerItem()->text(c));
            for (int r = 0; r < t->topLevelItemCount(); ++r) {
                texts.insert(key(t, "cell", 0) + QStringLiteral(" %1,%2").arg(r).arg(c), t->topLevelItem(r)->text(c));
                texts.insert(key(t, "tip", 0) + QStringLiteral(" %1,%2").arg(r).arg(c), t->topLevelItem(r)->toolTip(c));
            }
        }
    }
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    for (QString& text : texts)
        text.replace(digits, QStringLiteral("#"));
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
        // And the refresh recorded in the history: the uptimes are read after it (a window compared
        // before that would differ only in "—" against a percentage).
        const auto uptimesRead = [&] {
            const QAbstractItemModel* model = w.window->sessionsView()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, ui::SessionTableModel::Uptime).data().toString() == u"—")
                    return false;
            }
            return true;
        };
        if (!QTest::qWaitFor(uptimesRead, 10000))
            qWarning() << "the uptimes were not read";
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

    // Each stateful dialog, left open across the switch, reads like the same dialog opened in
    // Portuguese in the same state (one screenshot of each, switched).
    void openDialogsFollowTheSwitch_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("qr-ask-first") << QStringLiteral("qr-ask-first");
        QTest::newRow("qr-code") << QStringLiteral("qr-code");
        QTest::newRow("qr-remove-new") << QStringLiteral("qr-remove-new");
        // Messages made before the switch by the connect flow and the gateway layer, kept and shown
        // later: they read in the new language too.
        QTest::newRow("qr-waiting") << QStringLiteral("qr-waiting");
        QTest::newRow("qr-failed") << QStringLiteral("qr-failed");
        QTest::newRow("delete-failed") << QStringLiteral("delete-failed");
        QTest::newRow("new-session") << QStringLiteral("new-session");
        QTest::newRow("delete") << QStringLiteral("delete");
        QTest::newRow("history") << QStringLiteral("history");
        QTest::newRow("fix-sessions") << QStringLiteral("fix-sessions");
    }

    void openDialogsFollowTheSwitch()
    {
        QFETCH(QString, name);
        using Open = std::function<QWidget*(guitest::Window&)>;
        const auto waitPage = [](ui::QrDialog* dialog, const char* page) {
            QPointer<ui::QrDialog> qr = dialog;
            return QTest::qWaitFor(
                [&] {
                    return qr && qr->findChild<QStackedWidget*>(QStringLiteral("pageStackedWidget"))
                                         ->currentWidget()
                                         ->objectName() == QLatin1String(page);
                },
                15000);
        };
        const QMap<QString, Open> open{
            {QStringLiteral("qr-ask-first"),
             [&](guitest::Window& w) -> QWidget* {
                 ui::QrDialog* qr = w.window->sessionActions()->reconnect(QStringLiteral("pixel12digital"));
                 return qr && waitPage(qr, "confirmPage") ? qr : nullptr;
             }},
            {QStringLiteral("qr-code"),
             [&](guitest::Window& w) -> QWidget* {
                 ui::QrDialog* qr = w.window->sessionActions()->reconnect(QStringLiteral("imobsites"));
                 return qr && waitPage(qr, "qrPage") ? qr : nullptr;
             }},
            {QStringLiteral("qr-remove-new"),
             [&](guitest::Window& w) -> QWidget* {
                 ui::QrDialog* qr = w.window->sessionActions()->createSession(QStringLiteral("novo-idioma"));
                 if (!qr || !waitPage(qr, "qrPage"))
                     return nullptr;
                 qr->reject(); // offers to remove the new session
                 return waitPage(qr, "confirmPage") ? qr : nullptr;
             }},
            {QStringLiteral("qr-waiting"),
             [&](guitest::Window& w) -> QWidget* {
                 // The gateway fails the QR request, and then never answers the retry: the flow's
                 // "failed, retrying in 1 s" stays (no newer message is made after the switch).
                 m_sim.setFault({sim::FaultKind::Json500, QStringLiteral("/api/channels/imobsites/qr"), 1, 0, {}});
                 m_sim.setFault({sim::FaultKind::Stall, QStringLiteral("/api/channels/imobsites/q"), -1, 0, {}});
                 QPointer<ui::QrDialog> qr = w.window->sessionActions()->reconnect(QStringLiteral("imobsites"));
                 if (!qr || !waitPage(qr, "waitingPage"))
                     return nullptr;
                 const auto retrying = [&] {
                     return qr && qr->findChild<QLabel*>(QStringLiteral("waitingLabel"))->text().contains(u"500");
                 };
                 return QTest::qWaitFor(retrying, 15000) ? qr.data() : nullptr;
             }},
            {QStringLiteral("qr-failed"),
             [&](guitest::Window& w) -> QWidget* {
                 m_sim.setFault({sim::FaultKind::Json401, QStringLiteral("/api/channels/imobsites/qr"), -1, 0, {}});
                 ui::QrDialog* qr = w.window->sessionActions()->reconnect(QStringLiteral("imobsites"));
                 return qr && waitPage(qr, "failedPage") ? qr : nullptr;
             }},
            {QStringLiteral("delete-failed"),
             [&](guitest::Window& w) -> QWidget* {
                 m_sim.setFault({sim::FaultKind::Json500, QStringLiteral("/api/channels/cobranca"), -1, 0,
                                 QStringLiteral("DELETE")});
                 QPointer<ui::DeleteSessionDialog> d =
                     w.window->sessionActions()->deleteSession(QStringLiteral("cobranca"));
                 if (!d)
                     return nullptr;
                 d->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"))->setText(QStringLiteral("cobranca"));
                 QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("deletePushButton")), Qt::LeftButton);
                 const auto failed = [&] {
                     return d && d->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisibleTo(d);
                 };
                 return QTest::qWaitFor(failed, 15000) ? d.data() : nullptr;
             }},
            {QStringLiteral("new-session"),
             [&](guitest::Window& w) -> QWidget* {
                 ui::NewSessionDialog* d = w.window->sessionActions()->newSession();
                 if (d)
                     d->setSessionId(QStringLiteral("vendas")); // "already has a session"
                 return d;
             }},
            {QStringLiteral("delete"),
             [&](guitest::Window& w) -> QWidget* {
                 ui::DeleteSessionDialog* d = w.window->sessionActions()->deleteSession(QStringLiteral("cobranca"));
                 if (d)
                     d->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"))->setText(QStringLiteral("cobr"));
                 return d;
             }},
            {QStringLiteral("history"),
             [&](guitest::Window& w) -> QWidget* {
                 auto* d = new ui::HistoryDialog(QStringLiteral("pixelhub"), QStringLiteral("vendas"), w.window.get());
                 d->setAttribute(Qt::WA_DeleteOnClose);
                 const qint64 now = QDateTime::currentMSecsSinceEpoch();
                 history::Event drop;
                 drop.atMs = now - 3 * 3600 * 1000;
                 drop.gateway = QStringLiteral("pixelhub");
                 drop.session = QStringLiteral("vendas");
                 drop.from = sessions::Status::Connected;
                 drop.to = sessions::Status::Disconnected;
                 drop.gatewayStatus = QStringLiteral("DISCONNECTED");
                 history::Event failed = drop;
                 failed.kind = history::Event::Kind::Action;
                 failed.atMs = now - 3600 * 1000;
                 failed.action = QStringLiteral("reconnect");
                 failed.actor = QStringLiteral("ana@desk-3");
                 failed.result = QStringLiteral("timeout");
                 history::SessionState state;
                 state.status = sessions::Status::Disconnected;
                 state.sinceMs = drop.atMs;
                 d->setHistory({drop, failed}, state, now);
                 d->setWeek(true);
                 d->show();
                 return d;
             }},
            {QStringLiteral("fix-sessions"),
             [&](guitest::Window& w) -> QWidget* {
                 w.window->healthCheck()->checkNowAction()->trigger();
                 if (!QTest::qWaitFor([&] { return w.window->healthCheck()->fixDialog() != nullptr; }, 15000))
                     return nullptr;
                 return w.window->healthCheck()->fixDialog();
             }},
        };
        const auto close = [this, &name](QWidget* dialog) {
            m_sim.clearFaults();
            QPointer<QWidget> d = dialog;
            if (name == u"qr-remove-new") // removed, so that the next window can create it again
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmPushButton")), Qt::LeftButton);
            else if (auto* qr = qobject_cast<QDialog*>(dialog))
                qr->done(QDialog::Rejected); // a QR dialog: no removal question
            else
                dialog->close();
            if (!QTest::qWaitFor([&] { return d.isNull() || !d->isVisible(); }, 5000))
                qWarning() << "the dialog did not close";
            if (d && name == u"history")
                delete d.data();
        };

        QCOMPARE(settings::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        guitest::Window live = listed();
        QWidget* dialog = open[name](live);
        QVERIFY(dialog);
        QTest::qWait(200); // what the dialog settles on right after opening
        const QMap<QString, QString> english = textsOf(dialog);
        QCOMPARE(settings::installTranslations(*qApp, QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
        QTest::qWait(100);
        const QMap<QString, QString> switched = textsOf(dialog);
        guitest::screenshot(dialog, QStringLiteral("dialog-language-switched-pt_BR-") + name);
        close(dialog);

        guitest::Window fresh = listed();
        dialog = open[name](fresh);
        QVERIFY(dialog);
        QTest::qWait(200);
        const QMap<QString, QString> portuguese = textsOf(dialog);
        close(dialog);
        settings::installTranslations(*qApp, QStringLiteral("en"));
        QVERIFY(portuguese != english);
        QVERIFY2(switched == portuguese, qPrintable(differences(switched, portuguese)));
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
