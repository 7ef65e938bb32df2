#include "SessionQueueDialog.h"

#include "QrDialog.h"
#include "SessionActions.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
enum Column
{
    SessionColumn,
    NeedColumn,
    ResultColumn,
};
} // namespace

SessionQueueDialog::SessionQueueDialog(SessionActions& actions, std::function<QString()> title, QList<Item> items,
                                       std::chrono::milliseconds gap, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_title(std::move(title))
    , m_items(std::move(items))
    , m_gap(gap)
{
    setObjectName(QStringLiteral("sessionQueueDialog"));
    m_outcomes = QList<Outcome>(m_items.size(), Outcome::Waiting);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("queueIntroLabel"));
    m_intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("queueTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setColumnCount(3);
    for (const Item& item : std::as_const(m_items))
        new QTreeWidgetItem(m_list, {item.label, QString(), QString()});
    m_list->header()->setSectionResizeMode(SessionColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NeedColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("queueProgressBar"));
    m_progress->setRange(0, int(m_items.size()));
    m_progress->setValue(0);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("queueSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_startButton->setObjectName(QStringLiteral("startPushButton"));
    m_stopButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopPushButton"));
    m_stopButton->setEnabled(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    // Enter starts (the person opened this to do it); it never closes a running queue.
    m_closeButton->setAutoDefault(false);
    m_stopButton->setAutoDefault(false);
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, &SessionQueueDialog::start);
    connect(m_stopButton, &QPushButton::clicked, this, &SessionQueueDialog::stop);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(buttons);
    resize(std::max(720, sizeHint().width()), 380);

    m_gapTimer.setSingleShot(true);
    connect(&m_gapTimer, &QTimer::timeout, this, &SessionQueueDialog::runNext);
}

void SessionQueueDialog::retranslate()
{
    setWindowTitle(m_title ? m_title() : QString());
    m_intro->setText(tr("Start works through the list one session at a time. When a session needs its phone to scan a "
                        "QR code, the code opens in its turn; close it to go on to the next session."));
    m_list->setHeaderLabels({tr("Session"), tr("What it needs"), tr("Result")});
    for (int row = 0; row < m_items.size(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        const QString need = m_items.at(row).need ? m_items.at(row).need() : QString();
        item->setText(NeedColumn, need);
        item->setToolTip(NeedColumn, need);
        item->setText(ResultColumn, outcomeText(m_outcomes.at(row)));
    }
    m_progress->setFormat(tr("%v of %m"));
    m_startButton->setText(tr("&Start"));
    m_stopButton->setText(tr("S&top"));
    if (!m_running && m_index >= 0)
        m_summaryLabel->setText(tr("Done: %1.").arg(summary()));
}

void SessionQueueDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

SessionQueueDialog::~SessionQueueDialog()
{
    if (m_current)
        m_current->disconnect(this);
}

void SessionQueueDialog::start()
{
    if (m_running || m_index >= 0)
        return;
    m_running = true;
    m_startButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    m_index = -1;
    runNext();
}

void SessionQueueDialog::stop()
{
    if (!m_running)
        return;
    m_gapTimer.stop();
    for (int row = m_index + 1; row < m_items.size(); ++row)
        setOutcome(row, Outcome::NotStarted);
    m_index = int(m_items.size()); // the session whose QR is open finishes its turn, nothing after it
    if (!m_current)
        finish();
}

void SessionQueueDialog::runNext()
{
    if (!m_running)
        return;
    if (m_index + 1 >= m_items.size()) {
        finish();
        return;
    }
    // The rate limit: one start per gap, counted from the previous start.
    if (m_sinceStart.isValid() && m_sinceStart.elapsed() < m_gap.count()) {
        m_gapTimer.start(int(m_gap.count() - m_sinceStart.elapsed()));
        return;
    }
    ++m_index;
    m_sinceStart.start();
    m_turnConnected = false;
    setOutcome(m_index, Outcome::Running);
    QrDialog* qr = m_actions.reconnect(m_items.at(m_index).id);
    if (!qr) {
        onTurnEnded();
        return;
    }
    m_current = qr;
    connect(qr, &QrDialog::sessionConnected, this, [this] { m_turnConnected = true; });
    connect(qr, &QObject::destroyed, this, &SessionQueueDialog::onTurnEnded);
}

void SessionQueueDialog::onTurnEnded()
{
    m_current = nullptr;
    if (m_index >= 0 && m_index < m_items.size())
        setOutcome(m_index, m_turnConnected ? Outcome::Connected : Outcome::NotConnected);
    int done = 0;
    for (const Outcome o : std::as_const(m_outcomes))
        done += (o == Outcome::Connected || o == Outcome::NotConnected) ? 1 : 0;
    m_progress->setValue(done);
    if (m_index >= m_items.size()) // stopped
        finish();
    else
        runNext();
}

void SessionQueueDialog::setOutcome(int row, Outcome outcome)
{
    m_outcomes[row] = outcome;
    m_list->topLevelItem(row)->setText(ResultColumn, outcomeText(outcome));
}

QString SessionQueueDialog::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Waiting:
        return tr("Waiting its turn");
    case Outcome::Running:
        return tr("In progress…");
    case Outcome::Connected:
        return tr("Connected");
    case Outcome::NotConnected:
        return tr("Not connected");
    case Outcome::NotStarted:
        return tr("Not started");
    }
    return {};
}

QString SessionQueueDialog::summary() const
{
    int connected = 0;
    int notConnected = 0;
    int notStarted = 0;
    for (const Outcome o : m_outcomes) {
        connected += o == Outcome::Connected ? 1 : 0;
        notConnected += o == Outcome::NotConnected ? 1 : 0;
        notStarted += o == Outcome::NotStarted ? 1 : 0;
    }
    QStringList parts;
    parts << tr("%n connected", nullptr, connected);
    if (notConnected > 0)
        parts << tr("%n not connected", nullptr, notConnected);
    if (notStarted > 0)
        parts << tr("%n not started", nullptr, notStarted);
    return parts.join(QStringLiteral(", "));
}

void SessionQueueDialog::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_gapTimer.stop();
    m_stopButton->setEnabled(false);
    const QString text = summary();
    m_summaryLabel->setText(tr("Done: %1.").arg(text));
    m_summaryLabel->show();
    emit queueFinished(text);
}

} // namespace ui
