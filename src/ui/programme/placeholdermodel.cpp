// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholdermodel.h"

#include "core/services/lettertemplates.h"

namespace tremplin {

PlaceholderModel::PlaceholderModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    beginResetModel();
    m_names = LetterTemplates::placeholders();
    endResetModel();
}

int PlaceholderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int PlaceholderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaceholderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &name = m_names.at(index.row());
    if (role == NameRole)
        return name;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() == Placeholder)
            return QStringLiteral("{%1}").arg(name);
        return LetterTemplates::describe(name);
    }
    return {};
}

QVariant PlaceholderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Placeholder ? tr("Placeholder") : tr("Stands for");
}

void PlaceholderModel::retranslate()
{
    if (!m_names.isEmpty())
        Q_EMIT dataChanged(index(0, Meaning), index(rowCount() - 1, Meaning));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace tremplin
