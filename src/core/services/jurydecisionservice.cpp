// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurydecisionservice.h"

#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"
#include "juryranking.h"
#include "juryservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVariantMap>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::JuryDecisionService)
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QDateTime timeFromDb(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

/// Outcomes in the ranking's order: selected above the waiting list above not selected.
int weight(JuryOutcome o)
{
    switch (o) {
    case JuryOutcome::Selected:
        return 2;
    case JuryOutcome::WaitingList:
        return 1;
    case JuryOutcome::NotSelected:
        break;
    }
    return 0;
}

/// True when rank @p a is strictly better than rank @p b (0: no rank, after every rank).
bool better(int a, int b)
{
    if (a == 0)
        return false;
    return b == 0 || a < b;
}

QString rankText(int rank)
{
    return rank == 0 ? Tr::tr("no rank") : QLocale().toString(rank);
}

const QLatin1String decisionColumns(
    "d.id, d.session_id, d.initiative_id, i.name, d.outcome, d.reason, d.decided_at, d.rank, "
    "d.score, d.override_reason FROM jury_decision d JOIN initiative i ON i.id = d.initiative_id");

JuryDecision readDecision(const Query &q)
{
    JuryDecision d;
    d.id = q.value(0).toLongLong();
    d.sessionId = q.value(1).toLongLong();
    d.initiativeId = q.value(2).toLongLong();
    d.application = q.value(3).toString();
    d.outcome = fromCode<JuryOutcome>(q.value(4).toString()).value_or(JuryOutcome::NotSelected);
    d.reason = q.value(5).toString();
    d.decidedAt = timeFromDb(q.value(6));
    d.rank = q.value(7).toInt();
    if (!q.value(8).isNull())
        d.score = q.value(8).toDouble();
    d.overrideReason = q.value(9).toString();
    return d;
}

/// The session's ranking with its own method, as the room sees it.
jury::Ranking sessionRanking(Database &db, qint64 sessionId)
{
    JuryService jury(db);
    jury::RankingOptions options;
    options.method = jury.session(sessionId).method;
    return jury::computeRanking(jury.rankingInput(sessionId), options);
}

const jury::RankedApplication *rowOf(const jury::Ranking &r, qint64 initiativeId)
{
    for (const jury::RankedApplication &a : r.rows) {
        if (a.initiativeId == initiativeId)
            return &a;
    }
    return nullptr;
}

/// The sign-off as undo and redo put it: the committee's time and signatory (null: open) and
/// the lifecycle of the initiatives it made laureates (laureate, or as they were).
void writeSignOff(Database &db, const SignOffOutcome &outcome, const QVariant &at,
    const QVariant &by, bool laureates)
{
    WriteTransaction tx(db);
    Query(db,
        QStringLiteral("UPDATE committee SET signed_off_at = ?, signed_off_by = ? WHERE id = ?"))
        .bindAll(at, by, outcome.committeeId)
        .exec();
    tx.record(QStringLiteral("committee"), outcome.committeeId, Change::Updated,
        QStringLiteral("signed_off_at, signed_off_by"));
    for (auto it = outcome.previousLifecycle.cbegin(); it != outcome.previousLifecycle.cend();
         ++it) {
        Query(db, QStringLiteral("UPDATE initiative SET lifecycle = ? WHERE id = ?"))
            .bindAll(laureates ? toCode(Lifecycle::Laureate) : it.value(), it.key())
            .exec();
        tx.record(
            QStringLiteral("initiative"), it.key(), Change::Updated, QStringLiteral("lifecycle"));
    }
    tx.commit();
}

void writeLifecycle(Database &db, WriteTransaction &tx, qint64 initiativeId, const QString &code)
{
    Query(db, QStringLiteral("UPDATE initiative SET lifecycle = ?, updated_at = ? WHERE id = ?"))
        .bindAll(code, nowUtc(), initiativeId)
        .exec();
    tx.record(
        QStringLiteral("initiative"), initiativeId, Change::Updated, QStringLiteral("lifecycle"));
}

QString nameOf(Database &db, qint64 initiativeId)
{
    return Query(db, QStringLiteral("SELECT name FROM initiative WHERE id = ?"))
        .bindAll(initiativeId)
        .scalar()
        .toString();
}
} // namespace

// ---------------------------------------------------------------------------------------------
// Reads

qint64 JuryDecisionService::sessionCommittee(qint64 sessionId) const
{
    return Query(m_db, QStringLiteral("SELECT committee_id FROM jury_session WHERE id = ?"))
        .bindAll(sessionId)
        .scalar()
        .toLongLong();
}

