// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace tremplin {

class Database;

/// Editors for RecordTableModel cells by field kind: a list of choices for codes and
/// references (a searching ReferencePicker for lists that grow with the file, given a
/// database), a calendar for dates, a line edit otherwise.
class RecordDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// Where ReferencePicker editors search.
    void setDatabase(Database *database) { m_database = database; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Database *m_database = nullptr;
};

} // namespace tremplin
