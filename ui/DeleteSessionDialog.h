#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

namespace gateway {
class GatewayClient;
class GatewayJob;
struct Result;
} // namespace gateway

namespace Ui {
class DeleteSessionDialog;
}

namespace ui {

class DetailsDisclosure;

// Deletes one session from the gateway, for good, after the person has typed its id exactly. The
// DELETE goes out only from the Delete button; a GET then confirms that the gateway no longer
// knows the session (gateway::confirmDeletion). Errors stay in the dialog with a retry and each is
// reported by deleteFailed() (the history records every attempt); success emits sessionDeleted()
// and closes. Opens non-blocking (open(), WA_DeleteOnClose). Closed while a request is in flight,
// it hides and lets the request finish: a success is reported and the dialog goes; a failure
// brings it back with its error. Only its destruction (the window closing) cancels a request.
class DeleteSessionDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteSessionDialog(gateway::GatewayClient& client, QString sessionId, QWidget* parent = nullptr);
    ~DeleteSessionDialog() override;

    QString sessionId() const { return m_id; }
    bool isDeleting() const { return !m_job.isNull(); }

signals:
    void sessionDeleted(const QString& id);
    // One attempt failed (the gateway refused, or still knows the session); message is translated.
    void deleteFailed(const QString& id, const QString& message);

protected:
    void done(int result) override;
    void changeEvent(QEvent* event) override; // a live language change: retranslate()

private:
    void retranslate(); // every text, from the current state
    void updateButtons();
    void deleteSession();
    void onDeleted(const gateway::Result& result);
    void onChecked(const gateway::Result& check);
    // error: the failure's sentence, worded again in the language of the moment.
    // error: the sentence, made again on a language change; details: the gateway's own words.
    void showError(std::function<QString()> error, const QString& details = {});

    gateway::GatewayClient& m_client;
    QString m_id;
    std::unique_ptr<Ui::DeleteSessionDialog> m_ui;
    QPointer<gateway::GatewayJob> m_job;
    DetailsDisclosure* m_details = nullptr;
    std::function<QString()> m_error; // the last failure's sentence; empty: none
};

} // namespace ui
