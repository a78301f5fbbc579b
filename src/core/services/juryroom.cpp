// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryroom.h"

#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"
#include "jurydecisionservice.h"

namespace tremplin {

QHash<qint64, RoomSummary> JuryRoomService::summaries(qint64 sessionId) const
{
    QHash<qint64, RoomSummary> out;
    Query q(m_db,
        QStringLiteral("SELECT i.id, o.name, i.one_liner, i.description, i.budget_cents, a.id, "
                       "COALESCE(a.discussed_seconds, 0) FROM jury_session s "
                       "JOIN committee c ON c.id = s.committee_id "
                       "JOIN initiative i ON i.promotion_id = c.promotion_id "
                       "AND i.admissibility = 'admissible' "
                       "LEFT JOIN organisation o ON o.id = i.carrier_id "
                       "LEFT JOIN agenda_item a ON a.committee_id = s.committee_id "
                       "AND a.initiative_id = i.id WHERE s.id = ?"));
    q.bindAll(sessionId).exec();
    while (q.next()) {
        RoomSummary s;
        s.initiativeId = q.value(0).toLongLong();
        s.carrier = q.value(1).toString();
        s.oneLiner = q.value(2).toString();
        s.description = q.value(3).toString();
        if (!q.value(4).isNull())
            s.budgetCents = q.value(4).toLongLong();
        s.onAgenda = !q.value(5).isNull();
        s.discussedSeconds = q.value(6).toInt();
        out.insert(s.initiativeId, s);
    }
    return out;
}

bool JuryRoomService::setDiscussedSeconds(qint64 sessionId, qint64 initiativeId, int seconds)
{
    WriteTransaction tx(m_db);
    const qint64 committee
        = Query(m_db, QStringLiteral("SELECT committee_id FROM jury_session WHERE id = ?"))
              .bindAll(sessionId)
              .scalar()
              .toLongLong();
    if (const QString locked = JuryDecisionService(m_db).lockProblem(committee); !locked.isEmpty())
        throw Error(locked);
    const qint64 item = Query(m_db,
        QStringLiteral("SELECT id FROM agenda_item WHERE committee_id = ? AND initiative_id = ?"))
                            .bindAll(committee, initiativeId)
                            .scalar()
                            .toLongLong();
    if (item == 0)
        return false;
    Query(m_db, QStringLiteral("UPDATE agenda_item SET discussed_seconds = ? WHERE id = ?"))
        .bindAll(qMax(0, seconds), item)
        .exec();
    tx.record(QStringLiteral("agenda_item"), item, Change::Updated, QString());
    tx.commit();
    return true;
}

} // namespace tremplin
