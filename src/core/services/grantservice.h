// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/types.h"

namespace tremplin {

class Database;

/// Funding sources, grants (one tranche each) and their disbursements.
class GrantService
{
public:
    explicit GrantService(Database &db)
        : m_db(db)
    {
    }

    qint64 createFundingSource(const FundingSource &f);
    qint64 createGrant(const Grant &g);
    /// Records a payment. Refused when it would take the total paid above the committed amount,
    /// unless the disbursement carries an override reason (kept in the ledger).
    qint64 addDisbursement(const Disbursement &d);

    Money committedTotal(qint64 grantId) const;
    Money disbursedTotal(qint64 grantId) const;

private:
    Database &m_db;
};

} // namespace tremplin
