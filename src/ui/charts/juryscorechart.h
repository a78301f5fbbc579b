// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/services/juryrankingtotals.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <vector>

class QChart;
class QChartView;

namespace tremplin {

/// The jurors' score distribution: for each juror, a box (lowest, lower quartile, median, upper
/// quartile, highest) of their complete totals, jurors grouped by track, with each track's mean
/// of all totals as a line across its group, so that a severe or a generous juror stands out.
/// It reads in black and white: tracks are told apart by a label under their group, the fill
/// (white or hatched grey) and the mean lines' dashes, never by colour alone. Qt Charts behind
/// the project's own widget, as GrantChart.
class JuryScoreChart : public QWidget
{
    Q_OBJECT
public:
    /// One juror's totals.
    struct Juror
    {
        QString name;
        JuryTrack track = JuryTrack::Expert;
        std::vector<double> totals;
        /// Left out of the ranking by the what-if panel (said under the name).
        bool leftOut = false;
    };

    explicit JuryScoreChart(QWidget *parent = nullptr);
    ~JuryScoreChart() override;

    /// Shows @p jurors on the score scale from @p scaleMin to @p scaleMax.
    void setJurors(const QList<Juror> &jurors, double scaleMin, double scaleMax);

    /// The juror labels under the boxes, left to right (as text; drawn with line breaks).
    QStringList categories() const;
    /// The five numbers drawn for the juror of that name (read from the chart's series), or
    /// nothing when the juror has no box.
    std::optional<jury::BoxSummary> drawnBox(const QString &juror) const;
    /// The track mean line drawn for @p track, when the track has totals.
    std::optional<double> drawnTrackMean(JuryTrack track) const;
    /// The title and the note under it, as drawn.
    QString title() const;

    /// Writes the chart as PNG, SVG or PDF (by the suffix); false with a reason on failure.
    bool exportTo(const QString &path, QString *error = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QList<Juror> m_jurors;
    QStringList m_categories;
    double m_scaleMin = 0;
    double m_scaleMax = 5;
    QChart *m_chart;
    QChartView *m_view;
};

} // namespace tremplin
