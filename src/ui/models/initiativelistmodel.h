// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database/database.h"
#include "core/services/initiativelist.h"
#include "core/text/searchkeyindex.h"
#include "pagedrowcache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QTimer>

namespace tremplin {

/// The initiatives list: one row per initiative that passes the filter, sorted on any column.
///
/// Built to stay fluid with 100 000 initiatives: the model holds only the ordered list of ids.
/// A keystroke in the search runs one SQL query for the matching ids and walks the cached sort
/// order; the text of a row is read when a view asks for it, a page at a time.
class InitiativeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Column = InitiativeListService::Column;
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole, SortValueRole };

    explicit InitiativeListModel(QObject *parent = nullptr);

    /// Shows the initiatives of @p db (or none); follows its changes.
    void setDatabase(Database *db);
    void setFilter(const InitiativeFilter &filter);
    const InitiativeFilter &filter() const { return m_filter; }

    /// Initiatives shown / initiatives in the file (archived ones count only when shown).
    int shownCount() const { return int(m_ids.size()); }
    int totalCount() const { return m_total; }

    qint64 idAt(int row) const;
    /// The row showing @p id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(Column column);

    /// After a language change: new headers, labels, and the new language's collation.
    void retranslate();

Q_SIGNALS:
    /// After each refresh: the count shown has changed.
    void countsChanged();

private:
    void onDatabaseChanged(const ChangeSet &changes);
    /// Recomputes the ids shown; @p resort also recomputes the sort order (data changed).
    void refresh(bool resort);
    /// Reads every search key again, in the order of m_sorted.
    void loadSearchKeys(const InitiativeListService &list);
    const InitiativeRow *row(int r) const;

    QPointer<Database> m_db;
    InitiativeFilter m_filter;
    Column m_sortColumn = InitiativeListService::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_sorted; ///< every id, in the order of m_sortColumn (ascending)
    QList<qint64> m_ids; ///< the ids shown, in display order
    int m_total = 0;
    QLocale m_collationLocale;
    mutable PagedRowCache<InitiativeRow> m_cache { 64, 4096 }; ///< pages of about two screens
    QTimer m_refreshTimer;

    // Search as you type, in memory: the ids passing the other filters (sorted), and every
    // search key, entry i being the key of m_sorted[i].
    QList<qint64> m_base;
    QList<int> m_basePlaces; ///< the places in m_sorted of m_base's ids
    InitiativeFilter m_baseFilter;
    bool m_baseValid = false;
    int m_baseTotal = 0;
    SearchKeyIndex m_keys;
    bool m_keysValid = false;
};

} // namespace tremplin
