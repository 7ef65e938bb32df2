#pragma once

// Shared by the dialog and action tests: an in-process simulator with a session book and a
// monitor listing it on demand, a named child that must exist, and the QR dialog's page.
#include "../support/SimGateway.h"
#include "QrDialog.h"
#include "runtime/SessionMonitor.h"
#include "sessions/SessionBook.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStackedWidget>

#include <memory>

namespace dialogtest {

struct ListedGateway : SimGateway
{
    sessions::SessionBook book;
    std::unique_ptr<runtime::SessionMonitor> monitor;

    explicit ListedGateway(const QJsonObject& scenario, const QString& dialect = QStringLiteral("pixelhub"))
        : SimGateway(scenario)
    {
        if (!sim.setDialect(dialect))
            qFatal("simulator lacks dialect %s", qPrintable(dialect));
        gateway::GatewayConfig config = client->config();
        config.dialect = dialect;
        client->setConfig(config);
        monitor = std::make_unique<runtime::SessionMonitor>(*client, book);
    }

    bool list()
    {
        QSignalSpy done(monitor.get(), &runtime::SessionMonitor::refreshFinished);
        monitor->refresh();
        return done.wait(5000) && book.isLoaded();
    }
};

template <typename T> T* child(const QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// The QR dialog's page ("qrPage", "confirmPage", ...), or "(closed)" once it is gone.
inline QString page(const ui::QrDialog* dialog)
{
    if (!dialog)
        return QStringLiteral("(closed)");
    return child<QStackedWidget>(dialog, "pageStackedWidget")->currentWidget()->objectName();
}

} // namespace dialogtest
