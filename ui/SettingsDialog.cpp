#include "SettingsDialog.h"
#include "DetailsDisclosure.h"

#include "ActivityProbe.h"
#include "AppContext.h"
#include "HistoryProbe.h"
#include "Palette.h"
#include "activity/ActivityBackend.h"
#include "activity/Dsn.h"
#include "gateway/GatewayClient.h"
#include "runtime/GatewayProbe.h"
#include "runtime/Runtime.h"
#include "runtime/SessionsRuntime.h"
#include "settings/GatewayUrlCheck.h"
#include "settings/SettingsSchema.h"
#include "settings/Translations.h"
#include "ui_SettingsDialog.h"

#include <QFileDialog>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalBlocker>

namespace ui {

using settings::GatewayUrlCheck;

namespace {
QString noteColor(palette::Note note)
{
    return palette::noteText(note).name();
}

std::chrono::seconds seconds(int value)
{
    return std::chrono::seconds(value);
}

// A spin box shows a duration in whole `Unit`s; its range is the schema's, in that unit.
template <typename Unit> void setRange(QSpinBox* box, const settings::schema::Duration& d)
{
    box->setRange(int(d.minIn<Unit>()), int(d.maxIn<Unit>()));
}
} // namespace

SettingsDialog::SettingsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    namespace schema = settings::schema;
    setRange<std::chrono::seconds>(m_ui->listTimeoutSpinBox, schema::ListTimeout);
    setRange<std::chrono::seconds>(m_ui->requestTimeoutSpinBox, schema::RequestTimeout);
    setRange<std::chrono::seconds>(m_ui->refreshIntervalSpinBox, schema::RefreshInterval);
    setRange<std::chrono::seconds>(m_ui->activityTimeoutSpinBox, schema::ActivityTimeout);
    setRange<std::chrono::hours>(m_ui->silenceThresholdSpinBox, schema::SilenceThreshold);
    setRange<std::chrono::days>(m_ui->historyRetentionSpinBox, schema::HistoryRetention);
    m_gatewayProbe = new runtime::GatewayProbe(context.network(), this);
    m_activityProbe = new ActivityProbe(this);
    m_historyProbe = new HistoryProbe(this);
    QString activityIntro =
        tr("Optional. The last activity of each session is read from the webhook_raw_logs table; without it "
           "sessions still list, but possibly disconnected ones cannot be spotted.");
    if (!activity::ActivityBackend::driverAvailable(activity::DbKind::MySql) ||
        !activity::ActivityBackend::driverAvailable(activity::DbKind::Postgres))
        activityIntro += QLatin1Char(' ') + tr("This installation can read only SQLite activity databases: it has no "
                                               "MySQL/MariaDB or PostgreSQL driver (the case on Windows).");
    m_ui->activityIntroLabel->setText(activityIntro);
    m_ui->activityDsnLineEdit->setToolTip(tr("mysql://user@host:3306/db, postgresql://user@host:5432/db or "
                                             "sqlite:///absolute/path.db. The password has its own field."));
    m_ui->historyDsnLineEdit->setToolTip(tr("mysql://user@host:3306/db or postgresql://user@host:5432/db, the same "
                                            "for every desk. The password has its own field; leave the address "
                                            "empty to keep the history on this computer only."));
    connect(m_ui->historyRetentionSpinBox, &QSpinBox::valueChanged, this,
            [this](int days) { m_ui->historyRetentionSpinBox->setSuffix(days == 1 ? tr(" day") : tr(" days")); });

