#include "DiagnosticsReport.h"

#include "AppContext.h"
#include "gateway/GatewayClient.h"
#include "history/HistoryStore.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"
#include "sessions/SessionBook.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>

namespace ui {

namespace {
constexpr int Piece = 8;

QString section(const QString& title)
{
    return QStringLiteral("\n== ") + title + QStringLiteral(" ==\n");
}

// A URL as it may appear in a ticket: no user name, password or query.
QString safeUrl(QUrl url)
{
    url.setUserInfo({});
    url.setQuery(QString());
    url.setFragment({});
    return url.toDisplayString();
}

// One history event on one line, in the CLI's words (statuses by their keys), at most
// HistoryLineChars characters.
QString historyLine(const history::Event& e)
{
    QString line =
        history::isoUtc(e.atMs) + QLatin1Char(' ') + e.gateway + QLatin1Char('/') + e.session + QLatin1Char(' ');
    if (e.isStatus()) {
        const auto status = [](sessions::Status s, bool zombie) {
            return sessions::statusKey(s) + (zombie ? QStringLiteral(" (possibly disconnected)") : QString());
        };
        line += (e.from ? status(*e.from, e.fromZombie) : QStringLiteral("first seen")) + QStringLiteral(" -> ") +
                status(e.to, e.toZombie) + QStringLiteral(" (gateway: \"") + e.gatewayStatus + QStringLiteral("\")");
    } else {
        line += e.action + QStringLiteral(" by ") + e.actor + QStringLiteral(": ") + e.result;
    }
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (line.size() > DiagnosticsReport::HistoryLineChars)
        line = line.left(DiagnosticsReport::HistoryLineChars - 1) + QChar(0x2026);
    return line;
}

bool secretKey(const QString& key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("secret")) || k.contains(QLatin1String("password")) ||
           k.contains(QLatin1String("token")) || k.contains(QLatin1String("key"));
}
} // namespace

QString DiagnosticsReport::masked(QString text, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (secret.isEmpty())
            continue;
        if (secret.size() < Piece) {
            text.replace(secret, QString(secret.size(), QLatin1Char('*')));
            continue;
        }
        for (int i = 0; i + Piece <= secret.size(); ++i)
            text.replace(secret.mid(i, Piece), QString(Piece, QLatin1Char('*')), Qt::CaseInsensitive);
    }
    return text;
}

