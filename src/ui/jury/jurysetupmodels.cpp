// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurysetupmodels.h"

#include "../models/recordtablemodel.h"

#include <algorithm>

namespace tremplin {

void JuryRowsModel::setHeaders(const QStringList &headers)
{
    if (headers.size() != m_headers.size()) {
        beginResetModel();
        m_headers = headers;
        endResetModel();
        return;
    }
    m_headers = headers;
    if (!headers.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(headers.size()) - 1);
}

void JuryRowsModel::setRows(const QList<Row> &rows)
{
    // The same records in the same order (a value edited): the cells change, the rows stay, so
    // an open editor, the current row and the selection survive the reload.
    const bool sameRows = !rows.isEmpty() && rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const Row &a, const Row &b) { return a.id == b.id && a.key == b.key; });
    if (sameRows && !m_headers.isEmpty()) {
        m_rows = rows;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void JuryRowsModel::setEditable(int column, Writer writer, ColumnData columnData)
{
    m_editable.insert(column, { std::move(writer), std::move(columnData) });
}

int JuryRowsModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

int JuryRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JuryRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant JuryRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return r.cells.value(c);
    case Qt::ToolTipRole:
        return r.toolTips.value(c).isEmpty() ? r.cells.value(c) : QVariant(r.toolTips.value(c));
    case Qt::EditRole:
    case RecordTableModel::EditValueRole:
        return c < r.edit.size() ? r.edit.at(c) : r.cells.value(c);
    case IdRole:
        return r.id;
    case KeyRole:
        return r.key;
    case RecordTableModel::KindRole:
    case RecordTableModel::ChoiceKindRole:
    case RecordTableModel::ChoicesRole: {
        const auto it = m_editable.constFind(c);
        if (it != m_editable.cend() && it->second)
            return it->second(role);
        return role == RecordTableModel::ChoicesRole ? QVariant() : QVariant(-1);
    }
    default:
        return {};
    }
}

bool JuryRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    const auto it = m_editable.constFind(index.column());
    if (it == m_editable.cend())
        return false;
    const Row &r = m_rows.at(index.row());
    if (data(index, Qt::EditRole) == value)
        return false;
    return it->first(r, value);
}

Qt::ItemFlags JuryRowsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable.contains(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant JuryRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

// ---------------------------------------------------------------------------------------------

JuryAssignmentModel::JuryAssignmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JuryAssignmentModel::setData(const QList<Line> &applications, const QList<Line> &jurors,
    const QSet<QPair<qint64, qint64>> &assigned, const QSet<QPair<qint64, qint64>> &conflicts)
{
    const auto sameLines = [](const QList<Line> &a, const QList<Line> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
            [](const Line &l, const Line &r) { return l.id == r.id && l.label == r.label; });
    };
    if (!applications.isEmpty() && !jurors.isEmpty() && sameLines(applications, m_applications)
        && sameLines(jurors, m_jurors)) {
        // Ticks changed: the current cell stays where the user is.
        m_assigned = assigned;
        m_conflicts = conflicts;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_applications = applications;
    m_jurors = jurors;
    m_assigned = assigned;
    m_conflicts = conflicts;
    endResetModel();
}

void JuryAssignmentModel::setConflictText(const QString &text, const QString &toolTip)
{
    m_conflictText = text;
    m_conflictToolTip = toolTip;
    if (!m_applications.isEmpty() && !m_jurors.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int JuryAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int JuryAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jurors.size());
}

QPair<qint64, qint64> JuryAssignmentModel::key(const QModelIndex &index) const
{
    return { m_jurors.at(index.column()).id, m_applications.at(index.row()).id };
}

QVariant JuryAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool conflict = m_conflicts.contains(key(index));
    switch (role) {
    case Qt::CheckStateRole:
        if (conflict)
            return {};
        return m_assigned.contains(key(index)) ? Qt::Checked : Qt::Unchecked;
    case Qt::DisplayRole:
        return conflict ? QVariant(m_conflictText) : QVariant();
    case Qt::ToolTipRole:
        return conflict ? QVariant(m_conflictToolTip)
                        : QVariant(m_applications.at(index.row()).label + QStringLiteral(" × ")
                            + m_jurors.at(index.column()).label);
    default:
        return {};
    }
}

bool JuryAssignmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole
        || !m_writer || m_conflicts.contains(key(index)))
        return false;
    const bool assigned = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (assigned == m_assigned.contains(key(index)))
        return false;
    return m_writer(key(index).first, key(index).second, assigned);
}

Qt::ItemFlags JuryAssignmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_conflicts.contains(key(index)))
        return Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant JuryAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_jurors.size() ? m_jurors.at(section).label : QString();
    return section >= 0 && section < m_applications.size() ? m_applications.at(section).label
                                                           : QString();
}

} // namespace tremplin
