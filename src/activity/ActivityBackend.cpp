#include "activity/ActivityBackend.h"

#include "activity/MySqlBackend.h"
#include "activity/PostgresBackend.h"
#include "activity/SqliteBackend.h"

#include <QSqlDatabase>

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

bool ActivityBackend::driverAvailable(DbKind kind)
{
    return QSqlDatabase::isDriverAvailable(create(kind)->driverName());
}

} // namespace activity
