// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../savepicture.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace tremplin {

namespace {

/// Colour and fill pattern of each status: patterns keep statuses apart in black and white.
struct StatusLook
{
    QColor colour;
    Qt::BrushStyle pattern;
};
StatusLook look(PhaseStatus s)
{
    switch (s) {
    case PhaseStatus::NotStarted:
        return { QColor(0xb0, 0xb0, 0xb0), Qt::Dense6Pattern };
    case PhaseStatus::InProgress:
        return { QColor(0x1f, 0x5f, 0xbf), Qt::SolidPattern };
    case PhaseStatus::OnTrack:
        return { QColor(0x1b, 0x9e, 0x77), Qt::SolidPattern };
    case PhaseStatus::AtRisk:
        return { QColor(0xe0, 0x8a, 0x00), Qt::Dense3Pattern };
    case PhaseStatus::OffTrack:
        return { QColor(0xc0, 0x20, 0x20), Qt::BDiagPattern };
    case PhaseStatus::Completed:
        return { QColor(0x3c, 0x4b, 0x5a), Qt::SolidPattern };
    case PhaseStatus::Stopped:
        return { QColor(0x20, 0x20, 0x20), Qt::DiagCrossPattern };
    }
    return { Qt::gray, Qt::SolidPattern };
}

const QColor TodayColour(0xd0, 0x10, 0x40);
const QColor GridColour(0xe4, 0xe4, 0xe4);

QString tickLabel(const QDate &d, TimeScale::Unit unit, const QLocale &locale)
{
    switch (unit) {
    case TimeScale::Unit::Day:
        return locale.toString(d, QStringLiteral("d MMM"));
    case TimeScale::Unit::Week:
        return locale.toString(d, QStringLiteral("d MMM"));
    case TimeScale::Unit::Month:
        return locale.toString(d, QStringLiteral("MMM yyyy"));
    case TimeScale::Unit::Quarter:
        return QCoreApplication::translate("tremplin::TimelineView", "Q%1 %2").arg((d.month() - 1) / 3 + 1).arg(d.year());
    case TimeScale::Unit::Year:
        return QString::number(d.year());
    }
    return {};
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(RowHeight);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

void TimelineView::setModel(TimelineModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateScrollBars(); viewport()->update(); });
        connect(m_model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
        connect(m_model, &TimelineModel::calendarChanged, this, [this] {
            // Fit once the view has its real width (not while it is being built).
            if (!m_fitted && m_model->span().start.isValid() && isVisible()
                && viewport()->width() > NameWidth + 100) {
                fitAll();
                m_fitted = true;
            }
            updateScrollBars();
            viewport()->update();
        });
    }
    m_fitted = false;
    updateScrollBars();
}

void TimelineView::setDocument(Document *document)
{
    m_document = document;
    m_fitted = false;
}

void TimelineView::setToday(const QDate &today)
{
    m_today = today;
    viewport()->update();
}

double TimelineView::xForDate(const QDate &date) const
{
    return NameWidth + m_scale.x(date) - horizontalScrollBar()->value();
}

int TimelineView::yForRow(int row) const
{
    return HeaderHeight + row * RowHeight - verticalScrollBar()->value();
}

int TimelineView::rowAtY(int y) const
{
    if (y < HeaderHeight || !m_model)
        return -1;
    const int row = (y - HeaderHeight + verticalScrollBar()->value()) / RowHeight;
    return row < m_model->rowCount() ? row : -1;
}

QPointF TimelineView::milestonePoint(int row, const QDate &date) const
{
    return QPointF(xForDate(date) + m_scale.pixelsPerDay / 2.0, yForRow(row) + RowHeight / 2.0 - 2);
}

QRectF TimelineView::barRect(int row, const DateRange &range) const
{
    const double x0 = xForDate(range.start);
    const double x1 = xForDate((range.end.isValid() ? range.end : range.start).addDays(1));
    const double top = yForRow(row) + (RowHeight - BarHeight) / 2.0 - 2;
    return QRectF(x0, top, std::max(2.0, x1 - x0), BarHeight);
}

