// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditscope.h"

#include "query.h"

namespace tremplin {

namespace {

/// How a table reaches its scope: its own id, a parent column, or a parent column of a parent.
struct ScopeRule
{
    const char *table;
    const char *scope;
    const char *column; ///< nullptr: the row is the scope itself
    const char *via = nullptr; ///< the table @p column points to, whose @p viaColumn is the scope
    const char *viaColumn = nullptr;
};

constexpr ScopeRule rules[] = {
    { "initiative", "initiative", nullptr },
    { "grant_award", "grant_award", nullptr },
    { "committee", "committee", nullptr },
    { "participation", "initiative", "initiative_id" },
    { "need", "initiative", "initiative_id" },
    { "action_item", "initiative", "initiative_id" },
    { "initiative_person", "initiative", "initiative_id" },
    { "initiative_partner", "initiative", "initiative_id" },
    { "indicator", "initiative", "initiative_id" },
    { "journal_entry", "initiative", "initiative_id" },
    { "measurement", "initiative", "indicator_id", "indicator", "initiative_id" },
    { "disbursement", "grant_award", "grant_id" },
    { "decision", "committee", "committee_id" },
    { "committee_member", "committee", "committee_id" },
    { "agenda_item", "committee", "committee_id" },
    { "recusal", "committee", "committee_id" },
    { "session_amendment", "committee", "committee_id" },
    { "jury_session", "committee", "committee_id" },
    { "decision_amendment", "committee", "decision_id", "decision", "committee_id" },
    { "decision_sponsor", "committee", "decision_id", "decision", "committee_id" },
    { "jury_track", "committee", "session_id", "jury_session", "committee_id" },
    { "jury_criterion", "committee", "session_id", "jury_session", "committee_id" },
    { "jury_assignment", "committee", "session_id", "jury_session", "committee_id" },
    { "jury_conflict", "committee", "session_id", "jury_session", "committee_id" },
    { "jury_score", "committee", "session_id", "jury_session", "committee_id" },
    { "jury_comment", "committee", "session_id", "jury_session", "committee_id" },
    { "jury_decision", "committee", "session_id", "jury_session", "committee_id" },
    { "jury_pack_import", "committee", "session_id", "jury_session", "committee_id" },
};

} // namespace

AuditScope auditScope(const Database &db, const QString &table, qint64 id)
{
    if (id <= 0)
        return {};
    for (const ScopeRule &rule : rules) {
        if (table != QLatin1String(rule.table))
            continue;
        if (!rule.column)
            return { QLatin1String(rule.scope), id };
        // Names come from the table above, never from the caller.
        const QString sql = rule.via
            ? QStringLiteral("SELECT p.%1 FROM %2 t JOIN %3 p ON p.id = t.%4 WHERE t.id = ?")
                  .arg(QLatin1String(rule.viaColumn), QLatin1String(rule.table),
                      QLatin1String(rule.via), QLatin1String(rule.column))
            : QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                  .arg(QLatin1String(rule.column), QLatin1String(rule.table));
        const QVariant parent = Query(db, sql).bindAll(id).scalar();
        if (!parent.isValid() || parent.isNull())
            return {};
        return { QLatin1String(rule.scope), parent.toLongLong() };
    }
    return {};
}

} // namespace tremplin
