// SessionTableModel and SessionFilterProxyModel: exact signals of a refresh, no resets, sorting on
// raw values, filtering, and a selection that survives refreshes.
#include "BadgeTone.h"
#include "RelativeTime.h"
#include "SessionFilterProxyModel.h"
#include "SessionTableModel.h"
#include "sessions/SessionBook.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

using sessions::Session;
using sessions::Status;
using ui::SessionTableModel;

namespace {

Session make(const QString& id, Status status, const QString& raw, qint64 silence = -1)
{
    Session s;
    s.id = id;
    s.name = id;
    s.status = status;
    s.rawStatus = raw;
    if (silence >= 0) {
        s.activity = sessions::ActivityState::Known;
        s.silenceSeconds = silence;
        // Fixed, so two baselines are equal.
        s.lastActivityUtc = QDateTime(QDate(2024, 5, 6), QTime(12, 0), Qt::UTC).addSecs(-silence);
    }
    s.health = status == Status::Connected ? sessions::Health::Healthy : sessions::Health::NotConnected;
    return s;
}

QList<Session> baseline()
{
    return {make(QStringLiteral("pixel12digital"), Status::Connected, QStringLiteral("connected"), 720),
            make(QStringLiteral("vendas"), Status::Disconnected, QStringLiteral("disconnected")),
            make(QStringLiteral("imobsites"), Status::QrPending, QStringLiteral("qr_required")),
            make(QStringLiteral("marketing"), Status::Unknown, QStringLiteral("weird_state"))};
}

} // namespace

class TestSessionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_book = std::make_unique<sessions::SessionBook>();
        m_model = std::make_unique<SessionTableModel>(*m_book);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy = std::make_unique<ui::SessionFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_book->apply(baseline());
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_proxy.reset();
        m_tester.reset();
        m_model.reset();
        m_book.reset();
    }

    // "Status since" fits its column: the time today, the weekday this week, day and month this
    // year, the short date before (it was "Connected since 02/12/2026, 09:03", cut at 100 px).
    void compactInstants()
    {
        const QLocale locale;
        const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(15, 0)).toUTC(); // local 15:00
        const auto at = [](QDate d, QTime t) { return QDateTime(d, t).toUTC(); };
        const QTime nine(9, 3);
        QCOMPARE(ui::RelativeTime::compact(at(QDate(2026, 12, 2), nine), now),
                 locale.toString(nine, QLocale::ShortFormat));
        QCOMPARE(ui::RelativeTime::compact(at(QDate(2026, 11, 29), nine), now),
                 locale.dayName(7, QLocale::ShortFormat) + u' ' + locale.toString(nine, QLocale::ShortFormat));
        QCOMPARE(ui::RelativeTime::compact(at(QDate(2026, 3, 5), nine), now),
                 locale.toString(QDate(2026, 3, 5), QStringLiteral("d MMM")));
        QCOMPARE(ui::RelativeTime::compact(at(QDate(2025, 3, 5), nine), now),
                 locale.toString(QDate(2025, 3, 5), QLocale::ShortFormat));
        QVERIFY(ui::RelativeTime::compact(QDateTime(), now).isEmpty());
        // Short enough for the column in both languages of the app (the C locale of a test run
        // writes seconds).
        const QLocale before;
        for (const QLocale& l :
             {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Portuguese, QLocale::Brazil)}) {
            QLocale::setDefault(l);
            for (const QDateTime& t :
                 {at(QDate(2026, 12, 2), nine), at(QDate(2026, 11, 29), nine), at(QDate(2026, 3, 5), nine)})
                QVERIFY2(ui::RelativeTime::compact(t, now).size() <= 12, qPrintable(ui::RelativeTime::compact(t, now)));
        }
        QLocale::setDefault(before);
    }

    void statusSinceAndUptimeColumns()
    {
        const auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
        QCOMPARE(text(0, SessionTableModel::StatusSince), QStringLiteral("—")); // the history never saw it change
        QCOMPARE(text(0, SessionTableModel::Uptime), QStringLiteral("—"));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QList<Session> next = baseline();
        next[0].statusSinceUtc = QDateTime(QDate(2025, 3, 5), QTime(14, 3), Qt::UTC);
        next[1].statusSinceUtc = QDateTime(QDate(2025, 3, 6), QTime(9, 0), Qt::UTC);
        m_book->apply(next);
        QVERIFY(!changed.isEmpty());
        // A narrow cell (an earlier year: the short date); the words are in the tooltip.
        const QLocale locale;
        QCOMPARE(text(0, SessionTableModel::StatusSince),
                 locale.toString(next[0].statusSinceUtc.toLocalTime().date(), QLocale::ShortFormat));
        const auto tooltip = [this](int row) {
            return m_model->index(row, SessionTableModel::StatusSince).data(Qt::ToolTipRole).toString();
        };
        QVERIFY2(tooltip(0).startsWith(QStringLiteral("Connected since ")), qPrintable(tooltip(0)));
        QVERIFY2(tooltip(0).contains(QStringLiteral("2025")), qPrintable(tooltip(0)));
        history::Uptimes uptimes;
        uptimes.insert(QStringLiteral("pixel12digital"), {{1000, 975}, {10000, 9000}});
        changed.clear();
        m_model->setUptimes(uptimes);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(text(0, SessionTableModel::Uptime), QStringLiteral("97.5%"));
        const QString tip = m_model->index(0, SessionTableModel::Uptime).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("97.5%")) && tip.contains(QStringLiteral("90.0%")), qPrintable(tip));
        // Sorted worst first, unknown last.
        QVERIFY(m_model->index(0, SessionTableModel::Uptime).data(SessionTableModel::SortRole).toDouble() <
                m_model->index(1, SessionTableModel::Uptime).data(SessionTableModel::SortRole).toDouble());
    }

    void displaysLabels()
    {
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), int(SessionTableModel::ColumnCount));
        const auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
        QCOMPARE(text(0, SessionTableModel::Status), QStringLiteral("Connected"));
        QCOMPARE(text(1, SessionTableModel::Status), QStringLiteral("Disconnected"));
        QCOMPARE(text(2, SessionTableModel::Status), QStringLiteral("Waiting for QR scan"));
        // Issue 14 #2: an unknown gateway word is not the badge; it is in the tooltip.
        QCOMPARE(text(3, SessionTableModel::Status), QStringLiteral("Unknown status"));
        QVERIFY(m_model->index(3, SessionTableModel::Status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Gateway status: weird_state")));
        QCOMPARE(text(0, SessionTableModel::LastActivity), QStringLiteral("12 min ago"));
        QVERIFY(!m_model->index(0, SessionTableModel::LastActivity).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(text(1, SessionTableModel::LastActivity), QStringLiteral("Unknown"));
        QCOMPARE(m_model->index(1, 0).data(SessionTableModel::IdRole).toString(), QStringLiteral("vendas"));
        QCOMPARE(m_model->index(1, 1).data(SessionTableModel::BadgeToneRole).toInt(), int(ui::BadgeTone::Bad));
        QCOMPARE(m_model->headerData(SessionTableModel::LastActivity, Qt::Horizontal).toString(),
                 QStringLiteral("Last activity"));
    }

    // The session's cell: the name with the id, unless the name only spells the id differently
    // (case, spaces), which would repeat it in a narrow column; the tooltip always has the id.
    void sessionCellShowsTheIdOnlyWhenTheNameDoesNot()
    {
        const struct
        {
            const char* id;
            const char* name;
            const char* shown;
        } cases[] = {
            {"pixel12digital", "Pixel12 Digital", "Pixel12 Digital"},
            {"atendimento", "Atendimento", "Atendimento"},
            {"vendas", "", "vendas"},
            {"vendas", "Loja Centro", "Loja Centro (vendas)"},
            {"suporte2", "Suporte", "Suporte (suporte2)"},
        };
        for (const auto& c : cases) {
            Session s = make(QString::fromLatin1(c.id), Status::Connected, QStringLiteral("connected"));
            s.name = QString::fromLatin1(c.name);
            m_book->apply({s});
            const QModelIndex cell = m_model->index(0, SessionTableModel::Session);
            QCOMPARE(cell.data().toString(), QString::fromLatin1(c.shown));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QString::fromLatin1(c.id)));
        }
    }

    // A gateway name with a bidi override, escape sequences or a newline is shown with them made
    // visible: it can neither reverse the rest of the row nor add a line; IdRole stays exact.
    void hostileTextIsShownSafely()
    {
        const QString rlo(QChar(0x202E));
        Session evil = make(QStringLiteral("evil") + rlo, Status::Unknown, QStringLiteral("bad\x1b[2J\nstate") + rlo);
        evil.name = QStringLiteral("Vendas ") + rlo + QStringLiteral("gnp.exe\r\nforged");
        m_book->apply(baseline() << evil);
        const QModelIndex session = m_model->index(4, SessionTableModel::Session);
        const QModelIndex status = m_model->index(4, SessionTableModel::Status);
        for (const QModelIndex& index : {session, status}) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = index.data(role).toString();
                QVERIFY2(!text.contains(rlo) && !text.contains(QChar(0x1b)) && !text.contains(QChar('\r')),
                         qPrintable(text.toUtf8().toPercentEncoding(" ")));
                if (role == Qt::DisplayRole)
                    QVERIFY2(!text.contains(QChar('\n')), qPrintable(text));
            }
        }
        QCOMPARE(session.data().toString(), QStringLiteral("Vendas \\u202Egnp.exe\\r\\nforged (evil\\u202E)"));
        QCOMPARE(status.data().toString(), QStringLiteral("Unknown status"));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("bad\\x1b[2J\\nstate\\u202E")));
        QCOMPARE(session.data(SessionTableModel::IdRole).toString(), evil.id);
    }

    // Finding 11: an id the gateway lists twice shows as two rows, each flagged (icon and tooltip).
    void duplicateIdsAreShownBothAndFlagged()
    {
        QList<Session> next = baseline();
        Session twin = make(next.at(0).id, Status::Disconnected, QStringLiteral("disconnected"));
        twin.name = QStringLiteral("Second copy");
        next << twin;
        m_book->apply(next);
        QCOMPARE(m_model->rowCount(), int(next.size()));
        const QModelIndex first = m_model->index(0, SessionTableModel::Session);
        const QModelIndex last = m_model->index(int(next.size()) - 1, SessionTableModel::Session);
        for (const QModelIndex& index : {first, last}) {
            QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("lists this id 2 times")),
                     qPrintable(index.data(Qt::ToolTipRole).toString()));
            QVERIFY(!index.data(Qt::DecorationRole).isNull());
        }
        QCOMPARE(last.data(SessionTableModel::IdRole).toString(), next.at(0).id);
        QVERIFY(last.data().toString().contains(QStringLiteral("Second copy")));
        const QModelIndex other = m_model->index(1, SessionTableModel::Session);
        QVERIFY(!other.data(Qt::ToolTipRole).toString().contains(QStringLiteral("times")));
        QVERIFY(other.data(Qt::DecorationRole).isNull());
    }

    void zombieShowsPossiblyDisconnected()
    {
        QList<Session> next = baseline();
        next[0].health = sessions::Health::Zombie;
        next[0].healthReason = QStringLiteral("silent for 5 h (threshold 4 h)");
        next[0].silenceSeconds = 5 * 3600;
        m_book->apply(next);
        const QModelIndex status = m_model->index(0, SessionTableModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Possibly disconnected"));
        QCOMPARE(status.data(SessionTableModel::BadgeToneRole).toInt(), int(ui::BadgeTone::Warning));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("silent for 5 h")));
        QVERIFY(m_model->index(0, SessionTableModel::LastActivity)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("silent for 5 h")));
    }

    // What the gateway's state means (here WAHA's FAILED) shows in the status tooltip, escaped.
    void gatewayReasonInStatusTooltip()
    {
        QList<Session> next = baseline();
        next[1].extras.setReason(QStringLiteral("WAHA gave up on this session: restart it.\x1b[2J"));
        m_book->apply(next);
        const QString tip = m_model->index(1, SessionTableModel::Status).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("WAHA gave up on this session: restart it.\\x1b[2J\n")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Gateway status:")), qPrintable(tip));
        QVERIFY(!m_model->index(0, SessionTableModel::Status)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("WAHA gave up")));
    }

    // Rows read newest first do not reach the session's last message yet: a lower bound, said so,
    // sorted with the exact ages.
    void silentAtLeastSaysMoreThan()
    {
        QList<Session> next = baseline();
        next[0].activity = sessions::ActivityState::SilentAtLeast;
        next[0].silenceSeconds = 5 * 3600 + 600;
        next[0].lastActivityUtc = {};
        next[0].health = sessions::Health::Zombie;
        next[0].healthReason = QStringLiteral("silent for more than 5 h 10 min (threshold 4 h)");
        m_book->apply(next);
        const QModelIndex last = m_model->index(0, SessionTableModel::LastActivity);
        QCOMPARE(last.data().toString(), QStringLiteral("more than 5 h ago"));
        const QString tip = last.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Silent for at least 5 h 10 min")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("threshold 4 h")), qPrintable(tip));
        QCOMPARE(last.data(SessionTableModel::SortRole).toLongLong(), 5 * 3600 + 600);
    }

    void statusChangeEmitsOneScopedDataChanged()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

        QList<Session> next = baseline();
        next[1].status = Status::Connected;
        next[1].rawStatus = QStringLiteral("connected");
        m_book->apply(next);

        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(topLeft.column(), int(SessionTableModel::Status));
        // Through "Status since", whose wording follows the status ("Connected since…").
        QCOMPARE(bottomRight.column(), int(SessionTableModel::StatusSince));
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(SessionTableModel::StatusRole));
        QVERIFY(roles.contains(SessionTableModel::BadgeToneRole));
        QVERIFY(!roles.contains(Qt::FontRole));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(m_model->index(1, SessionTableModel::Status).data().toString(), QStringLiteral("Connected"));
    }

    void unchangedRefreshEmitsNothing()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_book->apply(baseline());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void insertsAndRemoves()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QList<Session> next = baseline();
        next.removeAt(2); // imobsites
        next.append(make(QStringLiteral("suporte"), Status::Starting, QStringLiteral("initializing")));
        next.append(make(QStringLiteral("financeiro"), Status::Connected, QStringLiteral("connected"), 30));
        m_book->apply(next);

        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(removed.at(0).at(2).toInt(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->rowOf(QStringLiteral("financeiro")), 4);
    }

    void selectionSurvivesRefresh()
    {
        QItemSelectionModel selection(m_proxy.get());
        m_proxy->sort(SessionTableModel::Session, Qt::AscendingOrder);
        const auto proxyRowOf = [this](const QString& id) {
            for (int row = 0; row < m_proxy->rowCount(); ++row) {
                if (m_proxy->index(row, 0).data(SessionTableModel::IdRole).toString() == id)
                    return row;
            }
            return -1;
        };
        selection.select(m_proxy->index(proxyRowOf(QStringLiteral("vendas")), 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QList<Session> next = baseline();
        next.removeAt(0);                   // a row above it goes
        next[0].status = Status::Connected; // it changes
        next[0].rawStatus = QStringLiteral("connected");
        next.append(make(QStringLiteral("aaa"), Status::Connected, QStringLiteral("connected"))); // one sorts above
        m_book->apply(next);

        const QModelIndexList rows = selection.selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(SessionTableModel::IdRole).toString(), QStringLiteral("vendas"));
    }

    void sortsOnRawValues()
    {
        m_proxy->sort(SessionTableModel::Status, Qt::AscendingOrder);
        // Problems first: disconnected, then QR, unknown, connected.
        QCOMPARE(m_proxy->index(0, 0).data(SessionTableModel::IdRole).toString(), QStringLiteral("vendas"));
        QCOMPARE(m_proxy->index(3, 0).data(SessionTableModel::IdRole).toString(), QStringLiteral("pixel12digital"));
        m_proxy->sort(SessionTableModel::LastActivity, Qt::AscendingOrder);
        QCOMPARE(m_proxy->index(0, 0).data(SessionTableModel::IdRole).toString(), QStringLiteral("pixel12digital"));
    }

    void filters()
    {
        m_proxy->setTextFilter(QStringLiteral("VEND"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setTextFilter(QStringLiteral("waiting for qr"));
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->index(0, 0).data(SessionTableModel::IdRole).toString(), QStringLiteral("imobsites"));
        m_proxy->setTextFilter({});
        QCOMPARE(m_proxy->rowCount(), 4);
        m_proxy->setOnlyUnhealthy(true);
        QCOMPARE(m_proxy->rowCount(), 3); // all but the connected, healthy one
        m_proxy->setOnlyUnhealthy(false);
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void staleMarksEveryRowOnce()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setStale(true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_model->index(2, 1).data(SessionTableModel::StaleRole).toBool());
        QVERIFY(m_model->index(2, 0).data(Qt::ForegroundRole).isValid());
        m_model->setStale(true);
        QCOMPARE(changed.count(), 1);
        m_model->setStale(false);
        QCOMPARE(changed.count(), 2);
    }

private:
    std::unique_ptr<sessions::SessionBook> m_book;
    std::unique_ptr<SessionTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ui::SessionFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestSessionTableModel)
#include "tst_sessiontablemodel.moc"
