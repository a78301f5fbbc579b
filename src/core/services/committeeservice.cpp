// SPDX-License-Identifier: GPL-3.0-or-later
#include "committeeservice.h"

#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"
#include "jurydecisionservice.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tremplin {

namespace {
/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::CommitteeService)
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool continues(DecisionKind k)
{
    return k == DecisionKind::Continue || k == DecisionKind::ContinueAndFund;
}

bool funds(DecisionKind k)
{
    return k == DecisionKind::Fund || k == DecisionKind::ContinueAndFund;
}

QList<QPair<QString, qint64>> pairs(Query &q)
{
    QList<QPair<QString, qint64>> out;
    while (q.next())
        out.append({ q.value(1).toString(), q.value(0).toLongLong() });
    return out;
}

const QLatin1String committeeColumns(
    "c.id, c.programme_id, c.promotion_id, c.phase_id, c.kind, c.name, c.held_on, c.place, "
    "c.reference_prefix, c.notes, p.name FROM committee c LEFT JOIN promotion p ON p.id = "
    "c.promotion_id");

CommitteeRecord readCommittee(const Query &q)
{
    CommitteeRecord c;
    c.id = q.value(0).toLongLong();
    c.programmeId = q.value(1).toLongLong();
    c.promotionId = q.value(2).toLongLong();
    c.phaseId = q.value(3).toLongLong();
    c.kind = fromCode<CommitteeKind>(q.value(4).toString()).value_or(CommitteeKind::Other);
    c.name = q.value(5).toString();
    c.heldOn = dateFromDb(q.value(6));
    c.place = q.value(7).toString();
    c.referencePrefix = q.value(8).toString();
    c.notes = q.value(9).toString();
    c.promotion = q.value(10).toString();
    return c;
}
} // namespace

QList<CommitteeRecord> CommitteeService::committees() const
{
    Query q(m_db,
        QStringLiteral("SELECT %1 ORDER BY c.held_on IS NULL, c.held_on, c.id")
            .arg(committeeColumns));
    q.exec();
    QList<CommitteeRecord> out;
    while (q.next())
        out.append(readCommittee(q));
    return out;
}

CommitteeRecord CommitteeService::committee(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 WHERE c.id = ?").arg(committeeColumns));
    q.bindAll(id).exec();
    if (!q.next())
        throw Error(Tr::tr("This committee no longer exists."));
    return readCommittee(q);
}

qint64 CommitteeService::find(const QString &text) const
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (date.isValid()) {
        Query q(m_db, QStringLiteral("SELECT id FROM committee WHERE held_on = ?"));
        q.bindAll(date.toString(Qt::ISODate)).exec();
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids.size() == 1 ? ids.constFirst() : 0;
    }
    bool number = false;
    const qint64 id = text.trimmed().toLongLong(&number);
    if (!number || id <= 0)
        return 0;
    return Query(m_db, QStringLiteral("SELECT id FROM committee WHERE id = ?"))
        .bindAll(id)
        .scalar()
        .toLongLong();
}

