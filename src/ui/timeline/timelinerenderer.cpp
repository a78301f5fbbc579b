// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "core/domain/enums.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

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
const QColor PlannedColour(0x55, 0x55, 0x55);
const QColor DecisionColour(0xff, 0xd4, 0x00);
const QColor EventColour(0x80, 0x80, 0x80);
const QColor CommitteeLineColour(0xb0, 0x8c, 0x00);

/// One milestone's marker centred on @p c, inside a MarkerSize square (rows and legend).
void paintMarker(
    QPainter &p, TimelineMilestone::Kind kind, const QPointF &c, bool done, bool overdue)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const double cx = c.x();
    const double cy = c.y();
    switch (kind) {
    case TimelineMilestone::Decision: {
        QPainterPath diamond;
        diamond.moveTo(cx, cy - 6.5);
        diamond.lineTo(cx + 6, cy);
        diamond.lineTo(cx, cy + 6.5);
        diamond.lineTo(cx - 6, cy);
        diamond.closeSubpath();
        p.fillPath(diamond, DecisionColour);
        p.setPen(QPen(Qt::black, 1.2));
        p.drawPath(diamond);
        break;
    }
    case TimelineMilestone::Disbursement: {
        p.setPen(QPen(Qt::black, 1.2));
        p.setBrush(QColor(0x2e, 0x9e, 0x4f));
        p.drawEllipse(c, 6, 6);
        p.setBrush(Qt::NoBrush);
        QFont f = p.font();
        f.setPixelSize(9);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRectF(cx - 6, cy - 6, 12, 12), Qt::AlignCenter, QStringLiteral("€"));
        break;
    }
    case TimelineMilestone::ActionDue: {
        QPainterPath tri;
        tri.moveTo(cx - 6, cy + 5.5);
        tri.lineTo(cx + 6, cy + 5.5);
        tri.lineTo(cx, cy - 5.5);
        tri.closeSubpath();
        if (!done)
            p.fillPath(tri, overdue ? TodayColour : QColor(0x60, 0x60, 0x60));
        p.setPen(QPen(Qt::black, 1));
        p.drawPath(tri);
        break;
    }
    }
    p.restore();
}

/// What the legend explains, in the order it shows them.
struct LegendEntry
{
    enum Symbol {
        Status,
        Decision,
        Payment,
        ActionDue,
        ActionOverdue,
        ActionDone,
        Planned,
        Today,
        Committee,
        Event
    };
    Symbol symbol;
    PhaseStatus status = PhaseStatus::NotStarted;
    QString text;
};
QList<LegendEntry> legendEntries()
{
    QList<LegendEntry> out;
    for (const auto &e : EnumTraits<PhaseStatus>::entries)
        out.append({ LegendEntry::Status, e.value, label(e.value) });
    out.append({ LegendEntry::Planned, {},
        QCoreApplication::translate("tremplin::TimelineView", "Planned dates") });
    out.append({ LegendEntry::Decision, {},
        QCoreApplication::translate("tremplin::TimelineView", "Committee decision") });
    out.append({ LegendEntry::Payment, {},
        QCoreApplication::translate("tremplin::TimelineView", "Payment") });
    out.append({ LegendEntry::ActionDue, {},
        QCoreApplication::translate("tremplin::TimelineView", "Action due") });
    out.append({ LegendEntry::ActionOverdue, {},
        QCoreApplication::translate("tremplin::TimelineView", "Action overdue") });
    out.append({ LegendEntry::ActionDone, {},
        QCoreApplication::translate("tremplin::TimelineView", "Action done") });
    out.append({ LegendEntry::Committee, {},
        QCoreApplication::translate("tremplin::TimelineView", "Committee") });
    out.append({ LegendEntry::Event, {},
        QCoreApplication::translate("tremplin::TimelineView", "Programme event") });
    out.append(
        { LegendEntry::Today, {}, QCoreApplication::translate("tremplin::TimelineView", "Today") });
    return out;
}

} // namespace

QFont TimelineRenderer::smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

