// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddelegate.h"

#include "../forms/referencepicker.h"
#include "core/services/records.h"
#include "recordtablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace tremplin {

namespace {
/// The date standing for "no date" in a QDateEdit, shown as its special value text.
const QDate NoDate(1900, 1, 1);
} // namespace

QWidget *RecordDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = FieldKind(index.data(RecordTableModel::KindRole).toInt());
    const int choiceKind = index.data(RecordTableModel::ChoiceKindRole).toInt();
    if (kind == FieldKind::Reference && choiceKind >= 0 && m_database) {
        // A list that grows with the file: searched as the user types, never filled whole.
        auto *picker = new ReferencePicker(parent);
        picker->setSource(*m_database, ChoiceKind(choiceKind));
        return picker;
    }
    switch (kind) {
    case FieldKind::Code:
    case FieldKind::Reference: {
        auto *combo = new QComboBox(parent);
        for (const QVariant &choice : index.data(RecordTableModel::ChoicesRole).toList()) {
            const QVariantList pair = choice.toList();
            combo->addItem(pair.value(0).toString(), pair.value(1));
        }
        return combo;
    }
    case FieldKind::Date:
    case FieldKind::RequiredDate: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        if (kind == FieldKind::Date)
            edit->setSpecialValueText(tr("(none)"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(RecordTableModel::EditValueRole);
    if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        picker->setId(value.toLongLong());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int i = combo->findData(value);
        if (i < 0 && value.isNull())
            i = combo->findData(QVariant(qint64(0)));
        combo->setCurrentIndex(std::max(0, i));
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        date->setDate(
            d.isValid() ? d : (date->specialValueText().isEmpty() ? QDate::currentDate() : NoDate));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RecordDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        model->setData(index, picker->id());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index,
            date->date() == NoDate ? QVariant(QString())
                                   : QVariant(date->date().toString(Qt::ISODate)));
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace tremplin
