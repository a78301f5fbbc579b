// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationpreviewmodel.h"

#include "../style.h"
#include "core/imports/applicationimport.h"

namespace tremplin {

void ApplicationPreviewModel::setImport(const ApplicationImport *import)
{
    beginResetModel();
    m_import = import;
    m_rows = import ? int(import->dossiers().size()) : 0;
    endResetModel();
}

QString ApplicationPreviewModel::details(const ApplicationImport &import, int row)
{
    const ApplicationImport::Dossier &d = import.dossiers().at(row);
    const QString separator = tr("; ", "between the items of a list");
    if (!d.problems.isEmpty())
        return d.problems.join(separator);
    if (!d.note.isEmpty())
        return d.note;
    QStringList parts;
    for (const ApplicationImport::FieldChange &c : d.changes) {
        const QString field = ApplicationImport::fieldLabel(c.field);
        parts << (c.conflict ? tr("%1 edited in Tremplin (“%2”) and in DS (“%3”): Tremplin's "
                                  "value kept")
                                   .arg(field, c.tremplinValue, c.dsValue)
                             : tr("%1: “%2” → “%3”").arg(field, c.tremplinValue, c.dsValue));
    }
    return parts.join(separator);
}

int ApplicationPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ApplicationPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_import)
        return {};
    const ApplicationImport::Dossier &d = m_import->dossiers().at(index.row());
    if (role == OutcomeRole)
        return int(d.outcome);
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (d.outcome == ApplicationImport::Outcome::Invalid)
            return style::errorColor();
        if (d.outcome == ApplicationImport::Outcome::Conflict)
            return style::cautionColor();
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Line:
        return d.line;
    case DsNumber:
        return d.dsNumber > 0 ? QVariant(QString::number(d.dsNumber)) : QVariant();
    case Project:
        return d.name;
    case Outcome:
        return ApplicationImport::outcomeLabel(d.outcome);
    case Details:
        return details(*m_import, index.row());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ApplicationPreviewModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Line:
        return tr("Line");
    case DsNumber:
        return tr("Dossier");
    case Project:
        return tr("Project");
    case Outcome:
        return tr("Import");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tremplin