QList<JuryDecision> JuryDecisionService::decisions(qint64 sessionId) const
{
    Query q(m_db,
        QStringLiteral("SELECT %1 WHERE d.session_id = ? ORDER BY d.rank IS NULL, d.rank, i.name")
            .arg(decisionColumns));
    q.bindAll(sessionId).exec();
    QList<JuryDecision> out;
    while (q.next())
        out.append(readDecision(q));
    return out;
}

std::optional<JuryDecision> JuryDecisionService::decision(
    qint64 sessionId, qint64 initiativeId) const
{
    Query q(m_db,
        QStringLiteral("SELECT %1 WHERE d.session_id = ? AND d.initiative_id = ?")
            .arg(decisionColumns));
    q.bindAll(sessionId, initiativeId).exec();
    if (!q.next())
        return std::nullopt;
    return readDecision(q);
}

QList<Recusal> JuryDecisionService::recusals(qint64 committeeId) const
{
    Query q(m_db,
        QStringLiteral("SELECT r.id, r.committee_id, r.member_id, p.full_name, r.initiative_id, "
                       "i.name, r.reason, r.recorded_at FROM recusal r JOIN committee_member m "
                       "ON m.id = r.member_id JOIN person p ON p.id = m.person_id JOIN "
                       "initiative i ON i.id = r.initiative_id WHERE r.committee_id = ? ORDER BY "
                       "i.name, p.full_name"));
    q.bindAll(committeeId).exec();
    QList<Recusal> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
            q.value(6).toString(), timeFromDb(q.value(7)) });
    return out;
}

bool JuryDecisionService::isRecused(qint64 memberId, qint64 initiativeId) const
{
    return Query(m_db,
               QStringLiteral("SELECT COUNT(*) FROM recusal WHERE member_id = ? AND "
                              "initiative_id = ?"))
               .bindAll(memberId, initiativeId)
               .scalar()
               .toInt()
        > 0;
}

QList<SessionAmendment> JuryDecisionService::amendments(qint64 committeeId) const
{
    Query q(m_db,
        QStringLiteral("SELECT a.id, a.committee_id, a.initiative_id, i.name, a.amended_at, "
                       "a.change, a.reason FROM session_amendment a LEFT JOIN initiative i ON "
                       "i.id = a.initiative_id WHERE a.committee_id = ? ORDER BY a.amended_at, "
                       "a.id"));
    q.bindAll(committeeId).exec();
    QList<SessionAmendment> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toString(), timeFromDb(q.value(4)), q.value(5).toString(),
            q.value(6).toString() });
    return out;
}

QList<Attendee> JuryDecisionService::attendees(qint64 committeeId) const
{
    Query q(m_db,
        QStringLiteral("SELECT m.id, p.full_name, m.role, m.track, a.name, m.attended FROM "
                       "committee_member m JOIN person p ON p.id = m.person_id LEFT JOIN "
                       "administration a ON a.id = m.administration_id WHERE m.committee_id = ? "
                       "ORDER BY CASE m.role WHEN 'chair' THEN 0 ELSE 1 END, m.track, "
                       "p.full_name, m.id"));
    q.bindAll(committeeId).exec();
    QList<Attendee> out;
    while (q.next()) {
        Attendee a;
        a.memberId = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.role = fromCode<CommitteeRole>(q.value(2).toString()).value_or(CommitteeRole::Member);
        a.track = fromCode<JuryTrack>(q.value(3).toString());
        a.administration = q.value(4).toString();
        a.attended = q.value(5).toInt() != 0;
        out.append(a);
    }
    return out;
}

QDateTime JuryDecisionService::signedOffAt(qint64 committeeId) const
{
    const QVariant v
        = Query(m_db, QStringLiteral("SELECT signed_off_at FROM committee WHERE id = ?"))
              .bindAll(committeeId)
              .scalar();
    return v.isNull() ? QDateTime() : timeFromDb(v);
}

QString JuryDecisionService::signedOffBy(qint64 committeeId) const
{
    return Query(m_db, QStringLiteral("SELECT signed_off_by FROM committee WHERE id = ?"))
        .bindAll(committeeId)
        .scalar()
        .toString();
}

qint64 JuryDecisionService::firstAccompanimentPhase(qint64 committeeId) const
{
    return Query(m_db,
        QStringLiteral("SELECT ph.id FROM phase ph JOIN committee c ON c.id = ? WHERE "
                       "ph.programme_id = c.programme_id AND ph.promotion_id = c.promotion_id "
                       "AND ph.kind = 'accompaniment' ORDER BY ph.position, "
                       "COALESCE(ph.actual_start, ph.planned_start), ph.id LIMIT 1"))
        .bindAll(committeeId)
        .scalar()
        .toLongLong();
}

