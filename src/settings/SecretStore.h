#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace settings {

namespace keychain {
struct Result;
}

// The gateway secret and the activity database password, kept in the OS keychain (QtKeychain:
// Secret Service on Linux; the Credential Manager on Windows, see KeychainBackend.h). There is no fallback to a file:
// when no keychain service answers, the value is kept in memory for this run only and keychainProblem() says so
// plainly.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        GatewaySecret,
        ActivityPassword,
        HistoryPassword, // the team history database's (PIXELHUB_HISTORY_DSN)
    };
    Q_ENUM(Key)

    using ReadCallback = std::function<void(const QString& value, bool found)>;
    using WriteCallback = std::function<void(bool persisted)>;

    explicit SecretStore(QString service = QStringLiteral("PixelHub Sessions"), QObject* parent = nullptr);

    // Asynchronous; the callback runs in this object's thread. A value held in memory (set this
    // run) answers without asking the keychain.
    void read(Key key, ReadCallback callback);
    // Stores the value in the keychain; if that is impossible, keeps it in memory and calls back
    // with persisted = false (keychainProblem() tells why).
    void write(Key key, const QString& value, WriteCallback callback = {});
    void remove(Key key, WriteCallback callback = {});

    // Values supplied from outside for this run (environment variables, demo mode): never persisted.
    void setRuntimeValue(Key key, const QString& value);

    // The same, by keychain account name: each gateway profile keeps its credential under its own.
    void read(const QString& account, ReadCallback callback);
    void write(const QString& account, const QString& value, WriteCallback callback = {});
    void remove(const QString& account, WriteCallback callback = {});
    void setRuntimeValue(const QString& account, const QString& value);
    // The keychain account of a gateway profile's credential ("default" keeps the entry it had
    // before profiles existed).
    static QString gatewaySecretAccount(const QString& profileName);
    static QString keyName(Key key);

    // A value this run holds in memory only (given for the run, or the keychain refused it).
    bool isHeldForThisRunOnly(const QString& account) const { return !m_memory.value(account).isEmpty(); }

    QString keychainProblem() const;
    // The keychain service's own error text behind keychainProblem() (not translated), or empty.
    QString keychainProblemDetails() const { return m_problemDetails; }

signals:
    void keychainProblemChanged(const QString& problem);
    // A value given to write() could not be stored in the keychain: it is kept for this run only
    // (keychainProblem() says so, keychainProblemDetails() has the service's words).
    void writeNotPersisted();

private:
    void noteProblem(const keychain::Result& result);

    QString m_service;
    QHash<QString, QString> m_memory; // this run only
    enum class Problem
    {
        None,
        Unavailable,
        AccessDenied,
    };
    Problem m_problem = Problem::None;
    QString m_problemDetails;
};

} // namespace settings
