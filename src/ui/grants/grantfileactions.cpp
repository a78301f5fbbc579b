// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantfileactions.h"

#include "../dialogs/importdialog.h"
#include "../document.h"
#include "core/error.h"
#include "core/exports/ledgercsv.h"
#include "core/exports/scdlexport.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tremplin {

GrantFileActions::GrantFileActions(QWidget *parent)
    : QWidget(parent)
    , m_import(new QPushButton(this))
    , m_exportScdl(new QPushButton(this))
    , m_exportLedger(new QPushButton(this))
{
    m_import->setObjectName(QStringLiteral("importPayments"));
    m_exportScdl->setObjectName(QStringLiteral("exportScdl"));
    m_exportLedger->setObjectName(QStringLiteral("exportLedger"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_import);
    layout->addWidget(m_exportScdl);
    layout->addWidget(m_exportLedger);
    layout->addStretch(1);
    connect(m_import, &QPushButton::clicked, this, &GrantFileActions::importPayments);
    connect(m_exportScdl, &QPushButton::clicked, this, [this] {
        const QString error = exportScdl();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("SCDL Export"), error);
    });
    // Built once (texts set in retranslateUi) so that its actions exist before it is shown.
    auto *ledgerMenu = new QMenu(m_exportLedger);
    ledgerMenu->setObjectName(QStringLiteral("exportLedgerMenu"));
    m_exportLedger->setMenu(ledgerMenu);
    m_exportExcel = ledgerMenu->addAction(QString());
    m_exportExcel->setObjectName(QStringLiteral("exportLedgerExcel"));
    connect(m_exportExcel, &QAction::triggered, this, [this] { exportLedger(true); });
    m_exportCsv = ledgerMenu->addAction(QString());
    m_exportCsv->setObjectName(QStringLiteral("exportLedgerCsv"));
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportLedger(false); });
    retranslateUi();
}

void GrantFileActions::importPayments()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Payments"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(*m_document, this);
    dialog.loadFile(path);
    dialog.exec();
}

QString GrantFileActions::exportScdl(const QString &givenPath)
{
    if (!m_document)
        return {};
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export Grants as SCDL Open Data"),
            QStringLiteral("subventions.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return {};
    }
    ScdlExport::Options options;
    options.promotionId = m_filter ? m_filter().promotionId : 0;
    try {
        const int n = ScdlExport(m_document->database()).write(path, options);
        Q_EMIT notice(
            tr("%n grant(s) written to %1.", nullptr, n).arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

QString GrantFileActions::exportLedger(bool excelFrench, const QString &givenPath)
{
    if (!m_document)
        return {};
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export Ledger"),
            tr("ledger") + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return {};
    }
    try {
        writeLedgerCsv(path,
            GrantLedger(m_document->database()).grants(m_filter ? m_filter() : GrantFilter()),
            excelFrench ? CsvProfile::ExcelFrench : CsvProfile::Rfc4180);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export Ledger"), e.message());
        return e.message();
    }
    return {};
}

void GrantFileActions::retranslateUi()
{
    m_import->setText(tr("&Import Payments…"));
    m_import->setToolTip(tr("Record payments from an accounting export (CSV), all lines or none"));
    m_exportScdl->setText(tr("Export &SCDL…"));
    m_exportScdl->setToolTip(
        tr("Publish the grants in the legal open-data format (SCDL subventions 2.1.1)"));
    m_exportLedger->setText(tr("Export &Ledger"));
    m_exportExcel->setText(tr("Excel (French): semicolons, decimal commas"));
    m_exportCsv->setText(tr("Standard CSV (RFC 4180)"));
}

void GrantFileActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
