// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencepicker.h"

#include "../models/choicemodel.h"
#include "core/error.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace tremplin {

ReferencePicker::ReferencePicker(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, &ReferencePicker::searchFor);
    connect(this, &QLineEdit::editingFinished, this, &ReferencePicker::finish);
}

void ReferencePicker::setSource(Database &db, ChoiceKind kind)
{
    m_db = &db;
    delete m_completer;
    m_model = new ChoiceModel(db, kind, this);
    // The model does the filtering (in SQL); the completer only shows what it holds. It is not
    // attached with setCompleter(), so that the line edit does not fill itself with a label
    // before the user picks one.
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        &ReferencePicker::pick);
}

void ReferencePicker::setId(qint64 id)
{
    QString label;
    if (m_db && id > 0) {
        try {
            label = Lookups(*m_db).label(m_model->kind(), id);
        } catch (const Error &) { }
    }
    m_id = id > 0 ? id : 0;
    m_label = label;
    if (text() != label)
        setText(label);
}

void ReferencePicker::searchFor(const QString &text)
{
    if (!m_model)
        return;
    m_model->setSearch(text);
    if (m_model->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void ReferencePicker::pick(const QModelIndex &index)
{
    const qint64 id = index.data(ChoiceModel::IdRole).toLongLong();
    m_id = id;
    m_label = index.data(Qt::EditRole).toString();
    setText(m_label);
    Q_EMIT chosen(id);
}

void ReferencePicker::finish()
{
    if (m_completer && m_completer->popup()->isVisible())
        return; // the user is choosing in the list
    if (text().trimmed().isEmpty() && m_id != 0) {
        m_id = 0;
        m_label.clear();
        Q_EMIT chosen(0);
        return;
    }
    // Text that names no chosen record goes back to the current choice.
    if (text() != m_label)
        setText(m_label);
}

} // namespace tremplin
