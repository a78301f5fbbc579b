// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace tremplin {

class Database;

/// Fills an empty database with a large, realistic and valid programme for benchmarks and
/// trials: promotions with their calendar, initiatives with carriers holding valid SIRET and
/// RNA numbers, themes, needs, actions, participation, decisions, grants in tranches and their
/// payments (never above the commitment), indicators and journal entries. The same seed gives
/// the same programme. Everything is written in one transaction with prepared statements.
struct GeneratorOptions
{
    int initiatives = 1000;
    int disbursements = 10000;
    quint32 seed = 1;
};

struct GeneratorResult
{
    int promotions = 0;
    int initiatives = 0;
    int grants = 0;
    int disbursements = 0;
};

GeneratorResult generateProgramme(Database &db, const GeneratorOptions &options);

} // namespace tremplin