    for (const QString& dialect : settings::knownDialects())
        m_ui->dialectComboBox->addItem(settings::dialectDisplayName(dialect), dialect);
    connect(m_ui->gatewayListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        storeGateway();
        showGateway(row);
        validate();
    });
    connect(m_ui->addGatewayPushButton, &QPushButton::clicked, this, &SettingsDialog::addGateway);
    connect(m_ui->removeGatewayPushButton, &QPushButton::clicked, this, &SettingsDialog::removeGateway);
    connect(m_ui->gatewayNameLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->secretEnvLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->dialectComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    connect(m_ui->gatewayUrlLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->activityDsnLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->historyDsnLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->caFileBrowsePushButton, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    connect(m_ui->testGatewayPushButton, &QPushButton::clicked, this, &SettingsDialog::testGateway);
    connect(m_ui->testActivityPushButton, &QPushButton::clicked, this, &SettingsDialog::testActivity);
    connect(m_ui->testHistoryPushButton, &QPushButton::clicked, this, &SettingsDialog::testHistory);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&context.secrets(), &settings::SecretStore::keychainProblemChanged, this,
            &SettingsDialog::showKeychainProblem);
    // What the gateway said in its own words goes under the result, on request (issue 14 #2).
    m_gatewayTestDetails = new DetailsDisclosure(this);
    m_gatewayTestDetails->setObjectName(QStringLiteral("gatewayTestDetails"));
    m_ui->gatewayGridLayout->addWidget(m_gatewayTestDetails, 15, 1);
    connect(m_gatewayProbe, &runtime::GatewayProbe::finished, this,
            [this](bool ok, const QString& message, const QString& details) {
                m_ui->testGatewayPushButton->setEnabled(true);
                setNote(m_ui->gatewayTestResultLabel, message,
                        ok ? noteColor(palette::Note::Ok) : noteColor(palette::Note::Error));
                m_gatewayTestDetails->setDetails(details);
            });
    connect(m_activityProbe, &ActivityProbe::finished, this, [this](bool ok, const QString& message) {
        m_ui->testActivityPushButton->setEnabled(true);
        setNote(m_ui->activityTestResultLabel, message,
                ok ? noteColor(palette::Note::Ok) : noteColor(palette::Note::Error));
    });
    connect(m_historyProbe, &HistoryProbe::finished, this, [this](bool ok, const QString& message) {
        setNote(m_ui->historyTestResultLabel, message,
                ok ? noteColor(palette::Note::Ok) : noteColor(palette::Note::Error));
        validate();
    });
    load();
    validate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setNote(QLabel* label, const QString& text, const QString& color)
{
    label->setText(text);
    label->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(color));
    label->setVisible(!text.isEmpty());
}

void SettingsDialog::load()
{
    const settings::Profile& profile = m_context.profile();
    loadGateways();
    m_ui->caFileLineEdit->setText(profile.caFile());
    m_ui->listTimeoutSpinBox->setValue(int(profile.listTimeout().count()));
    m_ui->requestTimeoutSpinBox->setValue(int(profile.requestTimeout().count()));
    m_ui->refreshIntervalSpinBox->setDuration(profile.refreshInterval());
    m_initialRefreshSeconds = m_ui->refreshIntervalSpinBox->value(); // after the spin box's clamping
    m_ui->activityDsnLineEdit->setText(profile.activityDsn());
    m_ui->activityTimeoutSpinBox->setValue(int(profile.activityTimeout().count()));
    // Shown in whole hours; saved back only when changed, so a threshold that is not a whole number
    // of hours (or set elsewhere) survives a Save.
    m_ui->silenceThresholdSpinBox->setValue(
        int(std::chrono::round<std::chrono::hours>(profile.silenceThreshold()).count()));
    m_initialSilenceHours = m_ui->silenceThresholdSpinBox->value(); // after the spin box's clamping
    m_ui->noActivityZombieCheckBox->setChecked(profile.noActivityIsZombie());
    m_ui->languageComboBox->clear();
    m_ui->languageComboBox->addItem(tr("System default"), QString());
    for (const QString& code : settings::availableLanguages())
        m_ui->languageComboBox->addItem(settings::languageNativeName(code), code);
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(profile.language())));
    m_ui->closeToTrayCheckBox->setChecked(profile.closeToTray());

    const runtime::RuntimeConfig& running = m_context.runtime().config();
    const QString noPassword = tr("None stored — type it if the database needs one");
    m_ui->activityPasswordLineEdit->setPlaceholderText(
        secretPlaceholder(settings::SecretStore::keyName(settings::SecretStore::Key::ActivityPassword),
                          running.activityPasswordSource, !running.activityPassword.isEmpty(), noPassword));

    m_ui->historyDsnLineEdit->setText(profile.historyDsn());
    m_ui->historyPasswordLineEdit->setPlaceholderText(
        secretPlaceholder(settings::SecretStore::keyName(settings::SecretStore::Key::HistoryPassword),
                          running.historyPasswordSource, !running.history.teamPassword.isEmpty(), noPassword));
    // Whole days; saved back only when changed, like the silence threshold.
    m_ui->historyRetentionSpinBox->setValue(
        int(std::chrono::round<std::chrono::days>(profile.historyRetention()).count()));
    m_initialRetentionDays = m_ui->historyRetentionSpinBox->value();

    const runtime::Source source = m_context.gatewaySource();
    QString sourceNote;
    if (m_context.isDemo())
        // The demo's gateways are wa-gateway-sim (started by the app, or given with --demo --gateway)
        // and its settings live in a temporary profile that goes away with it.
        sourceNote = tr("This is the demo: its gateways are simulated (%1). What you change here lasts until the "
                        "demo closes; your own settings are not touched.")
                         .arg(m_context.client().config().baseUrl.toDisplayString());
    else if (source == runtime::Source::Flag)
        sourceNote = tr("This run uses the gateway given on the command line (%1). What you save here applies to "
                        "later runs without --gateway.")
                         .arg(m_context.client().config().baseUrl.toDisplayString());
    else if (source == runtime::Source::Environment)
        sourceNote = tr("This run uses PIXELHUB_GATEWAY_URL (%1). What you save here applies when it is not set.")
                         .arg(m_context.client().config().baseUrl.toDisplayString());
    setNote(m_ui->gatewaySourceLabel, sourceNote);
    setNote(m_ui->gatewayTestResultLabel, {});
    m_gatewayTestDetails->setDetails({});
    setNote(m_ui->activityTestResultLabel, {});
    setNote(m_ui->historyTestResultLabel, {});
    showKeychainProblem();
}

