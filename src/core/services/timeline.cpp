// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "../database/query.h"
#include "programmeservice.h"

#include <QCoreApplication>
#include <QSet>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Timeline)
};
} // namespace

DateRange TimelineBar::shown() const
{
    DateRange r;
    r.start = actual.start.isValid() ? actual.start : planned.start;
    r.end = actual.end.isValid() ? actual.end : planned.end;
    if (!r.end.isValid())
        r.end = r.start;
    return r;
}

int TimelineBar::slipDays() const
{
    if (!planned.end.isValid() || !actual.end.isValid())
        return 0;
    return int(planned.end.daysTo(actual.end));
}

QString TimelineMilestone::label() const
{
    switch (kind) {
    case Decision:
        return Tr::tr("%1: %2").arg(
            name, tremplin::label(fromCode<DecisionKind>(code).value_or(DecisionKind::Continue)));
    case Disbursement:
        return Tr::tr("Payment of %1 (%2)")
            .arg(amount.toString(),
                tremplin::label(fromCode<TrancheKind>(code).value_or(TrancheKind::Other)));
    case ActionDue:
        return Tr::tr("Action due: %1 (%2)")
            .arg(name, tremplin::label(fromCode<ActionStatus>(code).value_or(ActionStatus::Todo)));
    }
    return {};
}

QList<Phase> TimelineService::phases() const
{
    return ProgrammeService(m_db).phases();
}

QList<qint64> TimelineService::order(const QSet<qint64> &ids, TimelineRows rows) const
{
    // The same conditions as rows() uses to draw something: a bar needs a date.
    const QLatin1String inPhase(
        "EXISTS (SELECT 1 FROM participation pa WHERE pa.initiative_id = i.id AND "
        "COALESCE(pa.actual_start, pa.planned_start) IS NOT NULL)");
    const QLatin1String withEvent(" OR EXISTS (SELECT 1 FROM decision d JOIN committee c ON c.id = "
                                  "d.committee_id WHERE d.initiative_id = i.id "
                                  "AND c.held_on IS NOT NULL)"
                                  " OR EXISTS (SELECT 1 FROM disbursement d JOIN grant_award g ON "
                                  "g.id = d.grant_id WHERE g.initiative_id = i.id)"
                                  " OR EXISTS (SELECT 1 FROM action_item a WHERE a.initiative_id = "
                                  "i.id AND a.due_date IS NOT NULL)");
    QString where;
    if (rows == TimelineRows::InPhase)
        where = QStringLiteral(" WHERE ") + inPhase;
    else if (rows == TimelineRows::WithEvent)
        where = QStringLiteral(" WHERE ") + inPhase + withEvent;
    QList<qint64> out;
    Query q(m_db,
        QStringLiteral(
            "SELECT i.id FROM initiative i LEFT JOIN promotion p ON p.id = i.promotion_id%1 "
            "ORDER BY COALESCE(p.number, 999999), i.name, i.id")
            .arg(where));
    q.raw().setForwardOnly(true);
    q.exec();
    out.reserve(ids.size());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (ids.contains(id))
            out.append(id);
    }
    return out;
}

