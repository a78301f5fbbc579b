// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "../commands/importcommand.h"
#include "../document.h"
#include "../style.h"
#include "core/backup/snapshots.h"
#include "core/error.h"
#include "ui_importdialog.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

namespace tremplin {

namespace {
constexpr int PreviewLines = 20;
}

ImportDialog::ImportDialog(Document &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_ui(std::make_unique<Ui::ImportDialog>())
{
    m_ui->setupUi(this);
    m_ui->preview->setAccessibleName(tr("Preview of the file"));
    m_ui->problems->setAccessibleName(tr("Problems found"));
    // Long messages wrap instead of running off the list.
    m_ui->problems->setWordWrap(true);
    m_ui->problems->setResizeMode(QListView::Adjust);
    m_ui->problems->setTextElideMode(Qt::ElideNone);
    refresh();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::loadFile(const QString &path)
{
    m_path = path;
    QString error;
    const bool ok = m_import.loadFile(path, m_document.database(), &error);
    if (!ok) {
        m_ui->fileLabel->setText(error);
    } else {
        // The meanings chosen by hand for the last file with the same header layout.
        const QStringList remembered = QSettings().value(mappingKey()).toStringList();
        if (remembered.size() == m_import.headers().size()) {
            QList<DisbursementImport::Target> mapping;
            for (const QString &t : remembered)
                mapping << DisbursementImport::Target(std::clamp(
                    t.toInt(), int(DisbursementImport::Grant), int(DisbursementImport::Ignore)));
            m_import.setMappings(mapping);
        }
    }
    refresh();
    return ok;
}

void ImportDialog::refresh()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    const QStringList headers = m_import.headers();
    if (!m_path.isEmpty() && !headers.isEmpty()) {
        m_ui->fileLabel->setText(
            tr("%1 — %n payment line(s), %2, separator “%3”.", nullptr, m_import.lineCount())
                .arg(QDir::toNativeSeparators(m_path), m_import.encoding(),
                    QString(m_import.separator())));
    }
    m_ui->preview->clear();
    m_ui->preview->setColumnCount(int(headers.size()));
    m_ui->preview->setHorizontalHeaderLabels(headers);
    const int lines = std::min(PreviewLines, m_import.lineCount());
    m_ui->preview->setRowCount(lines + 1);
    const QList<DisbursementImport::Target> mapping = m_import.mapping();
    for (int c = 0; c < headers.size(); ++c) {
        auto *combo = new QComboBox(m_ui->preview);
        combo->setAccessibleName(tr("Meaning of column “%1”").arg(headers.at(c)));
        for (int t = DisbursementImport::Grant; t <= DisbursementImport::Ignore; ++t)
            combo->addItem(DisbursementImport::targetLabel(DisbursementImport::Target(t)), t);
        combo->setCurrentIndex(combo->findData(int(mapping.value(c, DisbursementImport::Ignore))));
        connect(combo, &QComboBox::activated, this, [this, c, combo] {
            m_import.setMapping(c, DisbursementImport::Target(combo->currentData().toInt()));
            QStringList remembered;
            for (const DisbursementImport::Target t : m_import.mapping())
                remembered << QString::number(int(t));
            QSettings().setValue(mappingKey(), remembered);
            // The preview is rebuilt: it stays where the user scrolled to.
            m_keepScroll = { m_ui->preview->horizontalScrollBar()->value(),
                m_ui->preview->verticalScrollBar()->value() };
            m_focusColumn = combo->hasFocus() ? c : -1;
            // Rebuilt after the event: the combo must not be deleted while it signals.
            QMetaObject::invokeMethod(this, &ImportDialog::refresh, Qt::QueuedConnection);
        });
        m_ui->preview->setCellWidget(0, c, combo);
        for (int r = 0; r < lines; ++r)
            m_ui->preview->setItem(r + 1, c, new QTableWidgetItem(m_import.row(r).value(c)));
    }
    m_ui->preview->resizeColumnsToContents();
    m_ui->problems->clear();
    for (const DisbursementImport::Problem &p : m_import.problems())
        m_ui->problems->addItem(tr("Line %1: %2").arg(p.line).arg(p.message));
    for (const DisbursementImport::Problem &p : m_import.warnings()) {
        auto *item = new QListWidgetItem(
            tr("Line %1 (warning): %2").arg(p.line).arg(p.message), m_ui->problems);
        item->setForeground(style::cautionColor());
    }
    // The keyboard stays on the column being set.
    if (auto *focus = m_focusColumn >= 0 ? m_ui->preview->cellWidget(0, m_focusColumn) : nullptr)
        focus->setFocus(Qt::OtherFocusReason);
    m_focusColumn = -1;
    if (m_keepScroll) {
        // The scroll bars' ranges follow the new columns once the view has laid them out.
        const QPoint keep = *m_keepScroll;
        m_keepScroll.reset();
        QTimer::singleShot(0, this, [this, keep] {
            m_ui->preview->horizontalScrollBar()->setValue(keep.x());
            m_ui->preview->verticalScrollBar()->setValue(keep.y());
        });
    }
    const bool ready = !m_path.isEmpty() && !headers.isEmpty() && m_import.problems().isEmpty();
    m_ui->problemsLabel->setText(m_import.problems().isEmpty()
            ? (ready ? (m_import.warnings().isEmpty()
                       ? tr("Every line can be imported.")
                       : tr("Every line can be imported; %n line(s) deserve a look.", nullptr,
                           int(m_import.warnings().size())))
                     : QString())
            : tr("%n problem(s): nothing will be imported until they are fixed in the file or in "
                 "the "
                 "column choices.",
                nullptr, int(m_import.problems().size())));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

QString ImportDialog::mappingKey() const
{
    return QStringLiteral("import/disbursementColumns/%1").arg(m_import.layoutKey());
}

void ImportDialog::accept()
{
    try {
        Snapshots::takeBefore(m_document.database(), SnapshotReason::BeforeImport);
    } catch (const Error &e) {
        m_ui->problems->clear();
        m_ui->problems->addItem(e.message());
        return;
    }
    auto command
        = std::make_unique<ImportDisbursementsCommand>(m_document, m_import, tr("Import payments"));
    auto *raw = command.get();
    QString error;
    if (!DatabaseCommand::push(m_document, std::move(command), &error)) {
        m_ui->problems->clear();
        m_ui->problems->addItem(error);
        return;
    }
    m_imported = raw->imported();
    QDialog::accept();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace tremplin
