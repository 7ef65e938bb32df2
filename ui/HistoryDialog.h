#pragma once

#include "history/HistoryEvent.h"
#include "history/Uptime.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace history {
class HistoryStore;
}

namespace ui {

class TimelineBand;

// The history of one session: a timeline band of the last 24 hours or 7 days, its uptime over
// that period, the list of status changes and operator actions (newest first), and CSV export.
// Reads the history store asynchronously; the window never waits for it.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QString& gateway, const QString& session, QWidget* parent = nullptr);

    // Asks the store for the last 7 days of this session and shows them when they come.
    void load(history::HistoryStore& store);
    // What to show: the session's events of the last 7 days (any order), its last state, and "now"
    // by the history database's clock.
    void setHistory(const QList<history::Event>& events, const std::optional<history::SessionState>& state,
                    qint64 nowMs);
    // 24 hours (false) or 7 days (true).
    void setWeek(bool week);

    TimelineBand* band() const { return m_band; }
    QTreeWidget* list() const { return m_list; }
    QString sessionId() const { return m_session; }

    // The events as CSV (RFC 4180): at, gateway, session, kind, from, to, gateway_status, zombie,
    // action, actor, result; oldest first.
    static QString toCsv(const QList<history::Event>& events);

protected:
    void changeEvent(QEvent* event) override; // a live language change: retranslate()

private:
    void retranslate(); // every text, from the current state
    void rebuild();
    void exportCsv();

    QString m_gateway;
    QString m_session;
    QList<history::Event> m_events;
    std::optional<history::SessionState> m_state;
    qint64 m_nowMs = 0;
    bool m_loaded = false;
    quint64 m_ticket = 0;
    QComboBox* m_range = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLabel* m_dropNote = nullptr;
    QList<std::pair<QLabel*, std::pair<sessions::Status, bool>>> m_legend; // label, (status, zombie)
    QPushButton* m_exportButton = nullptr;
    QLabel* m_uptime = nullptr;
    TimelineBand* m_band = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace ui
