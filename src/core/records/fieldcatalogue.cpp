// SPDX-License-Identifier: GPL-3.0-or-later
// The field catalogue: which columns a form may change, of which kind, and the rules of a value
// on its own.
#include "../domain/enums.h"
#include "../services/initiativeservice.h"
#include "../services/lettertemplates.h"
#include "../validation/identifiers.h"
#include "../validation/validation.h"
#include "recordsdetail.h"

#include <QDateTime>

namespace tremplin {

using records::Tr;

namespace {

// clang-format off
const FieldSpec fields[] = {
    { "initiative", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Name") },
    { "initiative", "one_liner", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "One-liner") },
    { "initiative", "description", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Description") },
    { "initiative", "website", FieldKind::Url, QT_TRANSLATE_NOOP("tremplin::Fields", "Website") },
    { "initiative", "domain", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Domain") },
    { "initiative", "territories", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Territories") },
    { "initiative", "town", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Town") },
    { "initiative", "main_impact", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Main impact") },
    { "initiative", "lifecycle", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Status"), &allCodes<Lifecycle> },
    { "initiative", "promotion_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Promotion") },
    { "initiative", "carrier_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Carrier") },
    { "initiative", "archived", FieldKind::Boolean, QT_TRANSLATE_NOOP("tremplin::Fields", "Archived") },
    { "initiative", "themes", FieldKind::Themes, QT_TRANSLATE_NOOP("tremplin::Fields", "Themes") },
    { "organisation", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Organisation name") },
    { "organisation", "legal_form", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Legal form"), &allCodes<LegalForm> },
    { "organisation", "siret", FieldKind::Siret, QT_TRANSLATE_NOOP("tremplin::Fields", "SIRET") },
    { "organisation", "rna", FieldKind::Rna, QT_TRANSLATE_NOOP("tremplin::Fields", "RNA number") },
    { "organisation", "address", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Address") },
    { "organisation", "postcode", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Postcode") },
    { "organisation", "town", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Town") },
    { "organisation", "website", FieldKind::Url, QT_TRANSLATE_NOOP("tremplin::Fields", "Website") },
    { "need", "kind", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Need kind"), &allCodes<NeedKind> },
    { "need", "title", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Need") },
    { "need", "description", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Description") },
    { "need", "priority", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Priority") },
    { "action_item", "title", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Action") },
    { "action_item", "need_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Need") },
    { "action_item", "owner_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Owner") },
    { "action_item", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Administration") },
    { "action_item", "priority", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Priority") },
    { "action_item", "due_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Due date") },
    { "action_item", "status", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Action status"), &allCodes<ActionStatus> },
    { "action_item", "done_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Done on") },
    { "action_item", "notes", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Notes") },
    { "participation", "phase_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Phase") },
    { "participation", "status", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Status assessment"), &allCodes<PhaseStatus> },
    { "participation", "assessment", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Assessment") },
    { "participation", "actual_start", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Start"), nullptr, nullptr, "actual_end" },
    { "participation", "planned_start", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Planned start"), nullptr, nullptr, "planned_end" },
    { "participation", "planned_end", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Planned end"), nullptr, "planned_start" },
    { "participation", "actual_end", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "End"), nullptr, "actual_start" },
    { "person", "full_name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Full name") },
    { "person", "email", FieldKind::Email, QT_TRANSLATE_NOOP("tremplin::Fields", "E-mail") },
    { "person", "phone", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Phone") },
    { "person", "job_title", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Job title") },
    { "person", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Administration") },
    { "initiative_person", "person_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Person") },
    { "initiative_person", "role", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Role"), &allCodes<PersonRole> },
    { "initiative_person", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Administration") },
    { "initiative_person", "since", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Since") },
    { "initiative_partner", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Public partner") },
    { "initiative_partner", "since", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Since") },
    { "initiative_partner", "note", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Note") },
    { "journal_entry", "entry_date", FieldKind::RequiredDate, QT_TRANSLATE_NOOP("tremplin::Fields", "Date") },
    { "journal_entry", "kind", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Kind"), &allCodes<JournalKind> },
    { "journal_entry", "title", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Title") },
    { "journal_entry", "body", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Notes") },
    { "journal_entry", "author", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Author") },
    { "indicator", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Indicator") },
    { "indicator", "unit", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Unit") },
    { "indicator", "baseline", FieldKind::Real, QT_TRANSLATE_NOOP("tremplin::Fields", "Baseline") },
    { "indicator", "target", FieldKind::Real, QT_TRANSLATE_NOOP("tremplin::Fields", "Target") },
    { "indicator", "baseline_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Baseline date") },
    { "indicator", "target_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Target date") },
    { "indicator", "direction", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Direction"), &allCodes<IndicatorDirection> },
    { "measurement", "measured_on", FieldKind::RequiredDate, QT_TRANSLATE_NOOP("tremplin::Fields", "Measured on") },
    { "measurement", "value", FieldKind::RequiredReal, QT_TRANSLATE_NOOP("tremplin::Fields", "Value") },
    { "measurement", "note", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Note") },
    { "funding_source", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Funding source") },
    { "funding_source", "siret", FieldKind::Siret, QT_TRANSLATE_NOOP("tremplin::Fields", "SIRET") },
    { "grant_award", "funding_source_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Funding source") },
    { "grant_award", "tranche", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Tranche"), &allCodes<TrancheKind> },
    { "grant_award", "committed_cents", FieldKind::Money, QT_TRANSLATE_NOOP("tremplin::Fields", "Committed amount") },
    { "grant_award", "decision_reference", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Decision reference") },
    { "grant_award", "decision_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Decision date") },
    { "grant_award", "convention_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Convention date") },
    { "grant_award", "conditions", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Conditions for release") },
    { "grant_award", "conditions_met_on", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Conditions met on") },
    { "grant_award", "status", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Grant status"), &allCodes<GrantStatus> },
    { "grant_award", "budget_share", FieldKind::Real, QT_TRANSLATE_NOOP("tremplin::Fields", "Share of the project's budget") },
    { "grant_award", "notes", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Notes") },
    { "disbursement", "paid_on", FieldKind::RequiredDate, QT_TRANSLATE_NOOP("tremplin::Fields", "Paid on") },
    { "disbursement", "amount_cents", FieldKind::Money, QT_TRANSLATE_NOOP("tremplin::Fields", "Amount paid") },
    { "disbursement", "reference", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Payment reference") },
    { "disbursement", "override_reason", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Reason for exceeding the commitment") },
    { "promotion", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Promotion name") },
    { "promotion", "envelope_cents", FieldKind::Money, QT_TRANSLATE_NOOP("tremplin::Fields", "Budget envelope") },
    { "programme", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Programme name") },
    { "programme", "short_name", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Short name") },
    { "programme", "operator", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Operating administration") },
    { "programme", "operator_siret", FieldKind::Siret, QT_TRANSLATE_NOOP("tremplin::Fields", "Operator's SIRET") },
    { "programme", "operator_administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Operating administration in the directory") },
    { "programme", "default_funding_source_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Default funding source") },
    { "programme", "description", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Description") },
    { "programme", "website", FieldKind::Url, QT_TRANSLATE_NOOP("tremplin::Fields", "Website") },
    { "programme", "retention_months", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Keep non-selected applicants' data (months)") },
    { "programme_tranche", "position", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Order") },
    { "programme_tranche", "tranche", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Tranche"), &allCodes<TrancheKind> },
    { "programme_tranche", "amount_cents", FieldKind::Money, QT_TRANSLATE_NOOP("tremplin::Fields", "Amount") },
    { "programme_tranche", "conditions", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Conditions for release") },
    { "list_item", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Name") },
    { "list_item", "description", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Description") },
    { "list_item", "position", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Order") },
    { "promotion", "number", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Number") },
    { "promotion", "year", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Year") },
    { "promotion", "places", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Places") },
    { "promotion", "starts_on", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Starts on"), nullptr, nullptr, "ends_on" },
    { "promotion", "ends_on", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Ends on"), nullptr, "starts_on" },
    { "phase", "kind", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Phase kind"), &allCodes<PhaseKind> },
    { "phase", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Phase") },
    { "phase", "position", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Order") },
    { "phase", "planned_start", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Planned start"), nullptr, nullptr, "planned_end" },
    { "phase", "planned_end", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Planned end"), nullptr, "planned_start" },
    { "phase", "actual_start", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Start"), nullptr, nullptr, "actual_end" },
    { "phase", "actual_end", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "End"), nullptr, "actual_start" },
    { "phase", "description", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Description") },
    { "administration", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Administration name") },
    { "administration", "short_name", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Short name") },
    { "administration", "kind", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Kind"), &allCodes<AdministrationKind> },
    { "administration", "parent_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Parent administration") },
    { "administration", "website", FieldKind::Url, QT_TRANSLATE_NOOP("tremplin::Fields", "Website") },
    { "person", "organisation_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Organisation") },
    { "funding_source", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Administration") },
    { "committee", "kind", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Committee kind"), &allCodes<CommitteeKind> },
    { "committee", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Committee") },
    { "committee", "held_on", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Held on") },
    { "committee", "place", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Place") },
    { "committee", "promotion_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Promotion") },
    { "committee", "phase_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Phase") },
    { "committee", "reference_prefix", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Decision reference prefix") },
    { "committee", "notes", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Notes") },
    { "committee_member", "person_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Member") },
    { "committee_member", "role", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Role in the committee"), &allCodes<CommitteeRole> },
    { "committee_member", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Administration") },
    { "committee_member", "attended", FieldKind::Boolean, QT_TRANSLATE_NOOP("tremplin::Fields", "Attended") },
    { "agenda_item", "initiative_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Initiative") },
    { "agenda_item", "position", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Order") },
    { "agenda_item", "request", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Asked of the committee") },
    { "decision", "kind", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Decision"), &allCodes<DecisionKind> },
    { "decision", "reason", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Reason") },
    { "decision", "phase_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Continue into phase") },
    { "decision", "reference", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Decision reference") },
    { "decision", "notes", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Notes") },
    { "decision_sponsor", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Sponsoring administration") },
    { "decision_sponsor", "organisation_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Outside sponsor") },
    { "decision_sponsor", "commitment", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Commitment") },
    { "initiative", "budget_cents", FieldKind::Money, QT_TRANSLATE_NOOP("tremplin::Fields", "Project budget") },
    { "initiative", "admissibility", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Admissibility"), &allCodes<Admissibility> },
    { "initiative", "admissibility_reason_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Reason for non-admissibility") },
    { "initiative", "admissibility_note", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Admissibility note") },
    { "committee_member", "track", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Track"), &allCodes<JuryTrack> },
    { "jury_session", "scale_min", FieldKind::RequiredReal, QT_TRANSLATE_NOOP("tremplin::Fields", "Lowest score") },
    { "jury_session", "scale_max", FieldKind::RequiredReal, QT_TRANSLATE_NOOP("tremplin::Fields", "Highest score") },
    { "jury_session", "scale_step", FieldKind::RequiredReal, QT_TRANSLATE_NOOP("tremplin::Fields", "Score step") },
    { "jury_session", "method", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Ranking method"), &allCodes<RankingMethod> },
    { "jury_session", "blind", FieldKind::Boolean, QT_TRANSLATE_NOOP("tremplin::Fields", "Blind scoring") },
    { "jury_session", "assignment", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Assignment"), &allCodes<AssignmentMode> },
    { "jury_session", "max_per_juror", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Most applications per juror") },
    { "jury_session", "min_per_track", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Fewest jurors per application in each track") },
    { "jury_track", "weight", FieldKind::RequiredReal, QT_TRANSLATE_NOOP("tremplin::Fields", "Track weight") },
    { "jury_criterion", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Criterion") },
    { "jury_criterion", "description", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Description") },
    { "jury_criterion", "weight", FieldKind::RequiredReal, QT_TRANSLATE_NOOP("tremplin::Fields", "Weight") },
    { "jury_criterion", "position", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Order") },
    { "jury_conflict", "reason", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Reason for the conflict of interest") },
    { "jury_score", "score", FieldKind::RequiredReal, QT_TRANSLATE_NOOP("tremplin::Fields", "Score") },
    { "jury_comment", "body", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Comment") },
    { "jury_decision", "outcome", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Jury decision"), &allCodes<JuryOutcome> },
    { "jury_decision", "reason", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Reason") },
    { "jury_decision", "override_reason", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Why the decision departs from the ranking") },
    { "recusal", "reason", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Reason for leaving the room") },
    { "session_amendment", "change", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Amendment") },
    { "session_amendment", "reason", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Reason for the amendment") },
    { "letter_template", "subject", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Letter subject") },
    { "letter_template", "body", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Letter text") },
    { "agenda_item", "discussed_seconds", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Time spent (seconds)") },
    { "theme", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Theme") },
};
// clang-format on

} // namespace

namespace records {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QDate toDate(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant normalise(const FieldSpec &spec, const QVariant &value)
{
    const QVariant nullText { QMetaType(QMetaType::QString) };
    switch (spec.kind) {
    case FieldKind::Text:
    case FieldKind::RequiredText:
    case FieldKind::Url:
    case FieldKind::Email:
    case FieldKind::Rna: {
        const QString t = value.toString().trimmed();
        return t.isEmpty() ? nullText : QVariant(t);
    }
    case FieldKind::Code: {
        const QString t = value.toString().trimmed();
        return t.isEmpty() ? nullText : QVariant(t);
    }
    case FieldKind::LongText: {
        // Keep inner line breaks; drop trailing blank space only.
        QString t = value.toString();
        while (!t.isEmpty() && t.back().isSpace())
            t.chop(1);
        return t.trimmed().isEmpty() ? nullText : QVariant(t);
    }
    case FieldKind::Siret: {
        const QString raw = value.toString().trimmed();
        if (raw.isEmpty())
            return nullText;
        const QString digits = identifiers::digitsOnly(raw);
        // Only spaces may be dropped: "12A..." stays as typed so that it is refused.
        QString withoutSpaces = raw;
        withoutSpaces.remove(QLatin1Char(' '));
        withoutSpaces.remove(QChar(0x00a0));
        withoutSpaces.remove(QChar(0x202f));
        return withoutSpaces == digits ? QVariant(digits) : QVariant(withoutSpaces);
    }
    case FieldKind::Date:
    case FieldKind::RequiredDate: {
        if (value.isNull() || value.toString().trimmed().isEmpty())
            return nullText;
        const QDate d = toDate(value);
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    case FieldKind::Integer: {
        // An optional number emptied (a promotion's places) is NULL, as the undo of its first
        // value writes it back.
        if (value.isNull() || value.toString().trimmed().isEmpty())
            return QVariant(QMetaType(QMetaType::LongLong));
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant();
    }
    case FieldKind::Money: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant();
    }
    case FieldKind::Real:
    case FieldKind::RequiredReal: {
        if (value.isNull() || value.toString().trimmed().isEmpty())
            return QVariant(QMetaType(QMetaType::Double));
        bool ok = false;
        const double d = value.toDouble(&ok);
        return ok ? QVariant(d) : QVariant();
    }
    case FieldKind::Reference: {
        const qint64 id = value.toLongLong();
        return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
    }
    case FieldKind::Boolean:
        return QVariant(value.toBool() ? 1 : 0);
    case FieldKind::Themes: {
        QStringList themes;
        for (const QString &t : value.toStringList()) {
            const QString trimmed = t.trimmed();
            if (!trimmed.isEmpty() && !themes.contains(trimmed))
                themes.append(trimmed);
        }
        return themes;
    }
    }
    return {};
}

} // namespace records

using records::normalise;

const FieldSpec *RecordService::field(const QString &table, const QString &column)
{
    for (const FieldSpec &f : fields) {
        if (table == QLatin1String(f.table) && column == QLatin1String(f.column))
            return &f;
    }
    return nullptr;
}

QString RecordService::codeLabel(const QString &table, const QString &column, const QString &code)
{
    auto lookup = [&code](auto tag) -> QString {
        using E = decltype(tag);
        const auto v = fromCode<E>(code);
        return v ? tremplin::label(*v) : code;
    };
    if (column == QLatin1String("kind") && table == QLatin1String("need"))
        return lookup(NeedKind {});
    if (column == QLatin1String("kind") && table == QLatin1String("journal_entry"))
        return lookup(JournalKind {});
    if (column == QLatin1String("status") && table == QLatin1String("action_item"))
        return lookup(ActionStatus {});
    if (column == QLatin1String("status") && table == QLatin1String("participation"))
        return lookup(PhaseStatus {});
    if (column == QLatin1String("role") && table == QLatin1String("committee_member"))
        return lookup(CommitteeRole {});
    if (column == QLatin1String("kind") && table == QLatin1String("committee"))
        return lookup(CommitteeKind {});
    if (column == QLatin1String("role"))
        return lookup(PersonRole {});
    if (column == QLatin1String("direction"))
        return lookup(IndicatorDirection {});
    if (column == QLatin1String("lifecycle"))
        return lookup(Lifecycle {});
    if (column == QLatin1String("legal_form"))
        return lookup(LegalForm {});
    if (column == QLatin1String("kind") && table == QLatin1String("phase"))
        return lookup(PhaseKind {});
    if (column == QLatin1String("tranche"))
        return lookup(TrancheKind {});
    if (column == QLatin1String("kind") && table == QLatin1String("administration"))
        return lookup(AdministrationKind {});
    // Written by the services, not by forms: the history shows them.
    if (column == QLatin1String("kind") && table == QLatin1String("decision"))
        return lookup(DecisionKind {});
    if (column == QLatin1String("outcome") && table == QLatin1String("jury_decision"))
        return lookup(JuryOutcome {});
    if (column == QLatin1String("status") && table == QLatin1String("grant_award"))
        return lookup(GrantStatus {});
    return code;
}

QString RecordService::label(const FieldSpec &spec)
{
    return QCoreApplication::translate("tremplin::Fields", spec.label);
}

QString RecordService::valueProblem(const FieldSpec &fieldSpec, const QVariant &value)
{
    const FieldSpec *spec = &fieldSpec;
    const QString name = label(*spec);
    const QVariant v = normalise(*spec, value);
    if (!v.isValid()) {
        switch (spec->kind) {
        case FieldKind::Date:
        case FieldKind::RequiredDate:
            return Tr::tr("%1: enter a valid date.").arg(name);
        default:
            return Tr::tr("%1: enter a number.").arg(name);
        }
    }
    switch (spec->kind) {
    case FieldKind::RequiredText:
        if (v.isNull())
            return Tr::tr("%1 cannot be empty.").arg(name);
        break;
    case FieldKind::RequiredDate:
    case FieldKind::RequiredReal:
        if (v.isNull())
            return Tr::tr("%1 cannot be empty.").arg(name);
        break;
    case FieldKind::Url:
        if (!v.isNull() && !validation::isValidWebsite(v.toString()))
            return Tr::tr("%1: enter a full address starting with http:// or https://.").arg(name);
        break;
    case FieldKind::Email:
        if (!v.isNull() && !validation::isValidEmail(v.toString()))
            return Tr::tr("%1: enter an e-mail address such as name@example.org.").arg(name);
        break;
    case FieldKind::Siret:
        if (!v.isNull())
            return validation::siretProblem(v.toString());
        break;
    case FieldKind::Rna:
        if (!v.isNull())
            return validation::rnaProblem(v.toString());
        break;
    case FieldKind::Money:
    case FieldKind::Integer:
        if ((spec->kind == FieldKind::Money
                || QLatin1String(spec->column) == QLatin1String("retention_months"))
            && !v.isNull() && v.toLongLong() < 0)
            return Tr::tr("%1 cannot be negative.").arg(name);
        break;
    case FieldKind::Code:
        if (v.isNull() || !spec->codes().contains(v.toString()))
            return Tr::tr("%1: this value is not one of the choices.").arg(name);
        break;
    default:
        break;
    }
    // A letter template never loses a placeholder it cannot fill.
    if (QLatin1String(spec->table) == QLatin1String("letter_template") && !v.isNull())
        return LetterTemplates::placeholderProblem(name, v.toString());

    return {};
}

} // namespace tremplin
