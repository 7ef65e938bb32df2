#include "activity/ActivityBackend.h"

#include "activity/MySqlBackend.h"
#include "activity/PostgresBackend.h"
#include "activity/SqliteBackend.h"

namespace activity {

std::unique_ptr<ActivityBackend> ActivityBackend::create(DbKind kind)
{
    switch (kind) {
    case DbKind::MySql:
        return std::make_unique<MySqlBackend>();
    case DbKind::Postgres:
        return std::make_unique<PostgresBackend>();
    case DbKind::Sqlite:
        break;
    }
    return std::make_unique<SqliteBackend>();
}

} // namespace activity
