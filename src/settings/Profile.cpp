#include "Profile.h"

#include "SettingsSchema.h"

namespace settings {

namespace {

std::chrono::seconds secondsValue(const QSettings& s, const schema::Duration& d)
{
    bool ok = false;
    const qint64 v = s.value(d.key, qint64(d.defaultValue.count())).toLongLong(&ok);
    if (!ok || !d.contains(std::chrono::seconds(v)))
        return d.defaultValue;
    return std::chrono::seconds(v);
}

bool flagValue(const QSettings& s, const schema::Flag& f)
{
    return s.value(f.key, f.defaultValue).toBool();
}
} // namespace

Profile::Profile()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("PixelHub"), QStringLiteral("Sessions")))
{}

Profile::Profile(std::unique_ptr<QSettings> s)
    : m_settings(std::move(s))
{}

QUrl Profile::gatewayUrl() const
{
    const auto p = gatewayProfiles().find(GatewayProfile::defaultName());
    return p ? p->url : QUrl();
}
void Profile::setGatewayUrl(const QUrl& url)
{
    GatewayProfiles profiles = gatewayProfiles();
    if (url.isEmpty()) {
        profiles.remove(GatewayProfile::defaultName());
        return;
    }
    GatewayProfile p =
        profiles.find(GatewayProfile::defaultName())
            .value_or(GatewayProfile{GatewayProfile::defaultName(), GatewayProfile::defaultDialect(), {}, {}});
    p.url = url.adjusted(QUrl::RemoveUserInfo); // a password never reaches the file
    profiles.save(p);
}
std::chrono::seconds Profile::listTimeout() const
{
    return secondsValue(*m_settings, schema::ListTimeout);
}
void Profile::setListTimeout(std::chrono::seconds s)
{
    m_settings->setValue(schema::ListTimeout.key, qint64(s.count()));
}
std::chrono::seconds Profile::requestTimeout() const
{
    return secondsValue(*m_settings, schema::RequestTimeout);
}
void Profile::setRequestTimeout(std::chrono::seconds s)
{
    m_settings->setValue(schema::RequestTimeout.key, qint64(s.count()));
}
std::chrono::seconds Profile::connectTimeout() const
{
    return secondsValue(*m_settings, schema::ConnectTimeout);
}
void Profile::setConnectTimeout(std::chrono::seconds s)
{
    m_settings->setValue(schema::ConnectTimeout.key, qint64(s.count()));
}
std::chrono::seconds Profile::refreshInterval() const
{
    return secondsValue(*m_settings, schema::RefreshInterval);
}
void Profile::setRefreshInterval(std::chrono::seconds s)
{
    m_settings->setValue(schema::RefreshInterval.key, qint64(s.count()));
}
std::chrono::seconds Profile::bulkActionGap() const
{
    return secondsValue(*m_settings, schema::BulkActionGap);
}
void Profile::setBulkActionGap(std::chrono::seconds s)
{
    m_settings->setValue(schema::BulkActionGap.key, qint64(s.count()));
}
QString Profile::caFile() const
{
    return m_settings->value(schema::CaFile.key).toString();
}
void Profile::setCaFile(const QString& path)
{
    m_settings->setValue(schema::CaFile.key, path);
}
bool Profile::allowCleartextGateway() const
{
    return flagValue(*m_settings, schema::AllowCleartext);
}
void Profile::setAllowCleartextGateway(bool on)
{
    m_settings->setValue(schema::AllowCleartext.key, on);
}
QString Profile::activityDsn() const
{
    return m_settings->value(schema::ActivityDsn.key).toString();
}
void Profile::setActivityDsn(const QString& dsn)
{
    m_settings->setValue(schema::ActivityDsn.key, dsn);
}
QString Profile::historyDsn() const
{
    return m_settings->value(schema::HistoryDsn.key).toString();
}
void Profile::setHistoryDsn(const QString& dsn)
{
    m_settings->setValue(schema::HistoryDsn.key, dsn);
}
std::chrono::seconds Profile::historyRetention() const
{
    return secondsValue(*m_settings, schema::HistoryRetention);
}
void Profile::setHistoryRetention(std::chrono::seconds s)
{
    m_settings->setValue(schema::HistoryRetention.key, qint64(s.count()));
}
std::chrono::seconds Profile::activityTimeout() const
{
    return secondsValue(*m_settings, schema::ActivityTimeout);
}
void Profile::setActivityTimeout(std::chrono::seconds s)
{
    m_settings->setValue(schema::ActivityTimeout.key, qint64(s.count()));
}
std::chrono::seconds Profile::silenceThreshold() const
{
    return secondsValue(*m_settings, schema::SilenceThreshold);
}
void Profile::setSilenceThreshold(std::chrono::seconds s)
{
    m_settings->setValue(schema::SilenceThreshold.key, qint64(s.count()));
}
bool Profile::noActivityIsZombie() const
{
    return flagValue(*m_settings, schema::NoActivityIsZombie);
}
void Profile::setNoActivityIsZombie(bool on)
{
    m_settings->setValue(schema::NoActivityIsZombie.key, on);
}
namespace {

// activity/silenceOverrides: gateway name -> (session id -> seconds). Before gateways had names it
// was session id -> seconds: such an entry (a number, not a map) is the default gateway's.
QVariantMap overridesOf(const QVariantMap& all, const QString& gateway)
{
    QVariantMap mine = all.value(gateway).toMap();
    if (gateway != GatewayProfile::defaultName())
        return mine;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QVariantMap && !mine.contains(it.key()))
            mine.insert(it.key(), it.value());
    }
    return mine;
}

