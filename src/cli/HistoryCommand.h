#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

#include <optional>

namespace cli {

// history ID [--since 24h|7d]: the status changes and operator actions of one session, oldest
// first, from every gateway (or --profile); with --json the design's array.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;
    QString description() const override;
    QString synopsis() const override;
    QStringList arguments() const override { return {QStringLiteral("ID")}; }
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) override;

    // "24h", "7d", "36h", "2d": the period in milliseconds; nullopt for anything else (or longer
    // than a year).
    static std::optional<qint64> parsePeriod(const QString& text);
};

} // namespace cli
