#pragma once

// The database a history test runs against, from PHS_HISTORY_TEST_KIND: sqlite (a scratch file),
// mysql or postgres (the servers tests/scripts/{mariadb,postgres}-start.sh start; skipped without
// them unless PHS_REQUIRE_MYSQL / PHS_REQUIRE_PG say they must be there).
#include "activity/Dsn.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

struct HistoryTestDb
{
    QString kind;
    QString dsn; // for sqlite: empty (the local file is the store)
    QString password;
    QString skipReason;
    bool mustExist = false;

    static HistoryTestDb fromEnvironment()
    {
        HistoryTestDb t;
        t.kind = qEnvironmentVariable("PHS_HISTORY_TEST_KIND", QStringLiteral("sqlite"));
        if (t.kind == u"sqlite")
            return t;
        const bool my = t.kind == u"mysql";
        t.dsn = qEnvironmentVariable(my ? "PHS_TEST_MYSQL_DSN" : "PHS_TEST_PG_DSN");
        t.password = qEnvironmentVariable(my ? "PHS_TEST_MYSQL_PASSWORD" : "PHS_TEST_PG_PASSWORD");
        t.mustExist = qEnvironmentVariableIntValue(my ? "PHS_REQUIRE_MYSQL" : "PHS_REQUIRE_PG") == 1;
        if (t.dsn.isEmpty())
            t.skipReason = QStringLiteral("no %1 test server: run tests/scripts/%2-start.sh first")
                               .arg(t.kind, my ? QStringLiteral("mariadb") : QStringLiteral("postgres"));
        return t;
    }

    bool isTeam() const { return !dsn.isEmpty(); }

    // Runs statements on the database under test (sqlitePath: the file, for the kind sqlite).
    bool exec(const QStringList& statements, const QString& sqlitePath = {}) const
    {
        return withDb(sqlitePath, [&](QSqlQuery& q) {
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    return false;
                }
            }
            return true;
        });
    }

    // The first column of the first row a query gives; invalid on an error or no row.
    QVariant scalar(const QString& sql, const QString& sqlitePath = {}) const
    {
        QVariant value;
        withDb(sqlitePath, [&](QSqlQuery& q) {
            if (q.exec(sql) && q.next())
                value = q.value(0);
            else
                qWarning() << sql << q.lastError().text();
            return true;
        });
        return value;
    }

    // Empties the server's history tables (the tests share one database).
    bool dropTables() const
    {
        if (!isTeam())
            return true;
        QStringList drops;
        for (const char* t : {"phs_history_events", "phs_history_last", "phs_history_outbox", "phs_history_meta"})
            drops << QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(t));
        return exec(drops);
    }

private:
    template <typename F> bool withDb(const QString& sqlitePath, F&& f) const
    {
        const QString name = QStringLiteral("phs-history-test-admin");
        bool ok = true;
        {
            QSqlDatabase db;
            if (isTeam()) {
                const auto d = activity::Dsn::parse(dsn, nullptr);
                if (!d)
                    return false;
                db = QSqlDatabase::addDatabase(
                    d->kind == activity::DbKind::MySql ? QStringLiteral("QMYSQL") : QStringLiteral("QPSQL"), name);
                db.setHostName(d->host);
                db.setPort(d->port);
                db.setUserName(d->user);
                db.setPassword(password);
                db.setDatabaseName(d->database);
            } else {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(sqlitePath);
            }
            ok = db.open();
            {
                QSqlQuery q(db);
                if (ok)
                    ok = f(q);
                q.finish();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
};

#define HISTORY_TEST_SKIP_OR_FAIL(t)                                                                                   \
    do {                                                                                                               \
        if (!(t).skipReason.isEmpty()) {                                                                               \
            if ((t).mustExist)                                                                                         \
                QFAIL("the database server is required but its DSN variable is not set");                              \
            QSKIP(qPrintable((t).skipReason));                                                                         \
        }                                                                                                              \
    } while (false)
