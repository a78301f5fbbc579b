// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurypackactions.h"

#include "core/backup/snapshots.h"
#include "core/error.h"
#include "core/packs/packcrypto.h"
#include "core/services/juryservice.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/style.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tremplin {

JuryPackImportCommand::JuryPackImportCommand(
    Document &document, PackMerge merge, const QString &text)
    : DatabaseCommand(document, text)
    , m_merge(std::move(merge))
{ }

void JuryPackImportCommand::apply()
{
    m_log = JurorPackService(m_document.database()).apply(m_merge);
}

void JuryPackImportCommand::revert()
{
    JurorPackService(m_document.database()).revert(m_merge, m_log);
    m_log = 0;
}

// ---------------------------------------------------------------------------------------------

JuryPackExportDialog::JuryPackExportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Export Juror Packs"));
    m_session->setObjectName(QStringLiteral("session"));
    m_folder->setObjectName(QStringLiteral("folder"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_error->setObjectName(QStringLiteral("error"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_folder->setMinimumWidth(320);
    m_error->setStyleSheet(style::errorText());
    for (const JurySession &s : JuryService(db).sessions())
        m_session->addItem(s.name, s.id);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder of the Juror Packs"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Session:"), m_session);
    // A row holding a layout gets no buddy from QFormLayout: the label needs one for its "&".
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Passphrase (optional):"), m_passphrase);
    form->addRow(tr("&Confirm the passphrase:"), m_confirm);

    auto *help = new QLabel(tr("One pack per juror, holding only their applications, the criteria "
                               "and their own scores. A passphrase locks the packs for the USB "
                               "stick or the e-mail: give it to the jurors another way."),
        this);
    help->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &JuryPackExportDialog::exportPacks);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_error->hide();
}

QString JuryPackExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void JuryPackExportDialog::exportPacks()
{
    const auto refuse = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    const qint64 session = m_session->currentData().toLongLong();
    if (session == 0)
        return refuse(tr("This file has no jury session yet."));
    if (folder().isEmpty())
        return refuse(tr("Choose the folder where the packs go."));
    if (m_passphrase->text() != m_confirm->text())
        return refuse(tr("The two passphrases differ."));
    try {
        m_written
            = int(JurorPackService(m_db).exportAll(session, folder(), m_passphrase->text()).size());
    } catch (const Error &e) {
        return refuse(e.message());
    }
    accept();
}

// ---------------------------------------------------------------------------------------------

JuryPackImportDialog::JuryPackImportDialog(const PackMerge &merge, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import a Juror Pack"));
    const QLocale locale;
    const auto score = [&locale](const std::optional<double> &v) {
        return v ? locale.toString(*v, 'g', 6) : QString();
    };
    QString summary
        = tr("Pack of %1 for the session “%2”, exported on %3.")
              .arg(merge.info.jurorName, merge.info.sessionName,
                  locale.toString(merge.info.exportedAt.toLocalTime(), QLocale::ShortFormat));
    summary += QLatin1Char('\n');
    summary += merge.writesNothing()
        ? tr("This pack was imported before and holds nothing new.")
        : tr("%n value(s) will be imported.", nullptr, int(merge.changes.size()));
    const int problems = int(merge.conflicts.size() + merge.refused.size());
    if (problems > 0) {
        summary += QLatin1Char(' ');
        summary += tr("%n value(s) stay as in the file, listed below: change them in the "
                      "scoring grid if the pack's value is the right one.",
            nullptr, problems);
    }
    auto *label = new QLabel(summary, this);
    label->setObjectName(QStringLiteral("summaryLabel"));
    label->setWordWrap(true);

    auto *table = new QTableWidget(problems, 5, this);
    table->setObjectName(QStringLiteral("conflicts"));
    table->setHorizontalHeaderLabels({ tr("Application"), tr("Criterion"), tr("In the file"),
        tr("In the pack"), tr("Why it was not imported") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    int row = 0;
    const auto addRow = [&](const PackMerge::Cell &c, const QString &why) {
        const bool comment = c.criterionId == 0;
        const QStringList values = { c.application, comment ? tr("Comment") : c.criterion,
            comment ? c.databaseComment : score(c.database),
            comment ? c.packComment : score(c.pack), why };
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            item->setToolTip(values.at(column));
            table->setItem(row, column, item);
        }
        ++row;
    };
    for (const PackMerge::Cell &c : merge.conflicts)
        addRow(c, tr("Changed in the file and in the pack since the export"));
    for (const PackMerge::Cell &c : merge.refused)
        addRow(c, c.problem);
    table->setVisible(problems > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!merge.writesNothing());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(problems > 0 ? 820 : 480, problems > 0 ? 420 : 160);
}

// ---------------------------------------------------------------------------------------------

JuryPackActions::JuryPackActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_export(new QAction(this))
    , m_import(new QAction(this))
{
    m_export->setObjectName(QStringLiteral("exportJurorPacks"));
    m_import->setObjectName(QStringLiteral("importJurorPack"));
    connect(m_export, &QAction::triggered, this, &JuryPackActions::exportPacks);
    connect(m_import, &QAction::triggered, this, &JuryPackActions::importPack);
    retranslateUi();
}

void JuryPackActions::retranslateUi()
{
    m_export->setText(tr("&Juror Packs…"));
    m_export->setStatusTip(tr("Write one file per juror to score away from this computer"));
    m_import->setText(tr("&Juror Pack…"));
    m_import->setStatusTip(tr("Merge the scores of a pack a juror sent back"));
}

void JuryPackActions::exportPacks()
{
    JuryPackExportDialog dialog(m_window->document()->database(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_window->statusBar()->showMessage(
        tr("Wrote %n juror pack(s) to %1.", nullptr, dialog.written())
            .arg(QDir::toNativeSeparators(dialog.folder())),
        10000);
}

void JuryPackActions::importPack()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import a Juror Pack"),
        QString(), tr("Juror packs (*.tremplin-pack);;All files (*)"));
    if (path.isEmpty())
        return;
    QString passphrase;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && packcrypto::isEncrypted(file.read(64))) {
        bool ok = false;
        passphrase = QInputDialog::getText(m_window, tr("Import a Juror Pack"),
            tr("This pack is locked. Its passphrase:"), QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
    }
    file.close();
    Document &document = *m_window->document();
    PackMerge merge;
    try {
        merge = JurorPackService(document.database()).read(path, passphrase);
    } catch (const Error &e) {
        QMessageBox::warning(m_window, tr("Import a Juror Pack"), e.message());
        return;
    }
    JuryPackImportDialog dialog(merge, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int count = int(merge.changes.size());
    const QString juror = merge.info.jurorName;
    try {
        Snapshots::takeBefore(document.database(), SnapshotReason::BeforeMerge);
    } catch (const Error &e) {
        QMessageBox::warning(m_window, tr("Import a Juror Pack"), e.message());
        return;
    }
    QString error;
    if (!DatabaseCommand::push(document,
            std::make_unique<JuryPackImportCommand>(
                document, std::move(merge), tr("Import the Pack of %1").arg(juror)),
            &error)) {
        QMessageBox::warning(m_window, tr("Import a Juror Pack"), error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Imported %n value(s) from the pack of %1.", nullptr, count).arg(juror), 10000);
}

} // namespace tremplin
