#pragma once

#include "gateway/Result.h"

#include <QString>

namespace gateway {

// A 2xx to a DELETE has lied before (a redirect turned into a GET, a "success" that was not): a
// session counts as deleted only once a GET of it answers 404. `check` is that GET's result; the
// answer is ok when the session is gone, else a failure that says why (translated). The one rule
// for the CLI's delete and the window's delete dialog.
Result confirmDeletion(const QString& id, const Result& check);

} // namespace gateway
