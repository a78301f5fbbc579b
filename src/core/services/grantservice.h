// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/types.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace tremplin {

class Database;

/// Funding sources, grants (one tranche each) and their disbursements.
class GrantService
{
public:
    explicit GrantService(Database &db)
        : m_db(db)
    { }

    qint64 createFundingSource(const FundingSource &f);
    qint64 createGrant(const Grant &g);
    /// Flags grants whose amounts are illustrative (demo data): reports and exports say so.
    void markIllustrative(const QList<qint64> &grantIds);
    /// Records a payment. Refused when it would take the total paid above the committed amount,
    /// unless the disbursement carries an override reason (kept in the ledger).
    qint64 addDisbursement(const Disbursement &d);

    /// The commitment rule, held here alone: a payment that takes its grant's total paid
    /// (@p paidWithIt, this payment included) above @p committed needs a reason. Everything that
    /// writes payments (this service, the generic record editing, the import) asks it.
    static bool exceedsCommitment(Money committed, Money paidWithIt, const QString &reason);
    /// The refusal the rule gives, in the user's language.
    static QString overCommitmentMessage(Money paidWithIt, Money committed);

    /// What a grant committed and what was paid on it, payment @p exceptPayment left out (one
    /// being replaced); exists is false when the grant is gone.
    struct Balance
    {
        bool exists = false;
        Money committed;
        Money paid;
    };
    Balance balance(qint64 grantId, qint64 exceptPayment = 0) const;
    /// The balances of many grants in one statement (an import's); grants gone are missing.
    QHash<qint64, Balance> balances(const QList<qint64> &grantIds) const;
    /// Why payment @p paymentId (0: a new one) of @p amount with @p reason cannot be recorded on
    /// @p grantId as the database stands; empty when it can.
    QString paymentProblem(
        qint64 grantId, qint64 paymentId, Money amount, const QString &reason) const;
    /// paymentProblem() for the stored payment @p paymentId, with @p amount or @p reason in place
    /// of its stored ones when given (an edit being checked); empty when the payment is gone.
    QString storedPaymentProblem(qint64 paymentId, std::optional<Money> amount = {},
        std::optional<QString> reason = {}) const;
    /// Why @p grantId's commitment cannot become @p committed (more already paid without a
    /// reason); empty when it can.
    QString commitmentProblem(qint64 grantId, Money committed) const;
    /// Applies the rule to a row of @p table just written (its @p columns) inside the caller's
    /// write transaction, where no other writer can slip in: throws tremplin::Error (the
    /// transaction then rolls back) when the payment or the commitment breaks it. Other tables
    /// and columns: nothing to check.
    void checkWritten(const QString &table, qint64 id, const QStringList &columns) const;

    Money committedTotal(qint64 grantId) const;
    Money disbursedTotal(qint64 grantId) const;

private:
    Database &m_db;
};

} // namespace tremplin