QList<AgendaEntry> CommitteeService::agenda(qint64 committeeId) const
{
    Query q(m_db,
        QStringLiteral(
            "SELECT a.id, a.initiative_id, i.name, o.name, a.position, a.request, d.id, d.kind, "
            "d.reason, d.phase_id, ph.name, d.reference FROM agenda_item a JOIN initiative i ON "
            "i.id = a.initiative_id LEFT JOIN organisation o ON o.id = i.carrier_id LEFT JOIN "
            "decision d ON d.committee_id = a.committee_id AND d.initiative_id = a.initiative_id "
            "LEFT JOIN phase ph ON ph.id = d.phase_id WHERE a.committee_id = ? ORDER BY "
            "a.position, a.id"));
    q.bindAll(committeeId).exec();
    QList<AgendaEntry> out;
    while (q.next()) {
        AgendaEntry e;
        e.agendaItemId = q.value(0).toLongLong();
        e.initiativeId = q.value(1).toLongLong();
        e.initiative = q.value(2).toString();
        e.carrier = q.value(3).toString();
        e.position = q.value(4).toInt();
        e.request = q.value(5).toString();
        e.decisionId = q.value(6).toLongLong();
        e.kind = fromCode<DecisionKind>(q.value(7).toString()).value_or(DecisionKind::Continue);
        e.reason = q.value(8).toString();
        e.phaseId = q.value(9).toLongLong();
        e.phase = q.value(10).toString();
        e.reference = q.value(11).toString();
        out.append(e);
    }
    for (AgendaEntry &e : out) {
        if (!e.decisionId)
            continue;
        Query g(m_db,
            QStringLiteral(
                "SELECT g.id, g.tranche, g.committed_cents, (SELECT COALESCE(SUM(amount_cents), "
                "0) FROM disbursement WHERE grant_id = g.id), g.decision_reference, "
                "g.conditions, f.name FROM grant_award g LEFT JOIN funding_source f ON f.id = "
                "g.funding_source_id WHERE g.decision_id = ? ORDER BY g.id"));
        g.bindAll(e.decisionId).exec();
        while (g.next()) {
            DecidedGrant d;
            d.id = g.value(0).toLongLong();
            d.tranche = fromCode<TrancheKind>(g.value(1).toString()).value_or(TrancheKind::Other);
            d.committed = Money::fromCents(g.value(2).toLongLong());
            d.paid = Money::fromCents(g.value(3).toLongLong());
            d.reference = g.value(4).toString();
            d.conditions = g.value(5).toString();
            d.fundingSource = g.value(6).toString();
            e.grants.append(d);
        }
        Query s(m_db,
            QStringLiteral(
                "SELECT s.administration_id, s.organisation_id, s.commitment, COALESCE(a.name, "
                "o.name) FROM decision_sponsor s LEFT JOIN administration a ON a.id = "
                "s.administration_id LEFT JOIN organisation o ON o.id = s.organisation_id WHERE "
                "s.decision_id = ? ORDER BY s.id"));
        s.bindAll(e.decisionId).exec();
        while (s.next())
            e.sponsors.append({ s.value(0).toLongLong(), s.value(1).toLongLong(),
                s.value(2).toString(), s.value(3).toString() });
        Query a(m_db,
            QStringLiteral(
                "SELECT m.id, m.amended_at, m.previous_kind, m.previous_reason, ph.name, m.reason "
                "FROM decision_amendment m LEFT JOIN phase ph ON ph.id = m.previous_phase_id "
                "WHERE m.decision_id = ? ORDER BY m.amended_at, m.id"));
        a.bindAll(e.decisionId).exec();
        while (a.next()) {
            DecisionAmendment m;
            m.id = a.value(0).toLongLong();
            m.amendedAt = QDateTime::fromString(a.value(1).toString(), Qt::ISODate);
            m.previousKind
                = fromCode<DecisionKind>(a.value(2).toString()).value_or(DecisionKind::Continue);
            m.previousReason = a.value(3).toString();
            m.previousPhase = a.value(4).toString();
            m.reason = a.value(5).toString();
            e.amendments.append(m);
        }
    }
    return out;
}

QList<CommitteeMemberLine> CommitteeService::members(qint64 committeeId) const
{
    Query q(m_db,
        QStringLiteral(
            "SELECT p.full_name, m.role, a.name, m.attended FROM committee_member m JOIN person "
            "p ON p.id = m.person_id LEFT JOIN administration a ON a.id = m.administration_id "
            "WHERE m.committee_id = ? ORDER BY CASE m.role WHEN 'chair' THEN 0 ELSE 1 END, "
            "p.full_name"));
    q.bindAll(committeeId).exec();
    QList<CommitteeMemberLine> out;
    while (q.next())
        out.append({ q.value(0).toString(),
            fromCode<CommitteeRole>(q.value(1).toString()).value_or(CommitteeRole::Member),
            q.value(2).toString(), q.value(3).toInt() != 0 });
    return out;
}

QList<QPair<QString, qint64>> CommitteeService::agendaCandidates(
    qint64 committeeId, int limit) const
{
    Query q(m_db,
        QStringLiteral(
            "SELECT i.id, i.name FROM initiative i, committee c WHERE c.id = ? AND "
            "(c.promotion_id IS NULL OR i.promotion_id = c.promotion_id) AND NOT EXISTS (SELECT "
            "1 FROM agenda_item a WHERE a.committee_id = c.id AND a.initiative_id = i.id) ORDER "
            "BY i.name LIMIT ?"));
    q.bindAll(committeeId, limit).exec();
    return pairs(q);
}

