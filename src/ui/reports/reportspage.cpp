// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportspage.h"

#include "../deferredrefresh.h"
#include "../document.h"
#include "core/error.h"
#include "core/reports/phasestatusreport.h"
#include "core/services/programmeservice.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tremplin {

ReportsPage::ReportsPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_phase(new QComboBox(this))
    , m_pdf(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_preview(new QTextBrowser(this))
    , m_refresh(new DeferredRefresh(this, [this] {
        reloadPhases();
        refresh();
    }))
{
    m_phase->setObjectName(QStringLiteral("reportPhase"));
    auto *layout = new QVBoxLayout(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_phase);
    bar->addStretch(1);
    bar->addWidget(m_pdf);
    bar->addWidget(m_csv);
    bar->addWidget(m_print);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
            tr("phase-status") + QStringLiteral(".pdf"), tr("PDF document (*.pdf)"));
        if (!path.isEmpty()) {
            const QString error = exportTo(path);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export Report"), error);
        }
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
            tr("phase-status") + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            const QString error = exportTo(path);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export Report"), error);
        }
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintDialog dialog(&printer, this);
        const qint64 phase = m_phase->currentData().toLongLong();
        if (dialog.exec() != QDialog::Accepted || !m_document || phase <= 0)
            return;
        // Printed as the PDF is laid out: whole rows, the header on every page.
        try {
            PhaseStatusReport(m_document->database(), phase).render(printer);
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Print"), e.message());
        }
    });
    retranslateUi();
}

void ReportsPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(&m_document->database(), nullptr, m_refresh, nullptr);
    m_document = document;
    if (m_document) {
        // The tables the phase status report reads.
        connect(&m_document->database(), &Database::changed, m_refresh,
            [this](const ChangeSet &changes) {
                if (touches(changes,
                        { QLatin1String("programme"), QLatin1String("phase"),
                            QLatin1String("participation"), QLatin1String("initiative"),
                            QLatin1String("organisation"), QLatin1String("grant_award"),
                            QLatin1String("disbursement"), QLatin1String("need"),
                            QLatin1String("action_item"), QLatin1String("journal_entry"),
                            QLatin1String("decision"), QLatin1String("committee") }))
                    m_refresh->request();
            });
    }
    reloadPhases();
    refresh();
}

void ReportsPage::reloadPhases()
{
    const QVariant current = m_phase->currentData();
    const QSignalBlocker blocker(m_phase);
    m_phase->clear();
    if (m_document && m_document->database().isOpen()) {
        try {
            for (const Phase &p : ProgrammeService(m_document->database()).phases()) {
                if (p.kind == PhaseKind::Accompaniment || p.kind == PhaseKind::Selection)
                    m_phase->addItem(p.name, p.id);
            }
        } catch (const Error &e) {
            m_document->database().reportReadFailure(e.message());
        }
    }
    int i = m_phase->findData(current);
    if (i < 0 && m_document && m_document->database().isOpen()) {
        // By default, the latest phase anyone took part in: the report one usually wants.
        try {
            i = m_phase->findData(PhaseStatusReport::latestPhase(m_document->database()));
        } catch (const Error &) { }
    }
    m_phase->setCurrentIndex(i < 0 ? 0 : i);
}

void ReportsPage::refresh()
{
    const qint64 phase = m_phase->currentData().toLongLong();
    m_pdf->setEnabled(phase > 0);
    m_csv->setEnabled(phase > 0);
    m_print->setEnabled(phase > 0);
    if (!m_document || phase <= 0) {
        m_preview->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("No phase to report on yet.").toHtmlEscaped()));
        return;
    }
    try {
        m_preview->setHtml(PhaseStatusReport(m_document->database(), phase).toHtml());
    } catch (const Error &e) {
        m_preview->setPlainText(e.message());
    }
}

QString ReportsPage::previewText() const
{
    return m_preview->toPlainText();
}

QString ReportsPage::exportTo(const QString &path)
{
    const qint64 phase = m_phase->currentData().toLongLong();
    if (!m_document || phase <= 0)
        return tr("Choose a phase first.");
    try {
        const PhaseStatusReport report(m_document->database(), phase);
        if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
            report.writeCsv(path);
        else
            report.writePdf(path);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

void ReportsPage::retranslateUi()
{
    m_title->setText(tr("Status at the end of a phase, per initiative"));
    m_phase->setAccessibleName(tr("Phase"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_pdf->setText(tr("Export &PDF…"));
    m_csv->setText(tr("Export &CSV…"));
    m_print->setText(tr("P&rint…"));
    refresh();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->flushIfStale();
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