void TimelineView::updateScrollBars()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int visibleHeight = viewport()->height() - HeaderHeight;
    verticalScrollBar()->setRange(0, std::max(0, rows * RowHeight - visibleHeight));
    verticalScrollBar()->setPageStep(std::max(RowHeight, visibleHeight));
    DateRange span = m_model ? m_model->span() : DateRange();
    if (!span.start.isValid())
        span = { m_today.addMonths(-6), m_today.addMonths(6) };
    // Room around the data: a month before, three after (and today).
    const QDate last = std::max(span.end.isValid() ? span.end : span.start, m_today).addMonths(3);
    const double width = m_scale.x(last);
    const int visibleWidth = viewport()->width() - NameWidth;
    horizontalScrollBar()->setRange(0, std::max(0, int(width) - visibleWidth));
    horizontalScrollBar()->setPageStep(std::max(1, visibleWidth));
}

void TimelineView::fitAll()
{
    DateRange span = m_model ? m_model->span() : DateRange();
    if (!span.start.isValid())
        span = { m_today.addMonths(-6), m_today.addMonths(6) };
    const QDate first = span.start.addDays(-14);
    const QDate last = (span.end.isValid() ? span.end : span.start).addDays(14);
    m_scale.fit(first, last, std::max(200, viewport()->width() - NameWidth - 8));
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void TimelineView::zoomAt(double factor, double viewportX)
{
    // The date under the mouse stays under the mouse.
    const double onScreen = std::max(0.0, viewportX - NameWidth);
    const double anchor = onScreen + horizontalScrollBar()->value();
    const double moved = m_scale.zoom(factor, anchor);
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(moved - onScreen)));
    viewport()->update();
}

void TimelineView::zoomIn()
{
    zoomAt(1.5, NameWidth + (viewport()->width() - NameWidth) / 2.0);
}

void TimelineView::zoomOut()
{
    zoomAt(1.0 / 1.5, NameWidth + (viewport()->width() - NameWidth) / 2.0);
}

void TimelineView::scrollToDate(const QDate &date)
{
    const int visibleWidth = viewport()->width() - NameWidth;
    horizontalScrollBar()->setValue(int(m_scale.x(date) - visibleWidth / 2.0));
}

void TimelineView::setCurrentId(qint64 id)
{
    if (id == m_current)
        return;
    m_current = id;
    if (m_model) {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            const int top = row * RowHeight;
            const int visible = viewport()->height() - HeaderHeight;
            if (top < verticalScrollBar()->value())
                verticalScrollBar()->setValue(top);
            else if (top + RowHeight > verticalScrollBar()->value() + visible)
                verticalScrollBar()->setValue(top + RowHeight - visible);
        }
    }
    viewport()->update();
    Q_EMIT currentChanged(id);
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (!m_fitted && m_model && m_model->span().start.isValid() && viewport()->width() > NameWidth + 100) {
        fitAll();
        m_fitted = true;
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (!m_fitted && isVisible() && m_model && m_model->span().start.isValid() && viewport()->width() > NameWidth + 100) {
        fitAll();
        m_fitted = true;
    }
    updateScrollBars();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const int v = verticalScrollBar()->value();
    Frame f;
    f.xOffset = horizontalScrollBar()->value();
    f.firstRow = v / RowHeight;
    f.yOffset = v % RowHeight;
    f.lastRow = f.firstRow + (viewport()->height() - HeaderHeight) / RowHeight + 1;
    f.size = viewport()->size();
    f.exporting = false;
    draw(p, f);
}

