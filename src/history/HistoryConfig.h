#pragma once

#include <QString>

#include <chrono>

namespace history {

// Where the history lives and how long it is kept; resolved by runtime::ConfigResolver.
struct HistoryConfig
{
    // The local SQLite file shared by the desktop app and the command line. Always written first:
    // with a team database it is also the buffer of what is not delivered yet.
    QString localPath;
    // The team database (password-free DSN, MariaDB/MySQL or PostgreSQL); empty: the local file only.
    QString teamDsn;
    QString teamPassword;
    std::chrono::seconds retention{90 * 24 * 3600};
    int timeoutMs = 15000; // each database call; SQLite's busy timeout too
    // How often the worker retries a team database that was down (it also tries after every write).
    int retryIntervalMs = 60000;

    bool hasTeam() const { return !teamDsn.isEmpty(); }
};

} // namespace history
