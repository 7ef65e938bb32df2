#include "CleartextWarning.h"
#include "LanguageChange.h"

#include "Palette.h"

#include "runtime/Runtime.h"
#include "sessions/VisibleText.h"

namespace ui {

CleartextWarning::CleartextWarning(runtime::Runtime& runtime, QWidget* parent)
    : QLabel(parent)
    , m_runtime(runtime)
{
    setObjectName(QStringLiteral("cleartextWarning"));
    setStyleSheet(palette::noteStyle(palette::Note::Error));
    setTextFormat(Qt::PlainText);
    connect(&runtime, &runtime::Runtime::configured, this, &CleartextWarning::refresh);
    connect(&runtime, &runtime::Runtime::gatewaysChanged, this, &CleartextWarning::refresh);
    refresh();
    onLanguageChange(this, [this] { refresh(); });
}

void CleartextWarning::refresh()
{
    m_gateways.clear();
    for (const QString& name : m_runtime.gatewaysSendingSecretInClear())
        m_gateways << sessions::visibleText(name);
    setVisible(!m_gateways.isEmpty());
    if (m_gateways.isEmpty()) {
        clear();
        setToolTip({});
        return;
    }
    setText(tr("⚠ Secret sent in clear text"));
    setAccessibleName(text());
    setToolTip(tr("The credential of %n gateway(s) (%1) travels in clear text over http:// to another computer, "
                  "because the settings allow it (gateway/allowCleartext). Anyone on the network path can read it. "
                  "Use an https:// address unless the network is trusted.",
                  nullptr, int(m_gateways.size()))
                   .arg(m_gateways.join(QStringLiteral(", "))));
}

} // namespace ui
