// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryranking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace tremplin::jury {

namespace {

/// Mean and population standard deviation of a running sum.
struct Moments
{
    double sum = 0;
    double sumSquares = 0;
    int count = 0;

    void add(double v)
    {
        sum += v;
        sumSquares += v * v;
        ++count;
    }
    double mean() const { return count > 0 ? sum / count : 0; }
    double deviation() const
    {
        if (count == 0)
            return 0;
        const double m = mean();
        return std::sqrt(std::max(0.0, sumSquares / count - m * m));
    }
};

/// Scores that differ only by rounding noise are equal (a tie shares a rank).
bool sameScore(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

} // namespace

Ranking computeRanking(const RankingInput &input, const RankingOptions &options)
{
    const int jurorCount = int(input.jurors.size());
    const int applicationCount = int(input.applications.size());
    const int criterionCount = int(input.criterionWeights.size());
    const double allWeights
        = std::accumulate(input.criterionWeights.begin(), input.criterionWeights.end(), 0.0);
    const std::size_t cells = std::size_t(jurorCount) * std::size_t(applicationCount);

    std::vector<char> excluded(std::size_t(jurorCount), 0);
    for (int j = 0; j < jurorCount; ++j)
        excluded[std::size_t(j)]
            = options.excludedJurors.contains(input.jurors[std::size_t(j)].memberId);

    // Each juror's weighted sum and number of criteria scored per application.
    std::vector<double> weighted(cells, 0.0);
    std::vector<int> scored(cells, 0);
    std::vector<char> conflicted(cells, 0);
    for (const RankingInput::Conflict &c : input.conflicts)
        conflicted[std::size_t(c.juror) * std::size_t(applicationCount)
            + std::size_t(c.application)]
            = 1;
    for (const RankingInput::Score &s : input.scores) {
        const std::size_t cell
            = std::size_t(s.juror) * std::size_t(applicationCount) + std::size_t(s.application);
        weighted[cell] += input.criterionWeights[std::size_t(s.criterion)] * s.score;
        ++scored[cell];
    }

    Ranking ranking;
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> totals(cells, none);
    std::vector<Moments> jurorMoments(static_cast<std::size_t>(jurorCount));
    std::array<Moments, 2> trackMoments;
    for (int j = 0; j < jurorCount; ++j) {
        if (excluded[std::size_t(j)])
            continue;
        const int track = int(input.jurors[std::size_t(j)].track);
        for (int a = 0; a < applicationCount; ++a) {
            const std::size_t cell
                = std::size_t(j) * std::size_t(applicationCount) + std::size_t(a);
            if (conflicted[cell] || scored[cell] == 0)
                continue;
            if (scored[cell] < criterionCount || allWeights <= 0) {
                ranking.incomplete.append({ input.jurors[std::size_t(j)].memberId,
                    input.applications[std::size_t(a)], scored[cell] });
                continue;
            }
            const double total = weighted[cell] / allWeights;
            totals[cell] = total;
            jurorMoments[std::size_t(j)].add(total);
            trackMoments[std::size_t(track)].add(total);
        }
    }

    // Per application and track: the sum and count of the (rescaled) totals.
    std::vector<std::array<Moments, 2>> perTrack(static_cast<std::size_t>(applicationCount));
    std::vector<double> lowest(std::size_t(applicationCount), none);
    std::vector<double> highest(std::size_t(applicationCount), none);
    std::vector<int> counted(std::size_t(applicationCount), 0);
    for (int j = 0; j < jurorCount; ++j) {
        if (excluded[std::size_t(j)])
            continue;
        const int track = int(input.jurors[std::size_t(j)].track);
        const Moments &own = jurorMoments[std::size_t(j)];
        const double m = own.mean();
        const double s = own.deviation();
        const double trackMean = trackMoments[std::size_t(track)].mean();
        const double trackDeviation = trackMoments[std::size_t(track)].deviation();
        for (int a = 0; a < applicationCount; ++a) {
            const double total
                = totals[std::size_t(j) * std::size_t(applicationCount) + std::size_t(a)];
            if (std::isnan(total))
                continue;
            double value = total;
            if (options.method == RankingMethod::ZScore) {
                const double z = (own.count < 2 || s <= 0) ? 0.0 : (total - m) / s;
                value = trackMean + z * trackDeviation;
            }
            perTrack[std::size_t(a)][std::size_t(track)].add(value);
            ++counted[std::size_t(a)];
            if (std::isnan(lowest[std::size_t(a)]) || total < lowest[std::size_t(a)])
                lowest[std::size_t(a)] = total;
            if (std::isnan(highest[std::size_t(a)]) || total > highest[std::size_t(a)])
                highest[std::size_t(a)] = total;
        }
    }

    std::array<std::optional<double>, 2> weights = input.trackWeights;
    for (std::size_t t = 0; t < 2; ++t) {
        if (options.trackWeights[t])
            weights[t] = options.trackWeights[t];
    }

    ranking.rows.reserve(applicationCount);
    for (int a = 0; a < applicationCount; ++a) {
        RankedApplication row;
        row.initiativeId = input.applications[std::size_t(a)];
        row.jurors = counted[std::size_t(a)];
        if (row.jurors > 0)
            row.spread = highest[std::size_t(a)] - lowest[std::size_t(a)];
        double weightedSum = 0;
        double weightSum = 0;
        for (std::size_t t = 0; t < 2; ++t) {
            const Moments &m = perTrack[std::size_t(a)][t];
            if (m.count > 0) {
                row.tracks[t] = m.mean();
                const double w = weights[t].value_or(0);
                weightedSum += w * m.mean();
                weightSum += w;
            } else if (input.trackWeights[t]) {
                row.missingTrack = true;
            }
        }
        if (weightSum > 0)
            row.score = weightedSum / weightSum;
        ranking.rows.append(row);
    }

    std::stable_sort(ranking.rows.begin(), ranking.rows.end(),
        [](const RankedApplication &l, const RankedApplication &r) {
            if (l.score.has_value() != r.score.has_value())
                return l.score.has_value();
            return l.score && *l.score > *r.score && !sameScore(*l.score, *r.score);
        });
    for (int i = 0; i < ranking.rows.size(); ++i) {
        RankedApplication &row = ranking.rows[i];
        if (!row.score)
            break;
        const bool tie = i > 0 && sameScore(*row.score, *ranking.rows.at(i - 1).score);
        row.rank = tie ? ranking.rows.at(i - 1).rank : i + 1;
    }
    return ranking;
}

TopChange compareTop(const Ranking &before, const Ranking &after, int places)
{
    const auto top = [places](const Ranking &r) {
        QList<qint64> ids;
        for (const RankedApplication &row : r.rows) {
            if (row.rank > 0 && row.rank <= places)
                ids.append(row.initiativeId);
        }
        return ids;
    };
    const QList<qint64> was = top(before);
    const QList<qint64> is = top(after);
    TopChange change;
    for (qint64 id : is) {
        if (!was.contains(id))
            change.entering.append(id);
    }
    for (qint64 id : was) {
        if (!is.contains(id))
            change.leaving.append(id);
    }
    return change;
}

} // namespace tremplin::jury
