#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace activity {

enum class DbKind
{
    MySql,
    Postgres,
    Sqlite,
};

// Where the webhook_raw_logs table lives. Never holds a password: that comes from the keychain
// or the environment, so a DSN can be shown, logged and stored in QSettings.
//   mysql://user@host:3306/db   postgresql://user@host:5432/db   sqlite:///abs/path.db
struct Dsn
{
    Q_DECLARE_TR_FUNCTIONS(Dsn)

public:
    DbKind kind = DbKind::Sqlite;
    QString host;
    int port = 0;
    QString user;
    QString database; // for SQLite: the absolute file path

    // Translated error in *error when the text is not a valid DSN. A DSN carrying a password is
    // rejected (without repeating it) so it never ends up in settings or logs.
    static std::optional<Dsn> parse(const QString& text, QString* error);

    // Canonical and password-free; also the key of the local activity cache.
    QString toString() const;

    // "host:port" for MySQL/PostgreSQL, the file path for SQLite: what error messages name.
    QString location() const;

    friend bool operator==(const Dsn&, const Dsn&) = default;
};

} // namespace activity
