#pragma once

// Shared by the GUI tests: isolated profiles, contexts against an in-process simulator, screenshots.
#include "AppContext.h"
#include "MainWindow.h"
#include "RefreshController.h"
#include "SessionTableModel.h"
#include "history/HistoryStore.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

namespace guitest {

inline constexpr QSize WindowSize{1000, 600};
inline const QString Secret = QStringLiteral("gui-test-secret");

// Call from initTestCase(): nothing of the user's (settings, cache, keychain, environment) is used.
inline void isolate()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char* name :
         {"PIXELHUB_GATEWAY_URL", "PIXELHUB_GATEWAY_SECRET", "PIXELHUB_ACTIVITY_DSN", "PIXELHUB_ACTIVITY_PASSWORD"})
        qunsetenv(name);
}

// Call from cleanup(): closes every dialog a test left open, so the next starts alone.
inline void closeDialogs()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(w))
            delete w;
    }
}

// A context with its own profile file. The secrets are run-time values, so the keychain is never asked.
inline ui::AppContext::Options options(const QTemporaryDir& dir, const QUrl& gateway, const QString& dsn = {})
{
    ui::AppContext::Options o;
    static int counter = 0;
    const QString file = dir.filePath(QStringLiteral("profile-%1.ini").arg(++counter));
    o.profile = std::make_unique<settings::Profile>(std::make_unique<QSettings>(file, QSettings::IniFormat));
    if (!gateway.isEmpty())
        o.overrides.gatewayUrl = gateway;
    if (!dsn.isEmpty())
        o.overrides.activityDsn = dsn;
    o.secretService = QStringLiteral("PixelHub Sessions GUI tests");
    o.runtimeSecrets = {{settings::SecretStore::Key::GatewaySecret, Secret},
                        {settings::SecretStore::Key::ActivityPassword, QString()}};
    o.activityCacheDir = dir.filePath(QStringLiteral("cache-%1").arg(counter));
    o.historyFile = dir.filePath(QStringLiteral("history-%1.db").arg(counter)); // no state from another test
    return o;
}

// A named child a test cannot go on without.
template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

inline QString screenshotPath(const QString& name)
{
    const QString dir = QStringLiteral(PHS_TEST_OUTPUT_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QStringLiteral(".png");
}

inline void screenshot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY2(image.save(screenshotPath(name)), qPrintable(screenshotPath(name)));
}

// A real main window over its own context, shown at the fixed size and configured.
struct Window
{
    std::unique_ptr<ui::AppContext> context;
    std::unique_ptr<ui::MainWindow> window;
};

inline Window openWindow(ui::AppContext::Options options)
{
    Window w;
    w.context = std::make_unique<ui::AppContext>(std::move(options));
    w.window = std::make_unique<ui::MainWindow>(*w.context);
    w.window->resize(WindowSize);
    w.window->show();
    w.context->reload();
    return w;
}

// The window shows `rows` sessions and no refresh is running.
inline bool loaded(const ui::MainWindow& w, int rows)
{
    return w.sessionModel()->rowCount() == rows && !w.refresher()->isRefreshing();
}

// The newest action recorded for (gateway, session), waiting up to 10 s for the store's answer;
// an empty event when none came.
inline history::Event lastAction(history::HistoryStore* store, const QString& gateway, const QString& session)
{
    QSignalSpy loaded(store, &history::HistoryStore::lastActionLoaded);
    const quint64 ticket = store->requestLastAction(gateway, session);
    for (int i = 0; i < 50; ++i) {
        for (const QList<QVariant>& args : std::as_const(loaded)) {
            if (args.at(0).toULongLong() == ticket)
                return args.at(1).value<history::Event>();
        }
        loaded.wait(200);
    }
    return history::Event();
}

} // namespace guitest
