#pragma once

#include <QString>
#include <QStringView>

namespace sessions {

// Text from the gateway or the activity database (ids, names, statuses, error bodies) shown to a
// person: every C0 and C1 control, DEL, the line and paragraph separators and the bidi
// overrides/isolates/marks are made visible as escapes ("\x1b", "\n", "\u202E"), so a hostile
// value can neither drive the terminal (title, screen clear, OSC 52 clipboard), overwrite or
// forge lines, nor reorder what is around it. The one rule for the CLI's human output, its error
// messages and the GUI's display texts; JSON output stays exact and never goes through it.
QString visibleText(QStringView text);

// Like visibleText, but keeps the line breaks of text that is ours (a table, a report): each line
// is escaped on its own. Untrusted values must go through visibleText before they are put into
// such a text, or they could forge lines.
QString visibleLines(QStringView text);

// True when visibleText would change text.
bool needsEscaping(QStringView text);

} // namespace sessions
