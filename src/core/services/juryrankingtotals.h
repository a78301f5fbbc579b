// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "juryranking.h"

#include <vector>

namespace tremplin::jury {

/// Each juror's totals that count in the ranking (every criterion scored, no conflict of
/// interest), in the order of RankingInput::jurors: what the jurors' score distribution shows.
/// A total is the weighted mean of the juror's scores over the criteria, as in
/// computeRanking().
std::vector<std::vector<double>> jurorTotals(const RankingInput &input);

/// The five numbers of a box plot and the mean of a list of values.
struct BoxSummary
{
    int count = 0;
    double minimum = 0;
    double lowerQuartile = 0;
    double median = 0;
    double upperQuartile = 0;
    double maximum = 0;
    double mean = 0;
};

/// Quartiles by linear interpolation between the sorted values (position p·(n − 1), as
/// spreadsheets' QUARTILE.INC); all zero for no values.
BoxSummary boxSummary(std::vector<double> values);

} // namespace tremplin::jury
