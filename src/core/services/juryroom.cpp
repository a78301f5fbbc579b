// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryroom.h"

#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"
#include "jurydecisionservice.h"

namespace tremplin {

namespace {
QHash<qint64, RoomSummary> readSummaries(Query &q)
{
    QHash<qint64, RoomSummary> out;
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

void refuseWhenLocked(Database &db, qint64 committeeId)
{
    if (const QString locked = JuryDecisionService(db).lockProblem(committeeId); !locked.isEmpty())
        throw Error(locked);
}
} // namespace

QHash<qint64, RoomSummary> JuryRoomService::summaries(qint64 sessionId) const
{
    Query q(m_db,
        QStringLiteral("SELECT i.id, o.name, i.one_liner, i.description, i.budget_cents, a.id, "
                       "COALESCE(a.discussed_seconds, d.discussed_seconds, 0) FROM jury_session s "
                       "JOIN committee c ON c.id = s.committee_id "
                       "JOIN initiative i ON i.promotion_id = c.promotion_id "
                       "AND i.admissibility = 'admissible' "
                       "LEFT JOIN organisation o ON o.id = i.carrier_id "
                       "LEFT JOIN agenda_item a ON a.committee_id = s.committee_id "
                       "AND a.initiative_id = i.id "
                       "LEFT JOIN jury_discussion d ON d.session_id = s.id "
                       "AND d.initiative_id = i.id WHERE s.id = ?"));
    q.bindAll(sessionId).exec();
    return readSummaries(q);
}

QHash<qint64, RoomSummary> JuryRoomService::agendaSummaries(qint64 committeeId) const
{
    Query q(m_db,
        QStringLiteral("SELECT i.id, o.name, i.one_liner, i.description, i.budget_cents, a.id, "
                       "a.discussed_seconds FROM agenda_item a "
                       "JOIN initiative i ON i.id = a.initiative_id "
                       "LEFT JOIN organisation o ON o.id = i.carrier_id "
                       "WHERE a.committee_id = ?"));
    q.bindAll(committeeId).exec();
    return readSummaries(q);
}

QList<Juror> JuryRoomService::presentMembers(qint64 committeeId) const
{
    QList<Juror> out;
    Query q(m_db,
        QStringLiteral("SELECT m.id, p.id, p.full_name FROM committee_member m "
                       "JOIN person p ON p.id = m.person_id "
                       "WHERE m.committee_id = ? AND m.attended = 1 ORDER BY p.full_name, m.id"));
    q.bindAll(committeeId).exec();
    while (q.next()) {
        Juror j;
        j.memberId = q.value(0).toLongLong();
        j.personId = q.value(1).toLongLong();
        j.name = q.value(2).toString();
        out.append(j);
    }
    return out;
}

RoomBudget JuryRoomService::budget(qint64 committeeId) const
{
    RoomBudget b;
    const QVariant promotion
        = Query(m_db, QStringLiteral("SELECT promotion_id FROM committee WHERE id = ?"))
              .bindAll(committeeId)
              .scalar();
    // A committee without promotion weighs against every promotion.
    Query envelope(m_db,
        QStringLiteral(
            "SELECT COALESCE(SUM(envelope_cents), 0), COALESCE(MAX(envelope_illustrative), "
            "0), MIN(name) FROM promotion WHERE id = ? OR ? IS NULL"));
    envelope.bindAll(promotion, promotion).exec();
    if (envelope.next()) {
        b.envelope = Money::fromCents(envelope.value(0).toLongLong());
        b.illustrative = envelope.value(1).toInt() != 0;
        if (!promotion.isNull())
            b.promotion = envelope.value(2).toString();
    }
    b.byCommittee = Money::fromCents(Query(m_db,
        QStringLiteral("SELECT COALESCE(SUM(g.committed_cents), 0) FROM grant_award g "
                       "JOIN decision d ON d.id = g.decision_id "
                       "WHERE d.committee_id = ? AND g.status <> 'cancelled'"))
                                         .bindAll(committeeId)
                                         .scalar()
                                         .toLongLong());
    b.byPromotion = Money::fromCents(Query(m_db,
        QStringLiteral("SELECT COALESCE(SUM(g.committed_cents), 0) FROM grant_award g "
                       "JOIN initiative i ON i.id = g.initiative_id "
                       "WHERE g.status <> 'cancelled' AND (i.promotion_id = ? OR ? IS NULL)"))
                                         .bindAll(promotion, promotion)
                                         .scalar()
                                         .toLongLong());
    return b;
}

bool JuryRoomService::setAgendaSeconds(qint64 committeeId, qint64 initiativeId, int seconds)
{
    WriteTransaction tx(m_db);
    refuseWhenLocked(m_db, committeeId);
    const qint64 item = Query(m_db,
        QStringLiteral("SELECT id FROM agenda_item WHERE committee_id = ? AND initiative_id = ?"))
                            .bindAll(committeeId, initiativeId)
                            .scalar()
                            .toLongLong();
    if (item == 0) {
        tx.commit(); // nothing written
        return false;
    }
    Query(m_db, QStringLiteral("UPDATE agenda_item SET discussed_seconds = ? WHERE id = ?"))
        .bindAll(qMax(0, seconds), item)
        .exec();
    tx.record(QStringLiteral("agenda_item"), item, Change::Updated, QString());
    tx.commit();
    return true;
}

bool JuryRoomService::setDiscussedSeconds(qint64 sessionId, qint64 initiativeId, int seconds)
{
    WriteTransaction tx(m_db);
    const qint64 committee
        = Query(m_db, QStringLiteral("SELECT committee_id FROM jury_session WHERE id = ?"))
              .bindAll(sessionId)
              .scalar()
              .toLongLong();
    if (setAgendaSeconds(committee, initiativeId, seconds)) {
        tx.commit();
        return true;
    }
    refuseWhenLocked(m_db, committee);
    const qint64 row = Query(m_db,
        QStringLiteral("INSERT INTO jury_discussion (session_id, initiative_id, discussed_seconds) "
                       "VALUES (?, ?, ?) ON CONFLICT (session_id, initiative_id) DO UPDATE SET "
                       "discussed_seconds = excluded.discussed_seconds RETURNING id"))
                           .bindAll(sessionId, initiativeId, qMax(0, seconds))
                           .scalar()
                           .toLongLong();
    tx.record(QStringLiteral("jury_discussion"), row, Change::Updated, QString());
    tx.commit();
    return false;
}

} // namespace tremplin