// ---------------------------------------------------------------------------------------------
// The lock

QString JuryDecisionService::lockProblem(qint64 committeeId) const
{
    Query q(m_db,
        QStringLiteral("SELECT name, signed_off_at, signed_off_by FROM committee WHERE id = ?"));
    q.bindAll(committeeId).exec();
    if (!q.next() || q.value(1).isNull())
        return {};
    const QDateTime at = timeFromDb(q.value(1)).toLocalTime();
    return Tr::tr("“%1” was signed off on %2 by %3: it can no longer be changed, except by "
                  "recording an amendment.")
        .arg(q.value(0).toString(), QLocale().toString(at, QLocale::ShortFormat),
            q.value(2).toString());
}

QString JuryDecisionService::rowLockProblem(
    const QString &table, qint64 id, const QVariantMap &values) const
{
    qint64 committee = 0;
    const QString committeeColumn = QStringLiteral("committee_id");
    if (table == QLatin1String("committee")) {
        committee = id;
    } else if (table == QLatin1String("committee_member") || table == QLatin1String("agenda_item")
        || table == QLatin1String("decision") || table == QLatin1String("recusal")) {
        committee = id == 0 ? values.value(committeeColumn).toLongLong()
                            : Query(m_db,
                                QStringLiteral("SELECT committee_id FROM %1 WHERE id = ?")
                                    .arg(table)) // one of the names above
                                  .bindAll(id)
                                  .scalar()
                                  .toLongLong();
    } else if (table == QLatin1String("decision_sponsor")) {
        committee = Query(m_db,
            QStringLiteral("SELECT committee_id FROM decision WHERE id = COALESCE((SELECT "
                           "decision_id FROM decision_sponsor WHERE id = ?), ?)"))
                        .bindAll(id, values.value(QStringLiteral("decision_id")).toLongLong())
                        .scalar()
                        .toLongLong();
    } else if (table == QLatin1String("jury_decision")) {
        committee = Query(m_db,
            QStringLiteral("SELECT s.committee_id FROM jury_session s WHERE s.id = "
                           "COALESCE((SELECT session_id FROM jury_decision WHERE id = ?), ?)"))
                        .bindAll(id, values.value(QStringLiteral("session_id")).toLongLong())
                        .scalar()
                        .toLongLong();
    }
    return committee == 0 ? QString() : lockProblem(committee);
}

// ---------------------------------------------------------------------------------------------
// Decisions

QString JuryDecisionService::departure(
    qint64 sessionId, qint64 initiativeId, JuryOutcome outcome) const
{
    const jury::Ranking ranking = sessionRanking(m_db, sessionId);
    const auto rankOf = [&ranking](qint64 id) {
        const jury::RankedApplication *r = rowOf(ranking, id);
        return r ? r->rank : 0;
    };
    const int own = rankOf(initiativeId);
    const QString name = nameOf(m_db, initiativeId);
    const int places = JuryService(m_db).session(sessionId).places;
    if (outcome == JuryOutcome::Selected && own == 0)
        return Tr::tr("“%1” has no score in the ranking.").arg(name);
    int selected = outcome == JuryOutcome::Selected ? 1 : 0;
    const QList<JuryDecision> taken = decisions(sessionId);
    for (const JuryDecision &d : taken) {
        if (d.initiativeId != initiativeId && d.outcome == JuryOutcome::Selected)
            ++selected;
    }
    if (places > 0 && outcome == JuryOutcome::Selected && selected > places)
        return Tr::tr("%1 applications would be selected for %2 places.")
            .arg(QLocale().toString(selected), QLocale().toString(places));
    if (places > 0 && outcome == JuryOutcome::Selected && own > places)
        return Tr::tr("“%1” is ranked %2, outside the %3 places.")
            .arg(name, rankText(own), QLocale().toString(places));
    if (places > 0 && outcome != JuryOutcome::Selected && own > 0 && own <= places)
        return Tr::tr("“%1” is ranked %2, within the %3 places, and would not be selected.")
            .arg(name, rankText(own), QLocale().toString(places));
    for (const JuryDecision &d : taken) {
        if (d.initiativeId == initiativeId)
            continue;
        const int other = rankOf(d.initiativeId);
        if (better(own, other) && weight(outcome) < weight(d.outcome))
            return Tr::tr("“%1” (rank %2) would be “%3” while “%4” (rank %5), ranked lower, is "
                          "“%6”.")
                .arg(name, rankText(own), label(outcome), d.application, rankText(other),
                    label(d.outcome));
        if (better(other, own) && weight(outcome) > weight(d.outcome))
            return Tr::tr("“%1” (rank %2) would be “%3” while “%4” (rank %5), ranked higher, is "
                          "“%6”.")
                .arg(name, rankText(own), label(outcome), d.application, rankText(other),
                    label(d.outcome));
    }
    return {};
}

