// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"
#include "records.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace tremplin {

class Database;

/// A selection jury's decision about one application, with the ranking as it stood.
struct JuryDecision
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 initiativeId = 0;
    QString application; ///< read only
    JuryOutcome outcome = JuryOutcome::Selected;
    QString reason;
    QDateTime decidedAt;
    int rank = 0; ///< 0: no rank (no complete score)
    std::optional<double> score;
    /// Why the decision departs from the ranking; empty when it does not.
    QString overrideReason;
};

/// A member who left the room for one item (a jury's application, a committee's initiative).
struct Recusal
{
    qint64 id = 0;
    qint64 committeeId = 0;
    qint64 memberId = 0;
    QString member; ///< read only
    qint64 initiativeId = 0;
    QString initiative; ///< read only
    QString reason;
    QDateTime recordedAt;
};

/// A change made to a signed-off session or committee, as the minutes list it.
struct SessionAmendment
{
    qint64 id = 0;
    qint64 committeeId = 0;
    qint64 initiativeId = 0;
    QString initiative; ///< read only
    QDateTime amendedAt;
    /// What changed, before → after: a sentence, or for a jury's decision the codes and texts
    /// as JSON (application, outcome [before, after], reason [before, after]) that
    /// JuryDecisionService::describeChange() says in the current language.
    QString change;
    QString reason;
};

/// A member of a session as the minutes list them.
struct Attendee
{
    qint64 memberId = 0;
    QString name;
    CommitteeRole role = CommitteeRole::Member;
    std::optional<JuryTrack> track;
    QString administration;
    bool attended = true;
};

/// What signing a jury session off changed: what undo puts back.
struct SignOffOutcome
{
    qint64 committeeId = 0;
    /// Initiatives made laureates, with their lifecycle code before.
    QHash<qint64, QString> previousLifecycle;
    /// Participations created in the promotion's first accompaniment phase.
    QList<qint64> participationIds;
    qint64 phaseId = 0;
};

/// What amending a signed-off jury decision changed: what undo puts back. An amendment to or
/// from "selected" changes the laureate status in the same step.
struct AmendmentOutcome
{
    SessionAmendment amendment;
    std::optional<JuryDecision> before;
    std::optional<JuryDecision> after;
    /// The initiative's lifecycle code before and after; equal when the amendment left it.
    QString lifecycleBefore;
    QString lifecycleAfter;
    /// The participation in the promotion's first accompaniment phase the amendment added (to
    /// "selected"); 0 when none.
    qint64 participationAdded = 0;
    /// The participation the amendment removed (from "selected"), with what went with it.
    std::optional<RemovedRecord> participationRemoved;
};

/// The room's decisions: a selection jury's decisions with the rank and score at the time and,
/// when a decision departs from the ranking, the reason of the override; recusals (a member
/// leaves the room for an item and can then neither record nor see scores for it: JuryService
/// treats them like a conflict of interest); sign-off, which makes the selected applications
/// laureates of the promotion in its first accompaniment phase and locks the session; the
/// amendments a locked session accepts. Every write is one transaction; the rules are checked
/// inside it.
///
/// The lock: once a committee (a jury session is a committee of kind selection) is signed off,
/// JuryService, CommitteeService, RecordService and this service refuse changes to its scores,
/// decisions, members and agenda (lockProblem()); a jury's decision is then changed only by
/// amendDecision(), a committee's by CommitteeService::amendDecision(), both kept for the
/// minutes.
class JuryDecisionService
{
public:
    explicit JuryDecisionService(Database &db)
        : m_db(db)
    { }

    // Reads.
    QList<JuryDecision> decisions(qint64 sessionId) const;
    std::optional<JuryDecision> decision(qint64 sessionId, qint64 initiativeId) const;
    QList<Recusal> recusals(qint64 committeeId) const;
    bool isRecused(qint64 memberId, qint64 initiativeId) const;
    QList<SessionAmendment> amendments(qint64 committeeId) const;
    QList<Attendee> attendees(qint64 committeeId) const;
    /// When and by whom the committee was signed off; an invalid time when it was not.
    QDateTime signedOffAt(qint64 committeeId) const;
    QString signedOffBy(qint64 committeeId) const;

    /// Why the committee cannot be changed: it was signed off (the message says when, by whom
    /// and how to change it); empty when it is open.
    QString lockProblem(qint64 committeeId) const;
    /// The lock as RecordService asks it for a row of @p table (committee, committee_member,
    /// agenda_item, decision, decision_sponsor, jury_decision, recusal) with id @p id, or for a
    /// new row with @p values; empty when allowed.
    QString rowLockProblem(const QString &table, qint64 id, const QVariantMap &values = {}) const;

