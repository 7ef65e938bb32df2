#pragma once

#include "cli/ConnectCommand.h"

namespace cli {

// reconnect ID: a QR for an existing session; a session stuck "connected" is recreated (delete +
// create) without asking, since the user asked for a reconnect.
class ReconnectCommand : public ConnectCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconnectCommand)

public:
    ReconnectCommand()
        : ConnectCommand(sessions::ConnectFlow::Mode::Reconnect)
    {}
    QString name() const override { return QStringLiteral("reconnect"); }
    QString summary() const override;
    QString description() const override;
};

} // namespace cli
