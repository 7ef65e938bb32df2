#pragma once

#include <QString>

#include <functional>

class QObject;

namespace settings::keychain {

// The platform's secret storage, behind SecretStore: QtKeychain (Secret Service, KWallet, macOS
// Keychain) in KeychainBackend_qtkeychain.cpp, the Windows Credential Manager in
// KeychainBackend_wincred.cpp. CMake picks one. Values never appear in logs or error texts.
enum class Status
{
    Ok,
    NotFound,
    Unavailable, // no keychain service answers on this desktop
    AccessDenied,
    Failed,
};

struct Result
{
    Status status = Status::Ok;
    QString value; // read only
    int code = 0;  // the backend's own error code, for the log
    QString text;  // the backend's own error text (never contains the value)
};

using Callback = std::function<void(const Result&)>;

// Whether secrets go through the QtKeychain library (a third-party component to credit in About).
bool usesQtKeychain();

// Asynchronous: done runs later in context's thread, never inside the call, and not at all once
// context is destroyed.
void readSecret(QObject* context, const QString& service, const QString& key, Callback done);
void writeSecret(QObject* context, const QString& service, const QString& key, const QString& value, Callback done);
void removeSecret(QObject* context, const QString& service, const QString& key, Callback done);

} // namespace settings::keychain
