#include "GatewayProfiles.h"

#include "gateway/Dialect.h"

#include "settings/GatewayUrlCheck.h"
#include "settings/SettingsSchema.h"

#include <QRegularExpression>
#include <QSettings>

namespace settings {

namespace {
const QString Group = QStringLiteral("profiles");
const QString DialectKey = QStringLiteral("dialect");
const QString UrlKey = QStringLiteral("url");
const QString SecretEnvKey = QStringLiteral("secretEnv");
} // namespace

bool GatewayProfile::isValidName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_-]{1,32}$"));
    return re.match(name).hasMatch();
}

bool GatewayProfile::isValidEnvName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
    return re.match(name).hasMatch();
}

QStringList knownDialects()
{
    // One list: the dialects src/gateway/ implements.
    return gateway::dialectNames();
}

bool isKnownDialect(const QString& dialect)
{
    return knownDialects().contains(dialect);
}

QString dialectDisplayName(const QString& dialect)
{
    // Product names, the same in every language; only the wrapper's is a description.
    if (dialect == QLatin1String("pixelhub"))
        return GatewayProfiles::tr("Pixel Hub wrapper (wppconnect)");
    if (dialect == QLatin1String("waha"))
        return QStringLiteral("WAHA");
    if (dialect == QLatin1String("evolution"))
        return QStringLiteral("Evolution API v2");
    if (dialect == QLatin1String("whapi"))
        return QStringLiteral("Whapi.Cloud");
    if (dialect == QLatin1String("wppconnect"))
        return QStringLiteral("wppconnect-server");
    return dialect;
}

GatewayProfiles::GatewayProfiles(QSettings& settings)
    : m_settings(settings)
{
    migrateLegacy();
}

void GatewayProfiles::migrateLegacy()
{
    // Before profiles, one gateway URL lived at "gateway/url"; it becomes the profile "default",
    // whose credential keeps its keychain entry (see SecretStore::gatewaySecretAccount).
    const QString legacy = m_settings.value(schema::LegacyGatewayUrl.key).toString().trimmed();
    if (legacy.isEmpty())
        return;
    m_settings.beginGroup(Group);
    const bool hasDefault = m_settings.childGroups().contains(GatewayProfile::defaultName());
    m_settings.endGroup();
    if (!hasDefault) {
        GatewayProfile p{GatewayProfile::defaultName(), GatewayProfile::defaultDialect(), QUrl(legacy), {}};
        if (problem(p).isEmpty())
            save(p);
    }
    m_settings.remove(schema::LegacyGatewayUrl.key);
}

QList<GatewayProfile> GatewayProfiles::all() const
{
    QList<GatewayProfile> out;
    m_settings.beginGroup(Group);
    QStringList names = m_settings.childGroups();
    m_settings.endGroup();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        if (const auto p = find(name))
            out << *p;
    }
    return out;
}

std::optional<GatewayProfile> GatewayProfiles::find(const QString& name) const
{
    if (!GatewayProfile::isValidName(name))
        return std::nullopt;
    m_settings.beginGroup(Group + QLatin1Char('/') + name);
    const bool exists = m_settings.contains(UrlKey);
    GatewayProfile p{name, m_settings.value(DialectKey, GatewayProfile::defaultDialect()).toString(),
                     QUrl(m_settings.value(UrlKey).toString()), m_settings.value(SecretEnvKey).toString()};
    m_settings.endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

QString GatewayProfiles::problem(const GatewayProfile& profile)
{
    if (!GatewayProfile::isValidName(profile.name))
        return tr("A gateway name uses 1 to 32 lower-case letters, digits, \"-\" or \"_\", e.g. \"vendas-sp\".");
    if (!isKnownDialect(profile.dialect))
        return tr("Unknown gateway type \"%1\": use one of %2.")
            .arg(profile.dialect, knownDialects().join(QStringLiteral(", ")));
    const GatewayUrlCheck check = GatewayUrlCheck::check(profile.url.toString());
    if (!check.isAcceptable())
        return check.message;
    if (check.verdict == GatewayUrlCheck::Verdict::Empty)
        return tr("Enter the gateway's address, e.g. https://wpp.example.com.br:8443.");
    if (!profile.secretEnv.isEmpty() && !GatewayProfile::isValidEnvName(profile.secretEnv))
        return tr("\"%1\" is not an environment variable name (letters, digits and \"_\").").arg(profile.secretEnv);
    return {};
}

QString GatewayProfiles::save(const GatewayProfile& profile)
{
    if (const QString why = problem(profile); !why.isEmpty())
        return why;
    m_settings.beginGroup(Group + QLatin1Char('/') + profile.name);
    m_settings.setValue(DialectKey, profile.dialect);
    m_settings.setValue(UrlKey, profile.url.adjusted(QUrl::RemoveUserInfo).toString());
    if (profile.secretEnv.isEmpty())
        m_settings.remove(SecretEnvKey);
    else
        m_settings.setValue(SecretEnvKey, profile.secretEnv);
    m_settings.endGroup();
    return {};
}

bool GatewayProfiles::remove(const QString& name)
{
    if (!find(name))
        return false;
    m_settings.remove(Group + QLatin1Char('/') + name);
    return true;
}

} // namespace settings
