// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "juryservice.h"

#include <QHash>
#include <QSet>

namespace tremplin {

/// What a scoring grid shows, read at once: a session's criteria, jurors and applications, and
/// the assignments, conflicts of interest, scores and comments of one juror or of one
/// application (or of the whole session). The grid reads it again after each write that
/// concerns it instead of asking the database cell by cell.
struct JuryScoreSheet
{
    /// A juror and an application.
    struct Pair
    {
        qint64 memberId = 0;
        qint64 initiativeId = 0;
        friend bool operator==(const Pair &l, const Pair &r)
        {
            return l.memberId == r.memberId && l.initiativeId == r.initiativeId;
        }
        friend size_t qHash(const Pair &p, size_t seed = 0)
        {
            return qHashMulti(seed, p.memberId, p.initiativeId);
        }
    };

    JurySession session;
    QList<JuryCriterion> criteria;
    QList<Juror> jurors;
    QList<JuryApplication> applications;
    QSet<Pair> assigned;
    QHash<Pair, QString> conflicts; ///< the declared reason (may be empty)
    QHash<Pair, QHash<qint64, double>> scores; ///< per criterion id
    QHash<Pair, QString> comments;

    /// Reads the session; only the pairs of @p memberId and/or @p initiativeId when not 0.
    static JuryScoreSheet read(
        Database &db, qint64 sessionId, qint64 memberId = 0, qint64 initiativeId = 0);

    bool isAssigned(qint64 memberId, qint64 initiativeId) const
    {
        return assigned.contains({ memberId, initiativeId });
    }
    bool hasConflict(qint64 memberId, qint64 initiativeId) const
    {
        return conflicts.contains({ memberId, initiativeId });
    }
    std::optional<double> score(qint64 memberId, qint64 initiativeId, qint64 criterionId) const;
    /// Criteria this juror scored for this application.
    int scoredCount(qint64 memberId, qint64 initiativeId) const;
    /// The weighted mean of the juror's scores when every criterion is scored.
    std::optional<double> total(qint64 memberId, qint64 initiativeId) const;
};

/// A juror's total for an application: the weighted mean of @p scores (per criterion id) when
/// every criterion has one, else nothing.
std::optional<double> juryTotal(
    const QList<JuryCriterion> &criteria, const QHash<qint64, double> &scores);

/// An assigned application a juror has not scored completely, with the criteria missing.
struct MissingCriteria
{
    Juror juror;
    JuryApplication application;
    QStringList criteria; ///< names, in the session's order
};

/// Every assigned application not scored completely, by juror then application.
QList<MissingCriteria> juryMissingCriteria(Database &db, qint64 sessionId);

} // namespace tremplin
