// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imports/applicationimport.h"

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class ApplicationImportDialog;
}

namespace tremplin {

class Document;
class ApplicationPreviewModel;

/// Import of applications (a Démarches simplifiées export or any CSV): what each column holds
/// (recognised for a DS export, chosen by hand otherwise and remembered per header layout), the
/// promotion of new applications, and a preview of every dossier with what the import will do:
/// its problems with their line, the fields DS changed, the conflicts with edits made in
/// Tremplin and what will happen. Import writes every dossier or none; Import Clean Ones leaves
/// the invalid ones out. Either is one undoable step.
class ApplicationImportDialog : public QDialog
{
    Q_OBJECT
public:
    ApplicationImportDialog(Document &document, QWidget *parent = nullptr);
    ~ApplicationImportDialog() override;

    bool loadFile(const QString &path);
    ApplicationImport &import() { return m_import; }
    ApplicationPreviewModel *previewModel() const { return m_model; }
    /// The button that imports the clean dossiers only.
    QPushButton *importCleanButton() const { return m_importClean; }
    int imported() const { return m_imported; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void rebuildMapping();
    void importDossiers(bool skipInvalid);
    QString mappingKey() const;

    Document &m_document;
    std::unique_ptr<Ui::ApplicationImportDialog> m_ui;
    ApplicationImport m_import;
    ApplicationPreviewModel *m_model;
    QPushButton *m_importClean;
    QString m_path;
    int m_imported = 0;
};

} // namespace tremplin
