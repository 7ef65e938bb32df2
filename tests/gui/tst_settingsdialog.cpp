// SettingsDialog: opens non-blocking from the window, validates the URL and DSN as typed (http
// warning, other schemes refused), tests the gateway connection, and applies a save without restart.
#include "DurationSpinBox.h"
#include "ErrorBanner.h"
#include "GatewaySimulator.h"
#include "GatewayTables.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SessionTableModel.h"
#include "SettingsDialog.h"
#include "SilenceThresholdAction.h"
#include "gateway/GatewayClient.h"
#include "health/ZombiePolicy.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "settings/GatewayUrlCheck.h"
#include "settings/SettingsSchema.h"
#include "settings/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

using settings::GatewayUrlCheck;

namespace {
// Each spin box of a duration, its schema entry and the unit it shows, in seconds.
struct RangedBox
{
    const char* name;
    const settings::schema::Duration* entry;
    qint64 unit;
};
QList<RangedBox> rangedBoxes()
{
    namespace schema = settings::schema;
    return {{"listTimeoutSpinBox", &schema::ListTimeout, 1},
            {"requestTimeoutSpinBox", &schema::RequestTimeout, 1},
            {"refreshIntervalSpinBox", &schema::RefreshInterval, 1},
            {"activityTimeoutSpinBox", &schema::ActivityTimeout, 1},
            {"silenceThresholdSpinBox", &schema::SilenceThreshold, 3600},
            {"historyRetentionSpinBox", &schema::HistoryRetention, 86400}};
}
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sim::GatewaySimulator m_sim;

    template <typename T> static T* child(QWidget* dialog, const char* name)
    {
        T* found = dialog->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning() << "missing" << name;
        return found;
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        guitest::isolate();
        // No keychain service answers, on every machine: what a desk without one sees, and never
        // the tester's real keychain.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/phs-test-bus");
        qunsetenv("PIXELHUB_HISTORY_DSN");
        qunsetenv("PIXELHUB_HISTORY_PASSWORD");
        QVERIFY(m_dir.isValid());
        m_sim.setSecret(guitest::Secret);
        QVERIFY(m_sim.loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(m_sim.listen() != 0);
    }

    // Saving a language applies it at once (issue 14 #12): each test starts in English again.
    void cleanup() { settings::installTranslations(*qApp, QStringLiteral("en")); }

    void urlCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("verdict");
        QTest::newRow("empty") << "" << int(GatewayUrlCheck::Verdict::Empty);
        QTest::newRow("https") << "https://wpp.example.com:8443" << int(GatewayUrlCheck::Verdict::Ok);
        QTest::newRow("https-path") << " https://example.com/gateway " << int(GatewayUrlCheck::Verdict::Ok);
        QTest::newRow("http") << "http://10.0.0.5:3000" << int(GatewayUrlCheck::Verdict::Insecure);
        QTest::newRow("ftp") << "ftp://example.com" << int(GatewayUrlCheck::Verdict::Invalid);
        QTest::newRow("no-scheme") << "wpp.example.com" << int(GatewayUrlCheck::Verdict::Invalid);
        QTest::newRow("user-info") << "https://user:pw@example.com" << int(GatewayUrlCheck::Verdict::Invalid);
        QTest::newRow("no-host") << "https://" << int(GatewayUrlCheck::Verdict::Invalid);
        QTest::newRow("query") << "https://example.com/?a=1" << int(GatewayUrlCheck::Verdict::Invalid);
    }

    void urlCheck()
    {
        QFETCH(QString, text);
        QFETCH(int, verdict);
        const GatewayUrlCheck check = GatewayUrlCheck::check(text);
        QCOMPARE(int(check.verdict), verdict);
        QCOMPARE(check.message.isEmpty(),
                 verdict == int(GatewayUrlCheck::Verdict::Ok) || verdict == int(GatewayUrlCheck::Verdict::Empty));
    }

