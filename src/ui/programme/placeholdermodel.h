// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace tremplin {

/// The placeholders a letter template may use ({candidate}, {reason}...) with what each stands
/// for, in the user's language: the list the letter editor inserts from.
class PlaceholderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Placeholder, Meaning, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 }; ///< "candidate"

    explicit PlaceholderModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// After a language change: the meanings are read anew.
    void retranslate();

private:
    QStringList m_names;
};

} // namespace tremplin
