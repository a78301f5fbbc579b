// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionservice.h"

#include "../database/query.h"

namespace tremplin {

namespace {

// A phase's dates: the actual ones when known, else the planned ones (as the timeline shows).
const char *const phaseStart = "COALESCE(ph.actual_start, ph.planned_start)";
const char *const phaseEnd
    = "COALESCE(ph.actual_end, ph.planned_end, ph.actual_start, ph.planned_start)";

// Committees are announced by their own line; the others are phases of the calendar.
QString phases(const QString &where, const QString &order, int limit)
{
    return QStringLiteral(
        "SELECT ph.id, ph.name, pr.name, %1, %2 FROM phase ph LEFT JOIN promotion pr ON pr.id = "
        "ph.promotion_id WHERE ph.kind <> 'committee' AND %3 ORDER BY %4 LIMIT %5")
        .arg(QLatin1String(phaseStart), QLatin1String(phaseEnd), where, order)
        .arg(limit);
}

Attention::Dated dated(const Query &q)
{
    Attention::Dated d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.promotion = q.value(2).toString();
    d.start = dateFromDb(q.value(3));
    d.end = dateFromDb(q.value(4));
    return d;
}

Attention::Dated first(Database &db, const QString &sql, const QString &today)
{
    Query q(db, sql);
    q.bindAll(today).exec();
    return q.next() ? dated(q) : Attention::Dated {};
}

} // namespace

Attention AttentionService::attention(const QDate &today) const
{
    Attention a;
    a.today = today;
    const QString day = today.toString(Qt::ISODate);
    const QString underWay = QStringLiteral("%1 <= ? AND %2 >= ?")
                                 .arg(QLatin1String(phaseStart), QLatin1String(phaseEnd));
    {
        Query q(m_db, phases(underWay, QStringLiteral("5, 4, ph.position, ph.id"), 3));
        q.bindAll(day, day).exec();
        while (q.next())
            a.currentPhases << dated(q);
        a.currentPhaseCount = a.currentPhases.size();
        if (a.currentPhaseCount == 3) {
            a.currentPhaseCount = Query(m_db,
                QStringLiteral("SELECT COUNT(*) FROM phase ph WHERE ph.kind <> 'committee' AND %1")
                    .arg(underWay))
                                      .bindAll(day, day)
                                      .scalar()
                                      .toInt();
        }
    }
    a.nextPhase = first(m_db,
        phases(QStringLiteral("%1 > ?").arg(QLatin1String(phaseStart)),
            QStringLiteral("4, ph.position, ph.id"), 1),
        day);
    a.lastPhase = first(m_db,
        phases(QStringLiteral("%1 < ?").arg(QLatin1String(phaseEnd)),
            QStringLiteral("5 DESC, ph.position DESC, ph.id DESC"), 1),
        day);
    a.nextCommittee = first(m_db,
        QStringLiteral(
            "SELECT c.id, c.name, pr.name, c.held_on, c.held_on FROM committee c LEFT JOIN "
            "promotion pr ON pr.id = c.promotion_id WHERE c.held_on >= ? ORDER BY "
            "c.held_on, c.id LIMIT 1"),
        day);

    // Open actions of initiatives not archived, late (before today) or due within the week, in
    // one pass. "+a.status" keeps the planner off action_item_due_idx: the covering index
    // action_item_open_idx (initiative_id, status, due_date) answers without reading a single
    // action row, several times faster than the range scan plus a lookup per action once tens
    // of thousands of actions are late. The archived initiatives are read once, as a list.
    {
        Query q(m_db,
            QStringLiteral("SELECT COUNT(CASE WHEN late THEN 1 END), COUNT(DISTINCT CASE WHEN late "
                           "THEN id END), MIN(CASE "
                           "WHEN late THEN id END), COUNT(CASE WHEN NOT late THEN 1 END), "
                           "COUNT(DISTINCT CASE WHEN NOT late "
                           "THEN id END), MIN(CASE WHEN NOT late THEN id END) FROM (SELECT "
                           "a.initiative_id AS id, "
                           "a.due_date < ? AS late FROM action_item a WHERE +a.status IN ('todo', "
                           "'in_progress') AND "
                           "a.due_date < ? AND a.initiative_id NOT IN (SELECT id FROM initiative "
                           "WHERE archived = 1))"));
        q.bindAll(day, today.addDays(7).toString(Qt::ISODate)).exec();
        if (q.next()) {
            auto read = [&q](Attention::Actions &into, int column) {
                into.actions = q.value(column).toInt();
                into.initiatives = q.value(column + 1).toInt();
                if (into.initiatives == 1)
                    into.onlyInitiative = q.value(column + 2).toLongLong();
            };
            read(a.overdue, 0);
            read(a.dueThisWeek, 3);
        }
    }

    // Tranches not fully paid, planned or committed (the ledger's "next tranches"): payable, or
    // blocked while a condition awaits its proof (GrantRow::blocked()).
    {
        Query q(m_db,
            QStringLiteral("SELECT blocked, COUNT(*), SUM(remaining), MIN(initiative_id), "
                           "MAX(initiative_id) FROM (SELECT "
                           "g.initiative_id, CASE WHEN TRIM(COALESCE(g.conditions, '')) <> '' AND "
                           "g.conditions_met_on IS "
                           "NULL THEN 1 ELSE 0 END AS blocked, g.committed_cents - "
                           "COALESCE((SELECT SUM(d.amount_cents) FROM "
                           "disbursement d WHERE d.grant_id = g.id), 0) AS remaining FROM "
                           "grant_award g WHERE g.status IN "
                           "('planned', 'committed')) WHERE remaining > 0 GROUP BY blocked"));
        q.exec();
        while (q.next()) {
            Attention::Tranches &t = q.value(0).toInt() ? a.blocked : a.toPay;
            t.count = q.value(1).toInt();
            t.remaining = Money::fromCents(q.value(2).toLongLong());
            if (q.value(3) == q.value(4))
                t.onlyInitiative = q.value(3).toLongLong();
        }
    }

    // Commitments above each promotion's envelope (cancelled grants do not count).
    {
        Query q(m_db,
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(c.committed - pr.envelope_cents), 0), "
                           "MIN(pr.name) FROM (SELECT "
                           "i.promotion_id, SUM(g.committed_cents) AS committed FROM grant_award g "
                           "JOIN initiative i ON i.id "
                           "= g.initiative_id WHERE g.status <> 'cancelled' GROUP BY "
                           "i.promotion_id) c JOIN promotion pr "
                           "ON pr.id = c.promotion_id WHERE c.committed > pr.envelope_cents"));
        q.exec();
        if (q.next()) {
            a.overCommittedPromotions = q.value(0).toInt();
            a.overCommitment = Money::fromCents(q.value(1).toLongLong());
            if (a.overCommittedPromotions == 1)
                a.overCommittedPromotion = q.value(2).toString();
        }
    }
    return a;
}

} // namespace tremplin
