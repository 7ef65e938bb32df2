#include "KeychainBackend.h"

#include <qt6keychain/keychain.h>

#include <QObject>

namespace settings::keychain {

namespace {

Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Status::Unavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Status::Failed;
}

void run(QKeychain::Job* job, QObject* context, const QString& key, Callback done)
{
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)](QKeychain::Job*) {
        Result result;
        result.status = statusOf(job->error());
        result.code = int(job->error());
        result.text = job->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job); read && result.status == Status::Ok)
            result.value = read->textData();
        done(result);
    });
    job->start();
}

} // namespace

void readSecret(QObject* context, const QString& service, const QString& key, Callback done)
{
    run(new QKeychain::ReadPasswordJob(service, context), context, key, std::move(done));
}

void writeSecret(QObject* context, const QString& service, const QString& key, const QString& value, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(service, context);
    job->setTextData(value);
    run(job, context, key, std::move(done));
}

void removeSecret(QObject* context, const QString& service, const QString& key, Callback done)
{
    run(new QKeychain::DeletePasswordJob(service, context), context, key, std::move(done));
}

bool usesQtKeychain()
{
    return true;
}

} // namespace settings::keychain
