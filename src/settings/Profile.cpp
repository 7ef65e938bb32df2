#include "Profile.h"

#include "settings/Limits.h"

namespace settings {

namespace {
namespace Key {
const QString ListTimeout = QStringLiteral("gateway/listTimeoutSeconds");
const QString RequestTimeout = QStringLiteral("gateway/requestTimeoutSeconds");
const QString ConnectTimeout = QStringLiteral("gateway/connectTimeoutSeconds");
const QString CaFile = QStringLiteral("gateway/caFile");
const QString AllowCleartext = QStringLiteral("gateway/allowCleartext");
const QString RefreshInterval = QStringLiteral("ui/refreshIntervalSeconds");
const QString ActivityDsn = QStringLiteral("activity/dsn");
const QString ActivityTimeout = QStringLiteral("activity/timeoutSeconds");
const QString SilenceThreshold = QStringLiteral("activity/silenceThresholdSeconds");
const QString NoActivityIsZombie = QStringLiteral("activity/noActivityIsZombie");
const QString SilenceOverrides = QStringLiteral("activity/silenceOverrides");
const QString ConnectDeadline = QStringLiteral("connect/deadlineSeconds");
const QString HealthcheckDeadline = QStringLiteral("health/deadlineSeconds");
const QString Language = QStringLiteral("ui/language");
const QString CloseToTray = QStringLiteral("ui/closeToTray");
const QString WindowGeometry = QStringLiteral("ui/windowGeometry");
const QString TableState = QStringLiteral("ui/tableState");
} // namespace Key

std::chrono::seconds secondsValue(const QSettings& s, const QString& key, std::chrono::seconds def, qint64 min,
                                  qint64 max)
{
    bool ok = false;
    const qint64 v = s.value(key, qint64(def.count())).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return def;
    return std::chrono::seconds(v);
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
    return secondsValue(*m_settings, Key::ListTimeout, std::chrono::seconds(90), 1, 600);
}
void Profile::setListTimeout(std::chrono::seconds s)
{
    m_settings->setValue(Key::ListTimeout, qint64(s.count()));
}
std::chrono::seconds Profile::requestTimeout() const
{
    return secondsValue(*m_settings, Key::RequestTimeout, std::chrono::seconds(30), 1, 600);
}
void Profile::setRequestTimeout(std::chrono::seconds s)
{
    m_settings->setValue(Key::RequestTimeout, qint64(s.count()));
}
std::chrono::seconds Profile::connectTimeout() const
{
    return secondsValue(*m_settings, Key::ConnectTimeout, std::chrono::seconds(10), 1, 120);
}
void Profile::setConnectTimeout(std::chrono::seconds s)
{
    m_settings->setValue(Key::ConnectTimeout, qint64(s.count()));
}
std::chrono::seconds Profile::refreshInterval() const
{
    return secondsValue(*m_settings, Key::RefreshInterval, std::chrono::minutes(5), 0, 24 * 3600);
}
void Profile::setRefreshInterval(std::chrono::seconds s)
{
    m_settings->setValue(Key::RefreshInterval, qint64(s.count()));
}
QString Profile::caFile() const
{
    return m_settings->value(Key::CaFile).toString();
}
void Profile::setCaFile(const QString& path)
{
    m_settings->setValue(Key::CaFile, path);
}
bool Profile::allowCleartextGateway() const
{
    return m_settings->value(Key::AllowCleartext, false).toBool();
}
void Profile::setAllowCleartextGateway(bool on)
{
    m_settings->setValue(Key::AllowCleartext, on);
}
QString Profile::activityDsn() const
{
    return m_settings->value(Key::ActivityDsn).toString();
}
void Profile::setActivityDsn(const QString& dsn)
{
    m_settings->setValue(Key::ActivityDsn, dsn);
}
std::chrono::seconds Profile::activityTimeout() const
{
    return secondsValue(*m_settings, Key::ActivityTimeout, std::chrono::seconds(15), 1, 300);
}
void Profile::setActivityTimeout(std::chrono::seconds s)
{
    m_settings->setValue(Key::ActivityTimeout, qint64(s.count()));
}
std::chrono::seconds Profile::silenceThreshold() const
{
    return secondsValue(*m_settings, Key::SilenceThreshold, std::chrono::hours(4), MinSilenceThreshold.count(),
                        MaxSilenceThreshold.count());
}
void Profile::setSilenceThreshold(std::chrono::seconds s)
{
    m_settings->setValue(Key::SilenceThreshold, qint64(s.count()));
}
bool Profile::noActivityIsZombie() const
{
    return m_settings->value(Key::NoActivityIsZombie, false).toBool();
}
void Profile::setNoActivityIsZombie(bool on)
{
    m_settings->setValue(Key::NoActivityIsZombie, on);
}
std::optional<std::chrono::seconds> Profile::silenceOverride(const QString& sessionId) const
{
    const QVariantMap map = m_settings->value(Key::SilenceOverrides).toMap();
    bool ok = false;
    const qint64 v = map.value(sessionId).toLongLong(&ok);
    if (!ok || v <= 0)
        return std::nullopt;
    return std::chrono::seconds(v);
}
void Profile::setSilenceOverride(const QString& sessionId, std::optional<std::chrono::seconds> threshold)
{
    QVariantMap map = m_settings->value(Key::SilenceOverrides).toMap();
    if (threshold)
        map.insert(sessionId, qint64(threshold->count()));
    else
        map.remove(sessionId);
    m_settings->setValue(Key::SilenceOverrides, map);
}
QStringList Profile::sessionsWithOverride() const
{
    return m_settings->value(Key::SilenceOverrides).toMap().keys();
}
std::chrono::seconds Profile::connectDeadline() const
{
    return secondsValue(*m_settings, Key::ConnectDeadline, std::chrono::minutes(3), 3, 3600);
}
void Profile::setConnectDeadline(std::chrono::seconds s)
{
    m_settings->setValue(Key::ConnectDeadline, qint64(s.count()));
}
std::chrono::seconds Profile::healthcheckDeadline() const
{
    return secondsValue(*m_settings, Key::HealthcheckDeadline, std::chrono::minutes(5), 5, 3600);
}
void Profile::setHealthcheckDeadline(std::chrono::seconds s)
{
    m_settings->setValue(Key::HealthcheckDeadline, qint64(s.count()));
}
QString Profile::language() const
{
    return m_settings->value(Key::Language).toString();
}
void Profile::setLanguage(const QString& code)
{
    m_settings->setValue(Key::Language, code);
}
bool Profile::closeToTray() const
{
    return m_settings->value(Key::CloseToTray, true).toBool();
}
void Profile::setCloseToTray(bool on)
{
    m_settings->setValue(Key::CloseToTray, on);
}
QByteArray Profile::windowGeometry() const
{
    return m_settings->value(Key::WindowGeometry).toByteArray();
}
void Profile::setWindowGeometry(const QByteArray& g)
{
    m_settings->setValue(Key::WindowGeometry, g);
}
QByteArray Profile::tableState() const
{
    return m_settings->value(Key::TableState).toByteArray();
}
void Profile::setTableState(const QByteArray& s)
{
    m_settings->setValue(Key::TableState, s);
}

} // namespace settings
