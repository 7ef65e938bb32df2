#pragma once

#include <QString>

namespace ui {

// Where desktop notifications go. The tray's balloons in the app (TrayNotifier), a recorder in
// tests, so notification rules are tested without a system tray.
class DesktopNotifier
{
public:
    enum class Severity
    {
        Information,
        Warning,
        Critical
    };

    virtual ~DesktopNotifier() = default;
    virtual void showMessage(const QString& title, const QString& body, Severity severity) = 0;
};

} // namespace ui
