// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/timeline.h"
#include "timelinelayout.h"
#include "timelinerenderer.h"
#include "timescale.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <functional>

class QFontMetrics;
class QLabel;
class QPrinter;

namespace tremplin {

class Document;
class TimelineModel;

/// The programme calendar: phases as bands on top over a date axis that adapts its ticks to
/// the zoom, one row per initiative (names in a sticky column) with its participation in each
/// phase as bars coloured and patterned by status assessment, the planned dates as a thin
/// baseline under each bar with the slip in days, milestones (committee decisions, payments,
/// action due dates, programme events) on their own lane above the bars so they never hide a
/// bar's label, a today line, and a legend (on screen when asked, always in exports). Paints
/// only the rows on screen.
///
/// Bars can be dragged (move) or their ends dragged (resize), snapping to days, and so can the
/// phases' bands of the header; each change is one undoable command checked like a form edit.
///
/// The view owns scrolling, zoom and the mouse: where things go is a TimelineLayout of the
/// frame shown (also what presses hit-test), and TimelineRenderer paints it, as it paints the
/// exports and the printed pages. A drag only produces a command.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    // The geometry's constants (TimelineLayout's), under the names the tests and pages use.
    static constexpr int NameWidth = TimelineLayout::NameWidth;
    static constexpr int BandHeight = TimelineLayout::BandHeight;
    static constexpr int AxisHeight = TimelineLayout::AxisHeight;
    static constexpr int HeaderHeight = TimelineLayout::HeaderHeight;
    static constexpr int RowHeight = TimelineLayout::RowHeight;
    static constexpr int BarHeight = TimelineLayout::BarHeight;
    static constexpr int HandleWidth = TimelineLayout::HandleWidth;
    static constexpr int MarkerLane = TimelineLayout::MarkerLane;
    static constexpr int MarkerSize = TimelineLayout::MarkerSize;
    static constexpr int BarTop = TimelineLayout::BarTop;

    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(TimelineModel *model);
    TimelineModel *model() const { return m_model; }
    void setDocument(Document *document);

    const TimeScale &scale() const { return m_scale; }
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    void zoomIn();
    void zoomOut();
    void fitAll();
    void scrollToDate(const QDate &date);

    qint64 currentId() const { return m_current; }
    void setCurrentId(qint64 id);

    /// Geometry in viewport coordinates (also what tests check pixels against).
    double xForDate(const QDate &date) const;
    int yForRow(int row) const;
    int rowAtY(int y) const;
    QRectF barRect(int row, const DateRange &range) const;
    /// Centre of the marker of a milestone dated @p date on @p row.
    QPointF milestonePoint(int row, const QDate &date) const;
    /// The band of the programme phase @p phaseId in the header; null when not shown.
    QRectF phaseBand(qint64 phaseId) const;

    /// Where a row's things are painted, in viewport coordinates (what draw() paints and what
    /// tests check): bars, the text inside them, the slip after them, milestone markers.
    struct RowGeometry
    {
        QList<QRectF> bars;
        QList<QRectF> labels; ///< per bar; null when the bar is too narrow for any label
        QStringList labelTexts; ///< per bar
        QList<QRectF> slips; ///< per bar; null when on time or no room before the next bar
        QStringList slipTexts; ///< per bar: "+3 d" late, "-2 d" early, empty
        QList<QRectF> markers; ///< per milestone shown at this zoom
    };
    RowGeometry rowGeometry(int row) const;
    /// The layout of what the viewport shows now (a drag in progress included).
    TimelineLayout viewportLayout() const;

    /// See TimelineLayout::fittingLabel() and shortLabel().
    static QString fittingLabel(const QString &name, double width, const QFontMetrics &metrics)
    {
        return TimelineLayout::fittingLabel(name, width, metrics);
    }
    static QString shortLabel(const QString &name) { return TimelineLayout::shortLabel(name); }

    /// The legend under the rows on screen (exports always have one).
    bool isLegendVisible() const { return m_legendVisible; }
    void setLegendVisible(bool visible);
    /// Height of the legend laid out in @p width pixels (it wraps to as many lines as needed).
    int legendHeight(int width) const;
    /// The legend's area in the viewport; empty when hidden.
    QRect legendRect() const;

    /// The text shown over the rows area when there is no row (says what to do).
    void setEmptyText(const QString &text);
    QLabel *emptyStateLabel() const { return m_empty; }

    /// Draws the timeline for rows [firstRow, firstRow + rows) and dates [from, to] into
    /// @p painter at the current zoom, header, names and legend included (exports, printing).
    void render(
        QPainter *painter, int firstRow, int rows, const QDate &from, const QDate &to) const;
    /// Size render() needs for those rows and dates.
    QSize renderSize(int rows, const QDate &from, const QDate &to) const;
    /// Writes PNG, SVG or PDF (by suffix): what is on screen, or everything when @p all.
    bool exportTo(const QString &path, bool all, QString *error = nullptr);
    /// Prints: scaled to the page width (tiled over pages downwards), or at full size tiled
    /// across and down pages.
    void print(QPrinter *printer, bool fitToWidth);

Q_SIGNALS:
    void currentChanged(qint64 initiativeId);
    void activated(qint64 initiativeId);
    /// A drag was refused; the message says why.
    void editRefused(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The layout of @p frame at the current zoom, its text measured on @p device.
    TimelineLayout layoutFrame(
        const TimelineLayout::Frame &frame, const QPaintDevice *device) const;
    TimelineLayout::Source source() const;
    TimelineRenderer::Options renderOptions(bool exporting) const;
    int rowsAreaHeight() const;
    void placeEmptyState();
    void updateScrollBars();
    void zoomAt(double factor, double viewportX);
    /// Turns a finished drag into its command.
    void commitDrag(const TimelineHit &drag, int days);
    /// Turns a finished drag of a phase band into its command.
    void commitPhaseDrag(const Phase &phase, TimelineHit::Part part, int days);
    QString toolTipAt(const QPoint &pos) const;

    QPointer<TimelineModel> m_model;
    QPointer<Document> m_document;
    TimeScale m_scale;
    QDate m_today = QDate::currentDate();
    qint64 m_current = 0;
    bool m_fitted = false;
    bool m_legendVisible = false;
    QLabel *m_empty = nullptr;

    // Drag in progress.
    TimelineHit m_drag;
    TimelineBar m_dragBar;
    TimelineMilestone m_dragMilestone;
    QPoint m_pressPos;
    int m_dragDays = 0;
    /// A phase band being dragged (index in the model's phases; -1 when none).
    TimelineLayout::PhaseHit m_dragPhase;
};

} // namespace tremplin