QString JuryDecisionService::decisionProblem(qint64 sessionId, qint64 initiativeId,
    JuryOutcome outcome, const QString &reason, const QString &overrideReason) const
{
    const qint64 committee = sessionCommittee(sessionId);
    if (committee == 0)
        return Tr::tr("This jury session no longer exists.");
    if (const QString locked = lockProblem(committee); !locked.isEmpty())
        return locked;
    const QList<JuryApplication> apps = JuryService(m_db).applications(sessionId);
    const bool known = std::any_of(apps.begin(), apps.end(),
        [initiativeId](const JuryApplication &a) { return a.initiativeId == initiativeId; });
    if (!known)
        return Tr::tr("This initiative is not an admissible application before this jury.");
    if (reason.trimmed().isEmpty())
        return Tr::tr("Give the reason for the decision.");
    const QString departs = departure(sessionId, initiativeId, outcome);
    if (!departs.isEmpty() && overrideReason.trimmed().isEmpty())
        return Tr::tr("This decision departs from the ranking: %1 Give the reason for the "
                      "override.")
            .arg(departs);
    return {};
}

qint64 JuryDecisionService::recordDecision(qint64 sessionId, qint64 initiativeId,
    JuryOutcome outcome, const QString &reason, const QString &overrideReason)
{
    WriteTransaction tx(m_db);
    // Checked inside the write transaction: no other writer can slip in between.
    if (const QString p = decisionProblem(sessionId, initiativeId, outcome, reason, overrideReason);
        !p.isEmpty())
        throw Error(p);
    const jury::Ranking ranking = sessionRanking(m_db, sessionId);
    const jury::RankedApplication *row = rowOf(ranking, initiativeId);
    const bool departs = !departure(sessionId, initiativeId, outcome).isEmpty();
    const std::optional<JuryDecision> before = decision(sessionId, initiativeId);
    const bool existed = before.has_value();
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO jury_decision (session_id, initiative_id, outcome, reason, "
                       "decided_at, rank, score, override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?) ON CONFLICT (session_id, initiative_id) DO UPDATE SET outcome = "
                       "excluded.outcome, reason = excluded.reason, decided_at = "
                       "excluded.decided_at, rank = excluded.rank, score = excluded.score, "
                       "override_reason = excluded.override_reason RETURNING id"))
                          .bindAll(sessionId, initiativeId, toCode(outcome), reason.trimmed(),
                              nowUtc(), row && row->rank > 0 ? QVariant(row->rank) : QVariant(),
                              row && row->score ? QVariant(*row->score) : QVariant(),
                              departs ? nullableText(overrideReason.trimmed()) : QVariant())
                          .execReturningId();
    tx.record(QStringLiteral("jury_decision"), id, existed ? Change::Updated : Change::Inserted,
        toCode(outcome),
        { { QStringLiteral("outcome"), existed ? QVariant(toCode(before->outcome)) : QVariant(),
              toCode(outcome) },
            { QStringLiteral("reason"), existed ? QVariant(before->reason) : QVariant(),
                reason.trimmed() } });
    tx.commit();
    return id;
}

void JuryDecisionService::restoreDecision(
    qint64 sessionId, qint64 initiativeId, const std::optional<JuryDecision> &previous)
{
    WriteTransaction tx(m_db);
    Query(m_db,
        QStringLiteral("DELETE FROM jury_decision WHERE session_id = ? AND initiative_id = ?"))
        .bindAll(sessionId, initiativeId)
        .exec();
    if (previous) {
        const JuryDecision &d = *previous;
        Query(m_db,
            QStringLiteral("INSERT INTO jury_decision (id, session_id, initiative_id, outcome, "
                           "reason, decided_at, rank, score, override_reason) VALUES (?, ?, ?, "
                           "?, ?, ?, ?, ?, ?)"))
            .bindAll(d.id, sessionId, initiativeId, toCode(d.outcome), nullableText(d.reason),
                d.decidedAt.toUTC().toString(Qt::ISODate),
                d.rank > 0 ? QVariant(d.rank) : QVariant(),
                d.score ? QVariant(*d.score) : QVariant(), nullableText(d.overrideReason))
            .exec();
    }
    tx.touch(QStringLiteral("jury_decision"), previous ? previous->id : 0,
        previous ? Change::Updated : Change::Deleted);
    tx.commit();
}

