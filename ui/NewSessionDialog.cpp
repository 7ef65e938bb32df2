#include "NewSessionDialog.h"

#include "Palette.h"
#include "activity/ChannelId.h"
#include "sessions/SessionId.h"

#include "sessions/SessionBook.h"
#include "ui_NewSessionDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>

namespace ui {

namespace {
QString noteColor(palette::Note note)
{
    return palette::noteText(note).name();
}

// How a rejected character is named in the message: spaces are invisible between quotes.
QString describe(QChar c)
{
    if (c == QLatin1Char(' '))
        return NewSessionDialog::tr("a space");
    if (c.isSpace())
        return NewSessionDialog::tr("a blank");
    return QStringLiteral("“%1”").arg(c);
}
} // namespace

NewSessionDialog::NewSessionDialog(const sessions::SessionBook& book, QWidget* parent)
    : QDialog(parent)
    , m_book(&book)
    , m_ui(std::make_unique<Ui::NewSessionDialog>())
{
    m_ui->setupUi(this);
    // Room for the longest reason, so the dialog does not clip or jump while typing.
    m_ui->idMessageLabel->setMinimumHeight(m_ui->idMessageLabel->fontMetrics().lineSpacing() * 3);
    m_ui->idMessageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // An own button, not the standard OK: the button box would put back "OK" on a language change.
    m_create = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createPushButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    connect(m_ui->idLineEdit, &QLineEdit::textChanged, this, &NewSessionDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    useBook(&book);
}

void NewSessionDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->introLabel->setText(tr("The id names the session on the gateway and cannot be changed later. After "
                                 "creating it, scan the QR code shown next with the phone that will use it."));
    m_ui->idLineEdit->setAccessibleName(tr("Session id"));
    m_create->setText(tr("&Create and show QR"));
    if (m_gatewayLabel)
        m_gatewayLabel->setText(tr("&Gateway:"));
    validate(); // the message under the field, for the id typed now
}

void NewSessionDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void NewSessionDialog::useBook(const sessions::SessionBook* book)
{
    disconnect(m_bookChanged);
    m_book = book;
    // Another refresh may bring the very id being typed.
    if (book)
        m_bookChanged = connect(book, &sessions::SessionBook::applied, this, &NewSessionDialog::validate);
    validate();
}

void NewSessionDialog::setGateways(const QList<std::pair<QString, const sessions::SessionBook*>>& gateways,
                                   const QString& current)
{
    m_gateways.clear();
    for (const auto& [name, book] : gateways)
        m_gateways.append({name, book});
    if (!m_gatewayBox && gateways.size() > 1) {
        m_gatewayBox = new QComboBox(this);
        m_gatewayBox->setObjectName(QStringLiteral("gatewayComboBox"));
        m_gatewayLabel = new QLabel(tr("&Gateway:"), this);
        m_gatewayLabel->setObjectName(QStringLiteral("gatewayLabel"));
        m_gatewayLabel->setBuddy(m_gatewayBox);
        m_ui->idFormLayout->insertRow(0, m_gatewayLabel, m_gatewayBox);
        connect(m_gatewayBox, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (index >= 0 && index < m_gateways.size())
                useBook(m_gateways.at(index).second);
        });
    }
    if (!m_gatewayBox)
        return;
    const QSignalBlocker blocker(m_gatewayBox);
    m_gatewayBox->clear();
    int chosen = 0;
    for (qsizetype i = 0; i < m_gateways.size(); ++i) {
        m_gatewayBox->addItem(m_gateways.at(i).first);
        if (m_gateways.at(i).first == current)
            chosen = int(i);
    }
    m_gatewayBox->setCurrentIndex(chosen);
    useBook(m_gateways.value(chosen).second);
}

QString NewSessionDialog::gateway() const
{
    if (m_gatewayBox)
        return m_gatewayBox->currentText();
    return m_gateways.isEmpty() ? QString() : m_gateways.first().first;
}

NewSessionDialog::~NewSessionDialog() = default;

QString NewSessionDialog::sessionId() const
{
    return m_ui->idLineEdit->text();
}

void NewSessionDialog::setSessionId(const QString& id)
{
    m_ui->idLineEdit->setText(id);
}

NewSessionDialog::Verdict NewSessionDialog::check(const QString& id, const QStringList& existing, QString* reason)
{
    const auto say = [reason](Verdict verdict, const QString& text) {
        if (reason)
            *reason = text;
        return verdict;
    };
    if (id.isEmpty())
        return say(Verdict::Empty, tr("Letters, digits, _ and - only; up to %1 characters.").arg(MaxIdLength));
    for (const QChar c : id) {
        if (!sessions::isSessionIdCharacter(c))
            return say(Verdict::BadCharacters,
                       tr("Not allowed: %1. Use only letters without accents, digits, _ and -.").arg(describe(c)));
    }
    if (id.size() > MaxIdLength)
        return say(
            Verdict::TooLong,
            tr("Too long: %1 characters, at most %2.").arg(QString::number(id.size()), QString::number(MaxIdLength)));
    if (existing.contains(id))
        return say(
            Verdict::Exists,
            tr("The gateway already has a session %1. Choose another id, or use Reconnect on that session.").arg(id));
    for (const QString& other : existing) {
        if (activity::differOnlyInCaseOrSpacing(other, id))
            return say(Verdict::CaseClash, tr("Differs from the existing session %1 only in upper and lower case or "
                                              "spacing: allowed, but easy to confuse.")
                                               .arg(other));
    }
    return say(Verdict::Valid, tr("%1 is free.").arg(id));
}

void NewSessionDialog::validate()
{
    QStringList existing;
    if (m_book) {
        existing.reserve(m_book->size());
        for (const sessions::Session& s : m_book->sessions())
            existing.append(s.id);
    }
    QString reason;
    m_verdict = check(sessionId(), existing, &reason);
    QString color;
    switch (m_verdict) {
    case Verdict::Empty:
        break;
    case Verdict::CaseClash:
        color = noteColor(palette::Note::Warning);
        break;
    case Verdict::Valid:
        color = noteColor(palette::Note::Ok);
        break;
    default:
        color = noteColor(palette::Note::Error);
        break;
    }
    m_ui->idMessageLabel->setText(reason);
    m_ui->idMessageLabel->setStyleSheet(color.isEmpty() ? QString()
                                                        : QStringLiteral("QLabel { color: %1; }").arg(color));
    m_create->setEnabled(m_verdict == Verdict::Valid || m_verdict == Verdict::CaseClash);
}

void NewSessionDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        validate();
        if (m_verdict != Verdict::Valid && m_verdict != Verdict::CaseClash)
            return; // Enter on an invalid id: the reason is already shown under the field
        const QString id = sessionId();
        const QString where = gateway();
        QDialog::done(result);
        emit createRequested(id, where);
        return;
    }
    QDialog::done(result);
}

} // namespace ui
