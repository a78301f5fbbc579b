// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database/database.h"
#include "core/services/grantledger.h"
#include "pagedrowcache.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace tremplin {

/// The grants ledger: one row per grant (tranche) with what was committed, paid and remains,
/// its status and whether it is blocked by an unmet condition. Follows Database::changed.
///
/// Built for a million payments: the database filters and sorts, the model keeps only the
/// ordered ids; a row's amounts are read when a view shows it, a page at a time.
class GrantLedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The columns are the core's (GrantLedger::Initiative...): each is an order it sorts in.
    using Column = GrantLedger::Column;
    enum Role { IdRole = Qt::UserRole + 1, InitiativeIdRole, BlockedRole, CentsRole };

    explicit GrantLedgerModel(QObject *parent = nullptr);

    /// @p followChanges false: the owner calls reload() itself, when it wants the grants read
    /// (see DeferredRefresh); nothing is read now.
    void setDatabase(Database *db, bool followChanges = true);
    void setFilter(const GrantFilter &filter);
    const GrantFilter &filter() const { return m_filter; }
    /// The grant shown at @p row (read with its page if needed), or nullptr.
    const GrantRow *grant(int row) const;
    qint64 idAt(int row) const;
    int rowOf(qint64 grantId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorted by the database; read again at once only when the ledger was read before.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void reload();
    void retranslate();
    /// The writes the ledger shows: grants, payments, and the names it shows with them.
    static bool touchesLedger(const ChangeSet &changes);

Q_SIGNALS:
    /// The grants could not be read (the ledger is then empty): what to tell the user.
    void failed(const QString &message);

private:
    QPointer<Database> m_db;
    GrantFilter m_filter;
    Column m_order = GrantLedger::Initiative;
    bool m_descending = false;
    bool m_loaded = false; ///< reload() ran since the database was set
    QList<qint64> m_ids; ///< the grants shown, in display order
    mutable PagedRowCache<GrantRow> m_cache { 64, 4096 }; ///< pages of about two screens
};

/// Amounts per category (a month, an initiative, a funding source...) as a table the charts
/// read: label, committed, disbursed, and their running totals, in euros.
class AmountTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Label,
        Committed,
        Disbursed,
        CumulativeCommitted,
        CumulativeDisbursed,
        ColumnCount
    };
    enum Role { CentsRole = Qt::UserRole + 1 };

    explicit AmountTableModel(QObject *parent = nullptr);

    void setAmounts(const QList<AmountByKey> &amounts);
    void setSeries(const QList<AmountPoint> &points, GrantLedger::Period period);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        QDate period;
        Money committed;
        Money disbursed;
        Money cumulativeCommitted;
        Money cumulativeDisbursed;
    };
    void setRows(QList<Row> rows);
    QList<Row> m_rows;
};

} // namespace tremplin