QList<QPair<QString, qint64>> CommitteeService::phasesFor(qint64 committeeId) const
{
    Query q(m_db,
        QStringLiteral(
            "SELECT ph.id, ph.name FROM phase ph JOIN committee c ON c.id = ? WHERE "
            "ph.programme_id = c.programme_id AND (c.promotion_id IS NULL OR ph.promotion_id = "
            "c.promotion_id) ORDER BY ph.position, ph.planned_start, ph.id"));
    q.bindAll(committeeId).exec();
    return pairs(q);
}

qint64 CommitteeService::nextPhase(qint64 committeeId) const
{
    return Query(m_db,
        QStringLiteral(
            "SELECT ph.id FROM phase ph JOIN committee c ON c.id = ? WHERE ph.programme_id = "
            "c.programme_id AND (c.promotion_id IS NULL OR ph.promotion_id = c.promotion_id) AND "
            "ph.kind = 'accompaniment' AND COALESCE(ph.actual_start, ph.planned_start) > "
            "c.held_on ORDER BY COALESCE(ph.actual_start, ph.planned_start), ph.id LIMIT 1"))
        .bindAll(committeeId)
        .scalar()
        .toLongLong();
}

QList<QPair<QString, qint64>> CommitteeService::promotions() const
{
    Query q(m_db, QStringLiteral("SELECT id, name FROM promotion ORDER BY number, id"));
    q.exec();
    return pairs(q);
}

QList<TrancheDecision> CommitteeService::defaultTranches(qint64 committeeId) const
{
    Query q(m_db,
        QStringLiteral("SELECT t.tranche, t.amount_cents, p.default_funding_source_id, "
                       "t.conditions FROM programme_tranche t JOIN committee c ON c.programme_id "
                       "= t.programme_id JOIN programme p ON p.id = t.programme_id WHERE c.id = "
                       "? ORDER BY t.position, t.id"));
    q.bindAll(committeeId).exec();
    QList<TrancheDecision> out;
    while (q.next())
        out.append({ fromCode<TrancheKind>(q.value(0).toString()).value_or(TrancheKind::Other),
            Money::fromCents(q.value(1).toLongLong()), q.value(2).toLongLong(),
            q.value(3).toString() });
    return out;
}

QList<QPair<QString, qint64>> CommitteeService::fundingSources() const
{
    Query q(m_db, QStringLiteral("SELECT id, name FROM funding_source ORDER BY name, id"));
    q.exec();
    return pairs(q);
}

qint64 CommitteeService::administrationOf(qint64 personId) const
{
    return Query(m_db, QStringLiteral("SELECT administration_id FROM person WHERE id = ?"))
        .bindAll(personId)
        .scalar()
        .toLongLong();
}

QList<DecisionAbout> CommitteeService::decisionsAbout(qint64 initiativeId) const
{
    Query q(m_db,
        QStringLiteral(
            "SELECT c.id, c.name, c.held_on, d.kind, ph.name, d.reason, d.reference, (SELECT "
            "COALESCE(SUM(g.committed_cents), 0) FROM grant_award g WHERE g.decision_id = d.id "
            "AND g.status <> 'cancelled'), (SELECT COUNT(*) FROM decision_amendment m WHERE "
            "m.decision_id = d.id) FROM decision d JOIN committee c ON c.id = d.committee_id "
            "LEFT JOIN phase ph ON ph.id = d.phase_id WHERE d.initiative_id = ? ORDER BY "
            "c.held_on, c.id"));
    q.bindAll(initiativeId).exec();
    QList<DecisionAbout> out;
    while (q.next()) {
        DecisionAbout d;
        d.committeeId = q.value(0).toLongLong();
        d.committee = q.value(1).toString();
        d.heldOn = dateFromDb(q.value(2));
        d.kind = fromCode<DecisionKind>(q.value(3).toString()).value_or(DecisionKind::Continue);
        d.phase = q.value(4).toString();
        d.reason = q.value(5).toString();
        d.reference = q.value(6).toString();
        d.funded = Money::fromCents(q.value(7).toLongLong());
        d.amendments = q.value(8).toInt();
        out.append(d);
    }
    return out;
}

