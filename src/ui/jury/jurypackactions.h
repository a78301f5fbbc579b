// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/packs/jurorpack.h"
#include "ui/commands/databasecommand.h"

#include <QDialog>
#include <QObject>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tremplin {

class MainWindow;

/// Merges a returned juror pack as one undoable step: undo gives the cells the file's earlier
/// values back and removes the line of jury_pack_import; redo merges again.
class JuryPackImportCommand : public DatabaseCommand
{
public:
    JuryPackImportCommand(Document &document, PackMerge merge, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    PackMerge m_merge;
    qint64 m_log = 0;
};

/// File › Export › Juror Packs…: a session, a folder and an optional passphrase; writes one
/// pack per juror of the session.
class JuryPackExportDialog : public QDialog
{
    Q_OBJECT
public:
    JuryPackExportDialog(Database &db, QWidget *parent = nullptr);
    /// How many packs were written (after the dialog was accepted).
    int written() const { return m_written; }
    QString folder() const;

private:
    void exportPacks();
    Database &m_db;
    QComboBox *m_session;
    QLineEdit *m_folder;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm;
    QLabel *m_error;
    int m_written = 0;
};

/// File › Import › Juror Pack…, after the pack was read and checked: what the import will
/// write, and every conflict (kept as in the file) and refused cell with its reason.
class JuryPackImportDialog : public QDialog
{
    Q_OBJECT
public:
    JuryPackImportDialog(const PackMerge &merge, QWidget *parent = nullptr);
};

/// The two actions of the File menu for juror packs and what they open.
class JuryPackActions : public QObject
{
    Q_OBJECT
public:
    explicit JuryPackActions(MainWindow *window);
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    void retranslateUi();

private:
    void exportPacks();
    void importPack();
    MainWindow *m_window;
    QAction *m_export;
    QAction *m_import;
};

} // namespace tremplin
