#pragma once

#include <QDialog>
#include <QPointer>

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

// Deletes one session from the gateway, for good, after the person has typed its id exactly. The
// DELETE goes out only from the Delete button; a GET then confirms that the gateway no longer
// knows the session (gateway::confirmDeletion). Errors stay in the dialog with a retry; success
// emits sessionDeleted() and closes. Opens non-blocking (open(), WA_DeleteOnClose); closing it
// cancels a request still in flight.
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

protected:
    void done(int result) override;

private:
    void updateButtons();
    void deleteSession();
    void onDeleted(const gateway::Result& result);
    void onChecked(const gateway::Result& check);
    void showError(const QString& message);

    gateway::GatewayClient& m_client;
    QString m_id;
    std::unique_ptr<Ui::DeleteSessionDialog> m_ui;
    QPointer<gateway::GatewayJob> m_job;
};

} // namespace ui