qint64 CommitteeService::previousCommittee(qint64 committeeId) const
{
    return Query(m_db,
        QStringLiteral(
            "SELECT p.id FROM committee p JOIN committee c ON c.id = ? WHERE p.id <> c.id AND "
            "p.programme_id = c.programme_id AND p.promotion_id IS c.promotion_id AND "
            "p.held_on IS NOT NULL AND c.held_on IS NOT NULL AND p.held_on <= c.held_on "
            "ORDER BY p.held_on DESC, p.id DESC LIMIT 1"))
        .bindAll(committeeId)
        .scalar()
        .toLongLong();
}

QString CommitteeService::nextReference(qint64 committeeId) const
{
    const QString prefix
        = Query(m_db, QStringLiteral("SELECT reference_prefix FROM committee WHERE id = ?"))
              .bindAll(committeeId)
              .scalar()
              .toString()
              .trimmed();
    if (prefix.isEmpty())
        return {};
    // The running number follows the highest one given so far, by a decision or by one of its
    // grants (references written before decisions had their own).
    Query q(m_db,
        QStringLiteral("SELECT reference FROM decision WHERE committee_id = ? UNION ALL SELECT "
                       "g.decision_reference FROM grant_award g JOIN decision d ON d.id = "
                       "g.decision_id WHERE d.committee_id = ?"));
    q.bindAll(committeeId, committeeId).exec();
    int highest = 0;
    while (q.next()) {
        const QString reference = q.value(0).toString();
        if (!reference.startsWith(prefix + QLatin1Char('-')))
            continue;
        const QString rest = reference.mid(prefix.size() + 1);
        bool ok = false;
        const int n = rest.toInt(&ok);
        if (ok)
            highest = std::max(highest, n);
    }
    return QStringLiteral("%1-%2").arg(prefix).arg(highest + 1);
}

qint64 CommitteeService::createCommittee(const CommitteeRecord &c)
{
    if (c.name.trimmed().isEmpty())
        throw Error(Tr::tr("The committee needs a name."));
    WriteTransaction tx(m_db);
    const qint64 id
        = Query(m_db,
            QStringLiteral("INSERT INTO committee (programme_id, promotion_id, phase_id, kind, "
                           "name, held_on, place, reference_prefix, notes) VALUES (?, ?, ?, ?, "
                           "?, ?, ?, ?, ?) RETURNING id"))
              .bindAll(c.programmeId, nullableId(c.promotionId), nullableId(c.phaseId),
                  toCode(c.kind), c.name.trimmed(), nullableDate(c.heldOn), nullableText(c.place),
                  nullableText(c.referencePrefix.trimmed()), nullableText(c.notes))
              .execReturningId();
    tx.record(QStringLiteral("committee"), id, Change::Inserted, c.name);
    tx.commit();
    return id;
}

qint64 CommitteeService::addMember(qint64 committeeId, qint64 personId, CommitteeRole role)
{
    WriteTransaction tx(m_db);
    if (const QString locked = JuryDecisionService(m_db).lockProblem(committeeId);
        !locked.isEmpty())
        throw Error(locked);
    const qint64 id
        = Query(m_db,
            QStringLiteral("INSERT INTO committee_member (committee_id, person_id, role, "
                           "administration_id) VALUES (?, ?, ?, ?) RETURNING id"))
              .bindAll(committeeId, personId, toCode(role), nullableId(administrationOf(personId)))
              .execReturningId();
    tx.record(QStringLiteral("committee_member"), id, Change::Inserted, QString());
    tx.commit();
    return id;
}

qint64 CommitteeService::addToAgenda(
    qint64 committeeId, qint64 initiativeId, const QString &request)
{
    WriteTransaction tx(m_db);
    if (const QString locked = JuryDecisionService(m_db).lockProblem(committeeId);
        !locked.isEmpty())
        throw Error(locked);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO agenda_item (committee_id, initiative_id, position, request) "
                       "VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM agenda_item "
                       "WHERE committee_id = ?), ?) RETURNING id"))
                          .bindAll(committeeId, initiativeId, committeeId, nullableText(request))
                          .execReturningId();
    tx.record(QStringLiteral("agenda_item"), id, Change::Inserted, QString());
    tx.commit();
    return id;
}

