#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

namespace settings {

// One gateway the app watches: a name, the dialect it speaks, its base URL and where its
// credential comes from (the keychain, under this profile's own entry, or an environment variable
// read at every run, for servers and cron). Never the credential itself.
struct GatewayProfile
{
    QString name;      // [a-z0-9_-]{1,32}
    QString dialect;   // one of knownDialects()
    QUrl url;          // without user info
    QString secretEnv; // empty: the keychain

    bool operator==(const GatewayProfile&) const = default;

    // The name of the profile defined by --gateway / PIXELHUB_GATEWAY_URL for one run.
    static QString defaultName() { return QStringLiteral("default"); }
    static QString defaultDialect() { return QStringLiteral("pixelhub"); }
    static bool isValidName(const QString& name);
    static bool isValidEnvName(const QString& name);
};

// The dialects this build speaks.
QStringList knownDialects();
bool isKnownDialect(const QString& dialect);
// What a user calls the gateway software of a dialect ("WAHA", "Evolution API v2"…).
QString dialectDisplayName(const QString& dialect);

// The saved gateway profiles, in QSettings under "profiles/<name>/...". A profile saved before
// profiles existed (the single "gateway/url") reads as the profile "default".
class GatewayProfiles
{
    Q_DECLARE_TR_FUNCTIONS(GatewayProfiles)

public:
    explicit GatewayProfiles(QSettings& settings);

    QList<GatewayProfile> all() const; // sorted by name
    std::optional<GatewayProfile> find(const QString& name) const;
    // Adds or replaces; returns an empty string, or why the profile cannot be saved (translated).
    QString save(const GatewayProfile& profile);
    bool remove(const QString& name);

    // Why a profile is not valid (translated), or empty.
    static QString problem(const GatewayProfile& profile);

private:
    void migrateLegacy();

    QSettings& m_settings;
};

} // namespace settings
