// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include "../style.h"
#include "core/database/database.h"
#include "core/database/filesync.h"
#include "core/error.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace tremplin {

SnapshotListModel::SnapshotListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SnapshotListModel::setSnapshots(const QList<Snapshot> &snapshots)
{
    beginResetModel();
    m_snapshots = snapshots;
    endResetModel();
}

int SnapshotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Snapshot &s = m_snapshots.at(index.row());
    const QLocale locale;
    const bool counted = s.inspected && s.problem.isEmpty();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TakenAt:
            return locale.toString(s.takenAt, QLocale::ShortFormat);
        case Reason:
            return Snapshots::reasonLabel(s.reason);
        case Initiatives:
            return counted ? locale.toString(s.initiatives) : s.problem;
        case Grants:
            return counted ? locale.toString(s.grants) : QString();
        case Payments:
            return counted ? locale.toString(s.payments) : QString();
        case Size:
            return locale.formattedDataSize(s.size);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Initiatives && counted)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return s.problem.isEmpty() ? nativePath(s.path) : s.problem;
    if (role == Qt::ForegroundRole && !s.problem.isEmpty())
        return style::errorColor();
    return {};
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenAt:
        return tr("Taken");
    case Reason:
        return tr("Reason");
    case Initiatives:
        return tr("Initiatives");
    case Grants:
        return tr("Grants");
    case Payments:
        return tr("Payments");
    case Size:
        return tr("Size");
    default:
        return {};
    }
}

RestoreDialog::RestoreDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_model(new SnapshotListModel(this))
    , m_folder(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_view(new QTableView(this))
    , m_take(new QPushButton(tr("&Take a Snapshot Now"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
    , m_changeFolder(new QPushButton(tr("Change &Folder…"), this))
    , m_keepDaily(new QSpinBox(this))
    , m_keepOthers(new QSpinBox(this))
{
    setWindowTitle(tr("Restore from a Snapshot"));
    setObjectName(QStringLiteral("restoreDialog"));
    auto *intro = new QLabel(tr("Snapshots are complete copies of this file, kept in the folder "
                                "below. Restoring one replaces the file by it; the file as it "
                                "is now is kept as a snapshot first, so a restore can be "
                                "undone by restoring that one."),
        this);
    intro->setWordWrap(true);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_folder->setOpenExternalLinks(false);
    connect(m_folder, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(style::errorText());
    m_problem->hide();
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Snapshots"));
    m_restore->setObjectName(QStringLiteral("restoreSnapshot"));
    m_take->setObjectName(QStringLiteral("takeSnapshot"));
    m_changeFolder->setObjectName(QStringLiteral("changeSnapshotFolder"));
    // Enter in a count must not open the folder picker nor take a snapshot.
    m_changeFolder->setAutoDefault(false);
    m_take->setAutoDefault(false);
    const SnapshotSettings settings = SnapshotSettings::load(m_database.path());
    for (QSpinBox *box : { m_keepDaily, m_keepOthers }) {
        box->setRange(1, 999);
        box->setKeyboardTracking(false);
    }
    m_keepDaily->setObjectName(QStringLiteral("keepDaily"));
    m_keepDaily->setValue(settings.policy.keepDaily);
    m_keepOthers->setObjectName(QStringLiteral("keepOthers"));
    m_keepOthers->setValue(settings.policy.keepOthers);
    connect(m_changeFolder, &QPushButton::clicked, this, &RestoreDialog::changeFolder);
    connect(m_keepDaily, &QSpinBox::valueChanged, this, &RestoreDialog::saveCounts);
    connect(m_keepOthers, &QSpinBox::valueChanged, this, &RestoreDialog::saveCounts);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_changeFolder);
    auto *counts = new QFormLayout;
    counts->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    counts->addRow(tr("Daily snapshots &kept:"), m_keepDaily);
    counts->addRow(tr("Other snapshots k&ept (before an operation, by hand):"), m_keepOthers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_take, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_take, &QPushButton::clicked, this, &RestoreDialog::takeSnapshot);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreChosen);
    connect(m_view, &QTableView::doubleClicked, this, &RestoreDialog::restoreChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(folderRow);
    layout->addLayout(counts);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

void RestoreDialog::reload()
{
    const Snapshots snapshots = Snapshots::forFile(m_database.path());
    QList<Snapshot> list = snapshots.list();
    for (Snapshot &s : list)
        s = Snapshots::inspect(s);
    m_model->setSnapshots(list);
    m_view->resizeColumnsToContents();
    m_folder->setText(tr("Folder: <a href=\"%1\">%2</a>")
                          .arg(QUrl::fromLocalFile(snapshots.folder()).toString(),
                              nativePath(snapshots.folder()).toHtmlEscaped()));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RestoreDialog::updateButtons, Qt::UniqueConnection);
    updateButtons();
}

void RestoreDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_restore->setEnabled(
        !rows.isEmpty() && m_model->snapshotAt(rows.first().row()).problem.isEmpty());
}

void RestoreDialog::takeSnapshot()
{
    try {
        Snapshots::forFile(m_database.path()).take(m_database, SnapshotReason::Manual);
        m_problem->hide();
    } catch (const Error &e) {
        m_problem->setText(e.message());
        m_problem->show();
    }
    reload();
}

void RestoreDialog::changeFolder()
{
    SnapshotSettings settings = SnapshotSettings::load(m_database.path());
    const QString current = Snapshots::forFile(m_database.path()).folder();
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Snapshot Folder"), QDir(current).exists() ? current : QFileInfo(current).path());
    if (folder.isEmpty())
        return;
    // The default folder is remembered as "the default", so that it follows the file.
    settings.folder = QFileInfo(folder).absoluteFilePath()
            == QFileInfo(Snapshots::defaultFolder(m_database.path())).absoluteFilePath()
        ? QString()
        : folder;
    SnapshotSettings::save(m_database.path(), settings);
    m_problem->hide();
    reload();
}

void RestoreDialog::saveCounts()
{
    SnapshotSettings settings = SnapshotSettings::load(m_database.path());
    settings.policy.keepDaily = m_keepDaily->value();
    settings.policy.keepOthers = m_keepOthers->value();
    // Applied at the next snapshot: going through smaller counts with the arrows deletes
    // nothing on the way.
    SnapshotSettings::save(m_database.path(), settings);
}

void RestoreDialog::restoreChosen()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Snapshot &s = m_model->snapshotAt(rows.first().row());
    if (!s.problem.isEmpty())
        return;
    const QLocale locale;
    const QString question
        = tr("Replace the file by the snapshot of %1 (%2)?\n\nIt holds %3 initiatives, %4 "
             "grants and %5 payments. Everything changed since then is replaced; the file as "
             "it is now is kept as a snapshot, so restoring that one undoes this.")
              .arg(locale.toString(s.takenAt, QLocale::LongFormat),
                  Snapshots::reasonLabel(s.reason), locale.toString(s.initiatives),
                  locale.toString(s.grants), locale.toString(s.payments));
    if (QMessageBox::question(this, tr("Restore"), question, QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_chosen = s.path;
    accept();
}

} // namespace tremplin
