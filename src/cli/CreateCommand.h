#pragma once

#include "cli/ConnectCommand.h"

namespace cli {

// create ID: a new session on the gateway, then its QR.
class CreateCommand : public ConnectCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateCommand)

public:
    CreateCommand()
        : ConnectCommand(sessions::ConnectFlow::Mode::Create)
    {}
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;
    QString description() const override;
};

} // namespace cli
