#pragma once

// Shared by the CLI tests: an in-process simulator (optionally with a SQLite activity database)
// and a command line run either in process (registry + string streams) or as the real executable.
#include "GatewaySimulator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline QJsonObject scenarioOf(const QJsonArray& sessions)
{
    return QJsonObject{{"qrAfterPolls", 1}, {"qrRotateSeconds", 20}, {"sessions", sessions}};
}

inline QJsonObject sessionOf(const QString& id, const QString& phase)
{
    return QJsonObject{{"id", id}, {"phase", phase}, {"token", true}};
}

class SimFixture
{
public:
    static constexpr const char* Secret = "cli-test-secret-0123456789abcdef";

    SimFixture() { QVERIFY(m_dir.isValid()); }
    ~SimFixture() { stop(); }

    QTemporaryDir& dir() { return m_dir; }
    sim::GatewaySimulator& sim() { return *m_sim; }

    // Starts the simulator with a scenario (a resource path or an object), optionally writing
    // activity rows into a fresh SQLite database (dsn() then names it).
    // keepHistory: the history of the previous start() goes on (a gateway whose sessions changed).
    bool start(const QJsonObject& scenario, bool withActivity, bool keepHistory = false)
    {
        stop();
        m_sim = std::make_unique<sim::GatewaySimulator>();
        m_sim->setSecret(QString::fromLatin1(Secret));
        QString error;
        const bool loaded = scenario.isEmpty() ? m_sim->loadScenarioFile(":/sim/basic.json", &error)
                                               : m_sim->loadScenario(scenario, &error);
        if (!loaded) {
            qWarning() << "scenario:" << error;
            return false;
        }
        if (!m_sim->listen())
            return false;
        if (withActivity) {
            m_dbPath = m_dir.filePath(QStringLiteral("activity-%1.db").arg(++m_dbCount));
            m_connection = QStringLiteral("cli-fixture-%1").arg(m_dbCount);
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", m_connection);
            db.setDatabaseName(m_dbPath);
            if (!db.open() || !m_sim->attachActivityDatabase(m_connection, 0, &error)) {
                qWarning() << "activity:" << error << db.lastError().text();
                return false;
            }
        } else {
            m_dbPath.clear();
        }
        m_sim->clearRequests();
        // A history of its own (XDG_DATA_HOME for the executables it starts, historyFile() for the
        // runs in this process): no state from another scenario, where the same ids had other statuses.
        if (!keepHistory || m_dataCount == 0)
            ++m_dataCount;
        qputenv("XDG_DATA_HOME", dataHome().toUtf8());
        return true;
    }

    QString dataHome() const { return m_dir.filePath(QStringLiteral("data-%1").arg(m_dataCount)); }
    QString historyFile() const { return dataHome() + QStringLiteral("/PixelHub/Sessions/history.db"); }

    void stop()
    {
        m_sim.reset();
        if (!m_connection.isEmpty()) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
            m_connection.clear();
        }
    }

    QString url() const { return m_sim->baseUrl().toString(); }
    QString dsn() const { return m_dbPath.isEmpty() ? QString() : QStringLiteral("sqlite://") + m_dbPath; }

    // Global arguments pointing at this simulator (and its activity database, if any).
    QStringList globals() const
    {
        QStringList args{"--gateway", url()};
        if (!m_dbPath.isEmpty())
            args << "--activity-dsn" << dsn();
        return args;
    }

    void clearRequests() { m_sim->clearRequests(); }

    // "GET /api/channels", "GET /api/channels/imobsites/qr", ...
    QStringList requests() const
    {
        QStringList out;
        for (const sim::RequestRecord& r : m_sim->requests())
            out << r.method + QLatin1Char(' ') + r.path;
        return out;
    }

private:
    QTemporaryDir m_dir;
    int m_dataCount = 0;
    std::unique_ptr<sim::GatewaySimulator> m_sim;
    QString m_dbPath;
    QString m_connection;
    int m_dbCount = 0;
};

inline QJsonDocument parseJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << text;
    return doc;
}