void SettingsDialog::showKeychainProblem()
{
    // Once for the whole dialog (it concerns every password field), below the tabs; the keychain
    // service's own words only in the tooltip.
    setNote(m_ui->keychainNoteLabel, m_context.secrets().keychainProblem(), noteColor(palette::Note::Warning));
    m_ui->keychainNoteLabel->setToolTip(m_context.secrets().keychainProblemDetails());
}

QString SettingsDialog::secretPlaceholder(const QString& account, runtime::Source source, bool hasValue,
                                          const QString& none) const
{
    if (!hasValue)
        return none;
    switch (source) {
    case runtime::Source::Keychain:
        // SecretStore answers from memory what it could not store (or was given for this run).
        return m_context.secrets().isHeldForThisRunOnly(account) ? tr("Kept for this run only — type to replace it")
                                                                 : tr("Kept in the keychain — type to replace it");
    case runtime::Source::Environment:
        return tr("Set by an environment variable for this run");
    case runtime::Source::Given:
        return tr("Kept for this run only — type to replace it");
    default:
        return none;
    }
}

void SettingsDialog::validate()
{
    if (m_showing)
        return;
    storeGateway();
    const GatewayUrlCheck url = GatewayUrlCheck::check(m_ui->gatewayUrlLineEdit->text());
    QString gatewayNote = url.message;
    bool gatewayError = url.verdict == GatewayUrlCheck::Verdict::Invalid;
    // Every gateway must be valid to save; the one shown says why it is not, the others are named.
    bool gatewaysOk = true;
    for (int i = 0; i < m_drafts.size(); ++i) {
        const QString problem = draftProblem(m_drafts.at(i));
        if (problem.isEmpty())
            continue;
        gatewaysOk = false;
        if (i == m_current) {
            if (url.message.isEmpty() || url.isAcceptable()) {
                gatewayNote = problem;
                gatewayError = true;
            }
        } else if (gatewayNote.isEmpty()) {
            gatewayNote =
                tr("The gateway %1 needs attention before saving: %2").arg(m_drafts.at(i).profile.name, problem);
            gatewayError = true;
        }
    }
    setNote(m_ui->gatewayUrlMessageLabel, gatewayNote,
            gatewayError ? noteColor(palette::Note::Error) : noteColor(palette::Note::Warning));

    const QString dsnText = m_ui->activityDsnLineEdit->text().trimmed();
    QString dsnError;
    const bool dsnOk = dsnText.isEmpty() || activity::Dsn::parse(dsnText, &dsnError).has_value();
    setNote(m_ui->activityDsnMessageLabel, dsnOk ? QString() : dsnError, noteColor(palette::Note::Error));
    m_ui->testActivityPushButton->setEnabled(dsnOk && !dsnText.isEmpty() && !m_activityProbe->isRunning());

    const QString historyText = m_ui->historyDsnLineEdit->text().trimmed();
    QString historyError;
    const bool historyOk = historyText.isEmpty() || activity::Dsn::parse(historyText, &historyError).has_value();
    QString historyNote = historyError;
    if (historyOk && m_context.runtime().config().historyDsnSource == runtime::Source::Environment)
        historyNote = tr("PIXELHUB_HISTORY_DSN is set for this run, so it is used instead of the address saved here.");
    setNote(m_ui->historyDsnMessageLabel, historyNote,
            historyOk ? noteColor(palette::Note::Warning) : noteColor(palette::Note::Error));
    m_ui->testHistoryPushButton->setEnabled(historyOk && !historyText.isEmpty() && !m_historyProbe->isRunning());
    m_ui->testGatewayPushButton->setEnabled(
        url.isAcceptable() && url.verdict != settings::GatewayUrlCheck::Verdict::Empty && !m_gatewayProbe->isRunning());
    if (QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save))
        saveButton->setEnabled(gatewaysOk && dsnOk && historyOk);
}

