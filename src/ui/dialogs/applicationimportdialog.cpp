// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationimportdialog.h"

#include "../commands/importcommand.h"
#include "../document.h"
#include "../models/applicationpreviewmodel.h"
#include "core/backup/snapshots.h"
#include "core/error.h"
#include "core/services/programmeservice.h"
#include "ui_applicationimportdialog.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>

namespace tremplin {

ApplicationImportDialog::ApplicationImportDialog(Document &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_ui(std::make_unique<Ui::ApplicationImportDialog>())
    , m_model(new ApplicationPreviewModel(this))
{
    m_ui->setupUi(this);
    m_importClean = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_importClean->setObjectName(QStringLiteral("importClean"));
    m_ui->preview->setModel(m_model);
    m_ui->preview->verticalHeader()->hide();
    m_ui->preview->horizontalHeader()->setStretchLastSection(true);
    m_ui->mapping->verticalHeader()->hide();
    // A DS header can be a whole question: it is elided, the meaning beside it stays in view.
    m_ui->mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->mapping->setTextElideMode(Qt::ElideMiddle);
    m_ui->mapping->setWordWrap(false);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 5);
    m_ui->splitter->setSizes({ 360, 720 });
    // Room for the details where the screen has it.
    resize(QSize(1240, 760).boundedTo(screen()->availableSize() * 0.92));
    for (const Promotion &p : ProgrammeService(document.database()).promotions())
        m_ui->promotion->addItem(p.name);
    m_ui->promotion->setCurrentText(ApplicationImport::latestPromotion(document.database()));
    connect(m_ui->buttonBox->button(QDialogButtonBox::Ok), &QPushButton::clicked, this,
        [this] { importDossiers(false); });
    connect(m_importClean, &QPushButton::clicked, this, [this] { importDossiers(true); });
    refresh();
}

ApplicationImportDialog::~ApplicationImportDialog() = default;

bool ApplicationImportDialog::loadFile(const QString &path)
{
    m_path = path;
    QString error;
    const bool ok = m_import.loadFile(path, m_document.database(), &error);
    if (!ok) {
        m_ui->fileLabel->setText(error);
    } else if (!m_import.isDemarchesSimplifiees()) {
        // The meanings chosen by hand for the last file with the same header layout.
        const QStringList remembered = QSettings().value(mappingKey()).toStringList();
        if (remembered.size() == m_import.headers().size()) {
            QList<ApplicationImport::Target> mapping;
            for (const QString &t : remembered)
                mapping << ApplicationImport::Target(std::clamp(
                    t.toInt(), int(ApplicationImport::DsNumber), int(ApplicationImport::Ignore)));
            m_import.setMappings(mapping);
        }
    }
    rebuildMapping();
    refresh();
    return ok;
}

void ApplicationImportDialog::rebuildMapping()
{
    const QStringList headers = m_import.headers();
    m_ui->mapping->setRowCount(int(headers.size()));
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QTableWidgetItem(headers.at(c));
        header->setToolTip(headers.at(c));
        m_ui->mapping->setItem(c, 0, header);
        auto *combo = new QComboBox(m_ui->mapping);
        combo->setAccessibleName(tr("Meaning of column “%1”").arg(headers.at(c)));
        for (int t = ApplicationImport::DsNumber; t <= ApplicationImport::Ignore; ++t)
            combo->addItem(QString(), t);
        connect(combo, &QComboBox::activated, this, [this, c, combo] {
            m_import.setMapping(c, ApplicationImport::Target(combo->currentData().toInt()));
            QStringList remembered;
            for (const ApplicationImport::Target t : m_import.mapping())
                remembered << QString::number(int(t));
            QSettings().setValue(mappingKey(), remembered);
            refresh();
        });
        m_ui->mapping->setCellWidget(c, 1, combo);
    }
}