void TimelineRenderer::paint(QPainter &p, const TimelineLayout &layout, const Options &options)
{
    constexpr int NameWidth = TimelineLayout::NameWidth;
    constexpr int HeaderHeight = TimelineLayout::HeaderHeight;
    constexpr int RowHeight = TimelineLayout::RowHeight;
    constexpr int BandHeight = TimelineLayout::BandHeight;
    const QSize size = layout.frame().size;
    const int width = size.width();
    const int height = size.height();
    const QPalette &pal = options.palette;
    const double ppd = layout.scale().pixelsPerDay;
    auto xOf = [&](const QDate &d) { return layout.x(d); };
    const QDate firstDay = layout.firstDay();
    const QDate lastDay = layout.lastDay();
    p.fillRect(QRect(QPoint(0, 0), size), Qt::white);

    // Rows: zebra, grid, bars, milestones.
    p.save();
    p.setClipRect(QRect(NameWidth, HeaderHeight, width - NameWidth, height - HeaderHeight));
    for (const TimelineLayout::Row &row : layout.rows()) {
        if (row.index % 2)
            p.fillRect(
                QRectF(NameWidth, row.top, width - NameWidth, RowHeight), QColor(0xf6, 0xf7, 0xf9));
    }
    p.setPen(GridColour);
    for (const TimelineLayout::Tick &t : layout.ticks())
        p.drawLine(QPointF(t.x, HeaderHeight), QPointF(t.x, height));
    // Programme events and committees: dotted lines through every row.
    p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DotLine));
    for (const Phase &ph : options.phases) {
        if (ph.kind == PhaseKind::Event || ph.kind == PhaseKind::Committee) {
            const QDate d = ph.actual.start.isValid() ? ph.actual.start : ph.planned.start;
            if (d.isValid())
                p.drawLine(QPointF(xOf(d), HeaderHeight), QPointF(xOf(d), height));
        }
    }
    // Committees: a dashed line through every row, under their marker in the header.
    p.setPen(QPen(CommitteeLineColour, 1, Qt::DashLine));
    for (const CommitteeRecord &c : options.committees) {
        if (c.heldOn.isValid())
            p.drawLine(QPointF(xOf(c.heldOn) + ppd / 2.0, HeaderHeight),
                QPointF(xOf(c.heldOn) + ppd / 2.0, height));
    }
    const QFont small = smallFont(p.font());
    p.setFont(small);
    for (const TimelineLayout::Row &row : layout.rows()) {
        if (options.currentId && row.data.initiativeId == options.currentId)
            p.fillRect(
                QRectF(NameWidth, row.top, width - NameWidth, RowHeight), QColor(0xdd, 0xe8, 0xfa));
        for (int b = 0; b < row.bars.size(); ++b) {
            const TimelineBar &bar = row.data.bars.at(b);
            const TimelineLayout::Bar &g = row.bars.at(b);
            // Baseline: the planned dates, thin, under the bar.
            if (!g.baseline.isNull())
                p.fillRect(g.baseline, PlannedColour);
            const StatusLook l = look(bar.status);
            p.fillRect(g.rect, Qt::white);
            p.fillRect(g.rect, QBrush(l.colour, l.pattern));
            p.setPen(QPen(g.dragged ? TodayColour : QColor(0x20, 0x20, 0x20), g.dragged ? 2 : 1));
            p.drawRect(g.rect);
            // Phase name inside the bar (or its short form) when it fits, slip after it.
            if (!g.label.isNull()) {
                if (l.pattern != Qt::SolidPattern)
                    p.fillRect(g.label, QColor(255, 255, 255, 220));
                p.setPen(l.pattern == Qt::SolidPattern ? Qt::white : Qt::black);
                p.drawText(g.label, Qt::AlignCenter, g.labelText);
            }
            if (!g.slip.isNull()) {
                p.setPen(bar.slipDays() > 0 ? TodayColour : QColor(0x1b, 0x7e, 0x57));
                p.drawText(g.slip, Qt::AlignVCenter | Qt::AlignLeft, g.slipText);
            }
        }
        // Markers on their own lane above the bars.
        for (const TimelineLayout::Marker &marker : row.markers) {
            const TimelineMilestone &m = row.data.milestones.at(marker.milestone);
            paintMarker(p, m.kind, marker.rect.center(), m.done, !m.done && m.date < options.today);
        }
    }
    // Today.
    if (options.today >= firstDay && options.today <= lastDay) {
        const double tx = xOf(options.today) + ppd / 2.0;
        p.setPen(QPen(TodayColour, 2));
        p.drawLine(QPointF(tx, HeaderHeight), QPointF(tx, height));
    }
    p.restore();

    // Header: phases band and date axis, drawn over the rows (sticky).
    p.fillRect(QRect(0, 0, width, HeaderHeight), QColor(0xee, 0xf0, 0xf3));
    p.save();
    p.setClipRect(QRect(NameWidth, 0, width - NameWidth, HeaderHeight));
    {
        p.setFont(small);
        for (const Phase &ph : options.phases) {
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
                p.fillRect(QRectF(x0, 3, 7, 6),
                    ph.kind == PhaseKind::Committee ? QColor(0xff, 0xd4, 0x00)
                                                    : QColor(0x80, 0x80, 0x80));
                continue;
            }
            const QRectF band(x0, 4, std::max(2.0, x1 - x0), BandHeight - 8);
            p.fillRect(band,
                ph.kind == PhaseKind::Accompaniment ? QColor(0xc9, 0xd8, 0xf0)
                                                    : QColor(0xdd, 0xdd, 0xdd));
            p.setPen(QColor(0x40, 0x40, 0x40));
            p.drawRect(band);
            // The name in the visible part of the band: whole, short, or not at all (tooltip).
            const double left = std::max(band.left(), double(NameWidth));
            const double right = std::min(band.right(), double(width));
            const QString text
                = TimelineLayout::fittingLabel(ph.name, right - left - 8, p.fontMetrics());
            if (!text.isEmpty())
                p.drawText(QRectF(left + 4, band.top(), right - left - 6, band.height()),
                    Qt::AlignVCenter | Qt::AlignLeft, text);
        }
    }
    // Committees: a diamond on the lower edge of the band, whether or not a phase holds them.
    for (const CommitteeRecord &c : options.committees) {
        if (c.heldOn.isValid())
            paintMarker(p, TimelineMilestone::Decision,
                QPointF(xOf(c.heldOn) + ppd / 2.0, BandHeight - 5), false, false);
    }
    // Axis.
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.drawLine(QPointF(NameWidth, HeaderHeight - 1), QPointF(width, HeaderHeight - 1));
    for (const TimelineLayout::Tick &t : layout.ticks()) {
        p.drawLine(QPointF(t.x, BandHeight + 2), QPointF(t.x, HeaderHeight - 1));
        if (!t.label.isEmpty())
            p.drawText(QRectF(t.x + 3, BandHeight, 140, TimelineLayout::AxisHeight),
                Qt::AlignVCenter | Qt::AlignLeft, t.label);
    }
    if (options.today >= firstDay && options.today <= lastDay) {
        const double tx = xOf(options.today) + ppd / 2.0;
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
    p.drawText(QRect(8, 0, NameWidth - 12, HeaderHeight), Qt::AlignVCenter | Qt::AlignLeft,
        QCoreApplication::translate("tremplin::TimelineView", "Initiative"));
    p.save();
    p.setClipRect(QRect(0, HeaderHeight, NameWidth, height - HeaderHeight));
    for (const TimelineLayout::Row &row : layout.rows()) {
        const int y = int(row.top);
        const bool current = options.currentId && row.data.initiativeId == options.currentId;
        if (current)
            p.fillRect(QRect(0, y, NameWidth, RowHeight), pal.color(QPalette::Highlight));
        p.setFont(QFont());
        p.setPen(current ? pal.color(QPalette::HighlightedText) : Qt::black);
        p.drawText(QRect(8, y, NameWidth - 12, RowHeight), Qt::AlignVCenter | Qt::AlignLeft,
            p.fontMetrics().elidedText(row.data.name, Qt::ElideRight, NameWidth - 16));
        if (row.startsPromotion) {
            // A new promotion starts: a rule across, and its name.
            p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
            p.drawLine(0, y, NameWidth, y);
            p.setFont(small);
            p.setPen(QColor(0x50, 0x50, 0x50));
            p.drawText(QRect(NameWidth - 110, y, 104, 11), Qt::AlignRight | Qt::AlignTop,
                row.data.promotion.isEmpty()
                    ? QCoreApplication::translate("tremplin::TimelineView", "No promotion")
                    : row.data.promotion);
        }
    }
    p.restore();
    p.setPen(QColor(0xa0, 0xa0, 0xa0));
    p.drawLine(NameWidth, 0, NameWidth, height);
}