void SettingsDialog::chooseCaFile()
{
    // Non-blocking like the dialog itself.
    auto* chooser = new QFileDialog(this, tr("Extra CA certificates"), m_ui->caFileLineEdit->text(),
                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString& path) { m_ui->caFileLineEdit->setText(path); });
    chooser->open();
}

void SettingsDialog::testGateway()
{
    const settings::GatewayUrlCheck url = settings::GatewayUrlCheck::check(m_ui->gatewayUrlLineEdit->text());
    if (url.url.isEmpty())
        return;
    // The gateway's own running configuration when it has one (its stored credential), else the first's.
    const QString name = m_ui->gatewayNameLineEdit->text().trimmed();
    runtime::SessionsRuntime* running = m_context.runtime().gateway(name);
    gateway::GatewayConfig config = running ? running->client().config() : m_context.client().config();
    if (!running)
        config.secret.clear();
    config.baseUrl = url.url;
    const QString typed = m_ui->secretLineEdit->text();
    const QString env = m_ui->secretEnvLineEdit->text().trimmed();
    if (!typed.isEmpty())
        config.secret = typed;
    else if (!env.isEmpty())
        config.secret = QProcessEnvironment::systemEnvironment().value(env);
    config.listTimeout = seconds(m_ui->listTimeoutSpinBox->value());
    config.requestTimeout = seconds(m_ui->requestTimeoutSpinBox->value());
    config.caFile = m_ui->caFileLineEdit->text().trimmed();
    m_ui->testGatewayPushButton->setEnabled(false);
    setNote(m_ui->gatewayTestResultLabel, tr("Testing…"));
    m_gatewayTestDetails->setDetails({});
    m_gatewayProbe->start(config);
}

void SettingsDialog::testActivity()
{
    QString error;
    const auto dsn = activity::Dsn::parse(m_ui->activityDsnLineEdit->text().trimmed(), &error);
    if (!dsn)
        return;
    m_ui->testActivityPushButton->setEnabled(false);
    setNote(m_ui->activityTestResultLabel, tr("Testing…"));
    withPassword(m_ui->activityPasswordLineEdit, settings::SecretStore::Key::ActivityPassword,
                 m_context.runtime().config().activityPassword, [this, dsn](const QString& password) {
                     activity::ActivityConfig config;
                     config.dsn = dsn;
                     config.password = password;
                     config.timeoutMs = m_ui->activityTimeoutSpinBox->value() * 1000;
                     m_activityProbe->start(config);
                 });
}

