#include "SecretStore.h"

#include "KeychainBackend.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeychain, "pixelhub.keychain", QtInfoMsg)

namespace settings {

SecretStore::SecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString SecretStore::keyName(Key key)
{
    switch (key) {
    case Key::GatewaySecret:
        return QStringLiteral("gateway-secret");
    case Key::ActivityPassword:
        return QStringLiteral("activity-db-password");
    case Key::HistoryPassword:
        return QStringLiteral("history-db-password");
    }
    return {};
}

QString SecretStore::keychainProblem() const
{
    // Worded when asked, so it follows a language change.
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::Unavailable:
        // For a person, not a developer: the service's own words ("Failed to execute child process
        // dbus-launch…") go to keychainProblemDetails(), for Details and diagnostics.
        return tr("The system keychain is not available on this computer, so the access key and passwords are "
                  "kept for this session only: type them again the next time you open the app. If it keeps "
                  "happening, tell whoever manages this computer.");
    case Problem::AccessDenied:
        return tr("Access to the keychain was denied, so secrets are kept for this session only. Unlock the "
                  "keychain and try again.");
    }
    return {};
}

void SecretStore::noteProblem(const keychain::Result& result)
{
    Problem problem = Problem::None;
    if (result.status == keychain::Status::Unavailable || result.status == keychain::Status::Failed)
        problem = Problem::Unavailable;
    else if (result.status == keychain::Status::AccessDenied)
        problem = Problem::AccessDenied;
    else
        return;
    // The keychain's own error text never contains the secret; log the code, not values.
    qCWarning(lcKeychain) << "keychain unavailable, error" << result.code;
    m_problemDetails = result.text;
    if (problem != m_problem) {
        m_problem = problem;
        emit keychainProblemChanged(keychainProblem());
    }
}

QString SecretStore::gatewaySecretAccount(const QString& profileName)
{
    if (profileName.isEmpty() || profileName == QLatin1String("default"))
        return keyName(Key::GatewaySecret);
    return keyName(Key::GatewaySecret) + QLatin1Char('/') + profileName;
}

void SecretStore::setRuntimeValue(Key key, const QString& value)
{
    setRuntimeValue(keyName(key), value);
}

void SecretStore::read(Key key, ReadCallback callback)
{
    read(keyName(key), std::move(callback));
}

void SecretStore::write(Key key, const QString& value, WriteCallback callback)
{
    write(keyName(key), value, std::move(callback));
}

void SecretStore::remove(Key key, WriteCallback callback)
{
    remove(keyName(key), std::move(callback));
}

void SecretStore::setRuntimeValue(const QString& key, const QString& value)
{
    m_memory.insert(key, value);
}

void SecretStore::read(const QString& key, ReadCallback callback)
{
    if (m_memory.contains(key)) {
        const QString value = m_memory.value(key);
        QMetaObject::invokeMethod(
            this, [callback, value] { callback(value, !value.isEmpty()); }, Qt::QueuedConnection);
        return;
    }
    keychain::readSecret(this, m_service, key, [this, callback](const keychain::Result& result) {
        if (result.status == keychain::Status::Ok) {
            callback(result.value, true);
            return;
        }
        noteProblem(result);
        callback(QString(), false);
    });
}

void SecretStore::write(const QString& key, const QString& value, WriteCallback callback)
{
    m_memory.insert(key, value);
    keychain::writeSecret(this, m_service, key, value, [this, key, callback](const keychain::Result& result) {
        const bool persisted = result.status == keychain::Status::Ok;
        if (persisted) {
            m_memory.remove(key); // the keychain holds it now
        } else {
            noteProblem(result);
            emit writeNotPersisted();
        }
        if (callback)
            callback(persisted);
    });
}

void SecretStore::remove(const QString& key, WriteCallback callback)
{
    m_memory.remove(key);
    keychain::removeSecret(this, m_service, key, [this, callback](const keychain::Result& result) {
        const bool ok = result.status == keychain::Status::Ok || result.status == keychain::Status::NotFound;
        if (!ok)
            noteProblem(result);
        if (callback)
            callback(ok);
    });
}

} // namespace settings
