#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

namespace gateway {

// The built-in time-outs: the settings schema (settings::schema) takes its defaults from here, so
// a default is one number in one place; the schema adds the keys and the ranges.
namespace defaults {
inline constexpr std::chrono::seconds ListTimeout{90}; // the gateway asks WPPConnect per session
inline constexpr std::chrono::seconds RequestTimeout{30};
inline constexpr std::chrono::seconds ConnectTimeout{10};
} // namespace defaults

// What the client needs to talk to one gateway. The secret lives here only in memory.
struct GatewayConfig
{
    QUrl baseUrl;                                 // e.g. https://wpp.example.com.br:8443, no trailing slash needed
    QString dialect = QStringLiteral("pixelhub"); // how the gateway speaks: one of dialectNames()
    QString secret; // the credential, sent as the dialect says (X-Gateway-Secret, X-Api-Key, ...); never logged
    std::chrono::milliseconds listTimeout{defaults::ListTimeout};
    std::chrono::milliseconds requestTimeout{defaults::RequestTimeout};
    std::chrono::milliseconds connectTimeout{defaults::ConnectTimeout};
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    QString caFile;              // extra trusted CA certificates (PEM), for gateways with a private CA
    bool allowCleartext = false; // the profile allows plain http:// to a host that is not this computer

    bool isConfigured() const { return baseUrl.isValid() && !baseUrl.host().isEmpty(); }
};

} // namespace gateway
