// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/lookups.h"

#include <QAbstractListModel>

namespace tremplin {

class Database;

/// A searchable list of records to choose from (organisations, persons...), read from
/// Lookups: it holds only the rows matching the current search (at most Lookups::ChoiceLimit),
/// never the whole table, so a programme of any size opens its forms at once. The list shows
/// each record with what tells it apart (DisplayRole); EditRole is its label alone.
class ChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    ChoiceModel(Database &db, ChoiceKind kind, QObject *parent = nullptr);

    ChoiceKind kind() const { return m_kind; }
    /// Runs the search for @p text (accent- and case-free) and shows its results.
    void setSearch(const QString &text);
    QString search() const { return m_search; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    ChoiceKind m_kind;
    QString m_search;
    QList<Choice> m_rows;
};

} // namespace tremplin