// ---------------------------------------------------------------------------------------------
// Recusals

qint64 JuryDecisionService::recordRecusal(
    qint64 committeeId, qint64 memberId, qint64 initiativeId, const QString &reason)
{
    WriteTransaction tx(m_db);
    if (const QString locked = lockProblem(committeeId); !locked.isEmpty())
        throw Error(locked);
    const QString member = Query(m_db,
        QStringLiteral("SELECT p.full_name FROM committee_member m JOIN person p ON p.id = "
                       "m.person_id WHERE m.id = ? AND m.committee_id = ?"))
                               .bindAll(memberId, committeeId)
                               .scalar()
                               .toString();
    if (member.isEmpty())
        throw Error(Tr::tr("This person is not a member of the session."));
    // An item of the session: on the committee's agenda, or an application before the jury.
    const bool item
        = Query(m_db,
              QStringLiteral("SELECT COUNT(*) FROM agenda_item WHERE committee_id = ? AND "
                             "initiative_id = ?"))
                .bindAll(committeeId, initiativeId)
                .scalar()
                .toInt()
            > 0
        || Query(m_db,
               QStringLiteral("SELECT COUNT(*) FROM jury_session s JOIN committee c ON c.id = "
                              "s.committee_id JOIN initiative i ON i.promotion_id = "
                              "c.promotion_id WHERE c.id = ? AND i.id = ? AND "
                              "i.admissibility = 'admissible'"))
                .bindAll(committeeId, initiativeId)
                .scalar()
                .toInt()
            > 0;
    if (!item)
        throw Error(Tr::tr("This initiative is not an item of the session."));
    if (isRecused(memberId, initiativeId))
        throw Error(Tr::tr("%1 has already left the room for “%2”.")
                        .arg(member, nameOf(m_db, initiativeId)));
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO recusal (committee_id, member_id, initiative_id, reason, "
                       "recorded_at) VALUES (?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(committeeId, memberId, initiativeId,
                              nullableText(reason.trimmed()), nowUtc())
                          .execReturningId();
    tx.record(QStringLiteral("recusal"), id, Change::Inserted, member);
    tx.commit();
    return id;
}

void JuryDecisionService::removeRecusal(qint64 recusalId)
{
    WriteTransaction tx(m_db);
    Query(m_db, QStringLiteral("DELETE FROM recusal WHERE id = ?")).bindAll(recusalId).exec();
    tx.touch(QStringLiteral("recusal"), recusalId, Change::Deleted);
    tx.commit();
}

void JuryDecisionService::restoreRecusal(const Recusal &r)
{
    WriteTransaction tx(m_db);
    Query(m_db,
        QStringLiteral("INSERT INTO recusal (id, committee_id, member_id, initiative_id, reason, "
                       "recorded_at) VALUES (?, ?, ?, ?, ?, ?)"))
        .bindAll(r.id, r.committeeId, r.memberId, r.initiativeId, nullableText(r.reason),
            r.recordedAt.toUTC().toString(Qt::ISODate))
        .exec();
    tx.touch(QStringLiteral("recusal"), r.id, Change::Inserted);
    tx.commit();
}

// ---------------------------------------------------------------------------------------------
// Sign-off and amendments

QString JuryDecisionService::signOffProblem(qint64 committeeId, const QString &by) const
{
    const bool exists = Query(m_db, QStringLiteral("SELECT COUNT(*) FROM committee WHERE id = ?"))
                            .bindAll(committeeId)
                            .scalar()
                            .toInt()
        > 0;
    if (!exists)
        return Tr::tr("This committee no longer exists.");
    if (signedOffAt(committeeId).isValid())
        return Tr::tr("This session is already signed off.");
    if (by.trimmed().isEmpty())
        return Tr::tr("Give the name of the person who signs the session off.");
    const qint64 session
        = Query(m_db, QStringLiteral("SELECT id FROM jury_session WHERE committee_id = ?"))
              .bindAll(committeeId)
              .scalar()
              .toLongLong();
    if (session == 0)
        return {};
    int undecided = 0;
    bool anySelected = false;
    const QList<JuryDecision> taken = decisions(session);
    for (const JuryApplication &a : JuryService(m_db).applications(session)) {
        const auto d = std::find_if(taken.begin(), taken.end(),
            [&a](const JuryDecision &x) { return x.initiativeId == a.initiativeId; });
        if (d == taken.end())
            ++undecided;
        else if (d->outcome == JuryOutcome::Selected)
            anySelected = true;
    }
    if (undecided > 0)
        return Tr::tr("%n application(s) have no decision yet: decide about every application "
                      "before signing off.",
            nullptr, undecided);
    if (anySelected && firstAccompanimentPhase(committeeId) == 0)
        return Tr::tr("The promotion has no accompaniment phase for its laureates to enter: add "
                      "one to its calendar before signing off.");
    return {};
}

