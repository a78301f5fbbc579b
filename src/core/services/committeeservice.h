// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"
#include "../domain/money.h"
#include "../domain/types.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tremplin {

class Database;

/// A committee with everything its list and its brief show.
struct CommitteeRecord : Committee
{
    QString place;
    QString referencePrefix; ///< "AIC-2022-CA": decisions are numbered AIC-2022-CA-1, -2...
    QString notes;
    QString promotion; ///< the promotion's name (read only)
};

/// One funding tranche a committee decides.
struct TrancheDecision
{
    TrancheKind tranche = TrancheKind::Seed;
    Money amount;
    qint64 fundingSourceId = 0;
    QString conditions;
};

/// A sponsor engaged with a decision: an administration or an outside organisation.
struct SponsorEngagement
{
    qint64 administrationId = 0;
    qint64 organisationId = 0;
    QString commitment;
    QString name; ///< read only
};

/// What a committee decides about one initiative on its agenda.
struct DecisionRequest
{
    qint64 committeeId = 0;
    qint64 initiativeId = 0;
    DecisionKind kind = DecisionKind::Continue;
    QString reason;
    qint64 phaseId = 0; ///< the phase continued into (continue, continue and fund)
    QList<TrancheDecision> tranches; ///< fund, continue and fund
    QList<SponsorEngagement> sponsors;
    QString notes;
};

/// What recordDecision() wrote: the rows an undo removes.
struct DecisionOutcome
{
    qint64 decisionId = 0;
    QString reference;
    QList<qint64> grantIds;
    qint64 participationId = 0; ///< 0 when none was created
};

/// An earlier state of an amended decision.
struct DecisionAmendment
{
    qint64 id = 0;
    QDateTime amendedAt;
    DecisionKind previousKind = DecisionKind::Continue;
    QString previousReason;
    QString previousPhase;
    QString reason; ///< why it was amended
};

/// One grant a decision created, as the committee screens show it.
struct DecidedGrant
{
    qint64 id = 0;
    TrancheKind tranche = TrancheKind::Seed;
    Money committed;
    Money paid;
    QString reference;
    QString conditions;
    QString fundingSource;
};

/// One initiative of a committee's agenda with the decision taken, if any.
struct AgendaEntry
{
    qint64 agendaItemId = 0;
    qint64 initiativeId = 0;
    QString initiative;
    QString carrier;
    int position = 0;
    QString request; ///< what is asked of the committee
    // The decision (decisionId 0: not decided yet).
    qint64 decisionId = 0;
    DecisionKind kind = DecisionKind::Continue;
    QString reason;
    qint64 phaseId = 0;
    QString phase;
    QString reference;
    QList<DecidedGrant> grants;
    QList<SponsorEngagement> sponsors;
    QList<DecisionAmendment> amendments; ///< oldest first
};

/// A decision about one initiative, as its form lists them.
struct DecisionAbout
{
    qint64 committeeId = 0;
    QString committee;
    QDate heldOn;
    DecisionKind kind = DecisionKind::Continue;
    QString phase;
    QString reason;
    QString reference;
    Money funded;
    int amendments = 0;
};

/// A member of a committee, as the brief's register of interests lists them.
struct CommitteeMemberLine
{
    QString person;
    CommitteeRole role = CommitteeRole::Member;
    QString administration;
    bool attended = true;
};

/// Committees and what they decide: the one place their rules live. Every write is one
/// transaction; a decision with its grants, sponsors and the participation in the next phase is
/// written all or nothing. Callable from the interface (through undo commands), the demo and
/// the command line:
///
///     CommitteeService committees(db);
///     const qint64 c = committees.createCommittee(record);
///     committees.addToAgenda(c, initiativeId, tr("Seed funding"));
///     DecisionRequest d { c, initiativeId, DecisionKind::ContinueAndFund, reason, phase2,
///         committees.defaultTranches(programmeId) };
///     committees.recordDecision(d);
class CommitteeService
{
public:
    explicit CommitteeService(Database &db)
        : m_db(db)
    { }

    // Reads.
    /// Every committee of the file, by date (undated last).
    QList<CommitteeRecord> committees() const;
    /// One committee; throws tremplin::Error when there is none with that id.
    CommitteeRecord committee(qint64 id) const;
    /// The committee held on @p date (ISO), or whose id is @p text; 0 when none or several.
    qint64 find(const QString &text) const;
    /// The committee's agenda in order, each item with its decision.
    QList<AgendaEntry> agenda(qint64 committeeId) const;
    QList<CommitteeMemberLine> members(qint64 committeeId) const;
    /// Initiatives of the committee's promotion (all when it has none) not yet on its agenda,
    /// by name: the choices of "Add to agenda" (at most @p limit).
    QList<QPair<QString, qint64>> agendaCandidates(qint64 committeeId, int limit = 500) const;
    /// The phases of the committee's promotion (those a decision may continue into).
    QList<QPair<QString, qint64>> phasesFor(qint64 committeeId) const;
    /// The phase a "continue" most likely goes into: the first accompaniment phase of the
    /// committee's promotion starting after the committee; 0 when none.
    qint64 nextPhase(qint64 committeeId) const;
    /// The programme's promotions, by number.
    QList<QPair<QString, qint64>> promotions() const;
    /// The programme's default tranche scheme with its default funding source.
    QList<TrancheDecision> defaultTranches(qint64 committeeId) const;
    /// The funding sources, by name.
    QList<QPair<QString, qint64>> fundingSources() const;
    /// The administration of a person (what a new member sits for); 0 when none.
    qint64 administrationOf(qint64 personId) const;
    /// Every decision about an initiative, by committee date.
    QList<DecisionAbout> decisionsAbout(qint64 initiativeId) const;
    /// The committee of the same promotion held last before @p committeeId; 0 when none.
    qint64 previousCommittee(qint64 committeeId) const;
    /// The reference the next decision of the committee would get ("AIC-2022-CA-4"); empty
    /// when the committee has no prefix.
    QString nextReference(qint64 committeeId) const;

    // Writes.
    /// Creates a committee (the demo, the assistant, the command line); the interface inserts
    /// the row through RecordService so that it is undoable.
    qint64 createCommittee(const CommitteeRecord &c);
    qint64 addMember(qint64 committeeId, qint64 personId, CommitteeRole role);
    qint64 addToAgenda(qint64 committeeId, qint64 initiativeId, const QString &request);

    /// Why @p d cannot be recorded as the database stands; empty when it can.
    QString decisionProblem(const DecisionRequest &d) const;
    /// Records a decision in one transaction: the decision with its reference, the grants of
    /// its tranches (numbered from it), its sponsors, and for a "continue" the participation in
    /// the phase continued into. Throws tremplin::Error (nothing written) when a rule refuses.
    DecisionOutcome recordDecision(const DecisionRequest &d);
    /// Changes a decision's kind, reason and phase, keeping its previous state in a
    /// decision_amendment row with @p why. Returns the amendment's id. Grants already created
    /// are left as they are (cancel them in the Grants workspace).
    qint64 amendDecision(qint64 decisionId, DecisionKind kind, const QString &reason,
        qint64 phaseId, const QString &why);

private:
    Database &m_db;
};

} // namespace tremplin
