#include "AboutDialog.h"
#include "LanguageChange.h"

#include "activity/ActivityBackend.h"
#include "settings/KeychainBackend.h"
#include "ui_AboutDialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>

namespace ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const QIcon icon =
        windowIcon().isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon, nullptr, this) : windowIcon();
    m_ui->appIconLabel->setPixmap(icon.pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));

    QFont nameFont = m_ui->appNameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_ui->appNameLabel->setFont(nameFont);
    m_ui->versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // for bug reports
    texts();
    onLanguageChange(this, [this] { texts(); });
    connect(m_ui->aboutQtPushButton, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

void AboutDialog::texts()
{
    setWindowTitle(tr("About Pixel Hub Sessions"));
    m_ui->appNameLabel->setText(tr("Pixel Hub Sessions"));
    m_ui->versionLabel->setText(
        tr("Version %1 · Qt %2").arg(QStringLiteral(PHS_VERSION), QString::fromLatin1(qVersion())));
    m_ui->descriptionLabel->setText(
        tr("Keeps the WhatsApp sessions of the Pixel Hub gateway online: shows every session with its real status "
           "and last activity, spots sessions that claim to be connected but went silent, and reconnects them "
           "with a QR code. The command-line twin, pixelhub-sessions-cli, does the same for cron and monitoring."));
    m_ui->licenceLabel->setText(
        tr("Copyright © 2026 Pixel Hub. Pixel Hub Sessions is free software under the MIT License."));
    m_ui->componentsLabel->setText(tr("Third-party components and their licences:"));
    fillComponents();
    adjustSize();

    m_ui->aboutQtPushButton->setText(tr("About &Qt"));
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::fillComponents()
{
    struct Component
    {
        QString name;
        QString licence;
        QString use;
    };
    // SPDX identifiers stay untranslated: they are what a licence scanner or a lawyer looks for.
    // Only what this installation has: the Windows build has neither QtKeychain nor the MySQL and
    // PostgreSQL drivers.
    QList<Component> components = {{tr("Qt 6"), QStringLiteral("LGPL-3.0"), tr("Windows, network, SQL")}};
    if (settings::keychain::usesQtKeychain())
        components.append(
            {QStringLiteral("QtKeychain"), QStringLiteral("BSD-3-Clause"), tr("Secrets in the system keychain")});
    components.append({tr("QR Code generator library (Nayuki)"), QStringLiteral("MIT"), tr("QR codes from raw text")});
    if (activity::ActivityBackend::driverAvailable(activity::DbKind::MySql))
        components.append({tr("MariaDB Connector/C (Qt's QMYSQL driver)"), QStringLiteral("LGPL-2.1"),
                           tr("MariaDB / MySQL activity database")});
    if (activity::ActivityBackend::driverAvailable(activity::DbKind::Postgres))
        components.append(
            {tr("libpq (Qt's QPSQL driver)"), tr("PostgreSQL License"), tr("PostgreSQL activity database")});
    components.append({QStringLiteral("SQLite"), tr("Public domain"), tr("Embedded activity database, local cache")});
    // Only wa-gateway-sim links it, a separate program that demo mode starts; that program is
    // therefore distributed under the GPL-3.0 terms. This app does not link it.
    components.append({tr("Qt HTTP Server (in wa-gateway-sim only)"), QStringLiteral("GPL-3.0-only"),
                       tr("The simulated gateway that demo mode starts as a separate program")});
    QTreeWidget* tree = m_ui->componentsTreeWidget;
    tree->clear(); // filled again after a language change
    tree->setHeaderLabels({tr("Component"), tr("Licence"), tr("Used for")});
    for (const Component& c : components)
        new QTreeWidgetItem(tree, {c.name, c.licence, c.use});
    tree->setFocusPolicy(Qt::NoFocus); // a read-only list: no current-item frame
    for (int column = 0; column < tree->columnCount(); ++column)
        tree->resizeColumnToContents(column);
    tree->header()->setStretchLastSection(true);
    // Every row and every column visible without scrolling or eliding.
    const int frame = 2 * tree->frameWidth();
    const int rows = tree->topLevelItemCount();
    tree->setMinimumWidth(tree->header()->length() + frame + 24);
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * tree->sizeHintForRow(0) + frame + 2);
}

} // namespace ui