int TimelineRenderer::legendHeight(const QFont &font, const QPaintDevice *device, int width)
{
    QStringList texts;
    for (const LegendEntry &e : legendEntries())
        texts.append(e.text);
    return TimelineLayout::layoutLegend(
        QFontMetrics(smallFont(font), device), texts, width, nullptr);
}

void TimelineRenderer::paintLegend(QPainter &p, const QRect &area)
{
    p.save();
    p.fillRect(area, QColor(0xfa, 0xfa, 0xfb));
    p.setPen(QColor(0xa0, 0xa0, 0xa0));
    p.drawLine(area.topLeft(), area.topRight());
    p.setFont(smallFont(p.font()));
    const QList<LegendEntry> entries = legendEntries();
    QStringList texts;
    for (const LegendEntry &e : entries)
        texts.append(e.text);
    QList<QRect> rects;
    TimelineLayout::layoutLegend(QFontMetrics(p.font(), p.device()), texts, area.width(), &rects);
    for (int i = 0; i < entries.size(); ++i) {
        const LegendEntry &e = entries.at(i);
        const QRect r = rects.at(i).translated(area.topLeft());
        const QRect symbol(r.left(), r.top(), TimelineLayout::LegendSymbolWidth, r.height());
        const QPointF c = QRectF(symbol).center();
        switch (e.symbol) {
        case LegendEntry::Status: {
            const StatusLook l = look(e.status);
            const QRect swatch(
                symbol.left(), int(c.y()) - 5, TimelineLayout::LegendSymbolWidth, 10);
            p.fillRect(swatch, Qt::white);
            p.fillRect(swatch, QBrush(l.colour, l.pattern));
            p.setPen(Qt::black);
            p.drawRect(swatch);
            break;
        }
        case LegendEntry::Planned:
            p.fillRect(QRectF(symbol.left(), c.y() - 1, TimelineLayout::LegendSymbolWidth, 3),
                PlannedColour);
            break;
        case LegendEntry::Decision:
            paintMarker(p, TimelineMilestone::Decision, c, false, false);
            break;
        case LegendEntry::Payment:
            paintMarker(p, TimelineMilestone::Disbursement, c, false, false);
            break;
        case LegendEntry::ActionDue:
            paintMarker(p, TimelineMilestone::ActionDue, c, false, false);
            break;
        case LegendEntry::ActionOverdue:
            paintMarker(p, TimelineMilestone::ActionDue, c, false, true);
            break;
        case LegendEntry::ActionDone:
            paintMarker(p, TimelineMilestone::ActionDue, c, true, false);
            break;
        case LegendEntry::Committee:
        case LegendEntry::Event:
            p.setPen(QPen(Qt::black, 1));
            p.drawLine(
                QPointF(c.x() - 3, symbol.top() + 2), QPointF(c.x() - 3, symbol.bottom() - 2));
            p.fillRect(QRectF(c.x() - 3, symbol.top() + 3, 7, 6),
                e.symbol == LegendEntry::Committee ? DecisionColour : EventColour);
            break;
        case LegendEntry::Today:
            p.setPen(QPen(TodayColour, 2));
            p.drawLine(QPointF(c.x(), symbol.top() + 2), QPointF(c.x(), symbol.bottom() - 2));
            break;
        }
        p.setPen(Qt::black);
        p.drawText(QRect(symbol.right() + 5, r.top(),
                       r.width() - TimelineLayout::LegendSymbolWidth - 4, r.height()),
            Qt::AlignVCenter | Qt::AlignLeft, e.text);
    }
    p.restore();
}

} // namespace tremplin