    void validatesAsTypedAndSavesLive()
    {
        // Start unconfigured; the dialog configures the running window.
        auto options = guitest::options(m_dir, QUrl());
        ui::AppContext context(std::move(options));
        ui::MainWindow window(context);
        window.resize(guitest::WindowSize);
        window.show();
        context.reload();
        QTRY_VERIFY(context.hasResolved());

        window.openSettings();
        QTRY_VERIFY(window.settingsDialog() && window.settingsDialog()->isVisible());
        ui::SettingsDialog* dialog = window.settingsDialog();
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        dialog->resize(640, 560);

        auto* url = child<QLineEdit>(dialog, "gatewayUrlLineEdit");
        auto* urlMessage = child<QLabel>(dialog, "gatewayUrlMessageLabel");
        auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
        QPushButton* save = buttons->button(QDialogButtonBox::Save);
        QVERIFY(url && urlMessage && save);
        QVERIFY(child<QLineEdit>(dialog, "secretLineEdit")->echoMode() == QLineEdit::Password);

        retype(url, QStringLiteral("ftp://example.com"));
        QVERIFY(urlMessage->isVisible());
        QVERIFY(!save->isEnabled());
        guitest::screenshot(dialog, QStringLiteral("settings-invalid-scheme"));

        retype(url, m_sim.baseUrl().toString()); // http://127.0.0.1:port
        QVERIFY(urlMessage->isVisible());
        QVERIFY(urlMessage->text().contains(QStringLiteral("not encrypted")));
        QVERIFY(save->isEnabled());

        // Test connection with the typed secret: latency and count, nothing saved yet.
        retype(child<QLineEdit>(dialog, "secretLineEdit"), guitest::Secret);
        auto* test = child<QPushButton>(dialog, "testGatewayPushButton");
        auto* result = child<QLabel>(dialog, "gatewayTestResultLabel");
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("7 sessions")), 10000);
        QVERIFY(context.profile().gatewayUrl().isEmpty());
        guitest::screenshot(dialog, QStringLiteral("settings-http-warning-tested"));

        // DSN validation.
        auto* dsn = child<QLineEdit>(dialog, "activityDsnLineEdit");
        auto* dsnMessage = child<QLabel>(dialog, "activityDsnMessageLabel");
        child<QTabWidget>(dialog, "settingsTabWidget")->setCurrentIndex(1);
        retype(dsn, QStringLiteral("mysql://user:secret@db.example.com:3306/pixelhub"));
        QVERIFY(dsnMessage->isVisible());
        QVERIFY(!dsnMessage->text().contains(QStringLiteral("secret")));
        QVERIFY(!save->isEnabled());
        guitest::screenshot(dialog, QStringLiteral("settings-activity-invalid-dsn"));
        retype(dsn, QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("none.db")));
        QVERIFY(!dsnMessage->isVisible());
        QVERIFY(save->isEnabled());
        dsn->clear();
        child<QSpinBox>(dialog, "silenceThresholdSpinBox")->setValue(72);
        QCOMPARE(child<QSpinBox>(dialog, "activityTimeoutSpinBox")->value(), 15); // the profile's default
        child<QSpinBox>(dialog, "activityTimeoutSpinBox")->setValue(7);
        child<QCheckBox>(dialog, "noActivityZombieCheckBox")->setChecked(true);
        child<QTabWidget>(dialog, "settingsTabWidget")->setCurrentIndex(2);
        auto* language = child<QComboBox>(dialog, "languageComboBox");
        QCOMPARE(language->currentIndex(), 0); // system default
        language->setCurrentIndex(language->findData(QStringLiteral("pt_BR")));
        QVERIFY(child<QCheckBox>(dialog, "closeToTrayCheckBox")->isChecked());
        child<QCheckBox>(dialog, "closeToTrayCheckBox")->setChecked(false);
        guitest::screenshot(dialog, QStringLiteral("settings-desktop"));

        // Save without typing a secret (the run-time one stays): no keychain access in tests.
        child<QLineEdit>(dialog, "secretLineEdit")->clear();
        QPointer<ui::SettingsDialog> guard(dialog);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(guard.isNull()); // closed and deleted
        QCOMPARE(context.profile().gatewayUrl(), m_sim.baseUrl());
        QCOMPARE(context.profile().silenceThreshold(), std::chrono::seconds(72 * 3600));
        QCOMPARE(context.profile().activityTimeout(), std::chrono::seconds(7));
        QVERIFY(context.profile().noActivityIsZombie());
        QCOMPARE(context.profile().language(), QStringLiteral("pt_BR"));
        QVERIFY(!context.profile().closeToTray());
        QVERIFY(!context.profile()
                     .raw()
                     .allKeys()
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("secret"), Qt::CaseInsensitive));
        // Applied without a restart: the window lists the gateway's sessions.
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionModel()->rowCount() == 7, 10000);
        QCOMPARE(context.client().config().baseUrl, m_sim.baseUrl());
        QCOMPARE(context.monitor().policy().threshold(), std::chrono::seconds(72 * 3600));
    }

    void everyRangeIsTheSchemas()
    {
        ui::AppContext context(guitest::options(m_dir, m_sim.baseUrl()));
        ui::SettingsDialog dialog(context);
        const QList<QSpinBox*> boxes = dialog.findChildren<QSpinBox*>();
        QCOMPARE(boxes.size(), rangedBoxes().size()); // a new spin box needs its schema entry here
        for (const RangedBox& b : rangedBoxes()) {
            auto* box = child<QSpinBox>(&dialog, b.name);
            QVERIFY(box);
            const qint64 min = (b.entry->min.count() + b.unit - 1) / b.unit;
            const qint64 max = b.entry->max.count() / b.unit;
            QVERIFY2(box->minimum() == min && box->maximum() == max,
                     qPrintable(QStringLiteral("%1: %2..%3, schema %4..%5")
                                    .arg(QLatin1String(b.name))
                                    .arg(box->minimum())
                                    .arg(box->maximum())
                                    .arg(min)
                                    .arg(max)));
        }

        // The per-session threshold: 0 (= the global one), then the same range as the global one.
        QWidget window;
        ui::SilenceThresholdAction action(context, &window);
        QPointer<QInputDialog> perSession =
            action.open(QStringLiteral("vendas"), settings::GatewayProfile::defaultName());
        QVERIFY(perSession);
        QCOMPARE(perSession->intMinimum(), 0);
        QCOMPARE(perSession->intMaximum(), int(settings::schema::SilenceThreshold.max.count() / 3600));
        perSession->close();
    }

    void savingKeepsWhatTheProfileHolds_data()
    {
        QTest::addColumn<bool>("atMaximum");
        QTest::newRow("maximum") << true;
        QTest::newRow("minimum") << false;
    }

    // Every duration at the schema's maximum (90 days of silence, a refresh a day…) or minimum
    // survives opening the dialog and pressing Save.
    void savingKeepsWhatTheProfileHolds()
    {
        QFETCH(bool, atMaximum);
        namespace schema = settings::schema;
        ui::AppContext context(guitest::options(m_dir, m_sim.baseUrl()));
        settings::Profile& profile = context.profile();
        const auto pick = [&](const schema::Duration& d) { return atMaximum ? d.max : d.min; };
        profile.setListTimeout(pick(schema::ListTimeout));
        profile.setRequestTimeout(pick(schema::RequestTimeout));
        profile.setRefreshInterval(pick(schema::RefreshInterval));
        profile.setActivityTimeout(pick(schema::ActivityTimeout));
        profile.setSilenceThreshold(pick(schema::SilenceThreshold));
        profile.sync();

        auto* dialog = new ui::SettingsDialog(context);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        QPointer<ui::SettingsDialog> guard(dialog);
        QPushButton* save = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
        QVERIFY(save && save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(guard.isNull());

        QCOMPARE(profile.listTimeout(), pick(schema::ListTimeout));
        QCOMPARE(profile.requestTimeout(), pick(schema::RequestTimeout));
        QCOMPARE(profile.refreshInterval(), pick(schema::RefreshInterval));
        QCOMPARE(profile.activityTimeout(), pick(schema::ActivityTimeout));
        QCOMPARE(profile.silenceThreshold(), pick(schema::SilenceThreshold));
    }

    void closingCancelsTheTest()
    {
        ui::AppContext context(guitest::options(m_dir, m_sim.baseUrl()));
        context.reload();
        QTRY_VERIFY(context.hasResolved());
        m_sim.setLatency(3000, QStringLiteral("/api/channels"));
        auto* dialog = new ui::SettingsDialog(context);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        retype(child<QLineEdit>(dialog, "gatewayUrlLineEdit"), m_sim.baseUrl().toString());
        QTest::mouseClick(child<QPushButton>(dialog, "testGatewayPushButton"), Qt::LeftButton);
        QTRY_VERIFY(!child<QLabel>(dialog, "gatewayTestResultLabel")->text().isEmpty());
        guitest::screenshot(dialog, QStringLiteral("settings-testing"));
        QPointer<ui::SettingsDialog> guard(dialog);
        dialog->reject();
        QTRY_VERIFY(guard.isNull());
        m_sim.setLatency(0);
    }

    // Gateways: add one next to the first, test it, save (both watched, each credential under its
    // own keychain entry, none in the settings file), then remove it (profile and entry gone).
    void addsTestsAndRemovesGateways()
    {
        auto options = guitest::options(m_dir, QUrl());
        const QString settingsFile = options.profile->raw().fileName();
        ui::AppContext context(std::move(options));
        ui::MainWindow window(context);
        window.resize(guitest::WindowSize);
        window.show();
        context.reload();
        QTRY_VERIFY(context.hasResolved());

        window.openSettings();
        QTRY_VERIFY(window.settingsDialog() && window.settingsDialog()->isVisible());
        ui::SettingsDialog* dialog = window.settingsDialog();
        auto* list = child<QListWidget>(dialog, "gatewayListWidget");
        auto* name = child<QLineEdit>(dialog, "gatewayNameLineEdit");
        auto* url = child<QLineEdit>(dialog, "gatewayUrlLineEdit");
        auto* secret = child<QLineEdit>(dialog, "secretLineEdit");
        auto* saveButton = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
        QCOMPARE(list->count(), 1); // a first run: one gateway to fill in
        QVERIFY(!name->isReadOnly());
        retype(url, m_sim.baseUrl().toString());
        retype(secret, guitest::Secret);

        QTest::mouseClick(child<QPushButton>(dialog, "addGatewayPushButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(url->text().isEmpty());
        QVERIFY(!saveButton->isEnabled()); // the new one has no address yet
        retype(name, QStringLiteral("Bad Name"));
        QVERIFY(!saveButton->isEnabled());
        QVERIFY2(child<QLabel>(dialog, "gatewayUrlMessageLabel")->text().contains(QStringLiteral("name")),
                 qPrintable(child<QLabel>(dialog, "gatewayUrlMessageLabel")->text()));
        retype(name, QStringLiteral("beta"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("beta"));
        retype(url, m_sim.baseUrl().toString());
        retype(secret, guitest::Secret);
        QVERIFY(saveButton->isEnabled());

        // Test the gateway shown, with what is typed.
        QTest::mouseClick(child<QPushButton>(dialog, "testGatewayPushButton"), Qt::LeftButton);
        auto* result = child<QLabel>(dialog, "gatewayTestResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "testGatewayPushButton")->isEnabled() &&
                                     result->text() != QString::fromUtf8("Testing…"),
                                 10000);
        QVERIFY2(result->text().contains(QStringLiteral("7 sessions")), qPrintable(result->text()));

        // Going back to the first keeps what was typed for each.
        list->setCurrentRow(0);
        QCOMPARE(name->text(), QStringLiteral("default"));
        QCOMPARE(url->text(), m_sim.baseUrl().toString());
        list->setCurrentRow(1);
        QCOMPARE(name->text(), QStringLiteral("beta"));
        guitest::screenshot(dialog, QStringLiteral("settings-gateways"));

        // Save closes the dialog; without a keychain (as here) the credential is kept for this run.
        const auto waitForSave = [&window] { QTRY_VERIFY(!window.settingsDialog()); };
        QTest::mouseClick(saveButton, Qt::LeftButton);
        waitForSave();
        QTRY_COMPARE(context.runtime().gateways().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(window.tables()->rowCount() == 14, 10000);
        QCOMPARE(context.profile().gatewayProfiles().all().size(), 2);
        QString stored;
        context.secrets().read(settings::SecretStore::gatewaySecretAccount(QStringLiteral("beta")),
                               [&stored](const QString& value, bool) { stored = value.isEmpty() ? "-" : value; });
        QTRY_VERIFY(!stored.isEmpty());
        QCOMPARE(stored, guitest::Secret);
        context.profile().sync();
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(guitest::Secret.toUtf8()));

        // Reopen: the saved names are fixed (their credential is stored under them). Remove beta.
        window.openSettings();
        QTRY_VERIFY(window.settingsDialog() && window.settingsDialog()->isVisible());
        dialog = window.settingsDialog();
        list = child<QListWidget>(dialog, "gatewayListWidget");
        QCOMPARE(list->count(), 2);
        dialog->selectGateway(QStringLiteral("beta"));
        QVERIFY(child<QLineEdit>(dialog, "gatewayNameLineEdit")->isReadOnly());
        QVERIFY(
            child<QLineEdit>(dialog, "secretLineEdit")->placeholderText().contains(QStringLiteral("this run only")));
        QTest::mouseClick(child<QPushButton>(dialog, "removeGatewayPushButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
        waitForSave();
        QTRY_COMPARE(context.runtime().gateways().size(), 1);
        QTRY_COMPARE(window.tables()->rowCount(), 7);
        QVERIFY(!context.profile().gatewayProfiles().find(QStringLiteral("beta")));
        stored.clear();
        bool answered = false;
        context.secrets().read(settings::SecretStore::gatewaySecretAccount(QStringLiteral("beta")),
                               [&](const QString& value, bool) {
                                   stored = value;
                                   answered = true;
                               });
        QTRY_VERIFY(answered);
        QCOMPARE(stored, QString()); // the keychain entry went with the profile
    }

    // Issue 14 #10: a refresh every 30 s (the demo's) shows as 30 s, not rounded up to "1 min", and
    // survives a Save; the arrows step in seconds below a minute.
    void refreshIntervalShowsSeconds()
    {
        ui::AppContext context(guitest::options(m_dir, m_sim.baseUrl()));
        context.profile().setRefreshInterval(std::chrono::seconds(30));
        auto* dialog = new ui::SettingsDialog(context);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        auto* refresh = child<ui::DurationSpinBox>(dialog, "refreshIntervalSpinBox");
        QVERIFY(refresh);
        QCOMPARE(refresh->text(), health::ZombiePolicy::formatDuration(std::chrono::seconds(30)));
        QCOMPARE(refresh->text(), QStringLiteral("30 s"));
        refresh->stepBy(1);
        QCOMPARE(refresh->duration(), std::chrono::seconds(35));
        refresh->stepBy(-1);
        // Typed as the app writes durations, or a bare number of minutes.
        QCOMPARE(ui::DurationSpinBox::parse(QStringLiteral("1 h 30 min"), 60), 5400);
        QCOMPARE(ui::DurationSpinBox::parse(QStringLiteral("45 s"), 60), 45);
        QCOMPARE(ui::DurationSpinBox::parse(QStringLiteral("5"), 60), 300);
        QCOMPARE(ui::DurationSpinBox::parse(QStringLiteral("5 x"), 60), -1);
        refresh->setValue(0);
        QCOMPARE(refresh->text(), refresh->specialValueText()); // off
        refresh->setValue(30);
        QPointer<ui::SettingsDialog> guard(dialog);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(context.profile().refreshInterval(), std::chrono::seconds(30));
    }

    // Issue 14 #10: Save closes the dialog even when the keychain refuses the secret, and the
    // warning is said once: in the window's banner, with the keychain's own words behind Details.
    void saveClosesAndTheKeychainWarningShowsOnce()
    {
        auto w = guitest::openWindow(guitest::options(m_dir, m_sim.baseUrl()));
        QTRY_VERIFY(w.context->hasResolved());
        w.window->openSettings();
        QTRY_VERIFY(w.window->settingsDialog() && w.window->settingsDialog()->isVisible());
        QPointer<ui::SettingsDialog> dialog = w.window->settingsDialog();
        child<QTabWidget>(dialog, "settingsTabWidget")->setCurrentIndex(1);
        // A server database (SQLite has no password), on a port where nothing listens.
        retype(child<QLineEdit>(dialog, "activityDsnLineEdit"), QStringLiteral("mysql://phs@127.0.0.1:1/pixelhub"));
        retype(child<QLineEdit>(dialog, "activityPasswordLineEdit"), QStringLiteral("typed-db-password"));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // closed at once, not left open with a Close button

        auto* banner = w.window->findChild<ui::ErrorBanner*>(QStringLiteral("keychainBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        const QString problem = w.context->secrets().keychainProblem();
        QVERIFY(!problem.isEmpty());
        QCOMPARE(banner->message(), problem);
        QCOMPARE(banner->details(), w.context->secrets().keychainProblemDetails());
        QVERIFY(!banner->details().isEmpty());
        QVERIFY2(!banner->message().contains(banner->details()), qPrintable(banner->message()));
        guitest::screenshot(w.window.get(), QStringLiteral("window-keychain-refused"));
        // Once: no other visible text in the window says it.
        int said = 0;
        for (QLabel* label : w.window->findChildren<QLabel*>())
            said += label->isVisible() && label->text().contains(problem) ? 1 : 0;
        QCOMPARE(said, 1);

        // The dialog, reopened, says it once too (below the tabs, for every password field).
        w.window->openSettings();
        QTRY_VERIFY(w.window->settingsDialog() && w.window->settingsDialog()->isVisible());
        dialog = w.window->settingsDialog();
        said = 0;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            said += label->text().contains(problem) ? 1 : 0;
        QCOMPARE(said, 1);
        // The password typed is held for this run only: the field says so, not "in the keychain".
        QTRY_VERIFY(w.context->hasResolved());
        dialog->close();
        w.window->openSettings();
        QTRY_VERIFY(w.window->settingsDialog());
        dialog = w.window->settingsDialog();
        const QString placeholder = child<QLineEdit>(dialog, "activityPasswordLineEdit")->placeholderText();
        QVERIFY2(placeholder.contains(QStringLiteral("this run only")), qPrintable(placeholder));
        dialog->close();
    }

    // Issue 14 #10: the password fields say "Kept in the keychain" only when a credential is
    // really kept there; with none, an honest placeholder.
    void passwordPlaceholderIsTruthful()
    {
        auto options = guitest::options(m_dir, m_sim.baseUrl()); // no database password at all
        ui::AppContext context(std::move(options));
        context.reload();
        QTRY_VERIFY(context.hasResolved());
        ui::SettingsDialog dialog(context);
        for (const char* name : {"activityPasswordLineEdit", "historyPasswordLineEdit"}) {
            const QString text = child<QLineEdit>(&dialog, name)->placeholderText();
            QVERIFY2(!text.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("None stored")), qPrintable(text));
        }
        // The gateway's credential is given for this run (tests, demo): it says so.
        const QString gateway = child<QLineEdit>(&dialog, "secretLineEdit")->placeholderText();
        QVERIFY2(gateway.contains(QStringLiteral("this run only")), qPrintable(gateway));
    }

    // Issue 14 #10: the demo's gateways are simulated and its settings go away with it; the note
    // must not claim a gateway "given on the command line" nor later runs.
    void demoNoteSaysWhatIsTrue()
    {
        auto options = guitest::options(m_dir, m_sim.baseUrl()); // the demo passes its simulator as a flag
        options.demo = true;
        ui::AppContext context(std::move(options));
        context.reload();
        QTRY_VERIFY(context.hasResolved());
        ui::SettingsDialog dialog(context);
        const QString note = child<QLabel>(&dialog, "gatewaySourceLabel")->text();
        QVERIFY2(note.contains(QStringLiteral("simulated")), qPrintable(note));
        QVERIFY2(note.contains(m_sim.baseUrl().toDisplayString()), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("until the demo closes")), qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("command line")), qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("later runs")), qPrintable(note));
    }

    // Issue 13: the team history database (history/dsn) and the retention in Settings, validated
    // by the one DSN parser, tested, and saved without any password in the settings file.
    void historyDatabaseFields()
    {
        auto options = guitest::options(m_dir, m_sim.baseUrl());
        const QString settingsFile = options.profile->raw().fileName();
        ui::AppContext context(std::move(options));
        context.reload();
        QTRY_VERIFY(context.hasResolved());
        auto* dialog = new ui::SettingsDialog(context);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->resize(640, 560);
        dialog->open();
        child<QTabWidget>(dialog, "settingsTabWidget")->setCurrentWidget(child<QWidget>(dialog, "historyTab"));
        auto* dsn = child<QLineEdit>(dialog, "historyDsnLineEdit");
        auto* message = child<QLabel>(dialog, "historyDsnMessageLabel");
        auto* retention = child<QSpinBox>(dialog, "historyRetentionSpinBox");
        auto* test = child<QPushButton>(dialog, "testHistoryPushButton");
        QPushButton* save = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
        QVERIFY(dsn && message && retention && test && save);
        QCOMPARE(retention->value(), 90); // the schema's default, in days
        QVERIFY(!test->isEnabled());

        retype(dsn, QStringLiteral("postgresql://phs:team-secret@db.example.com:5432/history"));
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().contains(QStringLiteral("team-secret")));
        QVERIFY(!save->isEnabled());
        QVERIFY(!test->isEnabled());
        guitest::screenshot(dialog, QStringLiteral("settings-history-invalid-dsn"));

        // A database the test can reach: an SQLite file (the same parser and schema).
        const QString file = m_dir.filePath(QStringLiteral("team-history.db"));
        retype(dsn, QStringLiteral("sqlite://") + file);
        QVERIFY(!message->isVisible());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        auto* result = child<QLabel>(dialog, "historyTestResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 10000);
        QVERIFY2(result->text().contains(QStringLiteral("answers")), qPrintable(result->text()));
        // Testing only reads: the tables (here, the file) are created once the setting is saved and used.
        QVERIFY2(result->text().contains(QStringLiteral("created when you save")), qPrintable(result->text()));
        QVERIFY(!QFile::exists(file));
        retention->setValue(30);
        QCOMPARE(retention->suffix(), QStringLiteral(" days"));
        retype(child<QLineEdit>(dialog, "historyPasswordLineEdit"), QStringLiteral("typed-history-password"));
        guitest::screenshot(dialog, QStringLiteral("settings-history-tested"));

        QPointer<ui::SettingsDialog> guard(dialog);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(context.profile().historyDsn(), QStringLiteral("sqlite://") + file);
        QCOMPARE(context.profile().historyRetention(), std::chrono::seconds(30 * 24 * 3600));
        context.profile().sync();
        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray saved = settings.readAll();
        QVERIFY(saved.contains("history"));
        QVERIFY(!saved.contains("typed-history-password"));
        QVERIFY(!saved.contains("team-secret"));
        // Applied without a restart: the runtime's history uses the team database now.
        QTRY_COMPARE(context.runtime().config().history.teamDsn, QStringLiteral("sqlite://") + file);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