    /// How deciding @p outcome for the application departs from the session's ranking (with
    /// the session's method) and from the decisions already taken: a lower-ranked application
    /// selected over a higher one, more selected than places, an application ranked outside
    /// the places selected or within them not selected, an application without a score
    /// selected. Empty when it follows it.
    QString departure(qint64 sessionId, qint64 initiativeId, JuryOutcome outcome) const;
    /// Why the decision cannot be recorded; empty when it can.
    QString decisionProblem(qint64 sessionId, qint64 initiativeId, JuryOutcome outcome,
        const QString &reason, const QString &overrideReason) const;
    /// Records (or changes, before sign-off) the decision about an application, with its rank
    /// and score at this moment and the override's reason when it departs from the ranking.
    /// Throws tremplin::Error with decisionProblem()'s reason. Returns the decision's id.
    qint64 recordDecision(qint64 sessionId, qint64 initiativeId, JuryOutcome outcome,
        const QString &reason, const QString &overrideReason = {});
    /// Puts a decision back as it was (undo, redo): @p previous, or no decision at all.
    void restoreDecision(
        qint64 sessionId, qint64 initiativeId, const std::optional<JuryDecision> &previous);

    /// Records that a member leaves the room for an item of the committee (an application of
    /// the jury session, an initiative on the committee's agenda). Returns the recusal's id.
    qint64 recordRecusal(
        qint64 committeeId, qint64 memberId, qint64 initiativeId, const QString &reason);
    /// Removes a recusal (undo), or puts it back with its id and time (redo).
    void removeRecusal(qint64 recusalId);
    void restoreRecusal(const Recusal &recusal);

    /// Why the committee cannot be signed off: already signed off, no signatory, for a jury an
    /// application without a decision or a promotion without an accompaniment phase.
    QString signOffProblem(qint64 committeeId, const QString &by) const;
    /// Signs the committee off and locks it. For a jury session, in the same transaction, the
    /// selected applications become laureates of the promotion and take part in its first
    /// accompaniment phase. Throws tremplin::Error with signOffProblem()'s reason.
    SignOffOutcome signOff(qint64 committeeId, const QString &by);
    /// Lifts the lock and puts the lifecycles back (undo of signOff; the participations are
    /// removed by the caller, which keeps them for redo).
    void reopen(const SignOffOutcome &outcome);
    /// Locks again with the same time and signatory (redo of signOff after reopen()).
    void relock(const SignOffOutcome &outcome, const QDateTime &at, const QString &by);

    /// Why changing a signed-off decision to @p outcome would leave the laureates wrong: from
    /// "selected", the initiative stops being a laureate, refused when grants, committee
    /// decisions or an accompaniment already under way hang on it; to "selected", it becomes
    /// one, refused when the promotion has no accompaniment phase. Empty when it can.
    QString laureateProblem(qint64 sessionId, qint64 initiativeId, JuryOutcome outcome) const;
    /// Changes a signed-off jury session's decision, recording what changed (before → after)
    /// and @p why as an amendment the minutes list. In the same transaction, an amendment to
    /// "selected" makes the initiative a laureate taking part in the promotion's first
    /// accompaniment phase, and one from "selected" puts it back among the applicants (as
    /// sign-off leaves those it does not select) and removes that participation. Throws
    /// tremplin::Error with the reason it is refused (laureateProblem() among them).
    AmendmentOutcome amendDecision(qint64 sessionId, qint64 initiativeId, JuryOutcome outcome,
        const QString &reason, const QString &why);
    /// Undoes amendDecision() in one transaction: the decision, the lifecycle and the
    /// participation as they were, no amendment. Returns the added participation as it was
    /// removed, for redoAmendment().
    std::optional<RemovedRecord> undoAmendment(const AmendmentOutcome &outcome);
    /// Redoes it with the same ids (@p added: what undoAmendment() returned).
    void redoAmendment(const AmendmentOutcome &outcome, const std::optional<RemovedRecord> &added);
    /// An amendment's change as a sentence in the current language.
    static QString describeChange(const QString &change);
    /// Removes an amendment row (undo of amendDecision, with restoreDecision()), or puts it
    /// back with its id (redo).
    void removeAmendment(qint64 amendmentId);
    void restoreAmendment(const SessionAmendment &amendment);

    /// The first accompaniment phase of the committee's promotion; 0 when none.
    qint64 firstAccompanimentPhase(qint64 committeeId) const;

private:
    qint64 sessionCommittee(qint64 sessionId) const;
    Database &m_db;
};

} // namespace tremplin
