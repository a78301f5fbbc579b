// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"

#include <QList>
#include <QSet>
#include <QtGlobal>
#include <array>
#include <optional>
#include <vector>

namespace tremplin::jury {

/// Everything the ranking reads, as plain values: the window, the CLI and the benchmark build it
/// once from the database (JuryService::rankingInput()) and recompute the ranking from it at
/// every what-if change without touching the file. Jurors, applications and criteria are
/// referred to by their index in the lists below.
struct RankingInput
{
    struct Juror
    {
        qint64 memberId = 0;
        JuryTrack track = JuryTrack::Expert;
    };
    struct Score
    {
        int juror = 0;
        int application = 0;
        int criterion = 0;
        double score = 0;
    };
    struct Conflict
    {
        int juror = 0;
        int application = 0;
    };
    /// The criteria's weights, in the criteria's order.
    std::vector<double> criterionWeights;
    std::vector<Juror> jurors;
    /// The applications' initiative ids.
    std::vector<qint64> applications;
    std::vector<Score> scores;
    /// Declared conflicts of interest: such a juror's scores for that application never count.
    std::vector<Conflict> conflicts;
    /// The session's tracks and their declared weights (a track absent here does not count).
    std::array<std::optional<double>, 2> trackWeights;
};

/// What the what-if panel changes.
struct RankingOptions
{
    RankingMethod method = RankingMethod::Mean;
    /// Overrides the session's track weights when set.
    std::array<std::optional<double>, 2> trackWeights;
    /// Committee member ids left out of this computation.
    QSet<qint64> excludedJurors;
};

/// One application in the ranking.
struct RankedApplication
{
    qint64 initiativeId = 0;
    /// 1 for the best; equal scores share a rank; 0 when the application has no score.
    int rank = 0;
    std::optional<double> score;
    /// Per track (index: JuryTrack), the track score when the application has a complete total
    /// in it.
    std::array<std::optional<double>, 2> tracks;
    /// Jurors whose complete total counts.
    int jurors = 0;
    /// Highest minus lowest counted juror total (0 with fewer than two).
    double spread = 0;
    /// A track of the session in which the application has no complete total.
    bool missingTrack = false;
};

/// A juror's total that is not counted because some criteria are not scored yet.
struct IncompleteTotal
{
    qint64 memberId = 0;
    qint64 initiativeId = 0;
    int scored = 0;
};

struct Ranking
{
    /// Ranked applications first (best first), then those without any complete total.
    QList<RankedApplication> rows;
    QList<IncompleteTotal> incomplete;
};

/// The ranking as issue 13 defines it. A juror's total for an application is the weighted mean
/// of their scores over the criteria, counted only when every criterion is scored and the juror
/// has no conflict of interest with the application. Method mean: a track score is the mean of
/// its jurors' totals. Method zscore: each total becomes z = (T − mⱼ)/sⱼ over the juror's own
/// counted totals (population standard deviation; z = 0 when sⱼ = 0 or the juror has fewer
/// than two totals), rescaled to the track as M + z·S with M and S the mean and population
/// standard deviation of all counted totals of the track; the track score is the mean of the
/// rescaled totals. The combined score is Σ wₜ·scoreₜ / Σ wₜ over the tracks where the
/// application has a total (no score when those weights sum to zero).
Ranking computeRanking(const RankingInput &input, const RankingOptions &options);

/// Which applications enter and leave the top @p places from @p before to @p after (an
/// application is in the top when its rank is at most @p places, so ties at the boundary are
/// all in).
struct TopChange
{
    QList<qint64> entering;
    QList<qint64> leaving;
};
TopChange compareTop(const Ranking &before, const Ranking &after, int places);

} // namespace tremplin::jury
