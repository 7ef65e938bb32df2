#pragma once

// The demo's window without child processes: one in-process simulator per dialect of
// DemoLauncher::demoDialects(), each loaded with the demo's scenario, and a context with one
// gateway profile per simulator named after its dialect, as `--demo` makes them. The Pixel Hub
// one writes the activity database, as in the demo.
#include "DemoLauncher.h"
#include "GatewaySimulator.h"
#include "GuiTestSupport.h"
#include "history/HistoryDb.h"
#include "runtime/Runtime.h"
#include "runtime/SessionsRuntime.h"
#include "settings/GatewayProfiles.h"
#include "settings/Profile.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace guitest {

struct FiveDialects
{
    static constexpr const char* SecretVariable = "PHS_TEST_FIVE_DIALECTS_SECRET";

    std::vector<std::unique_ptr<sim::GatewaySimulator>> sims;
    QString activityPath;
    QString historyPath; // the context's history file, once options() made it

    // False when a simulator cannot start; dir holds the activity database.
    bool start(const QTemporaryDir& dir)
    {
        for (const QString& dialect : DemoLauncher::demoDialects()) {
            auto sim = std::make_unique<sim::GatewaySimulator>();
            sim->setSecret(Secret);
            if (!sim->setDialect(dialect) || !sim->loadScenarioFile(QStringLiteral(":/sim/demo.json")) ||
                !sim->listen())
                return false;
            sims.push_back(std::move(sim));
        }
        static int counter = 0;
        activityPath = dir.filePath(QStringLiteral("five-dialects-activity-%1.db").arg(++counter));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), activityPath);
        db.setDatabaseName(activityPath);
        return db.open() && sims.front()->attachActivityDatabase(activityPath, 0);
    }

    sim::GatewaySimulator* sim(const QString& dialect) const
    {
        for (const auto& s : sims) {
            if (s->dialect() == dialect)
                return s.get();
        }
        return nullptr;
    }

    // A demo context (demo = true) over the five simulators.
    ui::AppContext::Options options(const QTemporaryDir& dir)
    {
        ui::AppContext::Options o = guitest::options(dir, QUrl(), QStringLiteral("sqlite://") + activityPath);
        historyPath = o.historyFile;
        settings::GatewayProfiles profiles = o.profile->gatewayProfiles();
        for (const auto& s : sims)
            profiles.save({s->dialect(), s->dialect(), s->baseUrl(), QString::fromLatin1(SecretVariable)});
        QProcessEnvironment environment;
        environment.insert(QString::fromLatin1(SecretVariable), Secret);
        o.environment = environment;
        o.demo = true;
        return o;
    }

    // A window that has watched for a while: the history learns that every session the runtime
    // lists now was starting (or stopped) hoursAgo + 1 h ago and reached its present status hoursAgo ago, as
    // the refreshes of those hours would have recorded it. The next
    // refresh reads these states. The first sight of a session says nothing about since when.
    bool seedHistory(const runtime::Runtime& runtime, int hoursAgo = 3) const
    {
        activity::Dsn dsn;
        dsn.kind = activity::DbKind::Sqlite;
        dsn.database = historyPath;
        history::HistoryDb db(dsn, QString(), 5000);
        if (!db.open())
            return false;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (runtime::SessionsRuntime* gateway : runtime.gateways()) {
            // Each session seen first in another status, then as the gateway lists it now.
            const history::Observations after = gateway->snapshot().sessions;
            history::Observations before;
            for (sessions::Session s : after) {
                const bool starting = s.status == sessions::Status::Starting;
                s.status = starting ? sessions::Status::Disconnected : sessions::Status::Starting;
                s.health = sessions::Health::NotConnected;
                s.rawStatus = starting ? QStringLiteral("STOPPED") : QStringLiteral("STARTING");
                before.append(s);
            }
            if (!db.observe(gateway->name(), before, now - (hoursAgo + 1) * 3600000LL, false) ||
                !db.observe(gateway->name(), after, now - hoursAgo * 3600000LL, false))
                return false;
        }
        return true;
    }
};

} // namespace guitest
