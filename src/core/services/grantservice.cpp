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
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO funding_source (name, siret, "
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
        = Query(m_db,
            QStringLiteral("INSERT INTO grant_award (initiative_id, funding_source_id, "
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
    tx.record(QStringLiteral("grant_award"), id, Change::Inserted, g.committed.toDecimalString(),
        { { QStringLiteral("committed_cents"), {}, g.committed.cents() },
            { QStringLiteral("tranche"), {}, toCode(g.tranche) },
            { QStringLiteral("status"), {}, toCode(g.status) } });
    tx.commit();
    return id;
}

void GrantService::markIllustrative(const QList<qint64> &grantIds)
{
    WriteTransaction tx(m_db);
    for (const qint64 id : grantIds) {
        Query(m_db, QStringLiteral("UPDATE grant_award SET illustrative = 1 WHERE id = ?"))
            .bindAll(id)
            .exec();
        tx.record(QStringLiteral("grant_award"), id, Change::Updated,
            QStringLiteral("illustrative"), { { QStringLiteral("illustrative"), {}, 1 } });
    }
    tx.commit();
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
    return Money::fromCents(Query(m_db,
        QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) "
                       "FROM disbursement WHERE grant_id = ?"))
                                .bindAll(grantId)
                                .scalar()
                                .toLongLong());
}

qint64 GrantService::addDisbursement(const Disbursement &d)
{
    validation::throwIfAny(validation::checkDisbursement(d));
    WriteTransaction tx(m_db);
    // Checked inside the write transaction so no other writer can slip in between.
    const QString problem = paymentProblem(d.grantId, 0, d.amount, d.overrideReason);
    if (!problem.isEmpty())
        throw Error(problem);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO disbursement (grant_id, paid_on, "
                       "amount_cents, reference, override_reason) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(d.grantId, nullableDate(d.paidOn), d.amount.cents(),
                              nullableText(d.reference), nullableText(d.overrideReason))
                          .execReturningId();
    tx.record(QStringLiteral("disbursement"), id, Change::Inserted, d.amount.toDecimalString(),
        { { QStringLiteral("amount_cents"), {}, d.amount.cents() },
            { QStringLiteral("paid_on"), {}, nullableDate(d.paidOn) },
            { QStringLiteral("reference"), {}, nullableText(d.reference) } });
    tx.commit();
    return id;
}

bool GrantService::exceedsCommitment(Money committed, Money paidWithIt, const QString &reason)
{
    return paidWithIt > committed && reason.trimmed().isEmpty();
}

QString GrantService::overCommitmentMessage(Money paidWithIt, Money committed)
{
    return Tr::tr("This payment would bring the total paid to %1, above the %2 committed. "
                  "Record a reason to override the limit.")
        .arg(paidWithIt.toString(), committed.toString());
}

GrantService::Balance GrantService::balance(qint64 grantId, qint64 exceptPayment) const
{
    Query q(m_db,
        QStringLiteral(
            "SELECT committed_cents, (SELECT COALESCE(SUM(amount_cents), 0) FROM disbursement "
            "WHERE grant_id = g.id AND id <> ?) FROM grant_award g WHERE id = ?"));
    q.bindAll(exceptPayment, grantId).exec();
    Balance b;
    if (q.next()) {
        b.exists = true;
        b.committed = Money::fromCents(q.value(0).toLongLong());
        b.paid = Money::fromCents(q.value(1).toLongLong());
    }
    return b;
}

QHash<qint64, GrantService::Balance> GrantService::balances(const QList<qint64> &grantIds) const
{
    QStringList ids;
    ids.reserve(grantIds.size());
    for (qint64 id : grantIds)
        ids << QString::number(id);
    // The ids as one JSON array: one statement whatever their number.
    Query q(m_db,
        QStringLiteral(
            "SELECT g.id, g.committed_cents, (SELECT COALESCE(SUM(d.amount_cents), 0) FROM "
            "disbursement d WHERE d.grant_id = g.id) FROM grant_award g WHERE g.id IN (SELECT "
            "value FROM json_each(?))"));
    q.bindAll(QStringLiteral("[%1]").arg(ids.join(QLatin1Char(',')))).exec();
    QHash<qint64, Balance> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(),
            { true, Money::fromCents(q.value(1).toLongLong()),
                Money::fromCents(q.value(2).toLongLong()) });
    return out;
}

QString GrantService::paymentProblem(
    qint64 grantId, qint64 paymentId, Money amount, const QString &reason) const
{
    const Balance b = balance(grantId, paymentId);
    if (!b.exists)
        return Tr::tr("This grant no longer exists.");
    return exceedsCommitment(b.committed, b.paid + amount, reason)
        ? overCommitmentMessage(b.paid + amount, b.committed)
        : QString();
}

QString GrantService::commitmentProblem(qint64 grantId, Money committed) const
{
    // A grant already paid above its commitment for a reason may be lowered further.
    Query q(m_db,
        QStringLiteral(
            "SELECT COALESCE(SUM(amount_cents), 0), COUNT(override_reason) FROM disbursement "
            "WHERE grant_id = ?"));
    q.bindAll(grantId).exec();
    if (!q.next())
        return {};
    const Money paid = Money::fromCents(q.value(0).toLongLong());
    if (paid > committed && q.value(1).toInt() == 0)
        return Tr::tr("%1 already paid on this grant: the committed amount cannot be lower.")
            .arg(paid.toString());
    return {};
}

QString GrantService::storedPaymentProblem(
    qint64 paymentId, std::optional<Money> amount, std::optional<QString> reason) const
{
    Query q(m_db,
        QStringLiteral(
            "SELECT grant_id, amount_cents, override_reason FROM disbursement WHERE id = ?"));
    q.bindAll(paymentId).exec();
    if (!q.next())
        return {};
    const qint64 grant = q.value(0).toLongLong();
    const Money stored = Money::fromCents(q.value(1).toLongLong());
    const QString storedReason = q.value(2).toString();
    q.raw().finish();
    return paymentProblem(grant, paymentId, amount.value_or(stored), reason.value_or(storedReason));
}

void GrantService::checkWritten(const QString &table, qint64 id, const QStringList &columns) const
{
    QString problem;
    if (table == QLatin1String("disbursement")
        && (columns.contains(QLatin1String("amount_cents"))
            || columns.contains(QLatin1String("override_reason"))
            || columns.contains(QLatin1String("grant_id")))) {
        problem = storedPaymentProblem(id);
    } else if (table == QLatin1String("grant_award")
        && columns.contains(QLatin1String("committed_cents"))) {
        problem = commitmentProblem(id,
            Money::fromCents(Query(m_db,
                QStringLiteral("SELECT committed_cents FROM "
                               "grant_award WHERE id = ?"))
                                 .bindAll(id)
                                 .scalar()
                                 .toLongLong()));
    }
    if (!problem.isEmpty())
        throw Error(problem);
}

} // namespace tremplin