namespace {
/// The rules a decision's kind and phase follow, alone or amended.
QString kindProblem(Database &db, qint64 committeeId, DecisionKind kind, qint64 phaseId)
{
    if (continues(kind)) {
        if (phaseId <= 0)
            return Tr::tr("Choose the phase the initiative continues into.");
        const bool ofPromotion
            = Query(db,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM phase ph JOIN committee c ON c.id = ? WHERE "
                      "ph.id = ? AND ph.programme_id = c.programme_id AND (c.promotion_id "
                      "IS NULL OR ph.promotion_id = c.promotion_id)"))
                  .bindAll(committeeId, phaseId)
                  .scalar()
                  .toInt()
            > 0;
        if (!ofPromotion)
            return Tr::tr("The phase continued into must be a phase of the committee's "
                          "promotion.");
    }
    return {};
}
} // namespace

QString CommitteeService::decisionProblem(const DecisionRequest &d) const
{
    // A signed-off committee changes its decisions only by amendments (amendDecision()).
    if (const QString locked = JuryDecisionService(m_db).lockProblem(d.committeeId);
        !locked.isEmpty())
        return locked;
    const bool onAgenda
        = Query(m_db,
              QStringLiteral("SELECT COUNT(*) FROM agenda_item WHERE committee_id = ? AND "
                             "initiative_id = ?"))
              .bindAll(d.committeeId, d.initiativeId)
              .scalar()
              .toInt()
        > 0;
    if (!onAgenda)
        return Tr::tr("The initiative is not on this committee's agenda.");
    const bool decided
        = Query(m_db,
              QStringLiteral("SELECT COUNT(*) FROM decision WHERE committee_id = ? AND "
                             "initiative_id = ?"))
              .bindAll(d.committeeId, d.initiativeId)
              .scalar()
              .toInt()
        > 0;
    if (decided)
        return Tr::tr("The committee has already decided about this initiative: amend its "
                      "decision instead.");
    if (d.reason.trimmed().isEmpty())
        return Tr::tr("Give the reason for the decision.");
    if (const QString p = kindProblem(m_db, d.committeeId, d.kind, d.phaseId); !p.isEmpty())
        return p;
    if (!funds(d.kind) && !d.tranches.isEmpty())
        return Tr::tr("Only a funding decision creates grants: remove the tranches or choose "
                      "\"Fund\".");
    if (funds(d.kind) && d.tranches.isEmpty())
        return Tr::tr("A funding decision needs at least one tranche.");
    for (const TrancheDecision &t : d.tranches) {
        if (t.amount.cents() <= 0)
            return Tr::tr("The amount of each tranche must be greater than zero.");
    }
    for (const SponsorEngagement &s : d.sponsors) {
        if ((s.administrationId > 0) == (s.organisationId > 0))
            return Tr::tr("A sponsor is either an administration or an outside organisation.");
    }
    return {};
}