void TimelineView::draw(QPainter &p, const Frame &f) const
{
    const QLocale locale;
    const QPalette pal = palette();
    const int width = f.size.width();
    const int height = f.size.height();
    p.fillRect(QRect(QPoint(0, 0), f.size), Qt::white);
    auto xOf = [&](const QDate &d) { return NameWidth + m_scale.x(d) - f.xOffset; };
    const QDate firstDay = m_scale.dateAt(f.xOffset).addDays(-1);
    const QDate lastDay = m_scale.dateAt(f.xOffset + width - NameWidth).addDays(1);
    const int rows = m_model ? m_model->rowCount() : 0;
    const int lastRow = std::min(f.lastRow, rows - 1);

    // Rows: zebra, grid, bars, milestones.
    p.save();
    p.setClipRect(QRect(NameWidth, HeaderHeight, width - NameWidth, height - HeaderHeight));
    const QList<QDate> ticks = m_scale.ticks(firstDay, lastDay);
    for (int r = f.firstRow; r <= lastRow; ++r) {
        const int y = HeaderHeight + (r - f.firstRow) * RowHeight - f.yOffset;
        if (r % 2)
            p.fillRect(QRect(NameWidth, y, width - NameWidth, RowHeight), QColor(0xf6, 0xf7, 0xf9));
    }
    p.setPen(GridColour);
    for (const QDate &t : ticks)
        p.drawLine(QPointF(xOf(t), HeaderHeight), QPointF(xOf(t), height));
    // Programme events and committees: dotted lines through every row.
    if (m_model) {
        p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DotLine));
        for (const Phase &ph : m_model->phases()) {
            if (ph.kind == PhaseKind::Event || ph.kind == PhaseKind::Committee) {
                const QDate d = ph.actual.start.isValid() ? ph.actual.start : ph.planned.start;
                if (d.isValid())
                    p.drawLine(QPointF(xOf(d), HeaderHeight), QPointF(xOf(d), height));
            }
        }
    }
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int r = f.firstRow; r <= lastRow; ++r) {
        const int y = HeaderHeight + (r - f.firstRow) * RowHeight - f.yOffset;
        const TimelineRow row = m_model->rowData(r);
        if (row.initiativeId == m_current && !f.exporting)
            p.fillRect(QRect(NameWidth, y, width - NameWidth, RowHeight), QColor(0xdd, 0xe8, 0xfa));
        for (int b = 0; b < row.bars.size(); ++b) {
            TimelineBar bar = row.bars.at(b);
            DateRange shown = bar.shown();
            const bool dragged = m_drag.row == r && m_drag.bar == b && m_dragDays != 0;
            if (dragged) {
                if (m_drag.part != Hit::End)
                    shown.start = shown.start.addDays(m_dragDays);
                if (m_drag.part != Hit::Start)
                    shown.end = shown.end.addDays(m_dragDays);
            }
            const double top = y + (RowHeight - BarHeight) / 2.0 - 2;
            // Baseline: the planned dates, thin, under the bar.
            if (bar.planned.start.isValid()) {
                const DateRange plan { bar.planned.start, bar.planned.end.isValid() ? bar.planned.end : bar.planned.start };
                const double px0 = xOf(plan.start);
                const double px1 = xOf(plan.end.addDays(1));
                p.fillRect(QRectF(px0, top + BarHeight + 2, std::max(2.0, px1 - px0), 3), QColor(0x55, 0x55, 0x55));
            }
            const double x0 = xOf(shown.start);
            const double x1 = xOf(shown.end.addDays(1));
            const QRectF rect(x0, top, std::max(2.0, x1 - x0), BarHeight);
            const StatusLook l = look(bar.status);
            p.fillRect(rect, Qt::white);
            p.fillRect(rect, QBrush(l.colour, l.pattern));
            p.setPen(QPen(dragged ? TodayColour : QColor(0x20, 0x20, 0x20), dragged ? 2 : 1));
            p.drawRect(rect);
            // Phase name inside the bar when it fits, slip after it.
            p.setFont(small);
            const QString name = bar.phase;
            if (p.fontMetrics().horizontalAdvance(name) + 8 < rect.width()) {
                p.setPen(l.pattern == Qt::SolidPattern ? Qt::white : Qt::black);
                if (l.pattern != Qt::SolidPattern)
                    p.fillRect(QRectF(rect.left() + 2, rect.top() + 1, p.fontMetrics().horizontalAdvance(name) + 4, rect.height() - 2), QColor(255, 255, 255, 220));
                p.drawText(rect.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, name);
            }
            const int slip = bar.slipDays();
            if (slip != 0 && m_scale.pixelsPerDay >= 1.0) {
                p.setPen(slip > 0 ? TodayColour : QColor(0x1b, 0x7e, 0x57));
                p.drawText(QRectF(rect.right() + 4, rect.top() - 2, 80, BarHeight + 4), Qt::AlignVCenter | Qt::AlignLeft,
                           slip > 0 ? tr("+%n d", nullptr, slip) : tr("%n d", nullptr, slip));
            }
        }
        // Zoomed out to years, payments and due actions would bury the bars: only committee
        // decisions stay (the tooltips and closer zooms show the rest).
        const bool detailed = m_scale.pixelsPerDay >= 0.6;
        for (int k = 0; k < row.milestones.size(); ++k) {
            const TimelineMilestone &m = row.milestones.at(k);
            if (!m.date.isValid() || (!detailed && m.kind != TimelineMilestone::Decision))
                continue;
            const bool draggedMilestone = m_drag.row == r && m_drag.milestone == k && m_dragDays != 0;
            const double cx = xOf(draggedMilestone ? m.date.addDays(m_dragDays) : m.date) + m_scale.pixelsPerDay / 2.0;
            const double cy = y + RowHeight / 2.0 - 2;
            p.setRenderHint(QPainter::Antialiasing, true);
            switch (m.kind) {
            case TimelineMilestone::Decision: {
                QPainterPath diamond;
                diamond.moveTo(cx, cy - 7);
                diamond.lineTo(cx + 6, cy);
                diamond.lineTo(cx, cy + 7);
                diamond.lineTo(cx - 6, cy);
                diamond.closeSubpath();
                p.fillPath(diamond, QColor(0xff, 0xd4, 0x00));
                p.setPen(QPen(Qt::black, 1.2));
                p.drawPath(diamond);
                break;
            }
            case TimelineMilestone::Disbursement:
                p.setPen(QPen(Qt::black, 1.2));
                p.setBrush(QColor(0x2e, 0x9e, 0x4f));
                p.drawEllipse(QPointF(cx, cy), 5, 5);
                p.setBrush(Qt::NoBrush);
                p.drawText(QRectF(cx - 4, cy - 5, 8, 10), Qt::AlignCenter, QStringLiteral("€"));
                break;
            case TimelineMilestone::ActionDue: {
                QPainterPath tri;
                tri.moveTo(cx - 5, cy + 7);
                tri.lineTo(cx + 5, cy + 7);
                tri.lineTo(cx, cy - 2);
                tri.closeSubpath();
                const bool overdue = !m.done && m.date < m_today;
                if (!m.done)
                    p.fillPath(tri, overdue ? TodayColour : QColor(0x60, 0x60, 0x60));
                p.setPen(QPen(Qt::black, 1));
                p.drawPath(tri);
                break;
            }
            }
            p.setRenderHint(QPainter::Antialiasing, false);
        }
    }
    // Today.
    if (m_today >= firstDay && m_today <= lastDay) {
        const double tx = xOf(m_today) + m_scale.pixelsPerDay / 2.0;
        p.setPen(QPen(TodayColour, 2));
        p.drawLine(QPointF(tx, HeaderHeight), QPointF(tx, height));
    }
    p.restore();

    // Header: phases band and date axis, drawn over the rows (sticky).
    p.fillRect(QRect(0, 0, width, HeaderHeight), QColor(0xee, 0xf0, 0xf3));
    p.save();
    p.setClipRect(QRect(NameWidth, 0, width - NameWidth, HeaderHeight));
    if (m_model) {
        p.setFont(small);
        for (const Phase &ph : m_model->phases()) {
            const DateRange r { ph.actual.start.isValid() ? ph.actual.start : ph.planned.start,
                                ph.actual.end.isValid() ? ph.actual.end : ph.planned.end };
            if (!r.start.isValid())
                continue;
            const double x0 = xOf(r.start);
            const double x1 = xOf((r.end.isValid() ? r.end : r.start).addDays(1));
            if (ph.kind == PhaseKind::Event || ph.kind == PhaseKind::Committee) {
                // Flags for one-day events and committees.
                p.setPen(QPen(Qt::black, 1));
                p.drawLine(QPointF(x0, 3), QPointF(x0, BandHeight - 2));
                p.fillRect(QRectF(x0, 3, 7, 6), ph.kind == PhaseKind::Committee ? QColor(0xff, 0xd4, 0x00) : QColor(0x80, 0x80, 0x80));
                continue;
            }
            const QRectF band(x0, 4, std::max(2.0, x1 - x0), BandHeight - 8);
            p.fillRect(band, ph.kind == PhaseKind::Accompaniment ? QColor(0xc9, 0xd8, 0xf0) : QColor(0xdd, 0xdd, 0xdd));
            p.setPen(QColor(0x40, 0x40, 0x40));
            p.drawRect(band);
            p.drawText(band.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       p.fontMetrics().elidedText(ph.name, Qt::ElideRight, int(band.width()) - 6));
        }
    }
    // Axis.
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.drawLine(QPointF(NameWidth, HeaderHeight - 1), QPointF(width, HeaderHeight - 1));
    const TimeScale::Unit unit = m_scale.unit();
    double freeFrom = -1e9; // labels never overlap: one that would is left out
    for (const QDate &t : ticks) {
        const double x = xOf(t);
        p.drawLine(QPointF(x, BandHeight + 2), QPointF(x, HeaderHeight - 1));
        const QString text = tickLabel(t, unit, locale);
        if (x + 3 >= freeFrom) {
            p.drawText(QRectF(x + 3, BandHeight, 140, AxisHeight), Qt::AlignVCenter | Qt::AlignLeft, text);
            freeFrom = x + 3 + p.fontMetrics().horizontalAdvance(text) + 6;
        }
    }
    if (m_today >= firstDay && m_today <= lastDay) {
        const double tx = xOf(m_today) + m_scale.pixelsPerDay / 2.0;
        p.setPen(QPen(TodayColour, 2));
        p.drawLine(QPointF(tx, BandHeight), QPointF(tx, HeaderHeight));
    }
    p.restore();

    // Names column (sticky), grouped by promotion.
    p.fillRect(QRect(0, HeaderHeight, NameWidth, height - HeaderHeight), pal.color(QPalette::Base));
    p.fillRect(QRect(0, 0, NameWidth, HeaderHeight), QColor(0xe4, 0xe7, 0xeb));
    p.setPen(Qt::black);
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(8, 0, NameWidth - 12, HeaderHeight), Qt::AlignVCenter | Qt::AlignLeft, tr("Initiative"));
    p.save();
    p.setClipRect(QRect(0, HeaderHeight, NameWidth, height - HeaderHeight));
    QString previousPromotion = f.firstRow > 0 && m_model ? m_model->rowData(f.firstRow - 1).promotion : QString();
    for (int r = f.firstRow; r <= lastRow; ++r) {
        const int y = HeaderHeight + (r - f.firstRow) * RowHeight - f.yOffset;
        const TimelineRow row = m_model->rowData(r);
        if (row.initiativeId == m_current && !f.exporting)
            p.fillRect(QRect(0, y, NameWidth, RowHeight), pal.color(QPalette::Highlight));
        p.setFont(QFont());
        p.setPen(row.initiativeId == m_current && !f.exporting ? pal.color(QPalette::HighlightedText) : Qt::black);
        p.drawText(QRect(8, y, NameWidth - 12, RowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(row.name, Qt::ElideRight, NameWidth - 16));
        if (row.promotion != previousPromotion) {
            // A new promotion starts: a rule across, and its name.
            p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
            p.drawLine(0, y, NameWidth, y);
            p.setFont(small);
            p.setPen(QColor(0x50, 0x50, 0x50));
            p.drawText(QRect(NameWidth - 110, y, 104, 11), Qt::AlignRight | Qt::AlignTop,
                       row.promotion.isEmpty() ? tr("No promotion") : row.promotion);
            previousPromotion = row.promotion;
        }
    }
    p.restore();
    p.setPen(QColor(0xa0, 0xa0, 0xa0));
    p.drawLine(NameWidth, 0, NameWidth, height);
    if (!m_model || rows == 0) {
        p.setPen(Qt::black);
        p.drawText(QRect(NameWidth, HeaderHeight, width - NameWidth, height - HeaderHeight), Qt::AlignCenter,
                   tr("No initiative matches the filters of the initiatives list."));
    }
}

