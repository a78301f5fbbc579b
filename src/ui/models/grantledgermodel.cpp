// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantledgermodel.h"

#include "../style.h"
#include "core/error.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace tremplin {

namespace {
const char *const ledgerTitles[GrantLedger::ColumnCount] = {
    QT_TRANSLATE_NOOP("tremplin::GrantLedgerModel", "Initiative"),
    QT_TRANSLATE_NOOP("tremplin::GrantLedgerModel", "Tranche"),
    QT_TRANSLATE_NOOP("tremplin::GrantLedgerModel", "Funder"),
    QT_TRANSLATE_NOOP("tremplin::GrantLedgerModel", "Committed"),
    QT_TRANSLATE_NOOP("tremplin::GrantLedgerModel", "Disbursed"),
    QT_TRANSLATE_NOOP("tremplin::GrantLedgerModel", "Remaining"),
    QT_TRANSLATE_NOOP("tremplin::GrantLedgerModel", "Status"),
    QT_TRANSLATE_NOOP("tremplin::GrantLedgerModel", "Conditions"),
    QT_TRANSLATE_NOOP("tremplin::GrantLedgerModel", "Decision"),
    QT_TRANSLATE_NOOP("tremplin::GrantLedgerModel", "Convention"),
};

} // namespace

bool GrantLedgerModel::touchesLedger(const ChangeSet &changes)
{
    return touches(changes,
        { QLatin1String("grant_award"), QLatin1String("disbursement"), QLatin1String("initiative"),
            QLatin1String("funding_source"), QLatin1String("promotion"),
            QLatin1String("administration") });
}

GrantLedgerModel::GrantLedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GrantLedgerModel::setDatabase(Database *db, bool followChanges)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    m_loaded = false;
    if (m_db && followChanges) {
        connect(m_db, &Database::changed, this, [this](const ChangeSet &changes) {
            if (touchesLedger(changes))
                reload();
        });
    }
    if (followChanges) {
        reload();
    } else if (!m_ids.isEmpty()) {
        beginResetModel();
        m_ids.clear();
        m_cache.clear();
        endResetModel();
    }
}

void GrantLedgerModel::setFilter(const GrantFilter &filter)
{
    m_filter = filter;
    reload();
}

void GrantLedgerModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= GrantLedger::ColumnCount)
        return;
    m_order = Column(column);
    m_descending = order == Qt::DescendingOrder;
    if (m_loaded)
        reload();
}

void GrantLedgerModel::reload()
{
    QList<qint64> ids;
    QString error;
    if (m_db && m_db->isOpen()) {
        m_loaded = true;
        try {
            ids = GrantLedger(*m_db).grantIds(m_filter, m_order, m_descending);
        } catch (const Error &e) {
            // The ledger shows no grant rather than stale ones, and says why.
            error = e.message();
        }
    }
    m_cache.clear();
    if (ids == m_ids && !ids.isEmpty()) {
        // Only amounts or statuses changed: keep the selection and the scroll position.
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, GrantLedger::ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT failed(error);
}

void GrantLedgerModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, GrantLedger::ColumnCount - 1);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, GrantLedger::ColumnCount - 1));
}

const GrantRow *GrantLedgerModel::grant(int row) const
{
    if (row < 0 || row >= m_ids.size() || !m_db)
        return nullptr;
    return m_cache.get(
        m_ids, row, [this](const QList<qint64> &ids) { return GrantLedger(*m_db).grantRows(ids); },
        [this](const QString &message) {
            // Told once the view's paint is over.
            QMetaObject::invokeMethod(
                const_cast<GrantLedgerModel *>(this),
                [this, message] { Q_EMIT const_cast<GrantLedgerModel *>(this)->failed(message); },
                Qt::QueuedConnection);
        });
}

qint64 GrantLedgerModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int GrantLedgerModel::rowOf(qint64 grantId) const
{
    return int(m_ids.indexOf(grantId));
}

int GrantLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int GrantLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : GrantLedger::ColumnCount;
}

