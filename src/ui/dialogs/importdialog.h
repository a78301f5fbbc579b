// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imports/disbursementimport.h"

#include <QDialog>
#include <QPoint>
#include <memory>
#include <optional>

namespace Ui {
class ImportDialog;
}

namespace tremplin {

class Document;

/// Import of payments from a CSV file: a preview of the first lines, what each column holds
/// (guessed from the header, changeable), every problem with its line, and an Import button
/// that writes all lines or none, as one undoable step.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Document &document, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads @p path; false (with a message shown in the dialog) when it cannot be read.
    bool loadFile(const QString &path);
    DisbursementImport &import() { return m_import; }
    /// Number of payments imported when the dialog was accepted.
    int imported() const { return m_imported; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    /// Settings key of the column meanings chosen for this file's header layout.
    QString mappingKey() const;
    Document &m_document;
    std::unique_ptr<Ui::ImportDialog> m_ui;
    DisbursementImport m_import;
    QString m_path;
    int m_imported = 0;
    std::optional<QPoint> m_keepScroll; ///< the preview's scroll position to restore
    int m_focusColumn = -1; ///< the column whose meaning was chosen with the keyboard
};

} // namespace tremplin
