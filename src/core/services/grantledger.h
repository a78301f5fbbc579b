// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"
#include "../domain/money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace tremplin {

class Database;

/// Which grants the ledger, the dashboard and the charts look at. Empty fields filter nothing.
struct GrantFilter
{
    qint64 promotionId = 0;
    qint64 initiativeId = 0;
    QList<qint64> initiativeIds; ///< a set of initiatives to compare (empty: all)
    qint64 fundingSourceId = 0;
    QDate from; ///< payments and decisions on or after this day
    QDate to; ///< ... and on or before this one
};

/// One grant (tranche) as the ledger shows it.
struct GrantRow
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    QString initiative;
    TrancheKind tranche = TrancheKind::Other;
    QString fundingSource;
    QString fundingSourceShort; ///< its administration's short name or the acronym in its name
    Money committed;
    Money disbursed;
    GrantStatus status = GrantStatus::Planned;
    QString conditions;
    QDate conditionsMetOn;
    QString decisionReference;
    QDate decisionDate;
    QDate conventionDate;
    bool illustrative = false;
    bool overridden = false; ///< a payment above the commitment was recorded with a reason

    Money remaining() const { return committed - disbursed; }
    /// A tranche whose condition for release is not met yet cannot be paid.
    bool blocked() const
    {
        return !conditions.trimmed().isEmpty() && !conditionsMetOn.isValid()
            && (status == GrantStatus::Planned || status == GrantStatus::Committed);
    }
};

/// Envelope, committed, disbursed and remaining for the grants a filter selects.
struct LedgerTotals
{
    Money envelope;
    Money committed;
    Money disbursed;
    int grants = 0;
    int initiativesFunded = 0;
    int blocked = 0;
    bool illustrative = false;
    Money remainingToPay() const { return committed - disbursed; }
    Money uncommitted() const { return envelope - committed; }
};

/// A point of a time series of amounts (one per month or quarter).
struct AmountPoint
{
    QDate period; ///< first day of the month or quarter
    Money committed;
    Money disbursed;
};

/// A labelled amount (per initiative, funding source, need kind, theme).
struct AmountByKey
{
    QString key;
    Money committed;
    Money disbursed;
};

/// A record offered as a choice (a filter, a grant's funding source): its id and its name.
struct NamedId
{
    qint64 id = 0;
    QString name;
};

/// A funding source's name for narrow places: its administration's short name, else the
/// acronym in brackets at the end of its name ("… du numérique (DINUM)"), else the name.
QString shortName(const QString &name, const QString &administrationShortName = {});

/// The grants ledger's queries. Aggregates are computed by the database (GROUP BY), never by
/// loading every payment, so charts and totals stay fast with a million disbursements.
class GrantLedger
{
public:
    explicit GrantLedger(Database &db)
        : m_db(db)
    { }

    /// The ledger's columns (GrantLedgerModel shows them), each an order it can be sorted in.
    enum Column {
        Initiative,
        Tranche,
        FundingSource,
        Committed,
        Disbursed,
        Remaining,
        Status,
        Conditions,
        Decision,
        Convention,
        ColumnCount
    };

    /// @p limit > 0 keeps the first grants only (in the ledger's order).
    QList<GrantRow> grants(const GrantFilter &filter, int limit = 0) const;
    /// The ids of the grants a filter selects (cancelled ones included), filtered and sorted by
    /// the database: what the ledger pages through (ties: by initiative, decision, id).
    QList<qint64> grantIds(
        const GrantFilter &filter, Column order = Initiative, bool descending = false) const;
    /// The rows of some grants, by id (ids that name no grant are left out).
    QHash<qint64, GrantRow> grantRows(const QList<qint64> &ids) const;
    /// Tranches planned or committed and not fully paid, oldest decision first.
    QList<GrantRow> nextTranches(const GrantFilter &filter, int limit) const;
    LedgerTotals totals(const GrantFilter &filter) const;

    enum class Period { Month, Quarter };
    /// Committed (by decision date) and disbursed (by payment date) per period, every period
    /// from the first to the last (empty ones at zero).
    QList<AmountPoint> perPeriod(const GrantFilter &filter, Period period) const;
    /// Committed and disbursed per initiative, per funding source, per need kind, per theme.
    /// By need kind and by theme, an initiative's amounts are split equally between its kinds
    /// of need (themes), so that the categories add up to the totals.
    QList<AmountByKey> perInitiative(const GrantFilter &filter) const;
    QList<AmountByKey> perFundingSource(const GrantFilter &filter) const;
    QList<AmountByKey> perNeedKind(const GrantFilter &filter) const;
    QList<AmountByKey> perTheme(const GrantFilter &filter) const;
    /// Committed per initiative and tranche kind (the stacked chart): key = initiative, one
    /// entry per tranche kind present.
    QList<QPair<QString, QList<QPair<TrancheKind, Money>>>> perInitiativeAndTranche(
        const GrantFilter &filter) const;

    /// The funding sources, by name.
    QList<NamedId> fundingSources() const;
    /// The initiatives that have grants, by name (the initiative filter: short on big programmes).
    QList<NamedId> initiativesWithGrants() const;
    /// The initiatives not archived, by name: those a new grant may go to.
    QList<NamedId> grantableInitiatives() const;

    /// The first and last dates of the grants a filter selects (decisions, conventions and
    /// payments, the filter's dates ignored); invalid dates when there is none.
    QPair<QDate, QDate> dateSpan(const GrantFilter &filter) const;

    /// The SQL each chart's aggregation runs with no filter, by chart name ("per_period"...):
    /// what the benchmark times against the sqlite3 command-line tool.
    static QList<QPair<QString, QStringList>> aggregationStatements();

private:
    QList<GrantRow> grants(
        const GrantFilter &filter, int limit, bool openOnly, int openLimit) const;
    Database &m_db;
};

} // namespace tremplin
