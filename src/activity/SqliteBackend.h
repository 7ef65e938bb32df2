#pragma once

#include "activity/ActivityBackend.h"

namespace activity {

class SqliteBackend final : public ActivityBackend
{
public:
    QString driverName() const override;
    void configure(QSqlDatabase& db, const Dsn& dsn, int timeoutMs) const override;
    QSqlError prepareSession(QSqlDatabase& db, int timeoutMs) const override;
    QString nowEpochSql() const override;
    QString epochOf(const QString& expression) const override;
    QString rowEpochSql() const override;
    QString aggregateSql() const override;
    DbErrorKind classify(const QSqlError& error) const override;
};

} // namespace activity
