// SPDX-License-Identifier: GPL-3.0-or-later
#include "foreignkeys.h"

#include "../services/records.h"

#include <QString>

namespace tremplin {

const std::vector<ForeignKey> &foreignKeys()
{
    static const std::vector<ForeignKey> keys = {
        { "promotion", "programme_id", "programme", true },
        { "phase", "programme_id", "programme", true },
        { "phase", "promotion_id", "promotion", true },
        { "administration", "parent_id", "administration", false },
        { "person", "organisation_id", "organisation", false },
        { "person", "administration_id", "administration", false },
        { "initiative", "promotion_id", "promotion", false },
        { "initiative", "carrier_id", "organisation", false },
        { "initiative_theme", "initiative_id", "initiative", true },
        { "initiative_theme", "theme_id", "theme", true },
        { "participation", "initiative_id", "initiative", true },
        { "participation", "phase_id", "phase", true },
        { "need", "initiative_id", "initiative", true },
        { "action_item", "initiative_id", "initiative", true },
        { "action_item", "need_id", "need", false },
        { "action_item", "owner_id", "person", false },
        { "action_item", "administration_id", "administration", false },
        { "initiative_person", "initiative_id", "initiative", true },
        { "initiative_person", "person_id", "person", true },
        { "initiative_person", "administration_id", "administration", false },
        { "initiative_partner", "initiative_id", "initiative", true },
        { "initiative_partner", "administration_id", "administration", true },
        { "funding_source", "administration_id", "administration", false },
        { "committee", "programme_id", "programme", true },
        { "committee", "promotion_id", "promotion", true },
        { "committee", "phase_id", "phase", false },
        { "decision", "committee_id", "committee", true },
        { "decision", "initiative_id", "initiative", true },
        { "grant_award", "initiative_id", "initiative", true },
        { "grant_award", "funding_source_id", "funding_source", false },
        { "grant_award", "decision_id", "decision", false },
        { "disbursement", "grant_id", "grant_award", true },
        { "indicator", "initiative_id", "initiative", true },
        { "measurement", "indicator_id", "indicator", true },
        { "journal_entry", "initiative_id", "initiative", true },
        { "programme", "operator_administration_id", "administration", false },
        { "programme", "default_funding_source_id", "funding_source", false },
        { "programme_tranche", "programme_id", "programme", true },
        { "list_item", "programme_id", "programme", true },
        { "committee_member", "committee_id", "committee", true },
        { "committee_member", "person_id", "person", true },
        { "committee_member", "administration_id", "administration", false },
        { "agenda_item", "committee_id", "committee", true },
        { "agenda_item", "initiative_id", "initiative", true },
        { "decision", "phase_id", "phase", false },
        { "decision_amendment", "decision_id", "decision", true },
        { "decision_amendment", "previous_phase_id", "phase", false },
        { "decision_sponsor", "decision_id", "decision", true },
        { "decision_sponsor", "administration_id", "administration", true },
        { "decision_sponsor", "organisation_id", "organisation", true },
        { "initiative", "admissibility_reason_id", "list_item", false },
        { "jury_session", "committee_id", "committee", true },
        { "jury_track", "session_id", "jury_session", true },
        { "jury_criterion", "session_id", "jury_session", true },
        { "jury_assignment", "session_id", "jury_session", true },
        { "jury_assignment", "member_id", "committee_member", true },
        { "jury_assignment", "initiative_id", "initiative", true },
        { "jury_conflict", "session_id", "jury_session", true },
        { "jury_conflict", "member_id", "committee_member", true },
        { "jury_conflict", "initiative_id", "initiative", true },
        { "jury_score", "session_id", "jury_session", true },
        { "jury_score", "member_id", "committee_member", true },
        { "jury_score", "initiative_id", "initiative", true },
        { "jury_score", "criterion_id", "jury_criterion", true },
        { "jury_comment", "session_id", "jury_session", true },
        { "jury_comment", "member_id", "committee_member", true },
        { "jury_comment", "initiative_id", "initiative", true },
        { "jury_decision", "session_id", "jury_session", true },
        { "jury_decision", "initiative_id", "initiative", true },
        { "recusal", "committee_id", "committee", true },
        { "recusal", "member_id", "committee_member", true },
        { "recusal", "initiative_id", "initiative", true },
        { "session_amendment", "committee_id", "committee", true },
        { "session_amendment", "initiative_id", "initiative", false },
        { "jury_pack_import", "session_id", "jury_session", true },
        { "jury_discussion", "session_id", "jury_session", true },
        { "jury_discussion", "initiative_id", "initiative", true },
        { "jury_pack_import", "member_id", "committee_member", true },
        { "letter_template", "programme_id", "programme", true },
    };
    return keys;
}

QString RecordService::referencedTable(const QString &table, const QString &column)
{
    for (const ForeignKey &fk : foreignKeys()) {
        if (table == QLatin1String(fk.child) && column == QLatin1String(fk.column))
            return QLatin1String(fk.parent);
    }
    return {};
}

} // namespace tremplin
