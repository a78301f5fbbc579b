// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryrankingtotals.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tremplin::jury {

std::vector<std::vector<double>> jurorTotals(const RankingInput &input)
{
    const std::size_t applications = input.applications.size();
    const std::size_t cells = input.jurors.size() * applications;
    const double allWeights
        = std::accumulate(input.criterionWeights.begin(), input.criterionWeights.end(), 0.0);
    std::vector<double> weighted(cells, 0.0);
    std::vector<int> scored(cells, 0);
    for (const RankingInput::Score &s : input.scores) {
        const std::size_t cell = std::size_t(s.juror) * applications + std::size_t(s.application);
        weighted[cell] += input.criterionWeights[std::size_t(s.criterion)] * s.score;
        ++scored[cell];
    }
    for (const RankingInput::Conflict &c : input.conflicts)
        scored[std::size_t(c.juror) * applications + std::size_t(c.application)] = 0;

    std::vector<std::vector<double>> totals(input.jurors.size());
    const int criteria = int(input.criterionWeights.size());
    if (allWeights <= 0 || criteria == 0)
        return totals;
    for (std::size_t j = 0; j < input.jurors.size(); ++j) {
        for (std::size_t a = 0; a < applications; ++a) {
            const std::size_t cell = j * applications + a;
            if (scored[cell] == criteria)
                totals[j].push_back(weighted[cell] / allWeights);
        }
    }
    return totals;
}

BoxSummary boxSummary(std::vector<double> values)
{
    BoxSummary box;
    if (values.empty())
        return box;
    std::sort(values.begin(), values.end());
    const auto at = [&values](double p) {
        const double position = p * double(values.size() - 1);
        const auto below = std::size_t(std::floor(position));
        const std::size_t above = std::min(below + 1, values.size() - 1);
        return values[below] + (position - double(below)) * (values[above] - values[below]);
    };
    box.count = int(values.size());
    box.minimum = values.front();
    box.lowerQuartile = at(0.25);
    box.median = at(0.5);
    box.upperQuartile = at(0.75);
    box.maximum = values.back();
    box.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    return box;
}

} // namespace tremplin::jury
