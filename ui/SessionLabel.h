#pragma once

#include <QString>

namespace ui {

// How the window names a session to a person: "vendas" with one gateway, "vendas (beta)" with
// several (two gateways may each have a "vendas"). Menus, notifications and dialog titles use it.
QString sessionLabel(const QString& id, const QString& gateway, bool severalGateways);

} // namespace ui
