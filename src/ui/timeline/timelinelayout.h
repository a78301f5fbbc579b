// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/timeline.h"
#include "timescale.h"

#include <QFontMetrics>
#include <QList>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QStringList>
#include <functional>

namespace tremplin {

/// What is under a point of the timeline: a row, and on it a bar (its body or one of its ends)
/// or a movable milestone's marker.
struct TimelineHit
{
    enum Part { None, Body, Start, End, Milestone };
    int row = -1;
    int bar = -1; ///< index in the row's bars
    int milestone = -1; ///< index in the row's milestones
    Part part = None;
};

/// Where everything of one frame of the timeline goes (the rows on screen, a page of an export
/// or a printed tile), computed from the rows and the TimeScale without painting: the one
/// geometry that the renderer paints, the mouse hit-tests and the tests check. x and y are in
/// the frame's coordinates: the names column from 0 to NameWidth, the header from 0 to
/// HeaderHeight.
class TimelineLayout
{
public:
    static constexpr int NameWidth = 230;
    static constexpr int BandHeight = 30;
    static constexpr int AxisHeight = 26;
    static constexpr int HeaderHeight = BandHeight + AxisHeight;
    static constexpr int RowHeight = 34;
    static constexpr int BarHeight = 12;
    static constexpr int HandleWidth = 5;
    /// Lanes of a row, from its top: markers centred at MarkerLane, bars from BarTop.
    static constexpr int MarkerLane = 9;
    static constexpr int MarkerSize = 14;
    static constexpr int BarTop = 17;
    /// Zoomed out further, payments and due actions would bury the bars: only committee
    /// decisions keep a marker (the tooltips and closer zooms show the rest).
    static constexpr double DetailedMarkersPixelsPerDay = 0.6;
    /// Zoomed out further, a bar's slip is not written after it.
    static constexpr double SlipPixelsPerDay = 1.0;

    /// The part of the timeline a frame shows.
    struct Frame
    {
        double xOffset = 0; ///< content x (TimeScale) at the left edge of the dates area
        int firstRow = 0;
        int yOffset = 0; ///< pixels of firstRow hidden above the rows area
        QSize size; ///< header and rows area (no legend)
    };
    /// The rows to lay out, read on demand (a page at a time from the model's cache).
    struct Source
    {
        int rowCount = 0;
        std::function<TimelineRow(int row)> row;
    };
    /// A drag in progress: the hit thing moved by @c days.
    struct Drag
    {
        TimelineHit hit;
        int days = 0;
    };

    struct Bar
    {
        QRectF rect;
        QRectF baseline; ///< the planned dates under the bar; null when unplanned
        QRectF label; ///< null when the bar is too narrow for any label
        QString labelText;
        QRectF slip; ///< null when on time or no room before the next bar
        QString slipText; ///< "+3 d" late, "-2 d" early, empty
        bool dragged = false;
    };
    struct Marker
    {
        int milestone = -1; ///< index in the row's milestones
        QRectF rect;
    };
    struct Row
    {
        int index = -1;
        double top = 0;
        TimelineRow data;
        QList<Bar> bars; ///< one per data.bars
        QList<Marker> markers; ///< the milestones shown at this zoom
        bool startsPromotion
            = false; ///< a promotion's first row on this frame (its name is written)
    };
    struct Tick
    {
        QDate date;
        double x = 0;
        QString label; ///< empty when it would overlap the previous one
    };

    TimelineLayout() = default;
    TimelineLayout(const TimeScale &scale, const Frame &frame);

    /// Lays out the frame's rows of @p source (and the date axis) with text measured by
    /// @p small; @p drag shows a drag in progress.
    void layout(const Source &source, const QFontMetrics &small, const Drag &drag);
    void layout(const Source &source, const QFontMetrics &small);

    const TimeScale &scale() const { return m_scale; }
    const Frame &frame() const { return m_frame; }
    /// The frame's x of the start of @p date.
    double x(const QDate &date) const { return NameWidth + m_scale.x(date) - m_frame.xOffset; }
    /// Dates of the frame (a day of margin each side).
    QDate firstDay() const;
    QDate lastDay() const;
    /// The frame's y of the top of @p row (any row, laid out or not).
    double rowTop(int row) const
    {
        return HeaderHeight + double(row - m_frame.firstRow) * RowHeight - m_frame.yOffset;
    }
    /// The row at @p y, or -1 (header, past the last row of @p rowCount or of the frame).
    int rowAt(double y, int rowCount) const;
    QRectF barRect(int row, const DateRange &range) const;
    /// Centre of the marker of a milestone dated @p date on @p row.
    QPointF milestonePoint(int row, const QDate &date) const;
    /// Whether a milestone gets a marker at this zoom.
    bool markerShown(const TimelineMilestone &m) const;

    const QList<Row> &rows() const { return m_rows; }
    /// The laid-out row @p index, or nullptr.
    const Row *row(int index) const;
    const QList<Tick> &ticks() const { return m_ticks; }

    /// The bar end, bar or movable milestone under @p pos (what a press there drags).
    TimelineHit hitTest(const QPointF &pos) const;

    /// The dates a phase's band shows: its actual dates where set, else the planned ones.
    static DateRange phaseShown(const Phase &phase);
    /// Where the band of @p phase is in the header (a one-day event or committee: around its
    /// flag); null for a phase without dates.
    QRectF phaseBand(const Phase &phase) const;
    /// What of the phases' bands is under @p pos: its index in @p phases and the part (body,
    /// start or end; only the body of a flag); index -1 when none.
    struct PhaseHit
    {
        int phase = -1;
        TimelineHit::Part part = TimelineHit::None;
    };
    PhaseHit phaseHitTest(const QList<Phase> &phases, const QPointF &pos) const;
    /// The index in its row's milestones of the marker under @p pos, or -1 (tooltips).
    int markerAt(const QPointF &pos, int *row) const;

    /// The text to write in @p width pixels for a phase named @p name: the name when it fits,
    /// else its short form when that fits, else nothing (never "P…").
    static QString fittingLabel(const QString &name, double width, const QFontMetrics &metrics);
    /// A short form of a phase name: "Phase 2" → "P2", "Phase 1 — P3" → "P1 P3",
    /// "Sélection 4" → "S4", "Incubation" → "Inc.".
    static QString shortLabel(const QString &name);
    /// "+3 d" late, "-2 d" early (translated).
    static QString slipText(int days);
    /// Lays out the legend's @p count entries of @p texts in @p width pixels; returns its height.
    static int layoutLegend(
        const QFontMetrics &metrics, const QStringList &texts, int width, QList<QRect> *entries);
    static constexpr int LegendSymbolWidth = 24;
    static constexpr int LegendLineHeight = 18;

private:
    Row layoutRow(
        int index, const TimelineRow &data, const QFontMetrics &small, const Drag &drag) const;

    TimeScale m_scale;
    Frame m_frame;
    QList<Row> m_rows;
    QList<Tick> m_ticks;
    int m_rowCount = 0;
};

} // namespace tremplin
