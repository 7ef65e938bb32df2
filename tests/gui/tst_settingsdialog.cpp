// SettingsDialog: opens non-blocking from the window, validates the URL and DSN as typed (http
// warning, other schemes refused), tests the gateway connection, and applies a save without restart.
#include "GatewaySimulator.h"
#include "GatewayTables.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SessionTableModel.h"
#include "SettingsDialog.h"
#include "SilenceThresholdAction.h"
#include "gateway/GatewayClient.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "settings/GatewayUrlCheck.h"
#include "settings/SettingsSchema.h"

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
            {"refreshIntervalSpinBox", &schema::RefreshInterval, 60},
            {"activityTimeoutSpinBox", &schema::ActivityTimeout, 1},
            {"silenceThresholdSpinBox", &schema::SilenceThreshold, 3600}};
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
        QVERIFY(m_dir.isValid());
        m_sim.setSecret(guitest::Secret);
        QVERIFY(m_sim.loadScenarioFile(QStringLiteral(":/sim/basic.json")));
        QVERIFY(m_sim.listen() != 0);
    }

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
        QPointer<QInputDialog> perSession = action.open(QStringLiteral("vendas"));
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
        QVERIFY(child<QLabel>(dialog, "gatewayUrlMessageLabel")->text().contains(QStringLiteral("name")));
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

        // Without a keychain (this machine may have none) the credential is kept for this run and
        // the dialog stays open to say so; with one it closes.
        const auto waitForSave = [&window] {
            QTRY_VERIFY_WITH_TIMEOUT(!window.settingsDialog() ||
                                         window.settingsDialog()
                                             ->findChild<QLabel*>(QStringLiteral("saveResultLabel"))
                                             ->text()
                                             .contains(QStringLiteral("keychain")),
                                     10000);
            if (window.settingsDialog())
                window.settingsDialog()->close();
            QTRY_VERIFY(!window.settingsDialog());
        };
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
        QVERIFY(child<QLineEdit>(dialog, "secretLineEdit")->placeholderText().contains(QStringLiteral("Saved")));
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
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
