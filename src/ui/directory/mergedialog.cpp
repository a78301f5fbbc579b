// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tremplin {

MergeDialog::MergeDialog(
    const QList<QPair<qint64, QString>> &records, const QStringList &references, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Merge Duplicates"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the record to keep. Everything that refers to the others "
                                "(initiatives, persons, committees, sub-administrations…) will "
                                "refer to it, and the others will be removed. Undo puts "
                                "everything back."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("keepList"));
    for (int i = 0; i < records.size(); ++i) {
        const QString refs = references.value(i);
        auto *item = new QListWidgetItem(refs.isEmpty()
                ? records.at(i).second
                : tr("%1 (referred to by %2)").arg(records.at(i).second, refs),
            m_list);
        item->setData(Qt::UserRole, records.at(i).first);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 320);
}

qint64 MergeDialog::keepId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QList<qint64> MergeDialog::goneIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const qint64 id = m_list->item(i)->data(Qt::UserRole).toLongLong();
        if (id != keepId())
            ids.append(id);
    }
    return ids;
}

} // namespace tremplin
