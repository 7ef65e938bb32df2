#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "history/HistoryEvent.h"

namespace ui {

class AppContext;

// Help › Save diagnostics: one text file for a support ticket. Versions, the saved settings, the
// gateway profiles, the last answer of each gateway with its sessions, the activity database's
// state, an excerpt of the history (the last HistoryExcerpt status changes and actions, each line
// bounded), and the last log lines. It holds no secret, not even a piece: settings keep none by
// design, credentials are named by where they come from, never shown, and every 8-character piece
// of the secrets this run knows is masked in whatever text goes in (tst_secrethygiene checks it).
//
//   const QString text = ui::DiagnosticsReport::text(context, logLines, recentHistory);
class DiagnosticsReport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsReport)

public:
    static constexpr int HistoryExcerpt = 50;    // events, the newest
    static constexpr int HistoryLineChars = 300; // a longer line is cut

    // history: the history's last events (HistoryStore::requestRecent(HistoryExcerpt)), oldest
    // first; only the last HistoryExcerpt are written.
    static QString text(AppContext& context, const QStringList& logLines, const QList<history::Event>& history = {});
    // `text` with every 8-character piece of each secret replaced by "********".
    static QString masked(QString text, const QStringList& secrets);
    // Writes text() to path; empty on success, else a translated reason.
    static QString save(const QString& path, AppContext& context, const QStringList& logLines,
                        const QList<history::Event>& history = {});
};

} // namespace ui
