#pragma once

#include "settings/GatewayProfiles.h"

#include <QHash>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

namespace settings {

// Non-secret settings, typed (QSettings: PixelHub / Sessions). Keys, defaults and ranges come from
// SettingsSchema.h.
// Secrets never go here: see SecretStore.
class Profile
{
public:
    Profile();                                      // the user's profile
    explicit Profile(std::unique_ptr<QSettings> s); // tests: an isolated file

    // The saved gateway profiles.
    GatewayProfiles gatewayProfiles() const { return GatewayProfiles(*m_settings); }
    // The URL of the profile "default" (the desktop's single gateway field); an empty URL removes it.
    QUrl gatewayUrl() const;
    void setGatewayUrl(const QUrl& url);
    std::chrono::seconds listTimeout() const;
    void setListTimeout(std::chrono::seconds s);
    std::chrono::seconds requestTimeout() const;
    void setRequestTimeout(std::chrono::seconds s);
    std::chrono::seconds connectTimeout() const;
    void setConnectTimeout(std::chrono::seconds s);
    std::chrono::seconds refreshInterval() const; // 0 = off
    void setRefreshInterval(std::chrono::seconds s);
    // The least time between two starts of a bulk action or of "Fix unhealthy sessions" (rate limit).
    std::chrono::seconds bulkActionGap() const;
    void setBulkActionGap(std::chrono::seconds s);
    QString caFile() const;
    void setCaFile(const QString& path);
    // Plain http:// to a host that is not this computer (the secret in clear); default false.
    bool allowCleartextGateway() const;
    void setAllowCleartextGateway(bool on);

    QString activityDsn() const; // password-free DSN
    void setActivityDsn(const QString& dsn);
    std::chrono::seconds activityTimeout() const;
    void setActivityTimeout(std::chrono::seconds s);
    std::chrono::seconds silenceThreshold() const;
    void setSilenceThreshold(std::chrono::seconds s);
    bool noActivityIsZombie() const;
    void setNoActivityIsZombie(bool on);
    // Per-session silence thresholds (a quiet channel may be fine after days), per gateway: two
    // gateways may each have a session "vendas", and they are not the same number. Values outside
    // the schema's range are ignored.
    std::optional<std::chrono::seconds> silenceOverride(const QString& gateway, const QString& sessionId) const;
    void setSilenceOverride(const QString& gateway, const QString& sessionId,
                            std::optional<std::chrono::seconds> threshold);
    QHash<QString, std::chrono::seconds> silenceOverrides(const QString& gateway) const; // by session id

    QString historyDsn() const; // password-free DSN of the team history database; "" = local file only
    void setHistoryDsn(const QString& dsn);
    std::chrono::seconds historyRetention() const;
    void setHistoryRetention(std::chrono::seconds s);

    std::chrono::seconds connectDeadline() const; // overall create/reconnect deadline
    void setConnectDeadline(std::chrono::seconds s);
    // The whole healthcheck (listing and QR requests), default 5 min: well inside a 15-minute cron.
    std::chrono::seconds healthcheckDeadline() const;
    void setHealthcheckDeadline(std::chrono::seconds s);

    QString language() const; // "" = system, else one of availableLanguages()
    void setLanguage(const QString& code);
    bool closeToTray() const;
    void setCloseToTray(bool on);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& g);
    QByteArray tableState() const;
    void setTableState(const QByteArray& s);
    // Whose the saved table widths are; Unknown: saved before the app fitted its columns.
    enum class TableWidths
    {
        Unknown,
        App,
        Person
    };
    TableWidths tableWidths() const;
    void setTableWidths(TableWidths whose);

    QSettings& raw() { return *m_settings; }
    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace settings
