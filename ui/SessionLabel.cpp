#include "SessionLabel.h"

#include <QCoreApplication>

namespace ui {

QString sessionLabel(const QString& id, const QString& gateway, bool severalGateways)
{
    if (!severalGateways || gateway.isEmpty())
        return id;
    return QCoreApplication::translate("ui::SessionLabel", "%1 (%2)", "a session id and its gateway").arg(id, gateway);
}

} // namespace ui
