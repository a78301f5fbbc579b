// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorylistmodel.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../models/recordtablemodel.h"
#include "core/domain/enums.h"
#include "core/error.h"
#include "core/services/lookups.h"
#include "core/services/records.h"

namespace tremplin {

DirectoryListModel::DirectoryListModel(
    const QString &table, const QStringList &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
    , m_columns(columns)
{
    m_watched << m_table;
    for (const QString &column : columns) {
        const QString referenced = RecordService::referencedTable(table, column);
        if (!referenced.isEmpty() && !m_watched.contains(referenced))
            m_watched << referenced;
    }
}

void DirectoryListModel::setDocument(Document *document)
{
    disconnect(m_changed);
    m_document = document;
    if (document) {
        m_changed = connect(
            &document->database(), &Database::changed, this, [this](const ChangeSet &changes) {
                for (const Change &c : changes) {
                    if (m_watched.contains(c.entity))
                        return reload();
                }
            });
    }
    refresh(PageSize);
}

void DirectoryListModel::setFilter(const DirectoryFilter &filter)
{
    if (filter.search == m_filter.search && filter.kind == m_filter.kind)
        return;
    m_filter = filter;
    // Another set of records: the view starts again from the top.
    refresh(PageSize);
}

QString DirectoryListModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toString() : QString();
}

bool DirectoryListModel::read(int offset, int limit, QList<qint64> &ids, QList<QVariantList> &rows)
{
    if (!m_document || !m_document->database().isOpen())
        return false;
    Database &db = m_document->database();
    try {
        RecordRows page = DirectoryService(db).page(m_table, m_columns, m_filter, offset, limit);
        ids = std::move(page.ids);
        rows = std::move(page.rows);
        // Labels of the referenced records shown, not of every record of their table.
        for (int c = 0; c < m_columns.size(); ++c) {
            const auto kind
                = Lookups::kindOfTable(RecordService::referencedTable(m_table, m_columns.at(c)));
            if (!kind)
                continue;
            QList<qint64> shown;
            for (const QVariantList &row : std::as_const(rows))
                shown.append(row.at(c).toLongLong());
            m_labels[m_columns.at(c)].insert(Lookups(db).labels(*kind, shown));
        }
        return true;
    } catch (const Error &e) {
        db.reportReadFailure(e.message());
        return false;
    }
}

void DirectoryListModel::reload()
{
    refresh(std::max(int(m_ids.size()), PageSize));
}

void DirectoryListModel::refresh(int rowsWanted)
{
    QList<qint64> ids;
    QList<QVariantList> rows;
    int total = 0;
    m_labels.clear();
    if (m_document && m_document->database().isOpen()) {
        try {
            total = DirectoryService(m_document->database()).count(m_table, m_filter);
        } catch (const Error &e) {
            m_document->database().reportReadFailure(e.message());
        }
        read(0, rowsWanted, ids, rows);
    }
    const bool totalChange = total != m_total;
    if (ids == m_ids) {
        // Same records: only values changed. Keeps the selection and any open editor.
        m_total = total;
        m_rows = std::move(rows);
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        beginResetModel();
        m_total = total;
        m_ids = std::move(ids);
        m_rows = std::move(rows);
        // Listeners of modelReset (views, QAbstractItemModelTester) may ask for more rows
        // while it is being announced; they get them once it is over.
        m_announcing = true;
        endResetModel();
        m_announcing = false;
    }
    if (totalChange)
        Q_EMIT totalChanged(m_total);
}

bool DirectoryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_announcing && m_ids.size() < m_total;
}

void DirectoryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<qint64> ids;
    QList<QVariantList> rows;
    if (!read(int(m_ids.size()), PageSize, ids, rows) || ids.isEmpty())
        return;
    const int first = int(m_ids.size());
    m_announcing = true;
    beginInsertRows({}, first, first + int(ids.size()) - 1);
    m_ids.append(ids);
    m_rows.append(rows);
    endInsertRows();
    m_announcing = false;
}

void DirectoryListModel::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int DirectoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DirectoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const FieldSpec *DirectoryListModel::spec(int column) const
{
    return RecordService::field(m_table, m_columns.value(column));
}

QString DirectoryListModel::display(int column, const QVariant &value) const
{
    const FieldSpec *s = spec(column);
    if (!s || value.isNull())
        return QString();
    if (s->kind == FieldKind::Code)
        return RecordTableModel::labelOfCode(m_table, m_columns.at(column), value.toString());
    if (s->kind == FieldKind::Reference)
        return m_labels.value(m_columns.at(column)).value(value.toLongLong());
    return value.toString();
}

QVariant DirectoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(index.column(), value);
    case Qt::EditRole:
    case RecordTableModel::EditValueRole:
        return value;
    case RecordTableModel::IdRole:
        return m_ids.at(index.row());
    case RecordTableModel::KindRole:
    case RecordTableModel::ChoiceKindRole:
    case RecordTableModel::ChoicesRole:
        return RecordTableModel::columnData(m_table, m_columns.at(index.column()), role);
    default:
        return {};
    }
}

bool DirectoryListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || !m_document)
        return false;
    const FieldSpec *s = spec(index.column());
    if (!s)
        return false;
    const QVariant old = m_rows.at(index.row()).at(index.column());
    QVariant v = value;
    // A reference emptied in its picker is stored as NULL.
    if (s->kind == FieldKind::Reference && v.toLongLong() <= 0)
        v = QVariant();
    if (old == v || (old.isNull() && v.toString().isEmpty()))
        return false;
    auto command = std::make_unique<SetFieldCommand>(*m_document, m_table,
        m_columns.at(index.column()), m_ids.at(index.row()), v,
        tr("Change %1").arg(headerData(index.column(), Qt::Horizontal).toString()));
    QString error;
    if (!DatabaseCommand::push(*m_document, std::move(command), &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

Qt::ItemFlags DirectoryListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DirectoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const FieldSpec *s = spec(section);
    return s ? RecordService::label(*s) : QVariant();
}

} // namespace tremplin
