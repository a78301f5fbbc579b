// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace tremplin {

class ApplicationImport;

/// The dossiers of an application import as the preview lists them: the line, the DS number,
/// the project, what the import will do and why (its problems, the fields DS changed, the
/// conflicts with what will happen).
class ApplicationPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, DsNumber, Project, Outcome, Details, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole };

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows @p import's dossiers (read again after each change of the mapping); nullptr clears.
    void setImport(const ApplicationImport *import);
    /// What the preview says of one dossier, in the user's language.
    static QString details(const ApplicationImport &import, int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const ApplicationImport *m_import = nullptr;
    int m_rows = 0;
};

} // namespace tremplin
