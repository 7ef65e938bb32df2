#include "TableExport.h"
#include "LanguageChange.h"
#include "SessionTableModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QSaveFile>

namespace ui {

namespace {
QString csvField(QString text)
{
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char(';'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}
} // namespace

TableExport::TableExport(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportCsvAction"));
    connect(m_export, &QAction::triggered, this, &TableExport::exportCsv);
    m_copy = new QAction(this);
    m_copy->setObjectName(QStringLiteral("copyRowsAction"));
    const auto texts = [this] {
        m_export->setText(tr("&Export to CSV…"));
        m_export->setToolTip(tr("Save the sessions the table shows (after the filter) to a CSV file"));
        m_copy->setText(tr("&Copy as text"));
        m_copy->setToolTip(tr("Copy the selected sessions as text, for a ticket (Ctrl+C)"));
    };
    texts();
    onLanguageChange(this, texts);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &TableExport::copySelected);
}

QString TableExport::csv() const
{
    const QAbstractItemModel* model = m_view->model();
    QString out;
    QStringList fields;
    for (int c = 0; c < model->columnCount(); ++c)
        fields << csvField(model->headerData(c, Qt::Horizontal).toString());
    out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model->rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model->columnCount(); ++c)
            fields << csvField(model->index(r, c).data(SessionTableModel::WholeTextRole).toString());
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString TableExport::selectedAsText() const
{
    const QAbstractItemModel* model = m_view->model();
    QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList blocks;
    for (const QModelIndex& row : std::as_const(rows)) {
        QStringList lines;
        for (int c = 0; c < model->columnCount(); ++c)
            lines << model->headerData(c, Qt::Horizontal).toString() + QStringLiteral(": ") +
                         model->index(row.row(), c).data(SessionTableModel::WholeTextRole).toString();
        blocks << lines.join(QLatin1Char('\n'));
    }
    return blocks.join(QStringLiteral("\n\n"));
}

QString TableExport::writeCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    // A byte-order mark, so spreadsheet programs read the accents as UTF-8.
    file.write("\xEF\xBB\xBF");
    file.write(csv().toUtf8());
    if (!file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void TableExport::exportCsv()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("sessions-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    auto* dialog = new QFileDialog(m_view->window(), tr("Export to CSV"), suggested, tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const QString problem = writeCsv(path);
        const int rows = m_view->model()->rowCount();
        const QString where = QDir::toNativeSeparators(path);
        if (!problem.isEmpty())
            emit message(problem);
        else
            emit message(rows == 1 ? tr("Exported %n session to %1.", nullptr, rows).arg(where)
                                   : tr("Exported %n sessions to %1.", nullptr, rows).arg(where));
    });
    dialog->open();
}

void TableExport::copySelected()
{
    const QString text = selectedAsText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit message(tr("Copied to the clipboard."));
}

} // namespace ui
