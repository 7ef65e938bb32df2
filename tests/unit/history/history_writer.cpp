// A second program writing to the history at the same time as another: records N actions on the
// session "<tag>-<i>" and observes the session "shared" as connected every tenth one, then waits
// until everything is written (and delivered, with a team database). Exit 0 when nothing is left
// undelivered. Usage: history_writer LOCAL_FILE TEAM_DSN|- COUNT TAG
// The team database's password comes from PIXELHUB_HISTORY_PASSWORD, never from the arguments.
#include "history/HistoryStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: history_writer LOCAL_FILE TEAM_DSN|- COUNT TAG\n", stderr);
        return 2;
    }
    history::HistoryConfig config;
    config.localPath = args.at(1);
    if (args.at(2) != u"-")
        config.teamDsn = args.at(2);
    config.teamPassword = qEnvironmentVariable("PIXELHUB_HISTORY_PASSWORD");
    config.timeoutMs = 30000;
    const int count = args.at(3).toInt();
    const QString tag = args.at(4);

    history::HistoryStore store(config);
    int undelivered = -1;
    QObject::connect(&store, &history::HistoryStore::synced, [&](quint64, int n) { undelivered = n; });
    for (int i = 0; i < count; ++i) {
        store.recordAction(QStringLiteral("gw"), QStringLiteral("%1-%2").arg(tag).arg(i), QStringLiteral("reconnect"),
                           history::Event::okResult());
        if (i % 10 == 0) {
            sessions::Session shared;
            shared.id = QStringLiteral("shared");
            shared.status = sessions::Status::Connected;
            shared.health = sessions::Health::Healthy;
            shared.rawStatus = QStringLiteral("CONNECTED");
            store.observe(QStringLiteral("gw"), {shared});
        }
    }
    if (!store.waitForWrites(std::chrono::minutes(3))) {
        std::fputs("history_writer: timed out\n", stderr);
        return 1;
    }
    if (undelivered != 0 || !store.problem().isEmpty()) {
        std::fprintf(stderr, "history_writer: %d undelivered; %s\n", undelivered, qPrintable(store.problem()));
        return 1;
    }
    return 0;
}
