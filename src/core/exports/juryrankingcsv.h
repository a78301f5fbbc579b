// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../services/juryranking.h"
#include "../services/juryservice.h"

#include <QList>
#include <QString>

namespace tremplin::jury {

/// The ranking as `tremplin-cli jury ranking --format csv` writes it and the Jury workspace
/// exports it: one line per application, best first, under the header rank, candidate,
/// ds_number, score, expert, citizen, jurors, spread, missing_track (codes, not translated, so
/// that a script reads any user's file). Numbers have a decimal point and four decimals; an
/// empty cell is a missing value. The candidate's name is neutralised against spreadsheet
/// formulas. Lines end with '\n'.
QString rankingCsv(const Ranking &ranking, const QList<JuryApplication> &applications);

} // namespace tremplin::jury
