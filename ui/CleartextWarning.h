#pragma once

#include <QLabel>
#include <QStringList>

namespace runtime {
class Runtime;
}

namespace ui {

// The warning that stays while a gateway's credential travels in clear text: its profile allows
// plain http:// to a host that is not this computer (gateway/allowCleartext, the rule of
// gateway/Cleartext.h via GatewayClient::sendsSecretInClear). A permanent status-bar widget, so a
// passing status message never hides it; hidden when no gateway does that. Follows every
// reconfiguration of the runtime.
class CleartextWarning : public QLabel
{
    Q_OBJECT

public:
    explicit CleartextWarning(runtime::Runtime& runtime, QWidget* parent = nullptr);

    // The gateways (profile names) that send their credential in clear, as last shown.
    const QStringList& gateways() const { return m_gateways; }

private:
    void refresh();

    runtime::Runtime& m_runtime;
    QStringList m_gateways;
};

} // namespace ui
