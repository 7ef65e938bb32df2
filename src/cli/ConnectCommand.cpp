#include "cli/ConnectCommand.h"

#include "cli/CommandContext.h"
#include "gateway/GatewayClient.h"
#include "history/HistoryEvent.h"
#include "runtime/LocalLoop.h"
#include "sessions/PhoneNumber.h"
#include "sessions/SessionId.h"
#include "sessions/VisibleText.h"
#include "settings/Profile.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

namespace cli {

using namespace std::chrono_literals;

namespace {

const QString WaitOption = QStringLiteral("wait");
const QString QrPngOption = QStringLiteral("qr-png");
const QString ForceOption = QStringLiteral("force");
const QString PairingOption = QStringLiteral("pairing-code");
constexpr int MaxWaitSeconds = 24 * 3600;

// Atomic: a watcher of the file never sees half an image.
QString writePng(const QImage& image, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (!image.save(&file, "PNG"))
        return ConnectCommand::tr("the image could not be encoded as PNG");
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

ConnectCommand::ConnectCommand(sessions::ConnectFlow::Mode mode)
    : m_mode(mode)
{}

QList<QCommandLineOption> ConnectCommand::options() const
{
    return {
        QCommandLineOption(QrPngOption,
                           tr("Write the QR code to FILE as PNG (overwritten when it rotates); default: a file in "
                              "the temporary directory."),
                           QStringLiteral("FILE")),
        QCommandLineOption(WaitOption,
                           tr("Wait up to SECONDS for the scan (0, the default: stop once the QR code is written)."),
                           QStringLiteral("SECONDS"), QStringLiteral("0")),
        QCommandLineOption(ForceOption, tr("reconnect: recreate the session even when it looks connected and "
                                           "healthy (this drops the phone's link until the new QR is scanned).")),
        QCommandLineOption(PairingOption,
                           tr("Link with the phone number PHONE (country code first) instead of a QR code: prints "
                              "the code to type on the phone alone on one line, then waits for the link like "
                              "--wait."),
                           QStringLiteral("PHONE")),
    };
}

bool ConnectCommand::mayRecreate(CommandContext& context, const QString& id, bool force, QString* why,
                                 const QDeadlineTimer& deadline)
{
    if (m_mode == sessions::ConnectFlow::Mode::Create || force)
        return true;
    // A stale "connected" can only be fixed by deleting and re-creating the session. Do that without
    // asking only when our own evidence says the session is not healthy: not connected, or a zombie.
    const CommandContext::Listing listing =
        context.refreshSessions(std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime())));
    for (const sessions::Session& s : listing.sessions) {
        if (s.id != id)
            continue;
        if (s.status != sessions::Status::Connected || s.health == sessions::Health::Zombie)
            return true;
        *why = s.health == sessions::Health::Healthy
                   ? tr("Session \"%1\" is connected and active (%2), so it was not recreated. Use --force to "
                        "recreate it anyway; the phone must then scan a new QR code.")
                         .arg(id, s.healthReason)
                   : tr("The gateway says session \"%1\" is connected and there is no activity evidence that it is "
                        "not (%2). A new QR code needs the session to be recreated, which drops the phone's link: "
                        "run again with --force to do that.")
                         .arg(id, s.healthReason);
        return false;
    }
    return true; // not listed (the gateway's registry may miss it): let the flow find out
}

std::optional<int> ConnectCommand::waitSeconds(const QCommandLineParser& parser)
{
    bool ok = false;
    const int wait = parser.value(WaitOption).trimmed().toInt(&ok);
    if (!ok || wait < 0 || wait > MaxWaitSeconds)
        return std::nullopt;
    return wait;
}

std::optional<std::chrono::milliseconds> ConnectCommand::deadline(CommandContext& context,
                                                                  const QCommandLineParser& parser) const
{
    const std::optional<int> wait = waitSeconds(parser);
    if (!wait)
        return std::nullopt; // run() refuses the value
    return std::chrono::seconds(context.profile().connectDeadline()) + std::chrono::seconds(*wait);
}

int ConnectCommand::run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    const QString id = args.value(0); // checked by the registry, like every verb's session id
    QTextStream& err = context.err();
    const std::optional<int> waitValue = waitSeconds(parser);
    if (!waitValue) {
        err << tr("--wait needs a whole number of seconds from 0 to %1.").arg(MaxWaitSeconds) << '\n';
        err.flush();
        return ExitUsage;
    }
    const int wait = *waitValue;
    QString path = parser.isSet(QrPngOption) ? parser.value(QrPngOption).trimmed()
                                             : QDir::temp().filePath(QStringLiteral("pixelhub-qr-%1.png").arg(id));
    if (path.isEmpty() || !QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        err << tr("--qr-png: the folder of \"%1\" does not exist.").arg(path) << '\n';
        err.flush();
        return ExitUsage;
    }
    path = QFileInfo(path).absoluteFilePath();
    QString phone;
    if (parser.isSet(PairingOption)) {
        phone = sessions::pairingPhone(parser.value(PairingOption));
        if (phone.isEmpty()) {
            err << tr("--pairing-code needs the phone number with its country code, 8 to 15 digits (e.g. "
                      "5547999999999).")
                << '\n';
            err.flush();
            return ExitUsage;
        }
        if (!context.client().supports(gateway::Operation::PairingCode))
            return context.fail(context.client().dialect().unsupportedMessage(gateway::Operation::PairingCode));
    }

