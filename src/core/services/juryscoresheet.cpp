// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryscoresheet.h"

#include "../database/database.h"
#include "../database/query.h"

#include <algorithm>

namespace tremplin {

namespace {

/// Runs @p select with the session's filter, and the juror's and/or the application's when not
/// 0 (written out, not "? = 0 OR ...", so that SQLite uses the tables' indexes), and calls
/// @p row for each result.
template<typename Row>
void readPairs(Database &db, const QString &select, qint64 sessionId, qint64 memberId,
    qint64 initiativeId, Row row)
{
    // With a juror, "+session_id" keeps SQLite on the (member_id, ...) index: the session's
    // index would read every score of the session (700 000 at 2 000 applications × 60 jurors).
    QString sql = select
        + (memberId != 0 ? QStringLiteral(" WHERE +session_id = ?")
                         : QStringLiteral(" WHERE session_id = ?"));
    if (memberId != 0)
        sql += QStringLiteral(" AND member_id = ?");
    if (initiativeId != 0)
        sql += QStringLiteral(" AND initiative_id = ?");
    Query q(db, sql);
    q.bind(sessionId);
    if (memberId != 0)
        q.bind(memberId);
    if (initiativeId != 0)
        q.bind(initiativeId);
    q.exec();
    while (q.next())
        row(q, JuryScoreSheet::Pair { q.value(0).toLongLong(), q.value(1).toLongLong() });
}

} // namespace

JuryScoreSheet JuryScoreSheet::read(
    Database &db, qint64 sessionId, qint64 memberId, qint64 initiativeId)
{
    JuryScoreSheet s;
    JuryService jury(db);
    s.session = jury.session(sessionId);
    s.criteria = jury.criteria(sessionId);
    s.jurors = jury.jurors(sessionId);
    s.applications = jury.applications(sessionId);
    readPairs(db, QStringLiteral("SELECT member_id, initiative_id FROM jury_assignment"), sessionId,
        memberId, initiativeId, [&s](Query &, const Pair &p) { s.assigned.insert(p); });
    readPairs(db, QStringLiteral("SELECT member_id, initiative_id, reason FROM jury_conflict"),
        sessionId, memberId, initiativeId,
        [&s](Query &q, const Pair &p) { s.conflicts.insert(p, q.value(2).toString()); });
    readPairs(db,
        QStringLiteral("SELECT member_id, initiative_id, criterion_id, score FROM jury_score"),
        sessionId, memberId, initiativeId, [&s](Query &q, const Pair &p) {
            s.scores[p].insert(q.value(2).toLongLong(), q.value(3).toDouble());
        });
    readPairs(db, QStringLiteral("SELECT member_id, initiative_id, body FROM jury_comment"),
        sessionId, memberId, initiativeId,
        [&s](Query &q, const Pair &p) { s.comments.insert(p, q.value(2).toString()); });
    return s;
}

std::optional<double> JuryScoreSheet::score(
    qint64 memberId, qint64 initiativeId, qint64 criterionId) const
{
    const auto it = scores.constFind({ memberId, initiativeId });
    if (it == scores.cend())
        return std::nullopt;
    const auto s = it->constFind(criterionId);
    if (s == it->cend())
        return std::nullopt;
    return *s;
}

int JuryScoreSheet::scoredCount(qint64 memberId, qint64 initiativeId) const
{
    const QHash<qint64, double> own = scores.value({ memberId, initiativeId });
    return int(std::count_if(criteria.cbegin(), criteria.cend(),
        [&own](const JuryCriterion &c) { return own.contains(c.id); }));
}

std::optional<double> JuryScoreSheet::total(qint64 memberId, qint64 initiativeId) const
{
    return juryTotal(criteria, scores.value({ memberId, initiativeId }));
}

std::optional<double> juryTotal(
    const QList<JuryCriterion> &criteria, const QHash<qint64, double> &scores)
{
    double sum = 0;
    double weights = 0;
    for (const JuryCriterion &c : criteria) {
        const auto it = scores.constFind(c.id);
        if (it == scores.cend())
            return std::nullopt;
        sum += c.weight * *it;
        weights += c.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return sum / weights;
}

QList<MissingCriteria> juryMissingCriteria(Database &db, qint64 sessionId)
{
    JuryService jury(db);
    QHash<qint64, Juror> jurorById;
    for (const Juror &j : jury.jurors(sessionId))
        jurorById.insert(j.memberId, j);
    // Each assigned pair crossed with the criteria, kept where no score exists.
    Query q(db,
        QStringLiteral("SELECT a.member_id, i.id, i.name, i.ds_number, c.name FROM "
                       "jury_assignment a JOIN initiative i ON i.id = a.initiative_id "
                       "JOIN jury_criterion c ON c.session_id = a.session_id "
                       "LEFT JOIN jury_score s ON s.member_id = a.member_id AND "
                       "s.initiative_id = a.initiative_id AND s.criterion_id = c.id "
                       "WHERE a.session_id = ? AND s.id IS NULL "
                       "ORDER BY a.member_id, i.id, c.position, c.id"));
    q.bindAll(sessionId).exec();
    QList<MissingCriteria> out;
    while (q.next()) {
        const qint64 member = q.value(0).toLongLong();
        const qint64 initiative = q.value(1).toLongLong();
        if (out.isEmpty() || out.constLast().juror.memberId != member
            || out.constLast().application.initiativeId != initiative) {
            out.append({ jurorById.value(member),
                { initiative, q.value(2).toString(), q.value(3).toLongLong() }, {} });
        }
        out.last().criteria.append(q.value(4).toString());
    }
    std::stable_sort(
        out.begin(), out.end(), [](const MissingCriteria &l, const MissingCriteria &r) {
            return std::make_pair(l.juror.name, l.application.name)
                < std::make_pair(r.juror.name, r.application.name);
        });
    return out;
}

} // namespace tremplin