SignOffOutcome JuryDecisionService::signOff(qint64 committeeId, const QString &by)
{
    WriteTransaction tx(m_db);
    if (const QString p = signOffProblem(committeeId, by); !p.isEmpty())
        throw Error(p);
    SignOffOutcome out;
    out.committeeId = committeeId;
    Query(m_db,
        QStringLiteral("UPDATE committee SET signed_off_at = ?, signed_off_by = ? WHERE id = ?"))
        .bindAll(nowUtc(), by.trimmed(), committeeId)
        .exec();
    tx.record(QStringLiteral("committee"), committeeId, Change::Updated,
        QStringLiteral("signed_off_at, signed_off_by"));
    const qint64 session
        = Query(m_db, QStringLiteral("SELECT id FROM jury_session WHERE committee_id = ?"))
              .bindAll(committeeId)
              .scalar()
              .toLongLong();
    if (session == 0) {
        tx.commit();
        return out;
    }
    out.phaseId = firstAccompanimentPhase(committeeId);
    for (const JuryDecision &d : decisions(session)) {
        if (d.outcome != JuryOutcome::Selected)
            continue;
        const QString lifecycle
            = Query(m_db, QStringLiteral("SELECT lifecycle FROM initiative WHERE id = ?"))
                  .bindAll(d.initiativeId)
                  .scalar()
                  .toString();
        if (lifecycle != toCode(Lifecycle::Laureate)) {
            out.previousLifecycle.insert(d.initiativeId, lifecycle);
            Query(m_db,
                QStringLiteral("UPDATE initiative SET lifecycle = ?, updated_at = ? WHERE id = ?"))
                .bindAll(toCode(Lifecycle::Laureate), nowUtc(), d.initiativeId)
                .exec();
            tx.record(QStringLiteral("initiative"), d.initiativeId, Change::Updated,
                QStringLiteral("lifecycle"));
        }
        const bool taking
            = Query(m_db,
                  QStringLiteral("SELECT COUNT(*) FROM participation WHERE initiative_id = ? AND "
                                 "phase_id = ?"))
                  .bindAll(d.initiativeId, out.phaseId)
                  .scalar()
                  .toInt()
            > 0;
        if (!taking) {
            const qint64 p = Query(m_db,
                QStringLiteral("INSERT INTO participation (initiative_id, phase_id, "
                               "planned_start, planned_end) SELECT ?, id, planned_start, "
                               "planned_end FROM phase WHERE id = ? RETURNING id"))
                                 .bindAll(d.initiativeId, out.phaseId)
                                 .execReturningId();
            tx.record(QStringLiteral("participation"), p, Change::Inserted, QString());
            out.participationIds.append(p);
        }
    }
    tx.commit();
    return out;
}

void JuryDecisionService::reopen(const SignOffOutcome &outcome)
{
    writeSignOff(m_db, outcome, QVariant(), QVariant(), false);
}

void JuryDecisionService::relock(
    const SignOffOutcome &outcome, const QDateTime &at, const QString &by)
{
    writeSignOff(m_db, outcome, at.toUTC().toString(Qt::ISODate), by, true);
}

QString JuryDecisionService::laureateProblem(
    qint64 sessionId, qint64 initiativeId, JuryOutcome outcome) const
{
    const std::optional<JuryDecision> previous = decision(sessionId, initiativeId);
    if (!previous)
        return {};
    const bool wasSelected = previous->outcome == JuryOutcome::Selected;
    const bool selected = outcome == JuryOutcome::Selected;
    const qint64 committee = sessionCommittee(sessionId);
    if (selected && !wasSelected) {
        if (firstAccompanimentPhase(committee) == 0)
            return Tr::tr("The promotion has no accompaniment phase for “%1” to enter as a "
                          "laureate: add one to its calendar first.")
                .arg(previous->application);
        return {};
    }
    if (!wasSelected || selected)
        return {};
    // What already hangs on the laureate: then the selection is no longer the jury's alone.
    const auto count = [this, initiativeId](const char *sql, qint64 other = 0) {
        Query q(m_db, QLatin1String(sql));
        if (other != 0)
            q.bindAll(initiativeId, other);
        else
            q.bindAll(initiativeId);
        return q.scalar().toInt();
    };
    QStringList what;
    if (const int n = count("SELECT COUNT(*) FROM grant_award WHERE initiative_id = ?"); n > 0)
        what << Tr::tr("%n grant(s)", nullptr, n);
    if (const int n = count("SELECT COUNT(*) FROM decision WHERE initiative_id = ?"); n > 0)
        what << Tr::tr("%n committee decision(s)", nullptr, n);
    const qint64 phase = firstAccompanimentPhase(committee);
    if (const int n = count("SELECT COUNT(*) FROM participation WHERE initiative_id = ? AND "
                            "(phase_id <> ? OR actual_start IS NOT NULL OR actual_end IS NOT "
                            "NULL OR status <> 'not_started' OR COALESCE(assessment, '') <> '')",
            phase);
        n > 0)
        what << Tr::tr("an accompaniment under way");
    if (what.isEmpty())
        return {};
    return Tr::tr("“%1” can no longer stop being a laureate: it already has %2. Cancel or move "
                  "them first, or keep the decision.")
        .arg(previous->application, what.join(QStringLiteral(", ")));
}

