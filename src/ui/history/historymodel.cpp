// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include <QLocale>

namespace tremplin {

void HistoryModel::setSteps(const QList<HistoryStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryStep &s = m_steps.at(index.row());
    if (role == StepRole)
        return s.step;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        if (role == Qt::ToolTipRole)
            return QLocale().toString(s.when.toLocalTime(), QLocale::LongFormat);
        return QLocale().toString(s.when.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return s.actor.isEmpty() ? tr("(unknown)") : s.actor;
    case What:
        return s.what();
    case Changes:
        return s.changesText();
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Changes:
        return tr("Changes (before → after)");
    default:
        return {};
    }
}

void HistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace tremplin
