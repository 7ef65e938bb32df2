#pragma once

#include "activity/ActivityConfig.h"
#include "gateway/GatewayConfig.h"

#include <QLatin1StringView>
#include <QString>

#include <chrono>
#include <optional>

// Every saved setting declared once: its QSettings key, its default and, for durations, its range.
// The profile reads and writes through it, the dialogs take their spin box ranges from it, the CLI
// validates its flags against it. Changing a default or a range is a one-line change here.
namespace settings::schema {

using std::chrono::seconds;

// A duration stored as whole seconds. A stored value outside [min, max] reads as the default.
struct Duration
{
    QLatin1StringView key;
    seconds defaultValue;
    seconds min;
    seconds max;

    constexpr bool contains(seconds v) const { return v >= min && v <= max; }
    // The range in a display unit (hours, minutes): the smallest and largest whole number of
    // units inside [min, max], so what a spin box offers is always accepted by the profile.
    template <typename Unit> constexpr qint64 minIn() const
    {
        const qint64 u = std::chrono::duration_cast<seconds>(Unit(1)).count();
        return (min.count() + u - 1) / u;
    }
    template <typename Unit> constexpr qint64 maxIn() const
    {
        return std::chrono::duration_cast<seconds>(max).count() / std::chrono::duration_cast<seconds>(Unit(1)).count();
    }
};

struct Flag
{
    QLatin1StringView key;
    bool defaultValue;
};

struct Text // no default: empty means unset
{
    QLatin1StringView key;
};

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

// Gateway
// The single gateway address saved before profiles existed; read once, as the profile "default".
inline constexpr Text LegacyGatewayUrl{"gateway/url"_L1};
inline constexpr Text CaFile{"gateway/caFile"_L1};
// The time-outs' defaults are the transport's own built-in ones (gateway/GatewayConfig.h).
inline constexpr Duration ListTimeout{"gateway/listTimeoutSeconds"_L1, gateway::defaults::ListTimeout, 1s, 600s};
inline constexpr Duration RequestTimeout{"gateway/requestTimeoutSeconds"_L1, gateway::defaults::RequestTimeout, 1s,
                                         600s};
inline constexpr Duration ConnectTimeout{"gateway/connectTimeoutSeconds"_L1, gateway::defaults::ConnectTimeout, 1s,
                                         120s};
// Create/reconnect: the whole flow, QR included.
inline constexpr Duration ConnectDeadline{"connect/deadlineSeconds"_L1, 3min, 3s, 1h};
// Plain http:// to a host that is not this computer carries the credential in clear: refused
// unless this is set (and then a warning stays visible).
inline constexpr Flag AllowCleartext{"gateway/allowCleartext"_L1, false};
// The whole healthcheck, its reconnect requests included (they run a few at once).
inline constexpr Duration HealthcheckDeadline{"health/deadlineSeconds"_L1, 5min, 5s, 1h};

// Activity and the zombie verdict
inline constexpr Text ActivityDsn{"activity/dsn"_L1}; // password-free
inline constexpr Duration ActivityTimeout{"activity/timeoutSeconds"_L1, activity::DefaultTimeout, 1s, 300s};
// The global threshold and every per-session one (SilenceOverrides) share this range.
inline constexpr Duration SilenceThreshold{"activity/silenceThresholdSeconds"_L1, 4h, 60s, 90 * 24h};
inline constexpr Text SilenceOverrides{"activity/silenceOverrides"_L1}; // map: gateway -> (session id -> seconds)
inline constexpr Flag NoActivityIsZombie{"activity/noActivityIsZombie"_L1, false};

// History (status changes and operator actions): a team database, password-free; empty = only
// the local file. Records older than the retention are pruned, a bounded batch at a time.
inline constexpr Text HistoryDsn{"history/dsn"_L1};
inline constexpr Duration HistoryRetention{"history/retentionSeconds"_L1, 90 * 24h, 24h, 10 * 365 * 24h};

// Desktop
inline constexpr Duration RefreshInterval{"ui/refreshIntervalSeconds"_L1, 5min, 0s, 24h}; // 0 = off
// Bulk actions and "Fix unhealthy sessions": one start per this many seconds, so a gateway is
// never asked for many QR codes at once.
inline constexpr Duration BulkActionGap{"ui/bulkActionGapSeconds"_L1, 2s, 0s, 60s};
inline constexpr Text Language{"ui/language"_L1}; // "" = system; else one of availableLanguages()
inline constexpr Flag CloseToTray{"ui/closeToTray"_L1, true};
inline constexpr Text WindowGeometry{"ui/windowGeometry"_L1};
inline constexpr Text TableState{"ui/tableState"_L1};
// Whose the saved column widths are: "app" (fitted to the view) or "person" (a divider dragged);
// unset: saved before the app fitted its columns.
inline constexpr Text TableWidths{"ui/tableWidths"_L1};

// A number of hours as typed on a command line ("4", "0.5"), checked against a duration's range.
// NaN, infinities, negatives, zero, garbage and anything outside the range give nullopt.
std::optional<seconds> parseHours(const QString& text, const Duration& range);
// --silent-hours: parseHours against SilenceThreshold.
std::optional<seconds> parseSilentHours(const QString& text);

} // namespace settings::schema
