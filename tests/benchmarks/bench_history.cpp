// History benchmark (on demand: -DPHS_BENCHMARKS=ON). Fills a local history file with 1,000
// sessions x 90 days of realistic flapping (drops, QR waits, relinks, zombie spells, operator
// actions), then measures what the window does with it:
//   timeline_7d_ms    opening one session's 7-day timeline: its events and state from the file,
//                     the band's stretches and the uptime (the HistoryDialog's load; worker thread)
//   uptimes_read_ms   the uptime column's data for every session: the week's status changes of
//                     the gateway and the last states, and the 24 h / 7 d arithmetic (worker thread)
//   uptime_column_gui_ms  the GUI thread's share: SessionTableModel::setUptimes() and the text and
//                     tooltip of the 1,000 cells
//   observe_1000_ms   one refresh of 1,000 sessions recorded (compare with the last states, write
//                     the changes); prune_5000_ms: one bounded pruning batch
//
//   QT_QPA_PLATFORM=offscreen ./bench_history [sessions] [days] [file]
// Prints "key: value" lines.
#include "SessionTableModel.h"
#include "history/HistoryDb.h"
#include "history/Uptime.h"
#include "sessions/SessionBook.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using history::Event;
using sessions::Status;

namespace {

constexpr qint64 H = 3600LL * 1000;
constexpr qint64 Day = 24 * H;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int sessions = args.value(1, QStringLiteral("1000")).toInt();
    const int days = args.value(2, QStringLiteral("90")).toInt();
    QTemporaryDir tmp;
    const QString path = args.size() > 3 ? args.at(3) : tmp.filePath(QStringLiteral("history.db"));
    const QString gw = QStringLiteral("pixelhub");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    activity::Dsn dsn;
    dsn.database = path;
    history::HistoryDb db(dsn, {}, 30000);
    if (!db.open()) {
        out() << "error: " << db.lastError() << Qt::endl;
        return 1;
    }

