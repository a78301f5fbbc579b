// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace tremplin {

class Database;

/// An application of a session's promotion as the Jury workspace lists it, whatever its
/// admissibility: who carries it, whether it goes to the jury, and to which jurors.
struct JuryApplicationRow
{
    qint64 initiativeId = 0;
    QString name;
    qint64 dsNumber = 0;
    QString carrier;
    Admissibility admissibility = Admissibility::Unchecked;
    QString reason; ///< the programme's reason for non-admissibility
    QString note; ///< the free text beside it
    QStringList jurors; ///< assigned jurors, by name
    QStringList conflicts; ///< jurors with a conflict of interest, by name
};

/// A declared conflict of interest of a session.
struct JuryConflictRow
{
    qint64 memberId = 0;
    qint64 initiativeId = 0;
    QString juror;
    QString application;
    QString reason;
    QString declaredOn; ///< ISO date
};

/// A track of a session with its stored row.
struct JuryTrackRow
{
    qint64 id = 0;
    JuryTrack code = JuryTrack::Expert;
    double weight = 1;
};

/// What the Jury workspace's set-up and applications tabs read and write beyond JuryService:
/// every application of the promotion with its admissibility, the conflicts and assignments
/// as lists, assignments written in bulk (one transaction), and the rules an edit of a jury
/// field must keep (RecordService asks fieldProblem()).
class JurySetupService
{
public:
    explicit JurySetupService(Database &db)
        : m_db(db)
    { }

    /// The initiatives of the session's promotion (archived ones left out), by name.
    QList<JuryApplicationRow> applications(qint64 sessionId) const;
    QList<JuryConflictRow> conflicts(qint64 sessionId) const;
    /// The (member, initiative) pairs assigned in the session.
    QSet<QPair<qint64, qint64>> assignments(qint64 sessionId) const;
    /// Assigns or unassigns the pairs in one transaction; a conflicted pair is refused (nothing
    /// written). Assigned rows take the ids of @p ids when given (one per pair: undo puts back
    /// the rows it removed as they were).
    void setAssignments(qint64 sessionId, const QList<QPair<qint64, qint64>> &pairs, bool assigned,
        const QList<qint64> &ids = {});
    /// The ids of the assignment rows of these pairs (0 for a pair not assigned).
    QList<qint64> assignmentIds(const QList<QPair<qint64, qint64>> &pairs) const;
    QList<JuryTrackRow> tracks(qint64 sessionId) const;
    /// The person a template's juror of that name becomes (JuryService::applyTemplate's rule:
    /// any case, the oldest first), or 0.
    qint64 personNamed(const QString &name) const;
    /// How many scores a criterion has.
    int scoresOfCriterion(qint64 criterionId) const;

    /// The problem with writing @p value into a jury field, beyond its kind (scale highest above
    /// lowest, step and weights above zero, a criterion's name once per session); empty when
    /// none. @p pending holds other columns of the record written with it.
    QString fieldProblem(const QString &table, const QString &column, qint64 id,
        const QVariant &value, const QVariantMap *pending = nullptr) const;

private:
    Database &m_db;
};

} // namespace tremplin
