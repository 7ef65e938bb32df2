#include "SessionQueueDialog.h"

#include "QrDialog.h"
#include "SessionActions.h"
#include "gateway/ActionJob.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
enum Column
{
    SessionColumn,
    GatewayColumn, // shown when the list spans several gateways
    NeedColumn,
    ResultColumn,
};

// Texts wrapped at their column's width, each row as tall as its longest text: a skip's reason is
// read whole, never cut at the dialog's edge. (A tree view asks for row heights without a width.)
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem wrapped = option;
        wrapped.rect = QRect(0, 0, m_view->columnWidth(index.column()), std::max(1, option.rect.height()));
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QTreeView* m_view;
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
    m_failures = QList<std::function<QString()>>(m_items.size());
    QSet<QString> gateways;
    for (int row = 0; row < m_items.size(); ++row) {
        gateways.insert(m_items.at(row).gateway);
        if (m_items.at(row).skip)
            m_outcomes[row] = Outcome::Skipped; // known before Start: nothing will be sent
    }

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("queueIntroLabel"));
    m_intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("queueTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setColumnCount(4);
    for (const Item& item : std::as_const(m_items))
        new QTreeWidgetItem(m_list, {item.label, item.gateway, QString(), QString()});
    m_list->setColumnHidden(GatewayColumn, gateways.size() < 2);
    m_list->header()->setSectionResizeMode(SessionColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(GatewayColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NeedColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false); // the need (a skip's reason) gets the room
    m_list->setWordWrap(true);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    // Heights follow the widths: the rows are laid out again when a column's width changes.
    connect(m_list->header(), &QHeaderView::sectionResized, m_list, &QTreeView::doItemsLayout, Qt::QueuedConnection);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("queueProgressBar"));
    m_progress->setValue(0);
    updateProgress();

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("queueSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
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
    const Action action = m_items.isEmpty() ? Action::Reconnect : m_items.constFirst().action;
    switch (action) {
    case Action::Reconnect:
        m_intro->setText(tr("Start works through the list one session at a time. When a session needs its phone to "
                            "scan a QR code, the code opens in its turn; close it to go on to the next session."));
        break;
    case Action::Restart:
        m_intro->setText(tr("Start restarts the sessions one at a time; their phones stay linked. A session whose "
                            "gateway cannot restart is skipped."));
        break;
    case Action::Logout:
        m_intro->setText(tr("The phones are logged out one session at a time. The sessions stay on their gateways; "
                            "a phone links again by QR code or phone number."));
        break;
    }
    m_list->setHeaderLabels({tr("Session"), tr("Gateway"), tr("What it needs"), tr("Result")});
    for (int row = 0; row < m_items.size(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        const QString need = needText(row);
        item->setText(NeedColumn, need);
        item->setToolTip(NeedColumn, need);
        item->setText(ResultColumn, outcomeText(row));
        item->setToolTip(ResultColumn, reason(row));
    }
    m_progress->setFormat(tr("%v of %m"));
    m_startButton->setText(tr("&Start"));
    m_stopButton->setText(tr("S&top"));
    if (m_started && !m_running)
        m_summaryLabel->setText(tr("Done: %1.").arg(summary()) + summaryDetails());
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
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_startButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    runNext();
}

void SessionQueueDialog::stop()
{
    if (!m_running)
        return;
    m_gapTimer.stop();
    m_stopped = true;
    for (int row = m_next; row < m_items.size(); ++row) {
        if (m_outcomes.at(row) == Outcome::Waiting)
            setOutcome(row, Outcome::NotStarted);
    }
    m_next = int(m_items.size()); // the session whose turn it is finishes it, nothing after it
    if (m_turn < 0)
        finish();
}

void SessionQueueDialog::runNext()
{
    if (!m_running || m_turn >= 0)
        return;
    while (m_next < m_items.size() && m_outcomes.at(m_next) == Outcome::Skipped)
        ++m_next; // nothing to send, so no wait either
    if (m_next >= m_items.size()) {
        finish();
        return;
    }
    // The rate limit: one start per gap, counted from the previous start.
    if (m_sinceStart.isValid() && m_sinceStart.elapsed() < m_gap.count()) {
        m_gapTimer.start(int(m_gap.count() - m_sinceStart.elapsed()));
        return;
    }
    m_turn = m_next++;
    m_sinceStart.start();
    m_turnConnected = false;
    setOutcome(m_turn, Outcome::Running);
    const Item& item = m_items.at(m_turn);
    if (item.action != Action::Reconnect) {
        runAction(m_turn);
        return;
    }
    QrDialog* qr = m_actions.reconnect(item.id, item.gateway);
    if (!qr) {
        onTurnEnded(m_turn, Outcome::NotConnected);
        return;
    }
    m_current = qr;
    connect(qr, &QrDialog::sessionConnected, this, [this] { m_turnConnected = true; });
    connect(qr, &QObject::destroyed, this,
            [this, row = m_turn] { onTurnEnded(row, m_turnConnected ? Outcome::Connected : Outcome::NotConnected); });
}

void SessionQueueDialog::runAction(int row)
{
    const Item& item = m_items.at(row);
    // The row menu's own calls: SessionActions reports each for the history and the status bar.
    gateway::ActionJob* job = item.action == Action::Restart ? m_actions.restartSession(item.id, item.gateway)
                                                             : m_actions.logoutNow(item.id, item.gateway);
    if (!job) {
        m_failures[row] = [] { return tr("Nothing was sent: its gateway is not set up, or its QR code is open."); };
        onTurnEnded(row, Outcome::Failed);
        return;
    }
    connect(job, &gateway::GatewayJob::finished, this, [this, row](const gateway::Result& result) {
        if (result.kind == gateway::ErrorKind::Cancelled) {
            m_failures[row] = [] { return tr("Stopped before the gateway answered."); };
        } else if (!result.ok) {
            m_failures[row] = [why = result.message] { return why.toAgentString(); }; // only the words, not the body
        }
        onTurnEnded(row, result.ok ? Outcome::Done : Outcome::Failed);
    });
}

void SessionQueueDialog::onTurnEnded(int row, Outcome outcome)
{
    m_current = nullptr;
    m_turn = -1;
    setOutcome(row, outcome);
    updateProgress();
    if (m_stopped)
        finish();
    else
        runNext();
}

void SessionQueueDialog::updateProgress()
{
    int total = 0;
    int done = 0;
    for (const Outcome o : std::as_const(m_outcomes)) {
        total += o == Outcome::Skipped ? 0 : 1;
        done += (o == Outcome::Connected || o == Outcome::NotConnected || o == Outcome::Done || o == Outcome::Failed)
                    ? 1
                    : 0;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void SessionQueueDialog::setOutcome(int row, Outcome outcome)
{
    m_outcomes[row] = outcome;
    QTreeWidgetItem* item = m_list->topLevelItem(row);
    item->setText(ResultColumn, outcomeText(row));
    item->setToolTip(ResultColumn, reason(row));
}

QString SessionQueueDialog::reason(int row) const
{
    switch (m_outcomes.value(row)) {
    case Outcome::Failed:
        return m_failures.value(row) ? m_failures.value(row)() : QString();
    case Outcome::Skipped:
        return m_items.at(row).skip ? m_items.at(row).skip() : QString();
    default:
        return {};
    }
}

QString SessionQueueDialog::needText(int row) const
{
    const Item& item = m_items.at(row);
    if (item.skip)
        return item.skip(); // why it is skipped, before Start (Result says "Skipped")
    return item.need ? item.need() : QString();
}

QString SessionQueueDialog::outcomeText(int row) const
{
    switch (m_outcomes.at(row)) {
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
    case Outcome::Done:
        return m_items.at(row).action == Action::Logout ? tr("Logged out") : tr("Restarted");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString SessionQueueDialog::summary() const
{
    int connected = 0;
    int notConnected = 0;
    int notStarted = 0;
    int restarted = 0;
    int loggedOut = 0;
    int failed = 0;
    int skipped = 0;
    bool reconnects = false;
    bool restarts = false;
    bool logouts = false;
    for (int row = 0; row < m_items.size(); ++row) {
        const Outcome o = m_outcomes.at(row);
        const Action action = m_items.at(row).action;
        reconnects |= action == Action::Reconnect;
        restarts |= action == Action::Restart;
        logouts |= action == Action::Logout;
        connected += o == Outcome::Connected ? 1 : 0;
        notConnected += o == Outcome::NotConnected ? 1 : 0;
        notStarted += o == Outcome::NotStarted ? 1 : 0;
        restarted += (o == Outcome::Done && action == Action::Restart) ? 1 : 0;
        loggedOut += (o == Outcome::Done && action == Action::Logout) ? 1 : 0;
        failed += o == Outcome::Failed ? 1 : 0;
        skipped += o == Outcome::Skipped ? 1 : 0;
    }
    QStringList parts;
    if (reconnects)
        parts << tr("%n connected", nullptr, connected);
    if (notConnected > 0)
        parts << tr("%n not connected", nullptr, notConnected);
    if (restarts)
        parts << tr("%n restarted", nullptr, restarted);
    if (logouts)
        parts << tr("%n logged out", nullptr, loggedOut);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (skipped > 0)
        parts << tr("%n skipped", nullptr, skipped);
    if (notStarted > 0)
        parts << tr("%n not started", nullptr, notStarted);
    return parts.join(QStringLiteral(", "));
}

QString SessionQueueDialog::summaryDetails() const
{
    QString out;
    for (int row = 0; row < m_items.size(); ++row) {
        const Outcome o = m_outcomes.at(row);
        if (o != Outcome::Failed && o != Outcome::Skipped)
            continue;
        const QString why = reason(row);
        out += QLatin1Char('\n') + (o == Outcome::Failed ? tr("%1 failed: %2").arg(m_items.at(row).label, why)
                                                         : tr("%1 skipped: %2").arg(m_items.at(row).label, why));
    }
    return out;
}

void SessionQueueDialog::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_gapTimer.stop();
    m_stopButton->setEnabled(false);
    const QString text = summary();
    m_summaryLabel->setText(tr("Done: %1.").arg(text) + summaryDetails());
    m_summaryLabel->show();
    emit queueFinished(text);
}

} // namespace ui