void SettingsDialog::withPassword(QLineEdit* field, settings::SecretStore::Key key, const QString& running,
                                  const std::function<void(const QString&)>& run)
{
    if (!field->text().isEmpty()) {
        run(field->text());
        return;
    }
    // Nothing typed: the one this run uses (environment, keychain), else the saved one from the
    // keychain (asynchronous).
    if (!running.isEmpty()) {
        run(running);
        return;
    }
    m_context.secrets().read(key, [self = QPointer<SettingsDialog>(this), run](const QString& value, bool) {
        if (self)
            run(value);
    });
}

void SettingsDialog::testHistory()
{
    QString error;
    const auto dsn = activity::Dsn::parse(m_ui->historyDsnLineEdit->text().trimmed(), &error);
    if (!dsn)
        return;
    m_ui->testHistoryPushButton->setEnabled(false);
    setNote(m_ui->historyTestResultLabel, tr("Testing…"));
    const int timeoutMs = m_ui->activityTimeoutSpinBox->value() * 1000;
    withPassword(m_ui->historyPasswordLineEdit, settings::SecretStore::Key::HistoryPassword,
                 m_context.runtime().config().history.teamPassword,
                 [this, dsn, timeoutMs](const QString& password) { m_historyProbe->start(*dsn, password, timeoutMs); });
}

void SettingsDialog::save()
{
    storeGateway();
    QString dsnError;
    const QString dsnText = m_ui->activityDsnLineEdit->text().trimmed();
    const QString historyText = m_ui->historyDsnLineEdit->text().trimmed();
    const bool gatewaysOk =
        std::all_of(m_drafts.begin(), m_drafts.end(), [this](const Draft& d) { return draftProblem(d).isEmpty(); });
    // A DSN never carries a password (Dsn::parse refuses one), so none reaches the settings file.
    if (!gatewaysOk || (!dsnText.isEmpty() && !activity::Dsn::parse(dsnText, &dsnError)) ||
        (!historyText.isEmpty() && !activity::Dsn::parse(historyText, &dsnError)))
        return; // the Save button is disabled in that state; a stray Enter changes nothing

    settings::Profile& profile = m_context.profile();
    QList<std::pair<QString, QString>> writes; // keychain account, value
    saveGateways(writes);
    profile.setCaFile(m_ui->caFileLineEdit->text().trimmed());
    profile.setListTimeout(seconds(m_ui->listTimeoutSpinBox->value()));
    profile.setRequestTimeout(seconds(m_ui->requestTimeoutSpinBox->value()));
    if (m_ui->refreshIntervalSpinBox->value() != m_initialRefreshSeconds)
        profile.setRefreshInterval(m_ui->refreshIntervalSpinBox->duration());
    profile.setActivityDsn(dsnText);
    profile.setActivityTimeout(seconds(m_ui->activityTimeoutSpinBox->value()));
    if (m_ui->silenceThresholdSpinBox->value() != m_initialSilenceHours)
        profile.setSilenceThreshold(std::chrono::hours(m_ui->silenceThresholdSpinBox->value()));
    profile.setNoActivityIsZombie(m_ui->noActivityZombieCheckBox->isChecked());
    profile.setHistoryDsn(historyText);
    if (m_ui->historyRetentionSpinBox->value() != m_initialRetentionDays)
        profile.setHistoryRetention(std::chrono::days(m_ui->historyRetentionSpinBox->value()));
    const QString language = m_ui->languageComboBox->currentData().toString();
    const bool languageChanged = language != profile.language();
    profile.setLanguage(language);
    profile.setCloseToTray(m_ui->closeToTrayCheckBox->isChecked());
    profile.sync();

    // Secrets go to the keychain only. SecretStore keeps them in memory at once, so reload()
    // below already sees them while the keychain write is still running. The dialog closes now:
    // if the keychain refuses one, the window's KeychainBanner says so, once.
    for (const auto& [field, key] :
         {std::pair{m_ui->activityPasswordLineEdit, settings::SecretStore::Key::ActivityPassword},
          std::pair{m_ui->historyPasswordLineEdit, settings::SecretStore::Key::HistoryPassword}})
        if (!field->text().isEmpty())
            writes.append({settings::SecretStore::keyName(key), field->text()});
    for (const auto& [account, value] : std::as_const(writes))
        m_context.secrets().write(account, value);
    m_context.reload();
    emit saved();
    accept();
    // Live: every window hears QEvent::LanguageChange and words itself again (MainWindow::retranslate).
    if (languageChanged)
        settings::installTranslations(*QCoreApplication::instance(), language);
}

