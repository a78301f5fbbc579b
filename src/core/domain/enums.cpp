// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

namespace tremplin {

// Labels are marked for lupdate and translated by label() in the "tremplin::Labels" context.

const std::array<EnumEntry<Lifecycle>, 6> EnumTraits<Lifecycle>::entries = { {
    { Lifecycle::Applicant, "applicant", QT_TRANSLATE_NOOP("tremplin::Labels", "Applicant") },
    { Lifecycle::Shortlisted, "shortlisted", QT_TRANSLATE_NOOP("tremplin::Labels", "Shortlisted") },
    { Lifecycle::Laureate, "laureate", QT_TRANSLATE_NOOP("tremplin::Labels", "Laureate") },
    { Lifecycle::Alumni, "alumni", QT_TRANSLATE_NOOP("tremplin::Labels", "Alumni") },
    { Lifecycle::NotSelected, "not_selected",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Not selected") },
    { Lifecycle::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("tremplin::Labels", "Withdrawn") },
} };

const std::array<EnumEntry<NeedKind>, 3> EnumTraits<NeedKind>::entries = { {
    { NeedKind::Consolidation, "consolidation",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Consolidation") },
    { NeedKind::Integration, "integration", QT_TRANSLATE_NOOP("tremplin::Labels", "Integration") },
    { NeedKind::Deployment, "deployment", QT_TRANSLATE_NOOP("tremplin::Labels", "Deployment") },
} };

const std::array<EnumEntry<PhaseKind>, 6> EnumTraits<PhaseKind>::entries = { {
    { PhaseKind::Call, "call", QT_TRANSLATE_NOOP("tremplin::Labels", "Call for applications") },
    { PhaseKind::Selection, "selection", QT_TRANSLATE_NOOP("tremplin::Labels", "Selection") },
    { PhaseKind::Accompaniment, "accompaniment",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Accompaniment phase") },
    { PhaseKind::Committee, "committee", QT_TRANSLATE_NOOP("tremplin::Labels", "Committee") },
    { PhaseKind::Event, "event", QT_TRANSLATE_NOOP("tremplin::Labels", "Event") },
    { PhaseKind::Other, "other", QT_TRANSLATE_NOOP("tremplin::Labels", "Other") },
} };

const std::array<EnumEntry<PhaseStatus>, 7> EnumTraits<PhaseStatus>::entries = { {
    { PhaseStatus::NotStarted, "not_started",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Not started") },
    { PhaseStatus::InProgress, "in_progress",
        QT_TRANSLATE_NOOP("tremplin::Labels", "In progress") },
    { PhaseStatus::OnTrack, "on_track", QT_TRANSLATE_NOOP("tremplin::Labels", "On track") },
    { PhaseStatus::AtRisk, "at_risk", QT_TRANSLATE_NOOP("tremplin::Labels", "At risk") },
    { PhaseStatus::OffTrack, "off_track", QT_TRANSLATE_NOOP("tremplin::Labels", "Off track") },
    { PhaseStatus::Completed, "completed", QT_TRANSLATE_NOOP("tremplin::Labels", "Completed") },
    { PhaseStatus::Stopped, "stopped", QT_TRANSLATE_NOOP("tremplin::Labels", "Stopped") },
} };

const std::array<EnumEntry<ActionStatus>, 4> EnumTraits<ActionStatus>::entries = { {
    { ActionStatus::Todo, "todo", QT_TRANSLATE_NOOP("tremplin::Labels", "To do") },
    { ActionStatus::InProgress, "in_progress",
        QT_TRANSLATE_NOOP("tremplin::Labels", "In progress") },
    { ActionStatus::Done, "done", QT_TRANSLATE_NOOP("tremplin::Labels", "Done") },
    { ActionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("tremplin::Labels", "Cancelled") },
} };

const std::array<EnumEntry<PersonRole>, 6> EnumTraits<PersonRole>::entries = { {
    { PersonRole::CarrierContact, "carrier_contact",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Project carrier") },
    { PersonRole::AccelerationOfficer, "acceleration_officer",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Acceleration officer") },
    { PersonRole::InterministerialReferent, "interministerial_referent",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Interministerial referent") },
    { PersonRole::MinistryReferent, "ministry_referent",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Ministry referent") },
    { PersonRole::PublicPartner, "public_partner",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Public partner") },
    { PersonRole::Other, "other", QT_TRANSLATE_NOOP("tremplin::Labels", "Other") },
} };

const std::array<EnumEntry<AdministrationKind>, 6> EnumTraits<AdministrationKind>::entries = { {
    { AdministrationKind::Ministry, "ministry", QT_TRANSLATE_NOOP("tremplin::Labels", "Ministry") },
    { AdministrationKind::Directorate, "directorate",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Directorate") },
    { AdministrationKind::Agency, "agency", QT_TRANSLATE_NOOP("tremplin::Labels", "Agency") },
    { AdministrationKind::LocalAuthority, "local_authority",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Local authority") },
    { AdministrationKind::Operator, "operator",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Public operator") },
    { AdministrationKind::Other, "other", QT_TRANSLATE_NOOP("tremplin::Labels", "Other") },
} };

const std::array<EnumEntry<LegalForm>, 7> EnumTraits<LegalForm>::entries = { {
    { LegalForm::Association, "association", QT_TRANSLATE_NOOP("tremplin::Labels", "Association") },
    { LegalForm::Company, "company", QT_TRANSLATE_NOOP("tremplin::Labels", "Company") },
    { LegalForm::Administration, "administration",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Administration") },
    { LegalForm::LocalAuthority, "local_authority",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Local authority") },
    { LegalForm::Foundation, "foundation", QT_TRANSLATE_NOOP("tremplin::Labels", "Foundation") },
    { LegalForm::Individual, "individual", QT_TRANSLATE_NOOP("tremplin::Labels", "Individual") },
    { LegalForm::Other, "other", QT_TRANSLATE_NOOP("tremplin::Labels", "Other") },
} };

const std::array<EnumEntry<TrancheKind>, 4> EnumTraits<TrancheKind>::entries = { {
    { TrancheKind::Seed, "seed", QT_TRANSLATE_NOOP("tremplin::Labels", "Seed grant") },
    { TrancheKind::Second, "second", QT_TRANSLATE_NOOP("tremplin::Labels", "Second tranche") },
    { TrancheKind::Deployment, "deployment",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Deployment grant") },
    { TrancheKind::Other, "other", QT_TRANSLATE_NOOP("tremplin::Labels", "Other") },
} };

const std::array<EnumEntry<GrantStatus>, 4> EnumTraits<GrantStatus>::entries = { {
    { GrantStatus::Planned, "planned", QT_TRANSLATE_NOOP("tremplin::Labels", "Planned") },
    { GrantStatus::Committed, "committed", QT_TRANSLATE_NOOP("tremplin::Labels", "Committed") },
    { GrantStatus::Released, "released", QT_TRANSLATE_NOOP("tremplin::Labels", "Released") },
    { GrantStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("tremplin::Labels", "Cancelled") },
} };

const std::array<EnumEntry<CommitteeKind>, 4> EnumTraits<CommitteeKind>::entries = { {
    { CommitteeKind::Selection, "selection",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Selection committee") },
    { CommitteeKind::Acceleration, "acceleration",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Acceleration committee") },
    { CommitteeKind::Engagement, "engagement",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Engagement committee") },
    { CommitteeKind::Other, "other", QT_TRANSLATE_NOOP("tremplin::Labels", "Other") },
} };

const std::array<EnumEntry<DecisionKind>, 5> EnumTraits<DecisionKind>::entries = { {
    { DecisionKind::Continue, "continue", QT_TRANSLATE_NOOP("tremplin::Labels", "Continue") },
    { DecisionKind::Fund, "fund", QT_TRANSLATE_NOOP("tremplin::Labels", "Fund") },
    { DecisionKind::ContinueAndFund, "continue_and_fund",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Continue and fund") },
    { DecisionKind::Stop, "stop", QT_TRANSLATE_NOOP("tremplin::Labels", "Stop") },
    { DecisionKind::Defer, "defer", QT_TRANSLATE_NOOP("tremplin::Labels", "Defer") },
} };

const std::array<EnumEntry<IndicatorDirection>, 3> EnumTraits<IndicatorDirection>::entries = { {
    { IndicatorDirection::Increase, "increase", QT_TRANSLATE_NOOP("tremplin::Labels", "Increase") },
    { IndicatorDirection::Decrease, "decrease", QT_TRANSLATE_NOOP("tremplin::Labels", "Decrease") },
    { IndicatorDirection::Maintain, "maintain", QT_TRANSLATE_NOOP("tremplin::Labels", "Maintain") },
} };

const std::array<EnumEntry<JournalKind>, 5> EnumTraits<JournalKind>::entries = { {
    { JournalKind::Meeting, "meeting", QT_TRANSLATE_NOOP("tremplin::Labels", "Meeting") },
    { JournalKind::Note, "note", QT_TRANSLATE_NOOP("tremplin::Labels", "Note") },
    { JournalKind::Call, "call", QT_TRANSLATE_NOOP("tremplin::Labels", "Call") },
    { JournalKind::Event, "event", QT_TRANSLATE_NOOP("tremplin::Labels", "Event") },
    { JournalKind::Decision, "decision", QT_TRANSLATE_NOOP("tremplin::Labels", "Decision") },
} };

const std::array<EnumEntry<CommitteeRole>, 4> EnumTraits<CommitteeRole>::entries = { {
    { CommitteeRole::Chair, "chair", QT_TRANSLATE_NOOP("tremplin::Labels", "Chair") },
    { CommitteeRole::Member, "member", QT_TRANSLATE_NOOP("tremplin::Labels", "Member") },
    { CommitteeRole::Secretary, "secretary", QT_TRANSLATE_NOOP("tremplin::Labels", "Secretary") },
    { CommitteeRole::Observer, "observer", QT_TRANSLATE_NOOP("tremplin::Labels", "Observer") },
} };

const std::array<EnumEntry<ListKind>, 3> EnumTraits<ListKind>::entries = { {
    { ListKind::Domain, "domain", QT_TRANSLATE_NOOP("tremplin::Labels", "Domains") },
    { ListKind::NeedKind, "need_kind", QT_TRANSLATE_NOOP("tremplin::Labels", "Need kinds") },
    { ListKind::NonAdmissibilityReason, "non_admissibility_reason",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Reasons for non-admissibility") },
} };

const std::array<EnumEntry<Admissibility>, 3> EnumTraits<Admissibility>::entries = { {
    { Admissibility::Unchecked, "unchecked",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Not yet checked") },
    { Admissibility::Admissible, "admissible",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Admissible") },
    { Admissibility::NotAdmissible, "not_admissible",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Not admissible") },
} };

const std::array<EnumEntry<JuryTrack>, 2> EnumTraits<JuryTrack>::entries = { {
    { JuryTrack::Expert, "expert", QT_TRANSLATE_NOOP("tremplin::Labels", "Expert jury") },
    { JuryTrack::Citizen, "citizen", QT_TRANSLATE_NOOP("tremplin::Labels", "Citizen panel") },
} };

const std::array<EnumEntry<RankingMethod>, 2> EnumTraits<RankingMethod>::entries = { {
    { RankingMethod::Mean, "mean", QT_TRANSLATE_NOOP("tremplin::Labels", "Mean of totals") },
    { RankingMethod::ZScore, "zscore",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Normalised per juror (z-score)") },
} };

const std::array<EnumEntry<AssignmentMode>, 3> EnumTraits<AssignmentMode>::entries = { {
    { AssignmentMode::All, "all",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Every juror, every application") },
    { AssignmentMode::Manual, "manual", QT_TRANSLATE_NOOP("tremplin::Labels", "By hand") },
    { AssignmentMode::Balanced, "balanced",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Balanced automatically") },
} };

const std::array<EnumEntry<JuryOutcome>, 3> EnumTraits<JuryOutcome>::entries = { {
    { JuryOutcome::Selected, "selected", QT_TRANSLATE_NOOP("tremplin::Labels", "Selected") },
    { JuryOutcome::WaitingList, "waiting_list",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Waiting list") },
    { JuryOutcome::NotSelected, "not_selected",
        QT_TRANSLATE_NOOP("tremplin::Labels", "Not selected") },
} };

QList<Lifecycle> allowedTransitions(Lifecycle from)
{
    switch (from) {
    case Lifecycle::Applicant:
        return { Lifecycle::Shortlisted, Lifecycle::NotSelected, Lifecycle::Withdrawn };
    case Lifecycle::Shortlisted:
        return { Lifecycle::Laureate, Lifecycle::NotSelected, Lifecycle::Withdrawn };
    case Lifecycle::Laureate:
        return { Lifecycle::Alumni, Lifecycle::Withdrawn };
    case Lifecycle::Alumni:
        return {};
    case Lifecycle::NotSelected:
        return { Lifecycle::Applicant };
    case Lifecycle::Withdrawn:
        return {};
    }
    return {};
}

} // namespace tremplin
