// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/snapshots.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tremplin {

class Database;

/// The snapshots of a programme file, newest first, with what each holds (read from the
/// snapshot itself, opened read-only).
class SnapshotListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TakenAt, Reason, Initiatives, Grants, Payments, Size, ColumnCount };

    explicit SnapshotListModel(QObject *parent = nullptr);
    void setSnapshots(const QList<Snapshot> &snapshots);
    const Snapshot &snapshotAt(int row) const { return m_snapshots.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Snapshot> m_snapshots;
};

/// File › Restore…: the open file's snapshots (date, reason, initiatives, grants, payments),
/// the folder they are kept in and how many are kept (both changeable, kept per file in the
/// application's settings, which tremplin-cli reads too), a button to take one now, and Restore,
/// which asks for confirmation and closes the dialog; the main window then puts the snapshot in
/// place (the file must be closed for that).
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(Database &database, QWidget *parent = nullptr);

    /// The snapshot chosen when the dialog was accepted.
    QString chosenSnapshot() const { return m_chosen; }
    QTableView *view() const { return m_view; }
    SnapshotListModel *model() const { return m_model; }
    QPushButton *takeButton() const { return m_take; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *changeFolderButton() const { return m_changeFolder; }
    QSpinBox *keepDailyBox() const { return m_keepDaily; }
    QSpinBox *keepOthersBox() const { return m_keepOthers; }

private:
    void reload();
    void takeSnapshot();
    void restoreChosen();
    void updateButtons();
    void changeFolder();
    /// Keeps the counts of the spin boxes in the file's settings, and applies them.
    void saveCounts();

    Database &m_database;
    SnapshotListModel *m_model;
    QLabel *m_folder;
    QLabel *m_problem;
    QTableView *m_view;
    QPushButton *m_take;
    QPushButton *m_restore;
    QPushButton *m_changeFolder;
    QSpinBox *m_keepDaily;
    QSpinBox *m_keepOthers;
    QString m_chosen;
};

} // namespace tremplin
