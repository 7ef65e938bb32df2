#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace cli {

// show ID: one session, normalised and raw status, last activity, zombie verdict and why, and the
// gateway's own answer (GET /api/channels/{id}). Any id is accepted: the client percent-encodes it.
class ShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString description() const override;
    QStringList arguments() const override { return {QStringLiteral("ID")}; }
    Target target() const override { return Target::Existing; }
    int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) override;
};

} // namespace cli
