#pragma once

#include <QString>
#include <QStringList>

#include <type_traits>
#include <vector>

namespace text {

// A message for a person, kept as its untranslated source (context, text, plural count) and its
// arguments, and translated only when it is read: a dialog that keeps one shows it in the language
// of the moment, even when the language changed after the message was made. Arguments are
// LiveTexts too, so a translated part ("3 min") follows the language with the sentence around it;
// a gateway's own words, an id or a number are verbatim.
//
//   text::LiveText m = text::LiveText::translate("gateway::Msg", "The gateway at %1 did not answer.").arg(host);
//   label->setText(m.toString()); // again on QEvent::LanguageChange
//
// translate() takes QCoreApplication::translate's arguments, so lupdate extracts the message as it
// is written (one context, spelled once). The arguments fill %1, %2, ... in one pass, as
// QString::arg(a, b) does: words a gateway sent are never read as placeholders.
class LiveText
{
public:
    LiveText() = default;

    // context, sourceText and disambiguation are string literals: they are kept, not copied.
    static LiveText translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                              int n = -1);
    // Words that are never translated: an id, a number, a text already made.
    static LiveText verbatim(QString words);
    // What a gateway or a library said in its own words (an error text, a page's title): shown whole
    // by toString(), for the command line and the logs; left out by toAgentString() and listed by
    // rawWords(), for a window that puts them behind "Details".
    static LiveText raw(QString words);

    // The next placeholder's argument (%1, then %2, ...).
    LiveText arg(const LiveText& a) const;
    LiveText arg(const QString& a) const { return arg(verbatim(a)); }
    LiveText arg(QStringView a) const { return arg(verbatim(a.toString())); }
    LiveText arg(QLatin1StringView a) const { return arg(verbatim(QString(a))); }
    LiveText arg(const char* a) const { return arg(verbatim(QString::fromUtf8(a))); }
    template <typename Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, bool> = true>
    LiveText arg(Int n) const
    {
        return arg(verbatim(QString::number(n)));
    }
    template <typename A, typename B, typename... More> LiveText arg(const A& a, const B& b, const More&... more) const
    {
        return arg(a).arg(b, more...);
    }

    // Rendered now, in the language installed now. Implicit, so that what prints a message at once
    // (the command line, a log line) reads it as the QString it always was.
    QString toString() const;
    operator QString() const { return toString(); } // NOLINT(google-explicit-constructor)

    // Rendered now, without the raw words (and the punctuation that framed them): "The gateway reported
    // an internal error (HTTP 500: “Session not started”)." reads "… internal error (HTTP 500)."
    QString toAgentString() const;
    // The raw words inside, at any depth, in order; empty when there are none.
    QStringList rawWords() const;

    bool isEmpty() const;
    void clear() { *this = LiveText(); }

    // Equal when they read the same now.
    friend bool operator==(const LiveText& a, const LiveText& b) { return a.toString() == b.toString(); }
    friend bool operator!=(const LiveText& a, const LiveText& b) { return !(a == b); }

private:
    QString render(bool agent) const;

    const char* m_context = nullptr;
    const char* m_source = nullptr; // null: m_verbatim is the text
    const char* m_disambiguation = nullptr;
    int m_n = -1;
    bool m_raw = false;
    QString m_verbatim;
    std::vector<LiveText> m_args;
};

} // namespace text
