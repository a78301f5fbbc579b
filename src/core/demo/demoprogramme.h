// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tremplin {

class Database;

/// Fills an empty database with promotion 1 of the Accélérateur d'Initiatives Citoyennes: its
/// real calendar, its 9 laureates with their carriers and public partners, and grants following
/// the published 80 k€ + 60 k€ scheme. Per-laureate amounts, identifiers and funding decisions
/// are not public: those rows are flagged illustrative in the data. All-or-nothing.
void writeDemoProgramme(Database &db);

/// A SIRET that passes the check digit, built from @p seed, for illustrative records. It never
/// starts with La Poste's SIREN.
QString illustrativeSiret(int seed);

} // namespace tremplin