AmendmentOutcome JuryDecisionService::amendDecision(qint64 sessionId, qint64 initiativeId,
    JuryOutcome outcome, const QString &reason, const QString &why)
{
    WriteTransaction tx(m_db);
    const qint64 committee = sessionCommittee(sessionId);
    if (committee == 0)
        throw Error(Tr::tr("This jury session no longer exists."));
    if (!signedOffAt(committee).isValid())
        throw Error(Tr::tr("The session is not signed off yet: change the decision itself."));
    const std::optional<JuryDecision> previous = decision(sessionId, initiativeId);
    if (!previous)
        throw Error(
            Tr::tr("There is no decision about “%1” to amend.").arg(nameOf(m_db, initiativeId)));
    if (why.trimmed().isEmpty())
        throw Error(Tr::tr("Say why the decision is amended."));
    if (reason.trimmed().isEmpty())
        throw Error(Tr::tr("Give the reason for the decision."));
    // Kept as codes and texts, so that the minutes say it in their own language.
    QJsonObject change { { QStringLiteral("application"), previous->application } };
    if (previous->outcome != outcome)
        change.insert(
            QStringLiteral("outcome"), QJsonArray { toCode(previous->outcome), toCode(outcome) });
    if (previous->reason != reason.trimmed())
        change.insert(QStringLiteral("reason"), QJsonArray { previous->reason, reason.trimmed() });
    if (change.size() == 1)
        throw Error(Tr::tr("The amendment changes nothing."));
    if (const QString p = laureateProblem(sessionId, initiativeId, outcome); !p.isEmpty())
        throw Error(p);
    AmendmentOutcome out;
    out.before = previous;
    const bool departs = !departure(sessionId, initiativeId, outcome).isEmpty();
    Query(m_db,
        QStringLiteral("UPDATE jury_decision SET outcome = ?, reason = ?, override_reason = ? "
                       "WHERE id = ?"))
        .bindAll(toCode(outcome), reason.trimmed(), departs ? QVariant(why.trimmed()) : QVariant(),
            previous->id)
        .exec();
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO session_amendment (committee_id, initiative_id, amended_at, "
                       "change, reason) VALUES (?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(committee, initiativeId, nowUtc(),
                              QString::fromUtf8(
                                  QJsonDocument(change).toJson(QJsonDocument::Compact)),
                              why.trimmed())
                          .execReturningId();
    tx.record(QStringLiteral("jury_decision"), previous->id, Change::Updated, toCode(outcome),
        { { QStringLiteral("outcome"), toCode(previous->outcome), toCode(outcome) },
            { QStringLiteral("reason"), previous->reason, reason.trimmed() } });
    tx.touch(QStringLiteral("session_amendment"), id, Change::Inserted);

    // The laureate status follows, as sign-off would have set it.
    out.lifecycleBefore
        = Query(m_db, QStringLiteral("SELECT lifecycle FROM initiative WHERE id = ?"))
              .bindAll(initiativeId)
              .scalar()
              .toString();
    out.lifecycleAfter = out.lifecycleBefore;
    const qint64 phase = firstAccompanimentPhase(committee);
    const bool wasSelected = previous->outcome == JuryOutcome::Selected;
    const bool selected = outcome == JuryOutcome::Selected;
    const qint64 taking = phase == 0 ? 0
                                     : Query(m_db,
                                         QStringLiteral("SELECT id FROM participation WHERE "
                                                        "initiative_id = ? AND phase_id = ?"))
                                           .bindAll(initiativeId, phase)
                                           .scalar()
                                           .toLongLong();
    if (selected && !wasSelected) {
        out.lifecycleAfter = toCode(Lifecycle::Laureate);
        if (taking == 0) {
            out.participationAdded = Query(m_db,
                QStringLiteral("INSERT INTO participation (initiative_id, phase_id, "
                               "planned_start, planned_end) SELECT ?, id, planned_start, "
                               "planned_end FROM phase WHERE id = ? RETURNING id"))
                                         .bindAll(initiativeId, phase)
                                         .execReturningId();
            tx.record(QStringLiteral("participation"), out.participationAdded, Change::Inserted,
                QString());
        }
    } else if (wasSelected && !selected) {
        if (out.lifecycleBefore == toCode(Lifecycle::Laureate))
            out.lifecycleAfter = toCode(Lifecycle::Applicant);
        if (taking != 0)
            out.participationRemoved
                = RecordService(m_db).remove(QStringLiteral("participation"), taking);
    }
    if (out.lifecycleAfter != out.lifecycleBefore)
        writeLifecycle(m_db, tx, initiativeId, out.lifecycleAfter);
    tx.commit();
    out.after = decision(sessionId, initiativeId);
    for (const SessionAmendment &a : amendments(committee)) {
        if (a.id == id)
            out.amendment = a;
    }
    return out;
}

