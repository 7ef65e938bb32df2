#include "SettingsDialog.h"

#include "ActivityProbe.h"
#include "AppContext.h"
#include "GatewayProbe.h"
#include "Palette.h"
#include "activity/ActivityBackend.h"
#include "activity/Dsn.h"
#include "gateway/GatewayClient.h"
#include "settings/GatewayUrlCheck.h"
#include "settings/SettingsSchema.h"
#include "settings/Translations.h"
#include "ui_SettingsDialog.h"

#include <QFileDialog>
#include <QPushButton>

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
    setRange<std::chrono::minutes>(m_ui->refreshIntervalSpinBox, schema::RefreshInterval);
    setRange<std::chrono::seconds>(m_ui->activityTimeoutSpinBox, schema::ActivityTimeout);
    setRange<std::chrono::hours>(m_ui->silenceThresholdSpinBox, schema::SilenceThreshold);
    m_gatewayProbe = new GatewayProbe(context.network(), this);
    m_activityProbe = new ActivityProbe(this);
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

    connect(m_ui->gatewayUrlLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->activityDsnLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->caFileBrowsePushButton, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    connect(m_ui->testGatewayPushButton, &QPushButton::clicked, this, &SettingsDialog::testGateway);
    connect(m_ui->testActivityPushButton, &QPushButton::clicked, this, &SettingsDialog::testActivity);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&context.secrets(), &settings::SecretStore::keychainProblemChanged, this,
            &SettingsDialog::showKeychainProblem);
    connect(m_gatewayProbe, &GatewayProbe::finished, this, [this](bool ok, const QString& message) {
        m_ui->testGatewayPushButton->setEnabled(true);
        setNote(m_ui->gatewayTestResultLabel, message,
                ok ? noteColor(palette::Note::Ok) : noteColor(palette::Note::Error));
    });
    connect(m_activityProbe, &ActivityProbe::finished, this, [this](bool ok, const QString& message) {
        m_ui->testActivityPushButton->setEnabled(true);
        setNote(m_ui->activityTestResultLabel, message,
                ok ? noteColor(palette::Note::Ok) : noteColor(palette::Note::Error));
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
    m_ui->gatewayUrlLineEdit->setText(profile.gatewayUrl().toString());
    m_ui->caFileLineEdit->setText(profile.caFile());
    m_ui->listTimeoutSpinBox->setValue(int(profile.listTimeout().count()));
    m_ui->requestTimeoutSpinBox->setValue(int(profile.requestTimeout().count()));
    m_initialRefreshMinutes = int((profile.refreshInterval().count() + 59) / 60);
    m_ui->refreshIntervalSpinBox->setValue(m_initialRefreshMinutes);
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

    // Secrets are never read back into the form: typing replaces, leaving empty keeps.
    const bool hasSecret = !m_context.client().config().secret.isEmpty();
    m_ui->secretLineEdit->setPlaceholderText(hasSecret ? tr("Saved — type to replace it")
                                                       : tr("The X-Gateway-Secret of the gateway"));
    m_ui->activityPasswordLineEdit->setPlaceholderText(tr("Kept in the keychain — type to replace it"));

    const runtime::Source source = m_context.gatewaySource();
    QString sourceNote;
    if (m_context.isDemo())
        sourceNote = tr("This is the demo: it runs against a simulated gateway. What you save here applies to later "
                        "runs without --demo.");
    else if (source == runtime::Source::Flag)
        sourceNote = tr("This run uses the gateway given on the command line (%1). What you save here applies to "
                        "later runs without --gateway.")
                         .arg(m_context.client().config().baseUrl.toDisplayString());
    else if (source == runtime::Source::Environment)
        sourceNote = tr("This run uses PIXELHUB_GATEWAY_URL (%1). What you save here applies when it is not set.")
                         .arg(m_context.client().config().baseUrl.toDisplayString());
    setNote(m_ui->gatewaySourceLabel, sourceNote);
    setNote(m_ui->gatewayTestResultLabel, {});
    setNote(m_ui->activityTestResultLabel, {});
    setNote(m_ui->activityPasswordNoteLabel, {});
    setNote(m_ui->saveResultLabel, {});
    showKeychainProblem();
}

void SettingsDialog::showKeychainProblem()
{
    const QString problem = m_context.secrets().keychainProblem();
    setNote(m_ui->secretNoteLabel, problem, noteColor(palette::Note::Warning));
    setNote(m_ui->activityPasswordNoteLabel, problem, noteColor(palette::Note::Warning));
}

void SettingsDialog::validate()
{
    const GatewayUrlCheck url = GatewayUrlCheck::check(m_ui->gatewayUrlLineEdit->text());
    const QString color = url.verdict == GatewayUrlCheck::Verdict::Invalid ? noteColor(palette::Note::Error)
                                                                           : noteColor(palette::Note::Warning);
    setNote(m_ui->gatewayUrlMessageLabel, url.message, color);

    const QString dsnText = m_ui->activityDsnLineEdit->text().trimmed();
    QString dsnError;
    const bool dsnOk = dsnText.isEmpty() || activity::Dsn::parse(dsnText, &dsnError).has_value();
    setNote(m_ui->activityDsnMessageLabel, dsnOk ? QString() : dsnError, noteColor(palette::Note::Error));
    m_ui->testActivityPushButton->setEnabled(dsnOk && !dsnText.isEmpty() && !m_activityProbe->isRunning());
    m_ui->testGatewayPushButton->setEnabled(
        url.isAcceptable() && url.verdict != settings::GatewayUrlCheck::Verdict::Empty && !m_gatewayProbe->isRunning());
    if (QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save))
        saveButton->setEnabled(url.isAcceptable() && dsnOk && m_pendingWrites == 0);
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
    gateway::GatewayConfig config = m_context.client().config();
    config.baseUrl = url.url;
    const QString typed = m_ui->secretLineEdit->text();
    if (!typed.isEmpty())
        config.secret = typed;
    config.listTimeout = seconds(m_ui->listTimeoutSpinBox->value());
    config.requestTimeout = seconds(m_ui->requestTimeoutSpinBox->value());
    config.caFile = m_ui->caFileLineEdit->text().trimmed();
    m_ui->testGatewayPushButton->setEnabled(false);
    setNote(m_ui->gatewayTestResultLabel, tr("Testing…"));
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
    const QString typed = m_ui->activityPasswordLineEdit->text();
    const auto run = [this, dsn](const QString& password) {
        activity::ActivityConfig config;
        config.dsn = dsn;
        config.password = password;
        config.timeoutMs = m_ui->activityTimeoutSpinBox->value() * 1000;
        m_activityProbe->start(config);
    };
    if (!typed.isEmpty()) {
        run(typed);
        return;
    }
    // Nothing typed: the saved password, from memory or the keychain (asynchronous).
    m_context.secrets().read(settings::SecretStore::Key::ActivityPassword,
                             [self = QPointer<SettingsDialog>(this), run](const QString& value, bool) {
                                 if (self)
                                     run(value);
                             });
}