    // One deadline for the whole verb: the listing that decides whether the session may be recreated
    // and the flow share it, so a silent gateway cannot stretch the verb to their sum.
    // The lookup of the gateway that holds the session (several gateways) spent from it already.
    const QDeadlineTimer deadline(
        std::max(std::chrono::milliseconds(1), *this->deadline(context, parser) - context.sinceVerbStart()));
    sessions::ConnectFlow::Options options;
    QString refusal;
    options.autoRestart = mayRecreate(context, id, parser.isSet(ForceOption), &refusal, deadline);
    options.deadline = std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime()));
    options.pairingPhone = phone;
    sessions::ConnectFlow flow(context.client(), m_mode, id, options);

    runtime::LocalLoop loop;
    QTimer scanTimer;
    scanTimer.setSingleShot(true);
    int exitCode = -1;
    QString error;
    int qrCount = 0;
    bool connected = false;
    auto end = [&](int code, const QString& message) {
        if (exitCode >= 0)
            return;
        exitCode = code;
        error = message;
        scanTimer.stop();
        if (flow.state() == sessions::ConnectFlow::State::Connected ||
            flow.state() == sessions::ConnectFlow::State::Failed ||
            flow.state() == sessions::ConnectFlow::State::Cancelled)
            loop.quit();
        else
            flow.cancel(); // finished() follows (after a restart's create, if one is pending)
    };

    QObject::connect(&flow, &sessions::ConnectFlow::progress, &flow,
                     [&context](const QString& message) { context.progress(message); });
    QObject::connect(&flow, &sessions::ConnectFlow::stateChanged, &flow, [&](sessions::ConnectFlow::State s) {
        if (s != sessions::ConnectFlow::State::ConfirmRestart)
            return;
        // Only reached without autoRestart: the session looks healthy, so nothing is destroyed.
        end(ExitFailure, refusal); // cancels the flow: nothing is deleted
    });
    QObject::connect(&flow, &sessions::ConnectFlow::qrReady, &flow, [&](const QImage& image, const QString&) {
        if (exitCode >= 0)
            return;
        if (const QString problem = writePng(image, path); !problem.isEmpty()) {
            end(ExitFailure, tr("Could not write the QR code to %1: %2").arg(path, problem));
            return;
        }
        ++qrCount;
        if (!context.options().json)
            context.printText((qrCount == 1 ? tr("QR code written to %1") : tr("New QR code written to %1")).arg(path) +
                              QLatin1Char('\n'));
        if (wait == 0) {
            end(ExitSuccess, {});
        } else if (qrCount == 1) {
            context.progress(tr("Waiting up to %1 s for the scan…").arg(wait));
            scanTimer.start(std::chrono::seconds(wait));
        }
    });
    bool codePrinted = false;
    QObject::connect(&flow, &sessions::ConnectFlow::pairingCodeReady, &flow, [&](const QString& code, int) {
        if (exitCode >= 0 || codePrinted)
            return;
        codePrinted = true;
        // The code alone on stdout: a script reads one line (or one JSON object).
        if (context.options().json)
            context.print(
                QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("pairing_code"), code}}).toJson(QJsonDocument::Compact)) +
                QLatin1Char('\n'));
        else
            context.printText(sessions::visibleText(code) + QLatin1Char('\n'));
        const int seconds = wait > 0 ? wait : int(context.profile().connectDeadline().count());
        context.progress(tr("Waiting up to %1 s for the code to be typed on the phone…").arg(seconds));
        scanTimer.start(std::chrono::seconds(seconds));
    });
    QObject::connect(&scanTimer, &QTimer::timeout, &flow, [&] {
        if (codePrinted) {
            end(ExitFailure, tr("The pairing code was not typed on the phone in time. Run the command again for a "
                                "new one."));
            return;
        }
        end(ExitFailure, tr("The QR code was not scanned within %1 s. Run the command again for a new one.").arg(wait));
    });
    QObject::connect(&flow, &sessions::ConnectFlow::finished, &flow, [&](sessions::ConnectFlow::State state) {
        if (state == sessions::ConnectFlow::State::Connected) {
            connected = true;
            if (exitCode < 0)
                exitCode = ExitSuccess;
        } else if (exitCode < 0) {
            exitCode = ExitFailure;
            error = flow.lastMessage().isEmpty() ? tr("The session could not be connected.") : flow.lastMessage();
        }
        loop.quit();
    });

    flow.start();
    // The flow ends itself at its deadline; this bound only guards against a flow that never ends.
    if (!loop.exec(options.deadline + 2min)) {
        flow.cancel();
        if (exitCode < 0) {
            exitCode = ExitFailure;
            error = tr("The gateway did not give a QR code in time.");
        }
    }

    // The history keeps the attempt; "ok" only once the phone is linked (what the zombie rule
    // takes as the moment the session connected).
    const QString action =
        m_mode == sessions::ConnectFlow::Mode::Create ? QStringLiteral("create") : QStringLiteral("reconnect");
    if (connected)
        context.recordAction(id, action, history::Event::okResult());
    else if (exitCode == ExitSuccess)
        context.recordAction(id, action, tr("QR code written; the phone was not linked while waiting."));
    else
        context.recordAction(id, action, error);

    if (context.options().json && codePrinted) {
        // The code's JSON line was the output; the result is the exit code and stderr.
    } else if (context.options().json) {
        QJsonObject object{{QStringLiteral("id"), id},
                           {QStringLiteral("ok"), exitCode == ExitSuccess},
                           {QStringLiteral("connected"), connected},
                           {QStringLiteral("qr_png"), qrCount > 0 ? QJsonValue(path) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("qr_count"), qrCount}};
        if (exitCode != ExitSuccess)
            object.insert(QStringLiteral("error"), error);
        context.print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else if (connected) {
        context.printText(tr("Session \"%1\" is connected.").arg(id) + QLatin1Char('\n'));
    }
    if (exitCode != ExitSuccess)
        return context.fail(error);
    return ExitSuccess;
}

} // namespace cli