QHash<qint64, TimelineRow> TimelineService::rows(const QList<qint64> &ids) const
{
    QHash<qint64, TimelineRow> out;
    if (ids.isEmpty())
        return out;
    const QString in = placeholders(int(ids.size()));
    auto bindIds = [&ids](Query &q) {
        for (qint64 id : ids)
            q.bind(id);
    };
    {
        Query q(m_db,
            QStringLiteral(
                "SELECT i.id, i.name, p.name, p.number FROM initiative i LEFT JOIN promotion p ON "
                "p.id = i.promotion_id WHERE i.id IN (%1)")
                .arg(in));
        bindIds(q);
        q.exec();
        while (q.next()) {
            TimelineRow r;
            r.initiativeId = q.value(0).toLongLong();
            r.name = q.value(1).toString();
            r.promotion = q.value(2).toString();
            r.promotionNumber = q.value(3).toInt();
            out.insert(r.initiativeId, r);
        }
    }
    // Runs one of the queries below (first column: an initiative among ids) and hands each
    // row to fill() with the initiative's timeline row.
    auto eachRow = [&](const QString &sql, const auto &fill) {
        Query q(m_db, sql.arg(in));
        bindIds(q);
        q.exec();
        while (q.next()) {
            auto it = out.find(q.value(0).toLongLong());
            if (it != out.end())
                fill(q, *it);
        }
    };
    eachRow(QStringLiteral(
                "SELECT pa.initiative_id, pa.id, pa.phase_id, ph.name, pa.planned_start, "
                "pa.planned_end, pa.actual_start, pa.actual_end, pa.status FROM participation pa "
                "JOIN phase ph ON ph.id = pa.phase_id WHERE pa.initiative_id IN (%1) ORDER BY "
                "ph.position, pa.id"),
        [](const Query &q, TimelineRow &row) {
            TimelineBar b;
            b.participationId = q.value(1).toLongLong();
            b.phaseId = q.value(2).toLongLong();
            b.phase = q.value(3).toString();
            b.planned = { dateFromDb(q.value(4)), dateFromDb(q.value(5)) };
            b.actual = { dateFromDb(q.value(6)), dateFromDb(q.value(7)) };
            b.status
                = fromCode<PhaseStatus>(q.value(8).toString()).value_or(PhaseStatus::NotStarted);
            if (b.shown().start.isValid())
                row.bars.append(b);
        });
    eachRow(
        QStringLiteral(
            "SELECT d.initiative_id, c.held_on, c.name, d.kind FROM decision d JOIN committee c "
            "ON c.id = d.committee_id WHERE d.initiative_id IN (%1) AND c.held_on IS NOT "
            "NULL"),
        [](const Query &q, TimelineRow &row) {
            TimelineMilestone m;
            m.kind = TimelineMilestone::Decision;
            m.date = dateFromDb(q.value(1));
            m.name = q.value(2).toString();
            m.code = q.value(3).toString();
            row.milestones.append(m);
        });
    eachRow(QStringLiteral("SELECT g.initiative_id, d.paid_on, d.amount_cents, g.tranche, d.id "
                           "FROM disbursement d "
                           "JOIN grant_award g ON g.id = d.grant_id WHERE g.initiative_id IN (%1)"),
        [](const Query &q, TimelineRow &row) {
            TimelineMilestone m;
            m.kind = TimelineMilestone::Disbursement;
            m.date = dateFromDb(q.value(1));
            m.amount = Money::fromCents(q.value(2).toLongLong());
            m.recordId = q.value(4).toLongLong();
            m.code = q.value(3).toString();
            row.milestones.append(m);
        });
    eachRow(QStringLiteral("SELECT initiative_id, due_date, title, status, id FROM action_item "
                           "WHERE initiative_id "
                           "IN (%1) AND due_date IS NOT NULL"),
        [](const Query &q, TimelineRow &row) {
            TimelineMilestone m;
            m.kind = TimelineMilestone::ActionDue;
            m.date = dateFromDb(q.value(1));
            m.name = q.value(2).toString();
            m.code = q.value(3).toString();
            m.done = m.code == QLatin1String("done") || m.code == QLatin1String("cancelled");
            m.recordId = q.value(4).toLongLong();
            row.milestones.append(m);
        });
    return out;
}

DateRange TimelineService::span() const
{
    // Every start and end the timeline can draw, in one pass of the database.
    Query q(m_db,
        QStringLiteral(
            "SELECT MIN(d), MAX(d) FROM ("
            "SELECT MIN(COALESCE(actual_start, planned_start)) AS d FROM phase UNION ALL "
            "SELECT MAX(COALESCE(actual_end, planned_end)) FROM phase UNION ALL "
            "SELECT MIN(COALESCE(actual_start, planned_start)) FROM participation UNION ALL "
            "SELECT MAX(COALESCE(actual_end, planned_end)) FROM participation UNION ALL "
            "SELECT MIN(paid_on) FROM disbursement UNION ALL SELECT MAX(paid_on) FROM "
            "disbursement) t"));
    q.exec();
    DateRange r;
    if (q.next()) {
        r.start = dateFromDb(q.value(0));
        r.end = dateFromDb(q.value(1));
    }
    return r;
}

} // namespace tremplin
