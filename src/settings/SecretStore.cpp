#include "SecretStore.h"

#include <qt6keychain/keychain.h>

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
    }
    return {};
}

void SecretStore::noteProblem(int error, const QString& text)
{
    QString problem;
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError || error == QKeychain::NotImplemented)
        problem = tr("No keychain service is available on this desktop, so secrets cannot be saved: they are kept "
                     "for this session only and must be entered again next time. (%1)")
                      .arg(text);
    else if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser)
        problem = tr("Access to the keychain was denied, so secrets are kept for this session only. Unlock the "
                     "keychain and try again.");
    else
        return;
    // The keychain's own error text never contains the secret; log the category, not values.
    qCWarning(lcKeychain) << "keychain unavailable, error" << error;
    if (problem != m_problem) {
        m_problem = problem;
        emit keychainProblemChanged(m_problem);
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
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, callback](QKeychain::Job*) {
        if (job->error() == QKeychain::NoError) {
            callback(job->textData(), true);
            return;
        }
        if (job->error() != QKeychain::EntryNotFound)
            noteProblem(job->error(), job->errorString());
        callback(QString(), false);
    });
    job->start();
}

void SecretStore::write(const QString& key, const QString& value, WriteCallback callback)
{
    m_memory.insert(key, value);
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, callback](QKeychain::Job*) {
        const bool persisted = job->error() == QKeychain::NoError;
        if (persisted) {
            m_memory.remove(key); // the keychain holds it now
        } else {
            noteProblem(job->error(), job->errorString());
        }
        if (callback)
            callback(persisted);
    });
    job->start();
}

void SecretStore::remove(const QString& key, WriteCallback callback)
{
    m_memory.remove(key);
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, callback](QKeychain::Job*) {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (!ok)
            noteProblem(job->error(), job->errorString());
        if (callback)
            callback(ok);
    });
    job->start();
}

} // namespace settings
