#pragma once

#include "activity/Dsn.h"

#include <QString>

#include <chrono>
#include <optional>

namespace activity {

// The built-in read bound; the settings schema takes its default from here (one number, one place).
inline constexpr std::chrono::seconds DefaultTimeout{15};

struct ActivityConfig
{
    std::optional<Dsn> dsn; // none: activity is not configured
    QString password;       // from the keychain or PIXELHUB_ACTIVITY_PASSWORD; never logged
    QString cacheDir;       // where the local cache lives; empty: kept in memory only
    int timeoutMs = int(std::chrono::milliseconds(DefaultTimeout).count()); // connect, read and whole-refresh bound
    // Rows are read newest first; once they reach back past the largest silence threshold every
    // verdict is settled, and a refresh spends at most this long more reading older history
    // (later refreshes continue). 0: the answer waits for nothing it does not need (the CLI).
    int backfillMs = 0;
    // Keep reading older history between refreshes, in slices of BackfillSliceMs, until the
    // whole table is read (the window).
    bool backgroundBackfill = false;
    static constexpr int BackfillSliceMs = 200;
};

} // namespace activity
