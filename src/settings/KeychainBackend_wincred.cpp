#include "KeychainBackend.h"

#include <QMetaObject>
#include <QObject>

#include <windows.h>
// wincred.h needs the types from windows.h first.
#include <wincred.h>

// The Windows Credential Manager ("Windows Credentials" in Control Panel), one generic credential
// per secret, named "<service>/<key>", persisted for the user on this computer. The calls are
// quick and local, so they run synchronously; the answer is still delivered later, as the
// interface promises.
namespace settings::keychain {

namespace {

QString targetName(const QString& service, const QString& key)
{
    return service + QLatin1Char('/') + key;
}

Result failure(DWORD error)
{
    Result result;
    switch (error) {
    case ERROR_NOT_FOUND:
        result.status = Status::NotFound;
        break;
    case ERROR_NO_SUCH_LOGON_SESSION:
        result.status = Status::Unavailable; // no user profile to store credentials in
        break;
    case ERROR_ACCESS_DENIED:
        result.status = Status::AccessDenied;
        break;
    default:
        result.status = Status::Failed;
        break;
    }
    result.code = int(error);
    result.text = QStringLiteral("Credential Manager error %1").arg(error);
    return result;
}

void deliver(QObject* context, Callback done, Result result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

} // namespace

void readSecret(QObject* context, const QString& service, const QString& key, Callback done)
{
    const std::wstring target = targetName(service, key).toStdWString();
    PCREDENTIALW credential = nullptr;
    if (!CredReadW(target.c_str(), CRED_TYPE_GENERIC, 0, &credential)) {
        deliver(context, std::move(done), failure(GetLastError()));
        return;
    }
    Result result;
    // Stored as UTF-16, the way the Credential Manager shows passwords of generic credentials.
    result.value = QString::fromUtf16(reinterpret_cast<const char16_t*>(credential->CredentialBlob),
                                      qsizetype(credential->CredentialBlobSize / sizeof(char16_t)));
    SecureZeroMemory(credential->CredentialBlob, credential->CredentialBlobSize);
    CredFree(credential);
    deliver(context, std::move(done), std::move(result));
}

void writeSecret(QObject* context, const QString& service, const QString& key, const QString& value, Callback done)
{
    std::wstring target = targetName(service, key).toStdWString();
    std::wstring user = service.toStdWString();
    QString blob = value;
    CREDENTIALW credential{};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = target.data();
    credential.UserName = user.data();
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    credential.CredentialBlobSize = DWORD(blob.size() * sizeof(char16_t));
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    const bool ok = CredWriteW(&credential, 0);
    const DWORD error = ok ? 0 : GetLastError();
    SecureZeroMemory(blob.data(), blob.size() * sizeof(char16_t));
    deliver(context, std::move(done), ok ? Result{} : failure(error));
}

void removeSecret(QObject* context, const QString& service, const QString& key, Callback done)
{
    const std::wstring target = targetName(service, key).toStdWString();
    const bool ok = CredDeleteW(target.c_str(), CRED_TYPE_GENERIC, 0);
    deliver(context, std::move(done), ok ? Result{} : failure(GetLastError()));
}

bool usesQtKeychain()
{
    return false;
}

} // namespace settings::keychain