    // Realistic flapping: most sessions are stable, with a drop every few days (a QR wait, then a
    // relink by an operator), a zombie spell now and then; a tenth flap several times a day.
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(42);
    qint64 events = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        raw.setDatabaseName(path);
        raw.open();
        QSqlQuery q(raw);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        raw.transaction();
        QSqlQuery ins(raw);
        ins.prepare(QStringLiteral("INSERT INTO phs_history_events (") + history::eventColumns() +
                    QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery last(raw);
        last.prepare(
            QStringLiteral("INSERT INTO phs_history_last (gateway, session, status, zombie, gateway_status, "
                           "since_ms, zombie_since_ms, linked_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const auto put = [&](const Event& e) {
            ins.addBindValue(e.id);
            ins.addBindValue(e.atMs);
            ins.addBindValue(e.gateway);
            ins.addBindValue(e.session);
            ins.addBindValue(e.isStatus() ? QStringLiteral("status") : QStringLiteral("action"));
            ins.addBindValue(e.from ? QVariant(sessions::statusKey(*e.from))
                                    : QVariant(QMetaType::fromType<QString>()));
            ins.addBindValue(e.fromZombie ? 1 : 0);
            ins.addBindValue(e.isStatus() ? QVariant(sessions::statusKey(e.to))
                                          : QVariant(QMetaType::fromType<QString>()));
            ins.addBindValue(e.toZombie ? 1 : 0);
            ins.addBindValue(e.gatewayStatus);
            ins.addBindValue(e.action);
            ins.addBindValue(e.actor);
            ins.addBindValue(e.result);
            if (!ins.exec())
                qFatal("insert: %s", qPrintable(ins.lastError().text()));
            ++events;
        };
        for (int i = 0; i < sessions; ++i) {
            const QString id = QStringLiteral("session-%1").arg(i, 4, 10, QLatin1Char('0'));
            const bool flappy = i % 10 == 0;
            qint64 t = now - days * Day;
            Status status = Status::Connected;
            bool zombie = false;
            qint64 since = -1;
            qint64 zombieSince = -1;
            const auto change = [&](qint64 at, Status to, bool toZombie, bool first = false) {
                Event e;
                e.id = Event::newId();
                e.atMs = at;
                e.gateway = gw;
                e.session = id;
                if (!first)
                    e.from = status;
                e.fromZombie = zombie;
                e.to = to;
                e.toZombie = toZombie;
                e.gatewayStatus = sessions::statusKey(to).toUpper();
                put(e);
                if (!first && to != status)
                    since = at;
                if (!first && toZombie != zombie)
                    zombieSince = at;
                status = to;
                zombie = toZombie;
            };
            change(t, Status::Connected, false, true);
            const double meanGapHours = flappy ? 6 : 60;
            for (;;) {
                t += qint64(-std::log(1.0 - rng.generateDouble()) * meanGapHours * H);
                if (t >= now - 5 * 60 * 1000)
                    break;
                if (rng.bounded(4) == 0) { // a zombie spell, then it talks again
                    change(t, Status::Connected, true);
                    t += qint64((1 + rng.bounded(10)) * H);
                    if (t >= now)
                        break;
                    change(t, Status::Connected, false);
                    continue;
                }
                change(t, Status::Disconnected, false); // a drop, a QR wait, an operator's relink
                t += qint64(rng.bounded(5, 120)) * 60 * 1000;
                if (t >= now)
                    break;
                change(t, Status::QrPending, false);
                t += qint64(rng.bounded(1, 60)) * 60 * 1000;
                if (t >= now)
                    break;
                Event a;
                a.id = Event::newId();
                a.kind = Event::Kind::Action;
                a.atMs = t;
                a.gateway = gw;
                a.session = id;
                a.action = QStringLiteral("reconnect");
                a.actor = QStringLiteral("ana@suporte-3");
                a.result = Event::okResult();
                put(a);
                change(t, Status::Connected, false);
            }
            last.addBindValue(gw);
            last.addBindValue(id);
            last.addBindValue(sessions::statusKey(status));
            last.addBindValue(zombie ? 1 : 0);
            last.addBindValue(sessions::statusKey(status).toUpper());
            last.addBindValue(since >= 0 ? QVariant(since) : QVariant(QMetaType::fromType<qint64>()));
            last.addBindValue(zombieSince >= 0 ? QVariant(zombieSince) : QVariant(QMetaType::fromType<qint64>()));
            last.addBindValue(QVariant(QMetaType::fromType<qint64>()));
            last.addBindValue(now);
            last.exec();
        }
        // Every statement done first: SQLite refuses to commit under a pending one.
        ins.finish();
        last.finish();
        q.finish();
        if (!raw.commit())
            qFatal("commit: %s", qPrintable(raw.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    out() << "sessions: " << sessions << "\ndays: " << days << "\nevents: " << events
          << "\nfill_s: " << timer.elapsed() / 1000.0 << Qt::endl;

    // Opening a session's 7-day timeline, 20 sessions; the first is cold.
    QList<double> timeline;
    for (int k = 0; k < 20; ++k) {
        const QString id = QStringLiteral("session-%1").arg((k * 37) % sessions, 4, 10, QLatin1Char('0'));
        QElapsedTimer t;
        t.start();
        const auto e = db.events(gw, id, now - 7 * Day);
        const auto s = db.states(gw);
        const auto segments = history::timeline(*e, s->value(id), now - 7 * Day, now);
        const history::Uptime up = history::uptimeOf(segments);
        Q_UNUSED(up)
        timeline << t.nsecsElapsed() / 1e6;
    }
    out() << "timeline_7d_ms_first: " << timeline.first() << "\ntimeline_7d_ms_median: " << median(timeline)
          << "\ntimeline_7d_ms_max: " << *std::max_element(timeline.begin(), timeline.end()) << Qt::endl;

    // The uptime column: the worker's read and arithmetic, then the GUI thread's share.
    QList<double> reads;
    history::Uptimes uptimes;
    for (int k = 0; k < 5; ++k) {
        QElapsedTimer t;
        t.start();
        const auto e = db.events(gw, {}, now - 7 * Day, true);
        const auto s = db.states(gw);
        uptimes = history::uptimes(*e, *s, now);
        reads << t.nsecsElapsed() / 1e6;
    }
    out() << "uptimes_read_ms_median: " << median(reads) << "\nuptimes_sessions: " << uptimes.size() << Qt::endl;

    sessions::SessionBook book;
    QList<sessions::Session> rows;
    for (int i = 0; i < sessions; ++i) {
        sessions::Session s;
        s.id = QStringLiteral("session-%1").arg(i, 4, 10, QLatin1Char('0'));
        s.name = s.id;
        s.status = Status::Connected;
        s.health = sessions::Health::Healthy;
        s.statusSinceUtc = QDateTime::fromMSecsSinceEpoch(now - 3 * H, Qt::UTC);
        rows << s;
    }
    book.apply(rows);
    ui::SessionTableModel model(book);
    QList<double> gui;
    for (int k = 0; k < 5; ++k) {
        QElapsedTimer t;
        t.start();
        model.setUptimes(uptimes);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r, ui::SessionTableModel::Uptime);
            index.data(Qt::DisplayRole);
            index.data(Qt::ToolTipRole);
            model.index(r, ui::SessionTableModel::StatusSince).data(Qt::DisplayRole);
        }
        gui << t.nsecsElapsed() / 1e6;
    }
    out() << "uptime_column_gui_ms_median: " << median(gui)
          << "\nuptime_column_gui_ms_max: " << *std::max_element(gui.begin(), gui.end()) << Qt::endl;

    // One refresh of every session recorded (a tenth changed), and one pruning batch.
    history::Observations seen;
    for (int i = 0; i < sessions; ++i) {
        sessions::Session s;
        s.id = QStringLiteral("session-%1").arg(i, 4, 10, QLatin1Char('0'));
        s.status = i % 10 == 3 ? Status::Disconnected : Status::Connected;
        s.rawStatus = QStringLiteral("X");
        seen.append(s);
    }
    QElapsedTimer t;
    t.start();
    const auto written = db.observe(gw, seen, now, false);
    out() << "observe_1000_ms: " << t.nsecsElapsed() / 1e6 << "\nobserve_written: " << (written ? *written : -1)
          << Qt::endl;
    t.restart();
    const int pruned = db.prune(now - 60 * Day, 5000);
    out() << "prune_5000_ms: " << t.nsecsElapsed() / 1e6 << "\npruned: " << pruned << Qt::endl;
    return 0;
}
