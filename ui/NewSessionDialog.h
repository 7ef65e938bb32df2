#pragma once

#include "sessions/SessionId.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewSessionDialog;
}
namespace sessions {
class SessionBook;
}

namespace ui {

// Asks for the id of a new session and checks it as it is typed: letters, digits, _ and - only,
// 1 to 64 characters, not already on the gateway (a clash that differs only in letter case is
// allowed, with a warning). OK stays disabled until the id is valid; accepting emits
// createRequested(), and the caller goes on with a QrDialog in Create mode.
class NewSessionDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxIdLength = sessions::MaxSessionIdLength;

    enum class Verdict
    {
        Empty,
        BadCharacters,
        TooLong,
        Exists,
        CaseClash, // valid, with a warning
        Valid
    };
    Q_ENUM(Verdict)

    explicit NewSessionDialog(const sessions::SessionBook& book, QWidget* parent = nullptr);
    ~NewSessionDialog() override;

    QString sessionId() const;
    Verdict verdict() const { return m_verdict; }
    void setSessionId(const QString& id);

    // Pure: the verdict for `id` against the ids the gateway has, and the sentence explaining it.
    static Verdict check(const QString& id, const QStringList& existing, QString* reason = nullptr);

signals:
    void createRequested(const QString& id);

protected:
    void done(int result) override;

private:
    void validate();

    const sessions::SessionBook& m_book;
    std::unique_ptr<Ui::NewSessionDialog> m_ui;
    Verdict m_verdict = Verdict::Empty;
};

} // namespace ui
