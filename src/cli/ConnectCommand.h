#pragma once

#include "cli/Command.h"
#include "sessions/ConnectFlow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace cli {

// The shared body of create and reconnect: runs sessions::ConnectFlow, writes every QR it shows
// to a PNG file (overwritten when the QR rotates) and prints the path; progress on stderr.
// --wait 0 (default): done once a QR is written. --wait N: waits up to N s for the scan.
class ConnectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)

public:
    explicit ConnectCommand(sessions::ConnectFlow::Mode mode);

    QStringList arguments() const override { return {QStringLiteral("ID")}; }
    Target target() const override
    {
        return m_mode == sessions::ConnectFlow::Mode::Create ? Target::New : Target::Existing;
    }
    QList<QCommandLineOption> options() const override;
    std::optional<std::chrono::milliseconds> deadline(CommandContext& context,
                                                      const QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) override;

private:
    static std::optional<int> waitSeconds(const QCommandLineParser& parser);
    // Whether a stale CONNECTED may be fixed by deleting and re-creating the session.
    // Its listing ends by `deadline` at the latest (the verb's own).
    bool mayRecreate(CommandContext& context, const QString& id, bool force, QString* why,
                     const QDeadlineTimer& deadline);

    sessions::ConnectFlow::Mode m_mode;
};

} // namespace cli
