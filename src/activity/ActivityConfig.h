#pragma once

#include "activity/Dsn.h"

#include <QString>

#include <optional>

namespace activity {

struct ActivityConfig
{
    std::optional<Dsn> dsn; // none: activity is not configured
    QString password;       // from the keychain or PIXELHUB_ACTIVITY_PASSWORD; never logged
    QString cacheDir;       // where the local cache lives; empty: kept in memory only
    int timeoutMs = 15000;  // connect, read and whole-refresh bound
    // Rows are read newest first; once they reach back past the largest silence threshold, a
    // refresh spends at most this long more reading older history (later refreshes continue).
    int backfillMs = 200;
    // Keep reading older history in short slices between refreshes until the whole table is read
    // (the window; the CLI exits after its answer instead).
    bool backgroundBackfill = false;
};

} // namespace activity