QVariant GrantLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role != InitiativeIdRole && role != BlockedRole && role != CentsRole
        && role != Qt::TextAlignmentRole && role != Qt::ForegroundRole && role != Qt::ToolTipRole
        && role != Qt::DisplayRole)
        return {};
    const GrantRow *row = grant(index.row());
    if (!row)
        return {};
    const GrantRow &r = *row;
    const QLocale locale;
    const QString mark = r.illustrative ? QStringLiteral(" *") : QString();
    switch (role) {
    case InitiativeIdRole:
        return r.initiativeId;
    case BlockedRole:
        return r.blocked();
    case CentsRole:
        switch (index.column()) {
        case GrantLedger::Committed:
            return r.committed.cents();
        case GrantLedger::Disbursed:
            return r.disbursed.cents();
        case GrantLedger::Remaining:
            return r.remaining().cents();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= GrantLedger::Committed && index.column() <= GrantLedger::Remaining)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == GrantLedger::Conditions && r.blocked())
            return QBrush(style::errorColor());
        if (index.column() == GrantLedger::Remaining && r.remaining().cents() < 0)
            return QBrush(style::errorColor());
        if (r.status == GrantStatus::Cancelled)
            return QBrush(style::mutedColor());
        return {};
    case Qt::ToolTipRole:
        // Long texts are elided in the view: the tooltip shows them whole.
        if (index.column() == GrantLedger::FundingSource)
            return r.fundingSource;
        if (index.column() == GrantLedger::Initiative)
            return r.initiative;
        if (index.column() == GrantLedger::Tranche)
            return label(r.tranche);
        if (index.column() == GrantLedger::Decision)
            return data(index, Qt::DisplayRole);
        if (index.column() == GrantLedger::Conditions)
            return r.blocked() ? tr("Blocked until: %1").arg(r.conditions) : r.conditions;
        if (r.illustrative && index.column() >= GrantLedger::Committed
            && index.column() <= GrantLedger::Remaining)
            return tr("Illustrative amount (demo data)");
        if (index.column() == GrantLedger::Disbursed && r.overridden)
            return tr("Payments above the commitment were recorded with a reason.");
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case GrantLedger::Initiative:
            return r.initiative;
        case GrantLedger::Tranche:
            return label(r.tranche);
        case GrantLedger::FundingSource:
            return r.fundingSourceShort;
        case GrantLedger::Committed:
            return r.committed.toString(locale) + mark;
        case GrantLedger::Disbursed:
            return r.disbursed.toString(locale) + mark
                + (r.overridden ? QStringLiteral(" !") : QString());
        case GrantLedger::Remaining:
            return r.remaining().toString(locale) + mark;
        case GrantLedger::Status:
            return label(r.status);
        case GrantLedger::Conditions:
            if (r.blocked())
                return tr("Blocked: %1").arg(r.conditions);
            if (!r.conditions.isEmpty() && r.conditionsMetOn.isValid())
                return tr("Met on %1")
                    .arg(locale.toString(r.conditionsMetOn, QLocale::ShortFormat));
            return r.conditions;
        case GrantLedger::Decision:
            return r.decisionDate.isValid() ? QStringLiteral("%1 (%2)").arg(
                       r.decisionReference, locale.toString(r.decisionDate, QLocale::ShortFormat))
                                            : r.decisionReference;
        case GrantLedger::Convention:
            return r.conventionDate.isValid()
                ? locale.toString(r.conventionDate, QLocale::ShortFormat)
                : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant GrantLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= GrantLedger::ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(ledgerTitles[section]);
    if (role == Qt::ToolTipRole && section >= GrantLedger::Committed
        && section <= GrantLedger::Remaining)
        return tr("Amounts marked * are illustrative (demo data).");
    return {};
}

AmountTableModel::AmountTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AmountTableModel::setRows(QList<Row> rows)
{
    Money committed, disbursed;
    for (Row &r : rows) {
        committed += r.committed;
        disbursed += r.disbursed;
        r.cumulativeCommitted = committed;
        r.cumulativeDisbursed = disbursed;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void AmountTableModel::setAmounts(const QList<AmountByKey> &amounts)
{
    QList<Row> rows;
    for (const AmountByKey &a : amounts)
        rows.append({ a.key, {}, a.committed, a.disbursed, {}, {} });
    setRows(rows);
}

void AmountTableModel::setSeries(const QList<AmountPoint> &points, GrantLedger::Period period)
{
    QList<Row> rows;
    const QLocale locale;
    for (const AmountPoint &p : points) {
        const QString label = period == GrantLedger::Period::Month
            ? locale.toString(p.period, QStringLiteral("MMM yyyy"))
            : tr("Q%1 %2").arg((p.period.month() - 1) / 3 + 1).arg(p.period.year());
        rows.append({ label, p.period, p.committed, p.disbursed, {}, {} });
    }
    setRows(rows);
}

int AmountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AmountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AmountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Money amounts[]
        = { {}, r.committed, r.disbursed, r.cumulativeCommitted, r.cumulativeDisbursed };
    if (index.column() == Label)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(r.label) : QVariant();
    const Money m = amounts[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return m.toString(QLocale());
    case Qt::EditRole:
        // Euros as a number, for the chart series (exact cents stay in CentsRole).
        return double(m.cents()) / 100.0;
    case CentsRole:
        return m.cents();
    default:
        return {};
    }
}

QVariant AmountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Category");
    case Committed:
        return tr("Committed");
    case Disbursed:
        return tr("Disbursed");
    case CumulativeCommitted:
        return tr("Committed to date");
    case CumulativeDisbursed:
        return tr("Disbursed to date");
    default:
        return {};
    }
}

} // namespace tremplin
