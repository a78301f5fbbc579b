// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/money.h"

#include <QList>
#include <QPair>
#include <QString>

namespace tremplin {

class Database;

/// Counts and totals of a whole database, for `tremplin-cli info` and the overview.
struct ProgrammeSummary
{
    QString programmeName;
    int programmes = 0;
    int promotions = 0;
    int phases = 0;
    int initiatives = 0;
    int laureates = 0; ///< laureate or alumni: selected at some point
    int organisations = 0;
    /// "Public partners" in the window and in `tremplin-cli info`: administrations engaged
    /// with at least one initiative (not every administration of the address book).
    int publicPartners = 0;
    int people = 0;
    int needs = 0;
    int actions = 0;
    int committees = 0;
    int decisions = 0;
    int grants = 0;
    int disbursements = 0;
    int indicators = 0;
    int journalEntries = 0;
    Money envelope;
    Money committed;
    Money disbursed;
    bool containsIllustrativeAmounts = false;
    bool demo = false; ///< the demo programme (tremplin-cli demo), whose public facts are known
};

class StatisticsService
{
public:
    explicit StatisticsService(Database &db)
        : m_db(db)
    { }
    ProgrammeSummary summary() const;

private:
    Database &m_db;
};

} // namespace tremplin
