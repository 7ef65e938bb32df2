#include "activity/Dsn.h"

#include <QDir>
#include <QUrl>

namespace activity {

namespace {

int defaultPort(DbKind kind)
{
    switch (kind) {
    case DbKind::MySql:
        return 3306;
    case DbKind::Postgres:
        return 5432;
    case DbKind::Sqlite:
        break;
    }
    return 0;
}

QString schemeOf(DbKind kind)
{
    switch (kind) {
    case DbKind::MySql:
        return QStringLiteral("mysql");
    case DbKind::Postgres:
        return QStringLiteral("postgresql");
    case DbKind::Sqlite:
        break;
    }
    return QStringLiteral("sqlite");
}

} // namespace

std::optional<Dsn> Dsn::parse(const QString& text, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<Dsn> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("The database address is empty."));

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return fail(tr("The database address is not valid. Use mysql://user@host:3306/db, "
                       "postgresql://user@host:5432/db or sqlite:///path/to/file.db."));
    // Checked before anything else so no later message can echo the secret; decoded first, so
    // "u%3Ahunter2@" is seen for what it is, and options (?password=…) are never silently dropped.
    const QString user = url.userName(QUrl::FullyDecoded);
    if (!url.password().isEmpty() || url.userInfo().contains(u':') || user.contains(u':'))
        return fail(tr("The database address must not contain a password. Remove it from the address "
                       "and store it in Settings (it is kept in the system keychain)."));

    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The database address takes no options (\"?…\" or \"#…\"); a password never goes "
                       "there: store it in Settings (it is kept in the system keychain)."));

    Dsn dsn;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mysql" || scheme == u"mariadb") {
        dsn.kind = DbKind::MySql;
    } else if (scheme == u"postgresql" || scheme == u"postgres") {
        dsn.kind = DbKind::Postgres;
    } else if (scheme == u"sqlite") {
        dsn.kind = DbKind::Sqlite;
    } else {
        return fail(tr("Unsupported database type \"%1\". Use mysql, postgresql or sqlite.").arg(scheme));
    }

    if (dsn.kind == DbKind::Sqlite) {
        QString path = url.path();
        // sqlite:///C:/dir/activity.db on Windows: the URL's path is "/C:/dir/activity.db".
        if (path.size() > 3 && path.at(0) == u'/' && path.at(1).isLetter() && path.at(2) == u':' &&
            QDir::isAbsolutePath(path.mid(1)))
            path.remove(0, 1);
        if (!url.host().isEmpty() || !QDir::isAbsolutePath(path) || path.size() < 2)
            return fail(tr("A SQLite database needs an absolute path, for example sqlite:///var/lib/"
                           "pixelhub/activity.db."));
        dsn.database = QDir::cleanPath(path);
        return dsn;
    }

    dsn.host = url.host();
    if (dsn.host.isEmpty())
        return fail(tr("The database address has no host name."));
    dsn.user = user;
    if (dsn.user.isEmpty())
        return fail(tr("The database address has no user name (user@host)."));
    dsn.port = url.port(defaultPort(dsn.kind));
    if (dsn.port <= 0 || dsn.port > 65535)
        return fail(tr("The database port is not valid."));
    dsn.database = url.path();
    if (dsn.database.startsWith(u'/'))
        dsn.database.remove(0, 1);
    if (dsn.database.isEmpty() || dsn.database.contains(u'/'))
        return fail(tr("The database address has no database name (…/database)."));
    return dsn;
}

QString Dsn::toString() const
{
    if (kind == DbKind::Sqlite) // "sqlite:///C:/dir/file.db" for a Windows path
        return (database.startsWith(u'/') ? QStringLiteral("sqlite://") : QStringLiteral("sqlite:///")) + database;
    QUrl url;
    url.setScheme(schemeOf(kind));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    return url.toString(QUrl::FullyEncoded);
}

QString Dsn::location() const
{
    if (kind == DbKind::Sqlite)
        return database;
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return h + u':' + QString::number(port);
}

} // namespace activity