// --- gateways --------------------------------------------------------------------------------------

void SettingsDialog::loadGateways()
{
    m_drafts.clear();
    m_removedGateways.clear();
    for (const settings::GatewayProfile& p : m_context.profile().gatewayProfiles().all())
        m_drafts.append({p, {}, true});
    if (m_drafts.isEmpty()) // a first run: the form asks for one gateway, as it always did
        m_drafts.append(
            {{settings::GatewayProfile::defaultName(), settings::GatewayProfile::defaultDialect(), {}, {}}, {}, false});
    m_current = -1;
    const QSignalBlocker blocker(m_ui->gatewayListWidget);
    m_ui->gatewayListWidget->clear();
    for (const Draft& d : std::as_const(m_drafts))
        m_ui->gatewayListWidget->addItem(d.profile.name);
    m_ui->gatewayListWidget->setCurrentRow(0);
    showGateway(0);
}

QStringList SettingsDialog::gatewayNames() const
{
    QStringList names;
    for (const Draft& d : m_drafts)
        names << d.profile.name;
    return names;
}

void SettingsDialog::selectGateway(const QString& name)
{
    const int row = int(gatewayNames().indexOf(name));
    if (row >= 0)
        m_ui->gatewayListWidget->setCurrentRow(row);
}

void SettingsDialog::showGateway(int index)
{
    m_current = index;
    const bool valid = index >= 0 && index < m_drafts.size();
    const Draft draft = valid ? m_drafts.at(index) : Draft{};
    m_showing = true;
    m_ui->gatewayNameLineEdit->setText(draft.profile.name);
    // A saved gateway keeps its name: its credential is stored under it.
    m_ui->gatewayNameLineEdit->setReadOnly(draft.saved);
    m_ui->dialectComboBox->setCurrentIndex(std::max(0, m_ui->dialectComboBox->findData(draft.profile.dialect)));
    m_ui->gatewayUrlLineEdit->setText(draft.profile.url.toString());
    m_ui->secretLineEdit->setText(draft.typedSecret);
    m_ui->secretEnvLineEdit->setText(draft.profile.secretEnv);
    m_showing = false;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->gatewayNameLineEdit, m_ui->dialectComboBox, m_ui->gatewayUrlLineEdit,
                                         m_ui->secretLineEdit, m_ui->secretEnvLineEdit})
        w->setEnabled(valid);
    m_ui->removeGatewayPushButton->setEnabled(valid && (m_drafts.size() > 1 || draft.saved));
    // Secrets are never read back into the form: typing replaces, leaving empty keeps.
    const runtime::GatewaySetup* running = m_context.runtime().config().find(draft.profile.name);
    m_ui->secretLineEdit->setPlaceholderText(
        running ? secretPlaceholder(running->secretAccount.isEmpty()
                                        ? settings::SecretStore::gatewaySecretAccount(draft.profile.name)
                                        : running->secretAccount,
                                    running->secretSource, !running->config.secret.isEmpty(),
                                    tr("The credential the gateway expects"))
                : tr("The credential the gateway expects"));
    setNote(m_ui->gatewayTestResultLabel, {});
    m_gatewayTestDetails->setDetails({});
}