void ApplicationImportDialog::refresh()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_importClean->setText(tr("Import &Clean Ones"));
    m_ui->mapping->setHorizontalHeaderLabels({ tr("Column of the file"), tr("Holds") });
    m_ui->mappingLabel->setText(m_import.isDemarchesSimplifiees()
            ? tr("A Démarches simplifiées export: its columns are recognised.")
            : tr("What each column holds (the first line of the file is its header):"));
    const QList<ApplicationImport::Target> mapping = m_import.mapping();
    for (int c = 0; c < m_ui->mapping->rowCount(); ++c) {
        auto *combo = qobject_cast<QComboBox *>(m_ui->mapping->cellWidget(c, 1));
        if (!combo)
            continue;
        const QSignalBlocker block(combo);
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i,
                ApplicationImport::targetLabel(
                    ApplicationImport::Target(combo->itemData(i).toInt())));
        combo->setCurrentIndex(combo->findData(int(mapping.value(c, ApplicationImport::Ignore))));
    }
    m_model->setImport(&m_import);
    m_ui->preview->resizeColumnsToContents();
    m_ui->preview->horizontalHeader()->setStretchLastSection(true);
    // Every problem and change, wrapped, once the columns have their final widths.
    QTimer::singleShot(0, m_ui->preview, &QTableView::resizeRowsToContents);
    if (!m_path.isEmpty() && !m_import.headers().isEmpty()) {
        m_ui->fileLabel->setText(
            tr("%1 — %n dossier(s), %2, separator “%3”.", nullptr, m_import.lineCount())
                .arg(QDir::toNativeSeparators(m_path), m_import.encoding(),
                    QString(m_import.separator())));
    }
    using O = ApplicationImport::Outcome;
    const int invalid = m_import.count(O::Invalid);
    const int writable
        = m_import.count(O::New) + m_import.count(O::Update) + m_import.count(O::Conflict);
    QString summary;
    if (!m_import.fileProblems().isEmpty()) {
        summary = m_import.fileProblems().first().message;
    } else if (!m_path.isEmpty()) {
        summary = tr("%n new", nullptr, m_import.count(O::New)) + QStringLiteral(", ")
            + tr("%n to update", nullptr, m_import.count(O::Update)) + QStringLiteral(", ")
            + tr("%n with conflicts", nullptr, m_import.count(O::Conflict)) + QStringLiteral(", ")
            + tr("%n unchanged", nullptr, m_import.count(O::Unchanged)) + QStringLiteral(", ")
            + tr("%n invalid", nullptr, invalid) + QStringLiteral(".");
        if (invalid > 0)
            summary += u' '
                + tr("Fix the file and import it again, or import the clean dossiers only.");
    }
    m_ui->summaryLabel->setText(summary);
    const bool readable = !m_path.isEmpty() && m_import.fileProblems().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(readable && invalid == 0 && writable > 0);
    m_importClean->setEnabled(readable && invalid > 0 && writable > 0);
    m_importClean->setVisible(invalid > 0);
}

QString ApplicationImportDialog::mappingKey() const
{
    return QStringLiteral("import/applicationColumns/%1").arg(m_import.layoutKey());
}

void ApplicationImportDialog::importDossiers(bool skipInvalid)
{
    const QString promotion = m_ui->promotion->currentText().trimmed();
    m_import.setPromotion(promotion);
    if (m_import.createsPromotion()) {
        const auto answer = QMessageBox::question(this, tr("New Promotion"),
            tr("There is no promotion “%1” yet. Create it for these applications?").arg(promotion));
        if (answer != QMessageBox::Yes)
            return;
    }
    try {
        Snapshots::takeBefore(m_document.database(), SnapshotReason::BeforeImport);
    } catch (const Error &e) {
        m_ui->summaryLabel->setText(e.message());
        return;
    }
    auto command = std::make_unique<ImportApplicationsCommand>(
        m_document, m_import, skipInvalid, tr("Import applications"));
    auto *raw = command.get();
    QString error;
    if (!DatabaseCommand::push(m_document, std::move(command), &error)) {
        m_ui->summaryLabel->setText(error);
        refresh();
        m_ui->summaryLabel->setText(error);
        return;
    }
    m_imported = raw->imported();
    accept();
}

void ApplicationImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace tremplin
