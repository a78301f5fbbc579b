// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database/database.h"
#include "core/services/directoryservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace tremplin {

class Document;
struct FieldSpec;

/// The administrations, outside partners or persons of the file that a search lets through,
/// sorted by name and read by pages as the view scrolls (canFetchMore/fetchMore over
/// DirectoryService::page): a file of 100 000 organisations never loads them all. Its cells
/// are the records' allow-listed fields; an edit becomes an undoable SetFieldCommand, and the
/// model follows Database::changed. It answers RecordTableModel's roles, so RecordDelegate
/// edits its cells (a ReferencePicker for a parent, an administration, an organisation).
class DirectoryListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// How many rows one page reads.
    static constexpr int PageSize = 100;

    /// @p table is administration, organisation or person; @p columns are its fields.
    DirectoryListModel(const QString &table, const QStringList &columns, QObject *parent = nullptr);

    void setDocument(Document *document);
    void setFilter(const DirectoryFilter &filter);
    DirectoryFilter filter() const { return m_filter; }
    /// How many records the filter lets through (the rows read so far may be fewer).
    int total() const { return m_total; }

    QString table() const { return m_table; }
    qint64 idAt(int row) const { return m_ids.value(row); }
    int rowOf(qint64 id) const { return int(m_ids.indexOf(id)); }
    /// The name of the record shown at @p row (its first column).
    QString nameAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Reads again the rows shown (at least one page) and the total.
    void reload();
    /// After a language change: headers and labels of codes anew.
    void retranslate();

Q_SIGNALS:
    /// An edit was refused; @p message says why in the user's language.
    void editRefused(const QString &message);
    /// The number of records the filter lets through changed.
    void totalChanged(int total);

private:
    const FieldSpec *spec(int column) const;
    QString display(int column, const QVariant &value) const;
    /// Reads the first @p rowsWanted rows and the total again.
    void refresh(int rowsWanted);
    /// Reads @p limit rows from @p offset; their references' labels go into m_labels.
    bool read(int offset, int limit, QList<qint64> &ids, QList<QVariantList> &rows);

    QPointer<Document> m_document;
    QMetaObject::Connection m_changed;
    QString m_table;
    QStringList m_columns;
    QStringList m_watched;
    DirectoryFilter m_filter;
    int m_total = 0;
    /// True while rows are being announced: a listener asking for more then gets none.
    bool m_announcing = false;
    QList<qint64> m_ids;
    QList<QVariantList> m_rows;
    QHash<QString, QHash<qint64, QString>> m_labels;
};

} // namespace tremplin
