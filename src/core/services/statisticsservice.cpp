// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticsservice.h"

#include "../database/query.h"

namespace tremplin {

ProgrammeSummary StatisticsService::summary() const
{
    ProgrammeSummary s;
    auto count = [this](const char *sql) {
        return Query(m_db, QString::fromLatin1(sql)).scalar().toInt();
    };
    auto cents = [this](const char *sql) {
        return Money::fromCents(Query(m_db, QString::fromLatin1(sql)).scalar().toLongLong());
    };
    s.programmeName = Query(m_db, QStringLiteral("SELECT name FROM programme ORDER BY id LIMIT 1"))
                          .scalar()
                          .toString();
    s.programmes = count("SELECT COUNT(*) FROM programme");
    s.promotions = count("SELECT COUNT(*) FROM promotion");
    s.phases = count("SELECT COUNT(*) FROM phase");
    s.initiatives = count("SELECT COUNT(*) FROM initiative");
    s.laureates
        = count("SELECT COUNT(*) FROM initiative WHERE lifecycle IN ('laureate', 'alumni')");
    s.organisations = count("SELECT COUNT(*) FROM organisation");
    s.publicPartners = count("SELECT COUNT(DISTINCT administration_id) FROM initiative_partner");
    s.people = count("SELECT COUNT(*) FROM person");
    s.needs = count("SELECT COUNT(*) FROM need");
    s.actions = count("SELECT COUNT(*) FROM action_item");
    s.committees = count("SELECT COUNT(*) FROM committee");
    s.decisions = count("SELECT COUNT(*) FROM decision");
    s.grants = count("SELECT COUNT(*) FROM grant_award");
    s.disbursements = count("SELECT COUNT(*) FROM disbursement");
    s.indicators = count("SELECT COUNT(*) FROM indicator");
    s.journalEntries = count("SELECT COUNT(*) FROM journal_entry");
    s.envelope = cents("SELECT COALESCE(SUM(envelope_cents), 0) FROM promotion");
    s.committed = cents("SELECT COALESCE(SUM(committed_cents), 0) FROM grant_award "
                        "WHERE status <> 'cancelled'");
    s.disbursed = cents("SELECT COALESCE(SUM(amount_cents), 0) FROM disbursement");
    s.containsIllustrativeAmounts = count("SELECT COUNT(*) FROM grant_award WHERE illustrative = 1")
            + count("SELECT COUNT(*) FROM promotion WHERE envelope_illustrative = 1")
        > 0;
    s.demo = count("SELECT COUNT(*) FROM meta WHERE key = 'demo'") > 0;
    return s;
}

} // namespace tremplin