void SettingsDialog::save()
{
    const settings::GatewayUrlCheck url = settings::GatewayUrlCheck::check(m_ui->gatewayUrlLineEdit->text());
    QString dsnError;
    const QString dsnText = m_ui->activityDsnLineEdit->text().trimmed();
    if (!url.isAcceptable() || (!dsnText.isEmpty() && !activity::Dsn::parse(dsnText, &dsnError)))
        return; // the Save button is disabled in that state; a stray Enter changes nothing

    settings::Profile& profile = m_context.profile();
    profile.setGatewayUrl(url.url);
    profile.setCaFile(m_ui->caFileLineEdit->text().trimmed());
    profile.setListTimeout(seconds(m_ui->listTimeoutSpinBox->value()));
    profile.setRequestTimeout(seconds(m_ui->requestTimeoutSpinBox->value()));
    if (m_ui->refreshIntervalSpinBox->value() != m_initialRefreshMinutes)
        profile.setRefreshInterval(std::chrono::minutes(m_ui->refreshIntervalSpinBox->value()));
    profile.setActivityDsn(dsnText);
    profile.setActivityTimeout(seconds(m_ui->activityTimeoutSpinBox->value()));
    if (m_ui->silenceThresholdSpinBox->value() != m_initialSilenceHours)
        profile.setSilenceThreshold(std::chrono::hours(m_ui->silenceThresholdSpinBox->value()));
    profile.setNoActivityIsZombie(m_ui->noActivityZombieCheckBox->isChecked());
    profile.setLanguage(m_ui->languageComboBox->currentData().toString());
    profile.setCloseToTray(m_ui->closeToTrayCheckBox->isChecked());
    profile.sync();

    // Secrets go to the keychain only. SecretStore keeps them in memory at once, so reload()
    // below already sees them while the keychain write is still running.
    QList<std::pair<settings::SecretStore::Key, QString>> writes;
    if (!m_ui->secretLineEdit->text().isEmpty())
        writes.append({settings::SecretStore::Key::GatewaySecret, m_ui->secretLineEdit->text()});
    if (!m_ui->activityPasswordLineEdit->text().isEmpty())
        writes.append({settings::SecretStore::Key::ActivityPassword, m_ui->activityPasswordLineEdit->text()});
    m_pendingWrites = int(writes.size());
    m_allPersisted = true;
    QPointer<SettingsDialog> self(this);
    for (const auto& [key, value] : writes) {
        m_context.secrets().write(key, value, [self](bool persisted) {
            if (!self)
                return;
            self->m_allPersisted = self->m_allPersisted && persisted;
            if (--self->m_pendingWrites == 0)
                self->finishSave(self->m_allPersisted);
        });
    }
    m_context.reload();
    emit saved();
    if (writes.isEmpty()) {
        accept();
        return;
    }
    m_ui->buttonBox->setEnabled(false);
    setNote(m_ui->saveResultLabel, tr("Saving the secret in the keychain…"));
}

void SettingsDialog::finishSave(bool secretsPersisted)
{
    m_ui->buttonBox->setEnabled(true);
    if (secretsPersisted) {
        accept();
        return;
    }
    // Saved and applied, but only for this run: say so plainly and let the user read it.
    m_ui->secretLineEdit->clear();
    m_ui->activityPasswordLineEdit->clear();
    setNote(m_ui->saveResultLabel,
            tr("Settings saved and applied. The secret could not be stored in the keychain, so it is kept for this "
               "run only: %1")
                .arg(m_context.secrets().keychainProblem()),
            noteColor(palette::Note::Warning));
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
}

void SettingsDialog::done(int result)
{
    m_gatewayProbe->cancel();
    QDialog::done(result);
}

} // namespace ui
