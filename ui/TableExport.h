#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAction;

namespace ui {

// Getting the table out for a ticket: "Export to CSV…" writes the rows the table shows (all of
// them, or only those the filter lets through) with the texts on screen; "Copy as text" (Ctrl+C)
// puts the selected rows on the clipboard, one "Header: value" per line.
class TableExport : public QObject
{
    Q_OBJECT

public:
    explicit TableExport(QAbstractItemView* view);

    QAction* exportAction() const { return m_export; }
    QAction* copyAction() const { return m_copy; }

    // The shown rows as CSV (RFC 4180: quoted when needed, CRLF line ends), with a header row.
    QString csv() const;
    // The selected rows as text, blank line between rows.
    QString selectedAsText() const;
    // Writes csv() to path; empty on success, else a translated reason.
    QString writeCsv(const QString& path) const;

signals:
    void message(const QString& text);

private:
    void exportCsv();
    void copySelected();

    QPointer<QAbstractItemView> m_view;
    QAction* m_export = nullptr;
    QAction* m_copy = nullptr;
};

} // namespace ui
