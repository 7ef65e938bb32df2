#pragma once

#include "sessions/SessionId.h"

#include <QDialog>
#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <memory>
#include <utility>

class QComboBox;
class QLabel;
class QPushButton;

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
// createRequested(), and the caller goes on with a QrDialog in Create mode. With several
// gateways, a Gateway field says where the session is created, and the id is checked against
// that gateway's sessions.
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
    // The gateways to choose from (name, its sessions), and the one chosen first; with fewer than
    // two the field stays hidden. The books must outlive the dialog or be removed with it.
    void setGateways(const QList<std::pair<QString, const sessions::SessionBook*>>& gateways, const QString& current);
    QString gateway() const; // the chosen gateway's name; empty without setGateways()
    void setSessionId(const QString& id);

    // Pure: the verdict for `id` against the ids the gateway has, and the sentence explaining it.
    static Verdict check(const QString& id, const QStringList& existing, QString* reason = nullptr);

signals:
    void createRequested(const QString& id, const QString& gateway);

protected:
    void done(int result) override;
    void changeEvent(QEvent* event) override; // a live language change: retranslate()

private:
    void retranslate(); // every text, from the current state
    void validate();
    void useBook(const sessions::SessionBook* book);

    QPointer<const sessions::SessionBook> m_book; // the chosen gateway's sessions
    QMetaObject::Connection m_bookChanged;
    QList<std::pair<QString, QPointer<const sessions::SessionBook>>> m_gateways;
    QComboBox* m_gatewayBox = nullptr;
    QLabel* m_gatewayLabel = nullptr;
    QPushButton* m_create = nullptr;
    std::unique_ptr<Ui::NewSessionDialog> m_ui;
    Verdict m_verdict = Verdict::Empty;
};

} // namespace ui
