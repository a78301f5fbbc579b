// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database/database.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace tremplin {

class Document;
struct FieldSpec;

/// An editable table of the records of one kind that belong to one parent (the needs of an
/// initiative, its actions, its journal...). Columns are allow-listed fields (RecordService);
/// every edit becomes an undoable SetFieldCommand and the model follows Database::changed.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ChoicesRole, ///< QVariantList of {label, value} pairs for Code and Reference columns
        EditValueRole,
        KindRole, ///< FieldKind of the column, as int
        /// For a Reference column to a list that grows with the file: its ChoiceKind, as int
        /// (edited with a ReferencePicker, not a combo of every row); -1 otherwise.
        ChoiceKindRole,
    };

    /// @p columns are columns of @p table with a FieldSpec; @p orderBy is a fixed SQL ordering
    /// chosen by the caller from code, never from user input.
    RecordTableModel(Document &document, const QString &table, const QString &parentColumn,
        const QStringList &columns, const QString &orderBy, QObject *parent = nullptr);

    /// With an empty @p parentColumn the model shows every row of @p table (the programme's
    /// themes): call reload() once instead of setParentId().
    void setParentId(qint64 id);
    /// Shows only the rows whose columns equal these values (one of the programme's lists in
    /// list_item); call before the first load.
    void setFilter(const QVariantMap &where);
    qint64 parentId() const { return m_parentId; }
    /// Labels of a Reference column's values (e.g. the initiative's needs for action.need_id).
    /// Columns referring to organisations, persons, administrations or funding sources need
    /// none: the labels of the rows shown are read with them.
    void setReferenceChoices(const QString &column, const QList<QPair<QString, qint64>> &choices);
    /// Makes a column read-only.
    void setReadOnly(const QString &column);

    /// The label of a code of the enum behind a column ("Directorate" for administration.kind
    /// "directorate").
    static QString labelOfCode(const QString &table, const QString &column, const QString &code);
    /// What the roles that describe a column (KindRole, ChoiceKindRole, and ChoicesRole for a
    /// Code column) hold for @p column of @p table: shared by the models RecordDelegate edits.
    static QVariant columnData(const QString &table, const QString &column, int role);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    QString table() const { return m_table; }
    QString column(int section) const { return m_columns.value(section); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    /// After a language change: headers and labels of codes are produced anew.
    void retranslate();

Q_SIGNALS:
    /// An edit was refused; @p message says why in the user's language.
    void editRefused(const QString &message);

private:
    const FieldSpec *spec(int column) const;
    QString display(int column, const QVariant &value) const;

    Document &m_document;
    QString m_table;
    QString m_parentColumn;
    QStringList m_columns;
    QString m_orderBy;
    qint64 m_parentId = 0;
    QVariantMap m_where;
    QStringList m_readOnly;
    QHash<QString, QList<QPair<QString, qint64>>> m_references;
    /// Labels of the values of columns referring to a ChoiceKind table, for the rows shown.
    QHash<QString, QHash<qint64, QString>> m_labels;
    QStringList m_referenced; ///< per column, the table it refers to (empty for a value)
    bool watches(const ChangeSet &changes) const;
    QList<qint64> m_ids;
    QList<QVariantList> m_rows;
};

} // namespace tremplin
