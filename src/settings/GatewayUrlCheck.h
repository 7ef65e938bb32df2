#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace settings {

// The one validation of a gateway address, whatever its source (typed in Settings, --gateway,
// PIXELHUB_GATEWAY_URL, the saved profile): https expected, http allowed with a visible warning,
// every other scheme refused, and no credentials in any part (user info, query, fragment).
class GatewayUrlCheck
{
    Q_DECLARE_TR_FUNCTIONS(GatewayUrlCheck)

public:
    enum class Verdict
    {
        Empty,    // nothing typed (allowed: the app then shows "no gateway configured")
        Invalid,  // cannot be saved; message says why
        Insecure, // http://: can be saved; message warns
        Ok,
    };

    Verdict verdict = Verdict::Empty;
    QString message; // translated; empty for Ok and Empty
    QUrl url;        // the normalised address when acceptable

    bool isAcceptable() const { return verdict != Verdict::Invalid; }

    static GatewayUrlCheck check(const QString& text);
};

} // namespace settings
