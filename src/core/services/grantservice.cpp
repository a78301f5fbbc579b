// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantservice.h"

#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"
#include "../validation/validation.h"

#include <QCoreApplication>
#include <QLocale>

namespace tremplin {

namespace {
/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::GrantService)
};
} // namespace

qint64 GrantService::createFundingSource(const FundingSource &f)
{
    if (f.name.trimmed().isEmpty())
        throw Error(Tr::tr("The funding source needs a name."));
    if (const QString p = validation::siretProblem(f.siret); !p.isEmpty())
        throw Error(p);
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db, QStringLiteral("INSERT INTO funding_source (name, siret, "
                                                 "administration_id, identifiers_illustrative) "
                                                 "VALUES (?, ?, ?, ?) RETURNING id"))
                          .bindAll(f.name.trimmed(), nullableText(f.siret),
                                   nullableId(f.administrationId), int(f.identifiersIllustrative))
                          .execReturningId();
    tx.record(QStringLiteral("funding_source"), id, Change::Inserted, f.name);
    tx.commit();
    return id;
}

qint64 GrantService::createGrant(const Grant &g)
{
    validation::throwIfAny(validation::checkGrant(g));
    WriteTransaction tx(m_db);
    const qint64 id
        = Query(m_db, QStringLiteral("INSERT INTO grant_award (initiative_id, funding_source_id, "
                                     "decision_id, tranche, committed_cents, decision_reference, "
                                     "decision_date, convention_date, conditions, status, "
                                     "illustrative, notes, conditions_met_on, budget_share) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
              .bindAll(g.initiativeId, nullableId(g.fundingSourceId), nullableId(g.decisionId),
                       toCode(g.tranche), g.committed.cents(), nullableText(g.decisionReference),
                       nullableDate(g.decisionDate), nullableDate(g.conventionDate),
                       nullableText(g.conditions), toCode(g.status), int(g.illustrative),
                       nullableText(g.notes), nullableDate(g.conditionsMetOn),
                       g.budgetShare ? QVariant(*g.budgetShare) : QVariant(QMetaType(QMetaType::Double)))
              .execReturningId();
    tx.record(QStringLiteral("grant_award"), id, Change::Inserted, g.committed.toDecimalString());
    tx.commit();
    return id;
}

Money GrantService::committedTotal(qint64 grantId) const
{
    return Money::fromCents(
        Query(m_db, QStringLiteral("SELECT committed_cents FROM grant_award WHERE id = ?"))
            .bindAll(grantId)
            .scalar()
            .toLongLong());
}

Money GrantService::disbursedTotal(qint64 grantId) const
{
    return Money::fromCents(Query(m_db, QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) "
                                                       "FROM disbursement WHERE grant_id = ?"))
                                .bindAll(grantId)
                                .scalar()
                                .toLongLong());
}

qint64 GrantService::addDisbursement(const Disbursement &d)
{
    validation::throwIfAny(validation::checkDisbursement(d));
    WriteTransaction tx(m_db);
    // Read the totals inside the write transaction so no other writer can slip in between.
    const QVariant committed
        = Query(m_db, QStringLiteral("SELECT committed_cents FROM grant_award WHERE id = ?"))
              .bindAll(d.grantId)
              .scalar();
    if (!committed.isValid())
        throw Error(Tr::tr("This grant no longer exists."));
    const Money already = disbursedTotal(d.grantId);
    const Money limit = Money::fromCents(committed.toLongLong());
    if (already + d.amount > limit && d.overrideReason.trimmed().isEmpty()) {
        throw Error(Tr::tr("This payment would bring the total paid to %1, above the %2 committed. "
                       "Record a reason to override the limit.")
                        .arg((already + d.amount).toString(), limit.toString()));
    }
    const qint64 id = Query(m_db, QStringLiteral("INSERT INTO disbursement (grant_id, paid_on, "
                                                 "amount_cents, reference, override_reason) "
                                                 "VALUES (?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(d.grantId, nullableDate(d.paidOn), d.amount.cents(),
                                   nullableText(d.reference), nullableText(d.overrideReason))
                          .execReturningId();
    tx.record(QStringLiteral("disbursement"), id, Change::Inserted, d.amount.toDecimalString());
    tx.commit();
    return id;
}

} // namespace tremplin
