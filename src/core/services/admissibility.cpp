// SPDX-License-Identifier: GPL-3.0-or-later
#include "admissibility.h"

#include "../database/query.h"

namespace tremplin {

QList<QPair<qint64, QString>> AdmissibilityService::reasons(qint64 initiativeId) const
{
    Query q(m_db,
        QStringLiteral("SELECT id, name FROM list_item WHERE list = 'non_admissibility_reason' AND "
                       "programme_id = COALESCE((SELECT p.programme_id FROM initiative i JOIN "
                       "promotion p ON p.id = i.promotion_id WHERE i.id = ?), (SELECT MIN(id) "
                       "FROM programme)) ORDER BY position, name"));
    q.bindAll(initiativeId).exec();
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return out;
}

AdmissibilityService::Counts AdmissibilityService::counts(qint64 promotionId) const
{
    Query q(m_db,
        QStringLiteral("SELECT admissibility, COUNT(*) FROM initiative WHERE lifecycle = "
                       "'applicant' AND archived = 0 AND (? = 0 OR promotion_id = ?) GROUP BY "
                       "admissibility"));
    q.bindAll(promotionId, promotionId).exec();
    Counts c;
    while (q.next()) {
        const auto a = fromCode<Admissibility>(q.value(0).toString());
        const int n = q.value(1).toInt();
        if (a == Admissibility::Admissible)
            c.admissible = n;
        else if (a == Admissibility::NotAdmissible)
            c.notAdmissible = n;
        else
            c.unchecked = n;
    }
    return c;
}

} // namespace tremplin