DecisionOutcome CommitteeService::recordDecision(const DecisionRequest &d)
{
    WriteTransaction tx(m_db);
    // The rules are checked inside the write transaction: no other writer can slip in.
    if (const QString p = decisionProblem(d); !p.isEmpty())
        throw Error(p);
    const CommitteeRecord c = committee(d.committeeId);
    DecisionOutcome out;
    out.reference = nextReference(d.committeeId);
    out.decisionId
        = Query(m_db,
            QStringLiteral("INSERT INTO decision (committee_id, initiative_id, kind, notes, "
                           "reason, phase_id, reference, decided_at) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?) RETURNING id"))
              .bindAll(d.committeeId, d.initiativeId, toCode(d.kind), nullableText(d.notes),
                  d.reason.trimmed(), continues(d.kind) ? nullableId(d.phaseId) : nullableId(0),
                  nullableText(out.reference), nowUtc())
              .execReturningId();
    tx.record(QStringLiteral("decision"), out.decisionId, Change::Inserted, toCode(d.kind),
        { { QStringLiteral("initiative_id"), {}, d.initiativeId },
            { QStringLiteral("kind"), {}, toCode(d.kind) },
            { QStringLiteral("reason"), {}, d.reason.trimmed() } });
    for (int i = 0; i < d.tranches.size(); ++i) {
        const TrancheDecision &t = d.tranches.at(i);
        // The first tranche carries the decision's reference; the next ones add -T2, -T3...
        const QString reference = out.reference.isEmpty() || i == 0
            ? out.reference
            : QStringLiteral("%1-T%2").arg(out.reference).arg(i + 1);
        const qint64 grant
            = Query(m_db,
                QStringLiteral("INSERT INTO grant_award (initiative_id, funding_source_id, "
                               "decision_id, tranche, committed_cents, decision_reference, "
                               "decision_date, conditions, status) VALUES (?, ?, ?, ?, ?, ?, ?, "
                               "?, 'committed') RETURNING id"))
                  .bindAll(d.initiativeId, nullableId(t.fundingSourceId), out.decisionId,
                      toCode(t.tranche), t.amount.cents(), nullableText(reference),
                      nullableDate(c.heldOn), nullableText(t.conditions.trimmed()))
                  .execReturningId();
        tx.record(QStringLiteral("grant_award"), grant, Change::Inserted,
            t.amount.toDecimalString(),
            { { QStringLiteral("committed_cents"), {}, t.amount.cents() },
                { QStringLiteral("tranche"), {}, toCode(t.tranche) } });
        out.grantIds.append(grant);
    }
    for (const SponsorEngagement &s : d.sponsors) {
        const qint64 sponsor = Query(m_db,
            QStringLiteral("INSERT INTO decision_sponsor (decision_id, administration_id, "
                           "organisation_id, commitment) VALUES (?, ?, ?, ?) RETURNING id"))
                                   .bindAll(out.decisionId, nullableId(s.administrationId),
                                       nullableId(s.organisationId), nullableText(s.commitment))
                                   .execReturningId();
        tx.touch(QStringLiteral("decision_sponsor"), sponsor, Change::Inserted);
    }
    if (continues(d.kind)) {
        const bool taking
            = Query(m_db,
                  QStringLiteral("SELECT COUNT(*) FROM participation WHERE initiative_id = ? AND "
                                 "phase_id = ?"))
                  .bindAll(d.initiativeId, d.phaseId)
                  .scalar()
                  .toInt()
            > 0;
        if (!taking) {
            out.participationId = Query(m_db,
                QStringLiteral("INSERT INTO participation (initiative_id, phase_id, "
                               "planned_start, planned_end) SELECT ?, id, planned_start, "
                               "planned_end FROM phase WHERE id = ? RETURNING id"))
                                      .bindAll(d.initiativeId, d.phaseId)
                                      .execReturningId();
            tx.record(
                QStringLiteral("participation"), out.participationId, Change::Inserted, QString());
        }
    }
    tx.commit();
    return out;
}

qint64 CommitteeService::amendDecision(
    qint64 decisionId, DecisionKind kind, const QString &reason, qint64 phaseId, const QString &why)
{
    WriteTransaction tx(m_db);
    Query q(m_db,
        QStringLiteral("SELECT committee_id, kind, reason, phase_id FROM decision WHERE id = ?"));
    q.bindAll(decisionId).exec();
    if (!q.next())
        throw Error(Tr::tr("This decision no longer exists."));
    const qint64 committeeId = q.value(0).toLongLong();
    const QString previousKind = q.value(1).toString();
    const QVariant previousReason = q.value(2);
    const QVariant previousPhase = q.value(3);
    q.raw().finish();
    if (why.trimmed().isEmpty())
        throw Error(Tr::tr("Say why the decision is amended."));
    if (reason.trimmed().isEmpty())
        throw Error(Tr::tr("Give the reason for the decision."));
    if (const QString p = kindProblem(m_db, committeeId, kind, phaseId); !p.isEmpty())
        throw Error(p);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO decision_amendment (decision_id, amended_at, previous_kind, "
                       "previous_reason, previous_phase_id, reason) VALUES (?, ?, ?, ?, ?, ?) "
                       "RETURNING id"))
                          .bindAll(decisionId, nowUtc(), previousKind, previousReason,
                              previousPhase, why.trimmed())
                          .execReturningId();
    Query(
        m_db, QStringLiteral("UPDATE decision SET kind = ?, reason = ?, phase_id = ? WHERE id = ?"))
        .bindAll(toCode(kind), reason.trimmed(),
            continues(kind) ? nullableId(phaseId) : nullableId(0), decisionId)
        .exec();
    tx.touch(QStringLiteral("decision_amendment"), id, Change::Inserted);
    tx.record(QStringLiteral("decision"), decisionId, Change::Updated,
        QStringLiteral("kind, reason, phase_id"),
        { { QStringLiteral("kind"), previousKind, toCode(kind) },
            { QStringLiteral("reason"), previousReason, reason.trimmed() },
            { QStringLiteral("phase_id"), previousPhase,
                continues(kind) ? nullableId(phaseId) : nullableId(0) } });
    tx.commit();
    return id;
}

} // namespace tremplin
