#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ui {

class AppContext;

// Help › Save diagnostics: one text file for a support ticket. Versions, the saved settings, the
// gateway profiles, the last answer of each gateway with its sessions, the activity database's
// state, and the last log lines. It holds no secret, not even a piece: settings keep none by
// design, credentials are named by where they come from, never shown, and every 8-character piece
// of the secrets this run knows is masked in whatever text goes in (tst_secrethygiene checks it).
//
//   const QString text = ui::DiagnosticsReport::text(context, logLines);
class DiagnosticsReport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsReport)

public:
    static QString text(AppContext& context, const QStringList& logLines);
    // `text` with every 8-character piece of each secret replaced by "********".
    static QString masked(QString text, const QStringList& secrets);
    // Writes text() to path; empty on success, else a translated reason.
    static QString save(const QString& path, AppContext& context, const QStringList& logLines);
};

} // namespace ui
