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
};

} // namespace activity
