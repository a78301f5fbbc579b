// SPDX-License-Identifier: GPL-3.0-or-later
#include "formtab.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../models/recorddelegate.h"
#include "../models/recordtablemodel.h"
#include "core/error.h"
#include "core/services/records.h"
#include "ui_initiativeform.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QTableView>

namespace tremplin {

FormTab::FormTab(const Context &context, QObject *parent)
    : QObject(parent)
    , m_document(context.document)
    , m_id(context.initiativeId)
    , m_ui(context.ui)
    , m_showProblem(context.showProblem)
{ }

QString FormTab::initiativeName() const
{
    try {
        return RecordService(m_document.database())
            .value(QStringLiteral("initiative"), QStringLiteral("name"), m_id)
            .toString();
    } catch (const Error &e) {
        showProblem(e.message());
        return QString();
    }
}

bool FormTab::touchesInitiative(const ChangeSet &changes) const
{
    return std::any_of(changes.cbegin(), changes.cend(), [this](const Change &c) {
        return c.entity == QLatin1String("initiative") && (c.id == m_id || c.id == 0);
    });
}

QLabel *FormTab::emptyHint(QWidget *table, const QString &objectName)
{
    auto *label = new QLabel(table->parentWidget());
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(24);
    label->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    label->hide();
    // Put the line where the table is, in whichever box layout holds it.
    const QList<QBoxLayout *> layouts = table->parentWidget()->findChildren<QBoxLayout *>();
    for (QBoxLayout *layout : layouts) {
        const int at = layout->indexOf(table);
        if (at >= 0) {
            layout->insertWidget(at, label, 1);
            break;
        }
    }
    return label;
}

RecordTableModel *FormTab::childTable(const QString &table, const QStringList &columns,
    const QString &orderBy, const QString &parentColumn)
{
    return new RecordTableModel(m_document, table, parentColumn, columns, orderBy, this);
}

void FormTab::setUpTable(QTableView *view, RecordTableModel *model, int stretched)
{
    auto *delegate = new RecordDelegate(view);
    delegate->setDatabase(&m_document.database());
    view->setModel(model);
    view->setItemDelegate(delegate);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    // The text column takes the room; short ones fit their content.
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
    connect(model, &RecordTableModel::editRefused, this, &FormTab::showProblem);
}

bool FormTab::push(std::unique_ptr<DatabaseCommand> command)
{
    QString error;
    const bool applied = DatabaseCommand::push(m_document, std::move(command), &error);
    if (!error.isEmpty())
        showProblem(error);
    return applied && error.isEmpty();
}

void FormTab::insert(const QString &table, const QVariantMap &values, const QString &text)
{
    push(std::make_unique<InsertRecordCommand>(m_document, table, values, text));
}

void FormTab::removeSelected(RecordTableModel *model, QAbstractItemView *view, const QString &text)
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid())
        return;
    push(std::make_unique<RemoveRecordCommand>(
        m_document, model->table(), model->idAt(index.row()), text));
}

int FormTab::chooseItem(const QString &title, const QString &label, const QStringList &items)
{
    QInputDialog dialog(m_ui.tabs->window());
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    // The position in the list, not the text: two items may read the same.
    const auto *combo = dialog.findChild<QComboBox *>();
    return combo ? combo->currentIndex() : int(items.indexOf(dialog.textValue()));
}

} // namespace tremplin