QString DiagnosticsReport::text(AppContext& context, const QStringList& logLines, const QList<history::Event>& history)
{
    QString out;
    out += QStringLiteral("Pixel Hub Sessions diagnostics\n");
    out += QStringLiteral("written: ") + QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char('\n');

    out += section(QStringLiteral("versions"));
    out += QStringLiteral("app: ") + QCoreApplication::applicationVersion() + QLatin1Char('\n');
    out += QStringLiteral("qt: ") + QString::fromLatin1(qVersion()) + QLatin1Char('\n');
    out += QStringLiteral("os: ") + QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::kernelType() +
           QLatin1Char(' ') + QSysInfo::kernelVersion() + QStringLiteral(", ") + QSysInfo::currentCpuArchitecture() +
           QStringLiteral(")\n");
    out += QStringLiteral("locale: ") + QLocale().name() + QLatin1Char('\n');
    out += QStringLiteral("demo: ") + (context.isDemo() ? QStringLiteral("yes") : QStringLiteral("no")) +
           QLatin1Char('\n');

    out += section(QStringLiteral("settings"));
    QSettings& settings = context.profile().raw();
    const QStringList keys = settings.allKeys();
    for (const QString& key : keys) {
        if (key.startsWith(QLatin1String("ui/window")) || key.startsWith(QLatin1String("ui/table")))
            continue; // binary window state
        if (secretKey(key)) {
            out += key + QStringLiteral(" = (not shown)\n");
            continue;
        }
        QString value = settings.value(key).toString();
        if (key.contains(QLatin1String("url"), Qt::CaseInsensitive) || key.contains(QLatin1String("dsn")))
            value = safeUrl(QUrl(value));
        out += key + QStringLiteral(" = ") + value + QLatin1Char('\n');
    }

    out += section(QStringLiteral("gateways"));
    QStringList secrets;
    for (runtime::SessionsRuntime* gateway : context.runtime().gateways()) {
        gateway::GatewayClient& client = gateway->client();
        secrets << client.config().secret;
        const runtime::SessionMonitor& monitor = gateway->monitor();
        const gateway::Result& last = monitor.lastResult();
        out += QStringLiteral("[") + gateway->name() + QStringLiteral("] dialect ") + gateway->setup().profile.dialect +
               QStringLiteral(", address ") + safeUrl(client.config().baseUrl) + QStringLiteral(", credential ") +
               (client.config().secret.isEmpty() ? QStringLiteral("missing") : QStringLiteral("set (not shown)")) +
               QLatin1Char('\n');
        out +=
            QStringLiteral("  last listing: ") +
            (last.ok ? QStringLiteral("ok") : QStringLiteral("failed (") + last.message.toString() + QLatin1Char(')')) +
            QStringLiteral(", HTTP ") + QString::number(last.httpStatus) + QStringLiteral(", last success ") +
            (monitor.lastSuccessUtc().isValid() ? monitor.lastSuccessUtc().toString(Qt::ISODate)
                                                : QStringLiteral("never")) +
            (monitor.isStale() ? QStringLiteral(", showing older data") : QString()) + QLatin1Char('\n');
        for (const sessions::Session& s : gateway->book().sessions()) {
            out += QStringLiteral("  ") + s.id + QStringLiteral(": ") + sessions::statusKey(s.status) +
                   QStringLiteral(" (gateway: \"") + s.rawStatus + QStringLiteral("\"), last activity ") +
                   (s.lastActivityUtc.isValid() ? s.lastActivityUtc.toString(Qt::ISODate) : QStringLiteral("unknown")) +
                   (s.isZombie() ? QStringLiteral(", possibly disconnected: ") + s.healthReason : QString()) +
                   QLatin1Char('\n');
        }
    }

    out += section(QStringLiteral("activity database"));
    const QString note = context.activityNote();
    out += note.isEmpty() ? QStringLiteral("answers\n") : note + QLatin1Char('\n');

    out += section(QStringLiteral("history"));
    const runtime::RuntimeConfig& config = context.runtime().config();
    out += QStringLiteral("local file: ") + QDir::toNativeSeparators(config.history.localPath) + QLatin1Char('\n');
    out += QStringLiteral("team database: ") +
           (config.history.hasTeam() ? safeUrl(QUrl(config.history.teamDsn)) : QStringLiteral("none")) +
           QLatin1Char('\n');
    if (const history::HistoryStore* store = context.runtime().history(); store && !store->problem().isEmpty())
        out += QStringLiteral("problem: ") + store->problem() + QLatin1Char('\n');
    const qsizetype first = std::max<qsizetype>(0, history.size() - HistoryExcerpt);
    out += QStringLiteral("last %1 status changes and actions:\n").arg(history.size() - first);
    for (qsizetype i = first; i < history.size(); ++i)
        out += QStringLiteral("  ") + historyLine(history.at(i)) + QLatin1Char('\n');

    out += section(QStringLiteral("keychain"));
    out += context.secrets().keychainProblemDetails().isEmpty()
               ? QStringLiteral("no problem reported\n")
               : context.secrets().keychainProblemDetails() + QLatin1Char('\n');

    out += section(QStringLiteral("log (last %1 lines)").arg(logLines.size()));
    for (const QString& line : logLines)
        out += line + QLatin1Char('\n');
    secrets << config.activityPassword << config.history.teamPassword;
    return masked(out, secrets);
}

QString DiagnosticsReport::save(const QString& path, AppContext& context, const QStringList& logLines,
                                const QList<history::Event>& history)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(text(context, logLines, history).toUtf8());
    if (!file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace ui
