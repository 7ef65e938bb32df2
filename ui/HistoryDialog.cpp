#include "HistoryDialog.h"

#include "HistoryText.h"
#include "Palette.h"
#include "TimelineBand.h"
#include "history/HistoryStore.h"
#include "sessions/VisibleText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;

// One entry of the legend: a swatch drawn like the band, and its label (*text).
QWidget* legendItem(QLabel** text, BadgeTone tone, bool hatched, QWidget* parent)
{
    auto* item = new QWidget(parent);
    auto* layout = new QHBoxLayout(item);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* label = new QLabel(item);
    *text = label;
    const int side = label->fontMetrics().height() - 4;
    const qreal dpr = parent->devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    {
        QPainter p(&pixmap);
        const palette::Swatch swatch = palette::badge(tone);
        p.fillRect(QRectF(0, 0, side, side), swatch.border);
        if (hatched)
            p.fillRect(QRectF(0, 0, side, side), QBrush(swatch.text, Qt::BDiagPattern));
    }
    auto* box = new QLabel(item);
    box->setPixmap(pixmap);
    layout->addWidget(box);
    layout->addWidget(label);
    return item;
}

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}
} // namespace

HistoryDialog::HistoryDialog(const QString& gateway, const QString& session, QWidget* parent)
    : QDialog(parent)
    , m_gateway(gateway)
    , m_session(session)
{
    setObjectName(QStringLiteral("historyDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("historyTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    top->addWidget(m_title, 1);
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its items change with the language
    m_range->addItem(QString());
    m_range->addItem(QString());
    m_rangeLabel->setBuddy(m_range);
    top->addWidget(m_rangeLabel);
    top->addWidget(m_range);
    layout->addLayout(top);

    m_band = new TimelineBand(this);
    layout->addWidget(m_band);

    // The legend: the badge colours, the hatch and the drop mark.
    auto* legend = new QHBoxLayout;
    legend->setSpacing(12);
    const struct
    {
        sessions::Status status;
        bool zombie;
        BadgeTone tone;
    } items[] = {
        {sessions::Status::Connected, false, BadgeTone::Good},
        {sessions::Status::Connected, true, BadgeTone::Warning},
        {sessions::Status::Disconnected, false, BadgeTone::Bad},
        {sessions::Status::QrPending, false, BadgeTone::Pending},
        {sessions::Status::Starting, false, BadgeTone::Neutral},
    };
    for (const auto& item : items) {
        QLabel* text = nullptr;
        legend->addWidget(legendItem(&text, item.tone, item.zombie, this));
        text->setObjectName(QStringLiteral("legendLabel%1").arg(m_legend.size()));
        m_legend.append({text, {item.status, item.zombie}});
    }
    m_dropNote = new QLabel(this);
    m_dropNote->setObjectName(QStringLiteral("dropNoteLabel"));
    m_dropNote->setStyleSheet(palette::noteStyle(palette::Note::Error));
    legend->addWidget(m_dropNote);
    legend->addStretch(1);
    layout->addLayout(legend);

    m_uptime = new QLabel(this);
    m_uptime->setObjectName(QStringLiteral("uptimeLabel"));
    layout->addWidget(m_uptime);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    resize(760, 480);
    retranslate();
}

void HistoryDialog::retranslate()
{
    setWindowTitle(tr("History of “%1”").arg(sessions::visibleText(m_session)));
    m_title->setText(
        tr("Session “%1” on the gateway “%2”").arg(sessions::visibleText(m_session), sessions::visibleText(m_gateway)));
    m_rangeLabel->setText(tr("&Period:"));
    m_range->setItemText(0, tr("Last 24 h"));
    m_range->setItemText(1, tr("Last 7 days"));
    for (const auto& [label, status] : std::as_const(m_legend))
        label->setText(HistoryText::statusText(status.first, status.second, {}));
    m_dropNote->setText(tr("Red tick: a drop (the session stopped being connected)"));
    m_list->setHeaderLabels({tr("When"), tr("What")});
    m_exportButton->setText(tr("&Export CSV…"));
    rebuild(); // the uptime sentence and the list, in the words of the moment
}

void HistoryDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HistoryDialog::load(history::HistoryStore& store)
{
    m_ticket = store.requestEvents(m_gateway, m_session, QDateTime::currentMSecsSinceEpoch() - 8 * DayMs);
    connect(&store, &history::HistoryStore::eventsLoaded, this,
            [this](quint64 ticket, const QList<history::Event>& events, const history::SessionStates& states,
                   qint64 nowMs) {
                if (ticket != m_ticket)
                    return;
                const auto it = states.constFind(m_session);
                setHistory(events, it != states.constEnd() ? std::optional(*it) : std::nullopt, nowMs);
            });
}

void HistoryDialog::setHistory(const QList<history::Event>& events, const std::optional<history::SessionState>& state,
                               qint64 nowMs)
{
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const history::Event& a, const history::Event& b) { return a.atMs < b.atMs; });
    m_state = state;
    m_nowMs = nowMs;
    m_loaded = true;
    rebuild();
}

void HistoryDialog::setWeek(bool week)
{
    m_range->setCurrentIndex(week ? 1 : 0);
}

void HistoryDialog::rebuild()
{
    m_list->clear();
    if (!m_loaded) {
        m_uptime->setText(tr("Reading the history…"));
        return;
    }
    const qint64 from = m_nowMs - (m_range->currentIndex() == 1 ? 7 : 1) * DayMs;
    QList<history::Event> window;
    for (const history::Event& e : std::as_const(m_events)) {
        if (e.atMs >= from)
            window << e;
    }
    const QList<history::Segment> segments = history::timeline(window, m_state, from, m_nowMs);
    m_band->setTimeline(segments, from, m_nowMs);
    const history::Uptime up = history::uptimeOf(segments);
    m_uptime->setText(
        up.isKnown() ? tr("Connected %1 of the time the history knows of in this period.").arg(HistoryText::percent(up))
                     : tr("The history has no record of this session in this period."));
    for (auto it = window.crbegin(); it != window.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_list, {HistoryText::shortDateTime(it->atMs), HistoryText::eventText(*it)});
        item->setToolTip(1, it->isStatus() ? tr("Gateway status: %1").arg(sessions::visibleText(it->gatewayStatus))
                                           : sessions::visibleText(it->result));
    }
}

QString HistoryDialog::toCsv(const QList<history::Event>& events)
{
    QString out = QStringLiteral("at,gateway,session,kind,from,to,gateway_status,zombie,action,actor,result\r\n");
    for (const history::Event& e : events) {
        QStringList row{history::isoUtc(e.atMs), e.gateway, e.session};
        if (e.isStatus())
            row << QStringLiteral("status") << (e.from ? sessions::statusKey(*e.from) : QString())
                << sessions::statusKey(e.to) << e.gatewayStatus
                << (e.toZombie ? QStringLiteral("true") : QStringLiteral("false")) << QString() << QString()
                << QString();
        else
            row << QStringLiteral("action") << QString() << QString() << QString() << QString() << e.action << e.actor
                << e.result;
        for (QString& field : row)
            field = csvField(field);
        out += row.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

void HistoryDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history"), QStringLiteral("history-%1.csv").arg(m_session), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(m_events).toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export history"),
                             tr("The history could not be saved to %1: %2").arg(path, file.errorString()));
    }
}

} // namespace ui
