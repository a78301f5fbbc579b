// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicemodel.h"

#include "core/error.h"

namespace tremplin {

ChoiceModel::ChoiceModel(Database &db, ChoiceKind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_kind(kind)
{ }

void ChoiceModel::setSearch(const QString &text)
{
    QList<Choice> rows;
    try {
        rows = Lookups(m_db).search(m_kind, text);
    } catch (const Error &) {
        // A failed read offers nothing to choose; the field keeps its value.
    }
    m_search = text;
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Choice &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Two records of the same name are told apart in the list.
        return c.detail.isEmpty()
            ? c.label
            : tr("%1 — %2", "a choice and what tells it apart").arg(c.label, c.detail);
    case Qt::EditRole:
        return c.label;
    case IdRole:
        return c.id;
    default:
        return {};
    }
}

} // namespace tremplin
