#pragma once

#include <QVariant>

#include <optional>

namespace activity {

// Whether webhook_raw_logs can be read in id order at all, judged from its MAX(id): NULL is an
// empty table (highest id 0); a whole number is the highest id; anything else (an id column of
// text, "abc") is a table shape the reader cannot walk, which must be said, not read as 0.
// Returns the highest id, or nullopt when the shape is unusable.
std::optional<qint64> highestRowId(const QVariant& maxId);

} // namespace activity
