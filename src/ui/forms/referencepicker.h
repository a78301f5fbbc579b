// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/lookups.h"

#include <QLineEdit>

class QCompleter;

namespace tremplin {

class ChoiceModel;
class Database;

/// Chooses one record of a list that grows with the file (the carrier organisation, a person,
/// an administration): the user types part of a name, accents or not, and picks from a
/// completer over a ChoiceModel that searches the database (never every row). The choice is
/// held by id, so two records with the same name are told apart; clearing the text chooses
/// none.
class ReferencePicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit ReferencePicker(QWidget *parent = nullptr);

    /// Where the choices come from; call once before use.
    void setSource(Database &db, ChoiceKind kind);
    /// The chosen record; 0 for none.
    qint64 id() const { return m_id; }
    /// Shows the record @p id (its label is read from the database); 0 shows none.
    void setId(qint64 id);
    ChoiceModel *choices() const { return m_model; }
    QCompleter *choiceCompleter() const { return m_completer; }

Q_SIGNALS:
    /// The user chose a record from the list, or emptied the field (0).
    void chosen(qint64 id);

private:
    void searchFor(const QString &text);
    void pick(const QModelIndex &index);
    void finish();

    Database *m_db = nullptr;
    ChoiceModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    qint64 m_id = 0;
    QString m_label;
};

} // namespace tremplin