std::optional<std::chrono::seconds> thresholdValue(const QVariant& value)
{
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    if (!ok || !schema::SilenceThreshold.contains(std::chrono::seconds(v)))
        return std::nullopt;
    return std::chrono::seconds(v);
}

} // namespace

std::optional<std::chrono::seconds> Profile::silenceOverride(const QString& gateway, const QString& sessionId) const
{
    const QHash<QString, std::chrono::seconds> mine = silenceOverrides(gateway);
    const auto it = mine.constFind(sessionId);
    return it == mine.cend() ? std::nullopt : std::optional(*it);
}

void Profile::setSilenceOverride(const QString& gateway, const QString& sessionId,
                                 std::optional<std::chrono::seconds> threshold)
{
    QVariantMap all = m_settings->value(schema::SilenceOverrides.key).toMap();
    QVariantMap mine = overridesOf(all, gateway);
    if (gateway == GatewayProfile::defaultName()) {
        // The old flat entries move under the default gateway's name.
        for (auto it = all.begin(); it != all.end();) {
            if (it.value().typeId() != QMetaType::QVariantMap)
                it = all.erase(it);
            else
                ++it;
        }
    }
    if (threshold)
        mine.insert(sessionId, qint64(threshold->count()));
    else
        mine.remove(sessionId);
    if (mine.isEmpty())
        all.remove(gateway);
    else
        all.insert(gateway, mine);
    m_settings->setValue(schema::SilenceOverrides.key, all);
}

QHash<QString, std::chrono::seconds> Profile::silenceOverrides(const QString& gateway) const
{
    const QVariantMap mine = overridesOf(m_settings->value(schema::SilenceOverrides.key).toMap(), gateway);
    QHash<QString, std::chrono::seconds> result;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (const auto t = thresholdValue(it.value()))
            result.insert(it.key(), *t);
    }
    return result;
}

std::chrono::seconds Profile::connectDeadline() const
{
    return secondsValue(*m_settings, schema::ConnectDeadline);
}
void Profile::setConnectDeadline(std::chrono::seconds s)
{
    m_settings->setValue(schema::ConnectDeadline.key, qint64(s.count()));
}
std::chrono::seconds Profile::healthcheckDeadline() const
{
    return secondsValue(*m_settings, schema::HealthcheckDeadline);
}
void Profile::setHealthcheckDeadline(std::chrono::seconds s)
{
    m_settings->setValue(schema::HealthcheckDeadline.key, qint64(s.count()));
}
QString Profile::language() const
{
    return m_settings->value(schema::Language.key).toString();
}
void Profile::setLanguage(const QString& code)
{
    m_settings->setValue(schema::Language.key, code);
}
bool Profile::closeToTray() const
{
    return flagValue(*m_settings, schema::CloseToTray);
}
void Profile::setCloseToTray(bool on)
{
    m_settings->setValue(schema::CloseToTray.key, on);
}
QByteArray Profile::windowGeometry() const
{
    return m_settings->value(schema::WindowGeometry.key).toByteArray();
}
void Profile::setWindowGeometry(const QByteArray& g)
{
    m_settings->setValue(schema::WindowGeometry.key, g);
}
QByteArray Profile::tableState() const
{
    return m_settings->value(schema::TableState.key).toByteArray();
}
void Profile::setTableState(const QByteArray& s)
{
    m_settings->setValue(schema::TableState.key, s);
}
Profile::TableWidths Profile::tableWidths() const
{
    const QString whose = m_settings->value(schema::TableWidths.key).toString();
    if (whose == QLatin1String("app"))
        return TableWidths::App;
    if (whose == QLatin1String("person"))
        return TableWidths::Person;
    return TableWidths::Unknown;
}
void Profile::setTableWidths(TableWidths whose)
{
    if (whose == TableWidths::Unknown)
        m_settings->remove(schema::TableWidths.key);
    else
        m_settings->setValue(schema::TableWidths.key,
                             whose == TableWidths::App ? QStringLiteral("app") : QStringLiteral("person"));
}

} // namespace settings