void TimelineView::drawLegend(QPainter &p, const QRect &area) const
{
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    int x = area.left() + 8;
    const int y = area.top() + 6;
    for (const auto &e : EnumTraits<PhaseStatus>::entries) {
        const StatusLook l = look(e.value);
        const QRect swatch(x, y, 22, 10);
        p.fillRect(swatch, Qt::white);
        p.fillRect(swatch, QBrush(l.colour, l.pattern));
        p.setPen(Qt::black);
        p.drawRect(swatch);
        const QString text = label(e.value);
        p.drawText(QRect(x + 26, y - 3, 200, 16), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += 34 + p.fontMetrics().horizontalAdvance(text);
    }
    p.drawText(QRect(x, y - 3, 600, 16), Qt::AlignVCenter | Qt::AlignLeft,
               tr("◆ committee decision   ● payment   ▲ action due   ▬ planned dates"));
}

QSize TimelineView::renderSize(int rows, const QDate &from, const QDate &to) const
{
    const int width = NameWidth + int(m_scale.x(to.addDays(1)) - m_scale.x(from)) + 4;
    return QSize(width, HeaderHeight + rows * RowHeight + 24);
}

void TimelineView::render(QPainter *painter, int firstRow, int rows, const QDate &from, const QDate &to) const
{
    const QSize size = renderSize(rows, from, to);
    Frame f;
    f.xOffset = m_scale.x(from);
    f.firstRow = firstRow;
    f.lastRow = firstRow + rows - 1;
    f.yOffset = 0;
    f.size = QSize(size.width(), size.height() - 24);
    f.exporting = true;
    painter->save();
    painter->setClipRect(QRect(QPoint(0, 0), size));
    draw(*painter, f);
    painter->fillRect(QRect(0, f.size.height(), size.width(), 24), Qt::white);
    drawLegend(*painter, QRect(0, f.size.height(), size.width(), 24));
    painter->restore();
}

bool TimelineView::exportTo(const QString &path, bool all, QString *error)
{
    int firstRow = 0;
    int rows = m_model ? m_model->rowCount() : 0;
    QDate from, to;
    if (all) {
        const DateRange span = m_model ? m_model->span() : DateRange();
        from = (span.start.isValid() ? span.start : m_today).addDays(-7);
        to = (span.end.isValid() ? span.end : m_today).addDays(7);
    } else {
        firstRow = verticalScrollBar()->value() / RowHeight;
        rows = std::min(rows - firstRow, (viewport()->height() - HeaderHeight) / RowHeight + 1);
        from = m_scale.dateAt(horizontalScrollBar()->value());
        to = m_scale.dateAt(horizontalScrollBar()->value() + viewport()->width() - NameWidth);
    }
    rows = std::max(rows, 0);
    const QSize size = renderSize(rows, from, to);
    return savePicture(path, size, 1.0, tr("Programme timeline"), [&](QPainter &p, QPdfWriter *pdf) {
        if (!pdf) {
            render(&p, firstRow, rows, from, to);
            return;
        }
        // Fit the width of the page; rows go on as many pages as they need.
        const QRect page = p.viewport();
        const double factor = double(page.width()) / size.width();
        const int rowsPerPage = std::max(1, int((page.height() / factor - HeaderHeight - 24) / RowHeight));
        for (int start = firstRow; start < firstRow + std::max(rows, 1); start += rowsPerPage) {
            if (start > firstRow)
                pdf->newPage();
            p.save();
            p.scale(factor, factor);
            render(&p, start, std::min(rowsPerPage, firstRow + rows - start), from, to);
            p.restore();
        }
    }, error);
}

void TimelineView::print(QPrinter *printer, bool fitToWidth)
{
    const DateRange span = m_model ? m_model->span() : DateRange();
    const QDate from = (span.start.isValid() ? span.start : m_today).addDays(-7);
    const QDate to = (span.end.isValid() ? span.end : m_today).addDays(7);
    const int rows = m_model ? m_model->rowCount() : 0;
    const QSize size = renderSize(rows, from, to);
    QPainter p(printer);
    const QRect page = p.viewport();
    if (fitToWidth) {
        const double factor = double(page.width()) / size.width();
        const int rowsPerPage = std::max(1, int((page.height() / factor - HeaderHeight - 24) / RowHeight));
        for (int start = 0; start < std::max(rows, 1); start += rowsPerPage) {
            if (start > 0)
                printer->newPage();
            p.save();
            p.scale(factor, factor);
            render(&p, start, std::min(rowsPerPage, rows - start), from, to);
            p.restore();
        }
        return;
    }
    // Full size, tiled: pages across for dates, down for rows.
    const double dpiFactor = printer->resolution() / 96.0;
    const int pageWidth = int(page.width() / dpiFactor);
    const int rowsPerPage = std::max(1, int((page.height() / dpiFactor - HeaderHeight - 24) / RowHeight));
    const int daysPerPage = std::max(7, int((pageWidth - NameWidth) / m_scale.pixelsPerDay));
    bool first = true;
    for (int start = 0; start < std::max(rows, 1); start += rowsPerPage) {
        for (QDate d = from; d <= to; d = d.addDays(daysPerPage)) {
            if (!first)
                printer->newPage();
            first = false;
            p.save();
            p.scale(dpiFactor, dpiFactor);
            render(&p, start, std::min(rowsPerPage, rows - start), d, std::min(to, d.addDays(daysPerPage - 1)));
            p.restore();
        }
    }
}

TimelineView::Hit TimelineView::hitTest(const QPoint &pos) const
{
    Hit hit;
    hit.row = rowAtY(pos.y());
    if (hit.row < 0 || pos.x() < NameWidth || !m_model)
        return hit;
    const TimelineRow row = m_model->rowData(hit.row);
    // Payments and due actions can be moved: their markers come before the bars.
    if (m_scale.pixelsPerDay >= 0.6) {
        for (int k = 0; k < row.milestones.size(); ++k) {
            const TimelineMilestone &m = row.milestones.at(k);
            if (!m.recordId || !m.date.isValid())
                continue;
            const QPointF c = milestonePoint(hit.row, m.date);
            if (std::abs(pos.x() - c.x()) <= 6 && std::abs(pos.y() - c.y()) <= 8) {
                hit.milestone = k;
                hit.part = Hit::Milestone;
                return hit;
            }
        }
    }
    for (int b = 0; b < row.bars.size(); ++b) {
        const QRectF r = barRect(hit.row, row.bars.at(b).shown());
        if (pos.y() < r.top() - 3 || pos.y() > r.bottom() + 3)
            continue;
        if (std::abs(pos.x() - r.left()) <= HandleWidth) {
            hit.bar = b;
            hit.part = Hit::Start;
        } else if (std::abs(pos.x() - r.right()) <= HandleWidth) {
            hit.bar = b;
            hit.part = Hit::End;
        } else if (r.contains(pos)) {
            hit.bar = b;
            hit.part = Hit::Body;
        }
        if (hit.bar >= 0)
            break;
    }
    return hit;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const Hit hit = hitTest(event->position().toPoint());
    if (hit.row >= 0)
        setCurrentId(m_model->idAt(hit.row));
    m_drag = {};
    m_dragDays = 0;
    if (hit.bar >= 0 && m_document) {
        m_drag = hit;
        m_dragBar = m_model->rowData(hit.row).bars.at(hit.bar);
        m_pressPos = event->position().toPoint();
    } else if (hit.milestone >= 0 && m_document) {
        m_drag = hit;
        m_dragMilestone = m_model->rowData(hit.row).milestones.at(hit.milestone);
        m_pressPos = event->position().toPoint();
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if ((m_drag.bar >= 0 || m_drag.milestone >= 0) && (event->buttons() & Qt::LeftButton)) {
        const int days = m_scale.days(pos.x() - m_pressPos.x());
        if (days != m_dragDays) {
            m_dragDays = days;
            viewport()->update();
        }
        return;
    }
    const Hit hit = hitTest(pos);
    viewport()->setCursor(hit.part == Hit::Start || hit.part == Hit::End       ? Qt::SizeHorCursor
                          : hit.part == Hit::Body || hit.part == Hit::Milestone ? Qt::OpenHandCursor
                                                                                : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if ((m_drag.bar < 0 && m_drag.milestone < 0) || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const int days = m_dragDays;
    const Hit drag = m_drag;
    m_drag = {};
    m_dragDays = 0;
    viewport()->update();
    if (days == 0 || !m_document)
        return;
    if (drag.part == Hit::Milestone) {
        // A payment's date or an action's due date, checked like any edit.
        const bool payment = m_dragMilestone.kind == TimelineMilestone::Disbursement;
        const QString table = payment ? QStringLiteral("disbursement") : QStringLiteral("action_item");
        const QString column = payment ? QStringLiteral("paid_on") : QStringLiteral("due_date");
        const QString text = payment ? tr("Move a payment of %1").arg(m_model->rowData(drag.row).name)
                                     : tr("Move an action's due date for %1").arg(m_model->rowData(drag.row).name);
        QString error;
        if (!DatabaseCommand::push(*m_document,
                                   std::make_unique<SetFieldCommand>(*m_document, table, column, m_dragMilestone.recordId,
                                                                     m_dragMilestone.date.addDays(days).toString(Qt::ISODate), text),
                                   &error))
            Q_EMIT editRefused(error);
        return;
    }
    const DateRange shown = m_dragBar.shown();
    QVariantMap values;
    QString text;
    if (drag.part == Hit::Body) {
        values.insert(QStringLiteral("actual_start"), shown.start.addDays(days).toString(Qt::ISODate));
        values.insert(QStringLiteral("actual_end"), shown.end.addDays(days).toString(Qt::ISODate));
        text = tr("Move %1 of %2").arg(m_dragBar.phase, m_model->rowData(drag.row).name);
    } else if (drag.part == Hit::Start) {
        values.insert(QStringLiteral("actual_start"), shown.start.addDays(days).toString(Qt::ISODate));
        if (!m_dragBar.actual.end.isValid())
            values.insert(QStringLiteral("actual_end"), shown.end.toString(Qt::ISODate));
        text = tr("Change the start of %1 for %2").arg(m_dragBar.phase, m_model->rowData(drag.row).name);
    } else {
        values.insert(QStringLiteral("actual_end"), shown.end.addDays(days).toString(Qt::ISODate));
        if (!m_dragBar.actual.start.isValid())
            values.insert(QStringLiteral("actual_start"), shown.start.toString(Qt::ISODate));
        text = tr("Change the end of %1 for %2").arg(m_dragBar.phase, m_model->rowData(drag.row).name);
    }
    QString error;
    if (!DatabaseCommand::push(*m_document,
                               std::make_unique<SetFieldsCommand>(*m_document, QStringLiteral("participation"),
                                                                  m_dragBar.participationId, values, text),
                               &error))
        Q_EMIT editRefused(error);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAtY(event->position().toPoint().y());
    if (row >= 0)
        Q_EMIT activated(m_model->idAt(row));
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomAt(std::pow(1.25, steps), event->position().x());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || m_model->rowCount() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int row = m_model->rowOf(m_current);
    switch (event->key()) {
    case Qt::Key_Down:
        setCurrentId(m_model->idAt(std::min(m_model->rowCount() - 1, row + 1)));
        return;
    case Qt::Key_Up:
        setCurrentId(m_model->idAt(std::max(0, row - 1)));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current)
            Q_EMIT activated(m_current);
        return;
    case Qt::Key_Plus:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    const int row = rowAtY(pos.y());
    const QLocale locale;
    if (pos.y() < HeaderHeight && m_model) {
        const QDate d = m_scale.dateAt(pos.x() - NameWidth + horizontalScrollBar()->value());
        QStringList lines;
        for (const Phase &ph : m_model->phases()) {
            const DateRange r { ph.actual.start.isValid() ? ph.actual.start : ph.planned.start,
                                ph.actual.end.isValid() ? ph.actual.end : ph.planned.end };
            if (r.start.isValid() && d >= r.start.addDays(-1) && d <= (r.end.isValid() ? r.end : r.start).addDays(1))
                lines << tr("%1: %2 – %3").arg(ph.name, locale.toString(r.start, QLocale::ShortFormat),
                                               locale.toString(r.end.isValid() ? r.end : r.start, QLocale::ShortFormat));
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (row < 0 || pos.x() < NameWidth)
        return row >= 0 ? m_model->rowData(row).name : QString();
    const TimelineRow r = m_model->rowData(row);
    for (const TimelineMilestone &m : r.milestones) {
        const double cx = xForDate(m.date) + m_scale.pixelsPerDay / 2.0;
        if (std::abs(pos.x() - cx) <= 6)
            return tr("%1 — %2").arg(locale.toString(m.date, QLocale::ShortFormat), m.label);
    }
    const Hit hit = hitTest(pos);
    if (hit.bar >= 0) {
        const TimelineBar &b = r.bars.at(hit.bar);
        QString text = tr("%1 — %2\n%3 to %4").arg(r.name, b.phase, locale.toString(b.shown().start, QLocale::ShortFormat),
                                                  locale.toString(b.shown().end, QLocale::ShortFormat));
        text += QLatin1Char('\n') + tr("Status: %1").arg(label(b.status));
        if (b.planned.start.isValid())
            text += QLatin1Char('\n') + tr("Planned: %1 to %2").arg(locale.toString(b.planned.start, QLocale::ShortFormat),
                                                                   locale.toString(b.planned.end, QLocale::ShortFormat));
        if (b.slipDays() != 0)
            text += QLatin1Char('\n') + tr("Slip: %n day(s)", nullptr, b.slipDays());
        return text;
    }
    return {};
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        viewport()->update();
    QAbstractScrollArea::changeEvent(event);
}

} // namespace tremplin
