// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include <QCoreApplication>
#include <QLocale>

namespace tremplin {

namespace {

QString tickLabel(const QDate &d, TimeScale::Unit unit, const QLocale &locale)
{
    switch (unit) {
    case TimeScale::Unit::Day:
    case TimeScale::Unit::Week:
        return locale.toString(d, QStringLiteral("d MMM"));
    case TimeScale::Unit::Month:
        return locale.toString(d, QStringLiteral("MMM yyyy"));
    case TimeScale::Unit::Quarter:
        return QCoreApplication::translate("tremplin::TimelineView", "Q%1 %2")
            .arg((d.month() - 1) / 3 + 1)
            .arg(d.year());
    case TimeScale::Unit::Year:
        return QString::number(d.year());
    }
    return {};
}

} // namespace

TimelineLayout::TimelineLayout(const TimeScale &scale, const Frame &frame)
    : m_scale(scale)
    , m_frame(frame)
{ }

QDate TimelineLayout::firstDay() const
{
    return m_scale.dateAt(m_frame.xOffset).addDays(-1);
}

QDate TimelineLayout::lastDay() const
{
    return m_scale.dateAt(m_frame.xOffset + m_frame.size.width() - NameWidth).addDays(1);
}

int TimelineLayout::rowAt(double y, int rowCount) const
{
    if (y < HeaderHeight || y >= m_frame.size.height())
        return -1;
    const int row
        = m_frame.firstRow + int(std::floor((y - HeaderHeight + m_frame.yOffset) / RowHeight));
    return row < rowCount ? row : -1;
}

QRectF TimelineLayout::barRect(int row, const DateRange &range) const
{
    const double x0 = x(range.start);
    const double x1 = x((range.end.isValid() ? range.end : range.start).addDays(1));
    return QRectF(x0, rowTop(row) + BarTop, std::max(2.0, x1 - x0), BarHeight);
}

QPointF TimelineLayout::milestonePoint(int row, const QDate &date) const
{
    return QPointF(x(date) + m_scale.pixelsPerDay / 2.0, rowTop(row) + MarkerLane);
}

bool TimelineLayout::markerShown(const TimelineMilestone &m) const
{
    return m.date.isValid()
        && (m_scale.pixelsPerDay >= DetailedMarkersPixelsPerDay
            || m.kind == TimelineMilestone::Decision);
}

const TimelineLayout::Row *TimelineLayout::row(int index) const
{
    const int i = index - (m_rows.isEmpty() ? 0 : m_rows.first().index);
    return i >= 0 && i < m_rows.size() ? &m_rows.at(i) : nullptr;
}

void TimelineLayout::layout(const Source &source, const QFontMetrics &small)
{
    layout(source, small, Drag());
}

void TimelineLayout::layout(const Source &source, const QFontMetrics &small, const Drag &drag)
{
    m_rows.clear();
    m_ticks.clear();
    m_rowCount = source.rowCount;
    const int rowsHeight = std::max(0, m_frame.size.height() - HeaderHeight);
    const int last = std::min(
        source.rowCount - 1, m_frame.firstRow + (rowsHeight + m_frame.yOffset - 1) / RowHeight);
    QString previousPromotion = m_frame.firstRow > 0 && m_frame.firstRow <= source.rowCount
        ? source.row(m_frame.firstRow - 1).promotion
        : QString();
    for (int r = std::max(0, m_frame.firstRow); r <= last; ++r) {
        Row row = layoutRow(r, source.row(r), small, drag);
        row.startsPromotion = row.data.promotion != previousPromotion;
        previousPromotion = row.data.promotion;
        m_rows.append(std::move(row));
    }
    // The axis: a label per tick where it does not overlap the previous one.
    const QLocale locale;
    const TimeScale::Unit unit = m_scale.unit();
    double freeFrom = -1e9;
    for (const QDate &t : m_scale.ticks(firstDay(), lastDay())) {
        Tick tick { t, x(t), {} };
        const QString text = tickLabel(t, unit, locale);
        if (tick.x + 3 >= freeFrom) {
            tick.label = text;
            freeFrom = tick.x + 3 + small.horizontalAdvance(text) + 6;
        }
        m_ticks.append(tick);
    }
}

TimelineLayout::Row TimelineLayout::layoutRow(
    int index, const TimelineRow &data, const QFontMetrics &small, const Drag &drag) const
{
    Row g;
    g.index = index;
    g.top = rowTop(index);
    g.data = data;
    const bool dragging = drag.hit.row == index && drag.days != 0;
    for (int b = 0; b < data.bars.size(); ++b) {
        const TimelineBar &bar = data.bars.at(b);
        Bar out;
        DateRange shown = bar.shown();
        out.dragged = dragging && drag.hit.bar == b;
        if (out.dragged) {
            if (drag.hit.part != TimelineHit::End)
                shown.start = shown.start.addDays(drag.days);
            if (drag.hit.part != TimelineHit::Start)
                shown.end = shown.end.addDays(drag.days);
        }
        out.rect = barRect(index, shown);
        if (bar.planned.start.isValid()) {
            const DateRange plan { bar.planned.start,
                bar.planned.end.isValid() ? bar.planned.end : bar.planned.start };
            const double px0 = x(plan.start);
            const double px1 = x(plan.end.addDays(1));
            out.baseline = QRectF(px0, out.rect.bottom() + 1, std::max(2.0, px1 - px0), 3);
        }
        g.bars.append(out);
    }
    for (int b = 0; b < g.bars.size(); ++b) {
        Bar &out = g.bars[b];
        const QRectF rect = out.rect;
        out.labelText = fittingLabel(data.bars.at(b).phase, rect.width() - 8, small);
        if (!out.labelText.isEmpty())
            out.label = QRectF(rect.left() + 2, rect.top() + 1,
                small.horizontalAdvance(out.labelText) + 4, rect.height() - 2);
        // The slip after the bar, when there is room before the next one.
        const int days = data.bars.at(b).slipDays();
        if (days != 0 && m_scale.pixelsPerDay >= SlipPixelsPerDay) {
            QRectF slip(rect.right() + 4, rect.top() - 1,
                small.horizontalAdvance(slipText(days)) + 2, BarHeight + 2);
            for (int o = 0; o < g.bars.size(); ++o) {
                if (o != b && g.bars.at(o).rect.intersects(slip))
                    slip = QRectF();
            }
            out.slip = slip;
            out.slipText = slip.isNull() ? QString() : slipText(days);
        }
    }
    for (int k = 0; k < data.milestones.size(); ++k) {
        const TimelineMilestone &m = data.milestones.at(k);
        if (!markerShown(m))
            continue;
        const TimelineMilestone *moved
            = dragging && drag.hit.milestone >= 0 && drag.hit.milestone < data.milestones.size()
            ? &data.milestones.at(drag.hit.milestone)
            : nullptr;
        const bool dragged
            = moved && m.recordId != 0 && moved->recordId == m.recordId && moved->kind == m.kind;
        const QPointF c = milestonePoint(index, dragged ? m.date.addDays(drag.days) : m.date);
        g.markers.append({ k,
            QRectF(c.x() - MarkerSize / 2.0, c.y() - MarkerSize / 2.0, MarkerSize, MarkerSize) });
    }
    return g;
}

DateRange TimelineLayout::phaseShown(const Phase &phase)
{
    return { phase.actual.start.isValid() ? phase.actual.start : phase.planned.start,
        phase.actual.end.isValid() ? phase.actual.end : phase.planned.end };
}

QRectF TimelineLayout::phaseBand(const Phase &phase) const
{
    const DateRange r = phaseShown(phase);
    if (!r.start.isValid())
        return {};
    const double x0 = x(r.start);
    if (phase.kind == PhaseKind::Event || phase.kind == PhaseKind::Committee)
        return QRectF(x0 - 3, 3, 11, BandHeight - 5); // the flag TimelineRenderer draws
    const double x1 = x((r.end.isValid() ? r.end : r.start).addDays(1));
    return QRectF(x0, 4, std::max(2.0, x1 - x0), BandHeight - 8);
}

TimelineLayout::PhaseHit TimelineLayout::phaseHitTest(
    const QList<Phase> &phases, const QPointF &pos) const
{
    PhaseHit hit;
    if (pos.x() < NameWidth || pos.y() >= BandHeight)
        return hit;
    // A band's edges first (resizing is what a press there means), then the flags that sit
    // on top of the bands, then the bands' bodies.
    for (int pass = 0; pass < 3 && hit.phase < 0; ++pass) {
        for (int i = 0; i < phases.size(); ++i) {
            const Phase &ph = phases.at(i);
            const bool flag = ph.kind == PhaseKind::Event || ph.kind == PhaseKind::Committee;
            if (flag != (pass == 1))
                continue;
            const QRectF band = phaseBand(ph);
            if (band.isNull() || !band.adjusted(-HandleWidth, 0, HandleWidth, 0).contains(pos))
                continue;
            const TimelineHit::Part part = flag         ? TimelineHit::Body
                : pos.x() <= band.left() + HandleWidth  ? TimelineHit::Start
                : pos.x() >= band.right() - HandleWidth ? TimelineHit::End
                                                        : TimelineHit::Body;
            if (pass == 0 && part == TimelineHit::Body)
                continue;
            hit = { i, part };
            break;
        }
    }
    return hit;
}

TimelineHit TimelineLayout::hitTest(const QPointF &pos) const
{
    TimelineHit hit;
    hit.row = rowAt(pos.y(), m_rowCount);
    const Row *row = this->row(hit.row);
    if (!row || pos.x() < NameWidth)
        return hit;
    // Payments and due actions can be moved: their markers come before the bars.
    if (m_scale.pixelsPerDay >= DetailedMarkersPixelsPerDay) {
        for (const Marker &marker : row->markers) {
            if (!row->data.milestones.at(marker.milestone).recordId)
                continue;
            const QPointF c = marker.rect.center();
            if (std::abs(pos.x() - c.x()) <= 6 && std::abs(pos.y() - c.y()) <= 8) {
                hit.milestone = marker.milestone;
                hit.part = TimelineHit::Milestone;
                return hit;
            }
        }
    }
    for (int b = 0; b < row->bars.size(); ++b) {
        const QRectF r = row->bars.at(b).rect;
        if (pos.y() < r.top() - 3 || pos.y() > r.bottom() + 3)
            continue;
        if (std::abs(pos.x() - r.left()) <= HandleWidth)
            hit.part = TimelineHit::Start;
        else if (std::abs(pos.x() - r.right()) <= HandleWidth)
            hit.part = TimelineHit::End;
        else if (r.contains(pos))
            hit.part = TimelineHit::Body;
        if (hit.part != TimelineHit::None) {
            hit.bar = b;
            break;
        }
    }
    return hit;
}

int TimelineLayout::markerAt(const QPointF &pos, int *rowIndex) const
{
    const Row *row = this->row(rowAt(pos.y(), m_rowCount));
    if (!row || pos.x() < NameWidth)
        return -1;
    for (const Marker &marker : row->markers) {
        const QPointF c = marker.rect.center();
        if (std::abs(pos.x() - c.x()) <= MarkerSize / 2
            && std::abs(pos.y() - c.y()) <= MarkerSize / 2) {
            if (rowIndex)
                *rowIndex = row->index;
            return marker.milestone;
        }
    }
    return -1;
}

QString TimelineLayout::shortLabel(const QString &name)
{
    // Initials of words, numbers whole: "Phase 1 — P3" → "P1 P3", "Appel à candidatures" → "AC".
    QString out;
    bool lastHadDigit = false;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool hasDigit = false;
        bool hasLetter = false;
        for (const QChar c : word) {
            hasDigit |= c.isDigit();
            hasLetter |= c.isLetter();
        }
        if (hasDigit) {
            if (lastHadDigit)
                out += QLatin1Char(' ');
            out += word;
            lastHadDigit = true;
        } else if (hasLetter) {
            // Small linking words ("à", "de", "des", "of") carry no initial.
            if (word.size() <= 3 && word.at(0).isLower())
                continue;
            if (lastHadDigit)
                out += QLatin1Char(' ');
            out += word.at(0).toUpper();
            lastHadDigit = false;
        }
    }
    if (out.size() < 2) {
        const QString trimmed = name.trimmed();
        return trimmed.size() <= 4 ? trimmed : trimmed.left(3) + QLatin1Char('.');
    }
    return out;
}

QString TimelineLayout::fittingLabel(const QString &name, double width, const QFontMetrics &metrics)
{
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    const QString brief = shortLabel(name);
    if (metrics.horizontalAdvance(brief) <= width)
        return brief;
    return {};
}

QString TimelineLayout::slipText(int days)
{
    // tr() leaves %n alone when n is negative: early finishes count their days as positive.
    return days > 0
        ? QCoreApplication::translate("tremplin::TimelineView", "+%n d", nullptr, days)
        : QCoreApplication::translate("tremplin::TimelineView", "-%n d", nullptr, -days);
}

int TimelineLayout::layoutLegend(
    const QFontMetrics &metrics, const QStringList &texts, int width, QList<QRect> *entries)
{
    // Entries flow left to right and wrap: a symbol, its text, a gap.
    int x = 8;
    int y = 4;
    for (const QString &text : texts) {
        const int w = LegendSymbolWidth + 4 + metrics.horizontalAdvance(text) + 14;
        if (x > 8 && x + w > width - 4) {
            x = 8;
            y += LegendLineHeight;
        }
        if (entries)
            entries->append(QRect(x, y, w - 14, LegendLineHeight));
        x += w;
    }
    return y + LegendLineHeight + 4;
}

} // namespace tremplin