std::optional<RemovedRecord> JuryDecisionService::undoAmendment(const AmendmentOutcome &o)
{
    WriteTransaction tx(m_db);
    std::optional<RemovedRecord> added;
    if (o.participationAdded != 0)
        added = RecordService(m_db).remove(QStringLiteral("participation"), o.participationAdded);
    if (o.participationRemoved)
        RecordService(m_db).restore(*o.participationRemoved);
    if (o.lifecycleAfter != o.lifecycleBefore)
        writeLifecycle(m_db, tx, o.before->initiativeId, o.lifecycleBefore);
    restoreDecision(o.before->sessionId, o.before->initiativeId, o.before);
    removeAmendment(o.amendment.id);
    tx.commit();
    return added;
}

void JuryDecisionService::redoAmendment(
    const AmendmentOutcome &o, const std::optional<RemovedRecord> &added)
{
    WriteTransaction tx(m_db);
    restoreDecision(o.before->sessionId, o.before->initiativeId, o.after);
    restoreAmendment(o.amendment);
    if (added)
        RecordService(m_db).restore(*added);
    if (o.participationRemoved)
        RecordService(m_db).remove(QStringLiteral("participation"), o.participationRemoved->id);
    if (o.lifecycleAfter != o.lifecycleBefore)
        writeLifecycle(m_db, tx, o.before->initiativeId, o.lifecycleAfter);
    tx.commit();
}

QString JuryDecisionService::describeChange(const QString &change)
{
    const QJsonObject o = QJsonDocument::fromJson(change.toUtf8()).object();
    if (o.isEmpty())
        return change; // written as a sentence
    QStringList parts;
    const QJsonArray outcome = o.value(QStringLiteral("outcome")).toArray();
    if (outcome.size() == 2) {
        const auto name = [](const QJsonValue &v) {
            return label(fromCode<JuryOutcome>(v.toString()).value_or(JuryOutcome::NotSelected));
        };
        parts << Tr::tr("%1 → %2").arg(name(outcome.at(0)), name(outcome.at(1)));
    }
    const QJsonArray reason = o.value(QStringLiteral("reason")).toArray();
    if (reason.size() == 2)
        parts << Tr::tr("reason “%1” → “%2”").arg(reason.at(0).toString(), reason.at(1).toString());
    return Tr::tr("Decision about “%1”: %2")
        .arg(o.value(QStringLiteral("application")).toString(), parts.join(QStringLiteral("; ")));
}

void JuryDecisionService::removeAmendment(qint64 amendmentId)
{
    WriteTransaction tx(m_db);
    Query(m_db, QStringLiteral("DELETE FROM session_amendment WHERE id = ?"))
        .bindAll(amendmentId)
        .exec();
    tx.touch(QStringLiteral("session_amendment"), amendmentId, Change::Deleted);
    tx.commit();
}

void JuryDecisionService::restoreAmendment(const SessionAmendment &a)
{
    WriteTransaction tx(m_db);
    Query(m_db,
        QStringLiteral("INSERT INTO session_amendment (id, committee_id, initiative_id, "
                       "amended_at, change, reason) VALUES (?, ?, ?, ?, ?, ?)"))
        .bindAll(a.id, a.committeeId, nullableId(a.initiativeId),
            a.amendedAt.toUTC().toString(Qt::ISODate), a.change, a.reason)
        .exec();
    tx.touch(QStringLiteral("session_amendment"), a.id, Change::Inserted);
    tx.commit();
}

} // namespace tremplin