void SettingsDialog::storeGateway()
{
    if (m_showing || m_current < 0 || m_current >= m_drafts.size())
        return;
    Draft& d = m_drafts[m_current];
    if (!d.saved)
        d.profile.name = m_ui->gatewayNameLineEdit->text().trimmed();
    d.profile.dialect = m_ui->dialectComboBox->currentData().toString();
    const GatewayUrlCheck url = GatewayUrlCheck::check(m_ui->gatewayUrlLineEdit->text());
    d.profile.url = url.isAcceptable() ? url.url : QUrl(m_ui->gatewayUrlLineEdit->text().trimmed());
    d.typedSecret = m_ui->secretLineEdit->text();
    d.profile.secretEnv = m_ui->secretEnvLineEdit->text().trimmed();
    m_ui->secretLineEdit->setEnabled(d.profile.secretEnv.isEmpty());
    if (QListWidgetItem* item = m_ui->gatewayListWidget->item(m_current); item && item->text() != d.profile.name)
        item->setText(d.profile.name);
}

QString SettingsDialog::draftProblem(const Draft& draft) const
{
    const settings::GatewayProfile& p = draft.profile;
    if (!settings::GatewayProfile::isValidName(p.name))
        return tr("Give the gateway a short name: lower-case letters, digits, \"-\" and \"_\", up to 32.");
    if (gatewayNames().count(p.name) > 1)
        return tr("Two gateways are named %1: give each its own name.").arg(p.name);
    // The first-run form left blank saves no gateway, as before.
    if (!draft.saved && p.url.isEmpty() && m_drafts.size() == 1)
        return {};
    if (draft.saved && p.url.isEmpty() && p.name == settings::GatewayProfile::defaultName() && m_drafts.size() == 1)
        return {}; // emptied: removed on Save, as the single address always was
    return settings::GatewayProfiles::problem(p);
}

void SettingsDialog::addGateway()
{
    storeGateway();
    QString name = QStringLiteral("gateway");
    for (int n = 2; gatewayNames().contains(name); ++n)
        name = QStringLiteral("gateway-%1").arg(n);
    m_drafts.append({{name, settings::GatewayProfile::defaultDialect(), {}, {}}, {}, false});
    m_ui->gatewayListWidget->addItem(name);
    m_ui->gatewayListWidget->setCurrentRow(int(m_drafts.size()) - 1);
    m_ui->gatewayNameLineEdit->setFocus(Qt::OtherFocusReason);
    m_ui->gatewayNameLineEdit->selectAll();
}

void SettingsDialog::removeGateway()
{
    if (m_current < 0 || m_current >= m_drafts.size())
        return;
    const Draft gone = m_drafts.takeAt(m_current);
    if (gone.saved)
        m_removedGateways << gone.profile.name;
    const int row = m_current;
    m_current = -1; // nothing to store from the form now
    delete m_ui->gatewayListWidget->takeItem(row);
    if (m_drafts.isEmpty()) {
        m_drafts.append(
            {{settings::GatewayProfile::defaultName(), settings::GatewayProfile::defaultDialect(), {}, {}}, {}, false});
        m_ui->gatewayListWidget->addItem(m_drafts.first().profile.name);
    }
    m_ui->gatewayListWidget->setCurrentRow(std::min(row, int(m_drafts.size()) - 1));
    showGateway(m_ui->gatewayListWidget->currentRow());
    validate();
}

void SettingsDialog::saveGateways(QList<std::pair<QString, QString>>& secretWrites)
{
    settings::GatewayProfiles profiles = m_context.profile().gatewayProfiles();
    for (const QString& name : std::as_const(m_removedGateways)) {
        if (gatewayNames().contains(name))
            continue; // removed, then added again under the same name
        profiles.remove(name);
        m_context.secrets().remove(settings::SecretStore::gatewaySecretAccount(name));
    }
    for (Draft& d : m_drafts) {
        if (d.profile.url.isEmpty()) {
            if (d.saved)
                profiles.remove(d.profile.name);
            continue;
        }
        profiles.save(d.profile);
        d.saved = true;
        if (!d.typedSecret.isEmpty() && d.profile.secretEnv.isEmpty())
            secretWrites.append({settings::SecretStore::gatewaySecretAccount(d.profile.name), d.typedSecret});
    }
    m_removedGateways.clear();
}

void SettingsDialog::done(int result)
{
    m_gatewayProbe->cancel();
    QDialog::done(result);
}

} // namespace ui
