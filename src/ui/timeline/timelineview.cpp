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
#include <QLabel>
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
const QColor PlannedColour(0x55, 0x55, 0x55);
const QColor DecisionColour(0xff, 0xd4, 0x00);
const QColor EventColour(0x80, 0x80, 0x80);

QFont smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

/// Zoomed out to years, payments and due actions would bury the bars: only committee
/// decisions stay (the tooltips and closer zooms show the rest).
bool markerShown(const TimelineMilestone &m, double pixelsPerDay)
{
    return m.date.isValid() && (pixelsPerDay >= 0.6 || m.kind == TimelineMilestone::Decision);
}

/// One milestone's marker centred on @p c, inside a MarkerSize square (rows and legend).
void paintMarker(QPainter &p, TimelineMilestone::Kind kind, const QPointF &c, bool done, bool overdue)
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
    enum Symbol { Status, Decision, Payment, ActionDue, ActionOverdue, ActionDone, Planned, Today, Committee, Event };
    Symbol symbol;
    PhaseStatus status = PhaseStatus::NotStarted;
    QString text;
};
QList<LegendEntry> legendEntries()
{
    QList<LegendEntry> out;
    for (const auto &e : EnumTraits<PhaseStatus>::entries)
        out.append({ LegendEntry::Status, e.value, label(e.value) });
    out.append({ LegendEntry::Planned, {}, QCoreApplication::translate("tremplin::TimelineView", "Planned dates") });
    out.append({ LegendEntry::Decision, {}, QCoreApplication::translate("tremplin::TimelineView", "Committee decision") });
    out.append({ LegendEntry::Payment, {}, QCoreApplication::translate("tremplin::TimelineView", "Payment") });
    out.append({ LegendEntry::ActionDue, {}, QCoreApplication::translate("tremplin::TimelineView", "Action due") });
    out.append({ LegendEntry::ActionOverdue, {}, QCoreApplication::translate("tremplin::TimelineView", "Action overdue") });
    out.append({ LegendEntry::ActionDone, {}, QCoreApplication::translate("tremplin::TimelineView", "Action done") });
    out.append({ LegendEntry::Committee, {}, QCoreApplication::translate("tremplin::TimelineView", "Committee") });
    out.append({ LegendEntry::Event, {}, QCoreApplication::translate("tremplin::TimelineView", "Programme event") });
    out.append({ LegendEntry::Today, {}, QCoreApplication::translate("tremplin::TimelineView", "Today") });
    return out;
}
constexpr int LegendSymbolWidth = 24;
constexpr int LegendLineHeight = 18;

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
    m_empty = new QLabel(viewport());
    m_empty->setObjectName(QStringLiteral("timelineEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->hide();
}

void TimelineView::setModel(TimelineModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            updateScrollBars();
            placeEmptyState();
            viewport()->update();
        });
        connect(m_model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
        connect(m_model, &TimelineModel::calendarChanged, this, [this] {
            // Fit once the view has its real width (not while it is being built).
            if (!m_fitted && isVisible()
                && viewport()->width() > NameWidth + 100) {
                fitAll();
                m_fitted = m_model->span().start.isValid(); // an empty file: fit again when it has dates
            }
            updateScrollBars();
            viewport()->update();
        });
    }
    m_fitted = false;
    updateScrollBars();
    placeEmptyState();
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
    if (y < HeaderHeight || y >= HeaderHeight + rowsAreaHeight() || !m_model)
        return -1;
    const int row = (y - HeaderHeight + verticalScrollBar()->value()) / RowHeight;
    return row < m_model->rowCount() ? row : -1;
}

QPointF TimelineView::milestonePoint(int row, const QDate &date) const
{
    return QPointF(xForDate(date) + m_scale.pixelsPerDay / 2.0, yForRow(row) + MarkerLane);
}

QRectF TimelineView::barRect(int row, const DateRange &range) const
{
    const double x0 = xForDate(range.start);
    const double x1 = xForDate((range.end.isValid() ? range.end : range.start).addDays(1));
    return QRectF(x0, yForRow(row) + BarTop, std::max(2.0, x1 - x0), BarHeight);
}

QString TimelineView::shortLabel(const QString &name)
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

QString TimelineView::fittingLabel(const QString &name, double width, const QFontMetrics &metrics)
{
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    const QString brief = shortLabel(name);
    if (metrics.horizontalAdvance(brief) <= width)
        return brief;
    return {};
}

QString TimelineView::slipText(int days) const
{
    // tr() leaves %n alone when n is negative: early finishes count their days as positive.
    return days > 0 ? tr("+%n d", nullptr, days) : tr("-%n d", nullptr, -days);
}

TimelineView::RowGeometry TimelineView::layoutRow(const TimelineRow &row, int rowIndex, double y,
                                                  const std::function<double(const QDate &)> &xOf,
                                                  const QFontMetrics &small) const
{
    RowGeometry g;
    for (int b = 0; b < row.bars.size(); ++b) {
        DateRange shown = row.bars.at(b).shown();
        if (m_drag.row == rowIndex && m_drag.bar == b && m_dragDays != 0) {
            if (m_drag.part != Hit::End)
                shown.start = shown.start.addDays(m_dragDays);
            if (m_drag.part != Hit::Start)
                shown.end = shown.end.addDays(m_dragDays);
        }
        const double x0 = xOf(shown.start);
        const double x1 = xOf(shown.end.addDays(1));
        g.bars.append(QRectF(x0, y + BarTop, std::max(2.0, x1 - x0), BarHeight));
    }
    for (int b = 0; b < g.bars.size(); ++b) {
        const QRectF rect = g.bars.at(b);
        const QString text = fittingLabel(row.bars.at(b).phase, rect.width() - 8, small);
        g.labelTexts.append(text);
        g.labels.append(text.isEmpty() ? QRectF()
                                       : QRectF(rect.left() + 2, rect.top() + 1, small.horizontalAdvance(text) + 4,
                                                rect.height() - 2));
        // The slip after the bar, when there is room before the next one.
        QRectF slip;
        const int days = row.bars.at(b).slipDays();
        if (days != 0 && m_scale.pixelsPerDay >= 1.0) {
            slip = QRectF(rect.right() + 4, rect.top() - 1, small.horizontalAdvance(slipText(days)) + 2, BarHeight + 2);
            for (int o = 0; o < g.bars.size(); ++o) {
                if (o != b && g.bars.at(o).intersects(slip))
                    slip = QRectF();
            }
        }
        g.slips.append(slip);
        g.slipTexts.append(slip.isNull() ? QString() : slipText(days));
    }
    for (const TimelineMilestone &m : row.milestones) {
        if (!markerShown(m, m_scale.pixelsPerDay))
            continue;
        const bool dragged = m_drag.row == rowIndex && m_drag.milestone >= 0 && m_dragDays != 0
            && row.milestones.at(m_drag.milestone).recordId == m.recordId && m.recordId != 0
            && row.milestones.at(m_drag.milestone).kind == m.kind;
        const double cx = xOf(dragged ? m.date.addDays(m_dragDays) : m.date) + m_scale.pixelsPerDay / 2.0;
        g.markers.append(QRectF(cx - MarkerSize / 2.0, y + MarkerLane - MarkerSize / 2.0, MarkerSize, MarkerSize));
    }
    return g;
}

TimelineView::RowGeometry TimelineView::rowGeometry(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const QFontMetrics small(smallFont(font()), viewport());
    return layoutRow(m_model->rowData(row), row, yForRow(row), [this](const QDate &d) { return xForDate(d); }, small);
}

int TimelineView::rowsAreaHeight() const
{
    const int legend = m_legendVisible ? legendHeight(viewport()->width()) : 0;
    return std::max(0, viewport()->height() - HeaderHeight - legend);
}

void TimelineView::setLegendVisible(bool visible)
{
    if (visible == m_legendVisible)
        return;
    m_legendVisible = visible;
    updateScrollBars();
    placeEmptyState();
    viewport()->update();
}

int TimelineView::legendHeight(int width) const
{
    return layoutLegend(QFontMetrics(smallFont(font()), viewport()), width, nullptr);
}

QRect TimelineView::legendRect() const
{
    if (!m_legendVisible)
        return {};
    const int h = legendHeight(viewport()->width());
    return QRect(0, viewport()->height() - h, viewport()->width(), h);
}

void TimelineView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    placeEmptyState();
}

void TimelineView::placeEmptyState()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    m_empty->setVisible(empty && !m_empty->text().isEmpty());
    const int w = std::max(200, std::min(560, viewport()->width() - NameWidth - 40));
    const int x = NameWidth + std::max(20, (viewport()->width() - NameWidth - w) / 2);
    m_empty->setGeometry(x, HeaderHeight + 24, w, std::max(60, std::min(120, rowsAreaHeight() - 48)));
}

void TimelineView::updateScrollBars()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int visibleHeight = rowsAreaHeight();
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
            const int visible = rowsAreaHeight();
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
    if (!m_fitted && m_model && viewport()->width() > NameWidth + 100) {
        fitAll();
        m_fitted = m_model->span().start.isValid();
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (!m_fitted && isVisible() && m_model && viewport()->width() > NameWidth + 100) {
        fitAll();
        m_fitted = m_model->span().start.isValid();
    }
    updateScrollBars();
    placeEmptyState();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const int v = verticalScrollBar()->value();
    Frame f;
    f.xOffset = horizontalScrollBar()->value();
    f.firstRow = v / RowHeight;
    f.yOffset = v % RowHeight;
    f.lastRow = f.firstRow + rowsAreaHeight() / RowHeight + 1;
    f.size = QSize(viewport()->width(), HeaderHeight + rowsAreaHeight());
    f.exporting = false;
    p.save();
    p.setClipRect(QRect(QPoint(0, 0), f.size));
    draw(p, f);
    p.restore();
    if (m_legendVisible)
        drawLegend(p, legendRect());
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
    const QFont small = smallFont(p.font());
    const QFontMetrics smallMetrics(small, p.device());
    p.setFont(small);
    for (int r = f.firstRow; r <= lastRow; ++r) {
        const int y = HeaderHeight + (r - f.firstRow) * RowHeight - f.yOffset;
        const TimelineRow row = m_model->rowData(r);
        if (row.initiativeId == m_current && !f.exporting)
            p.fillRect(QRect(NameWidth, y, width - NameWidth, RowHeight), QColor(0xdd, 0xe8, 0xfa));
        const RowGeometry g = layoutRow(row, r, y, xOf, smallMetrics);
        for (int b = 0; b < row.bars.size(); ++b) {
            const TimelineBar &bar = row.bars.at(b);
            const bool dragged = m_drag.row == r && m_drag.bar == b && m_dragDays != 0;
            const QRectF rect = g.bars.at(b);
            // Baseline: the planned dates, thin, under the bar.
            if (bar.planned.start.isValid()) {
                const DateRange plan { bar.planned.start, bar.planned.end.isValid() ? bar.planned.end : bar.planned.start };
                const double px0 = xOf(plan.start);
                const double px1 = xOf(plan.end.addDays(1));
                p.fillRect(QRectF(px0, rect.bottom() + 1, std::max(2.0, px1 - px0), 3), PlannedColour);
            }
            const StatusLook l = look(bar.status);
            p.fillRect(rect, Qt::white);
            p.fillRect(rect, QBrush(l.colour, l.pattern));
            p.setPen(QPen(dragged ? TodayColour : QColor(0x20, 0x20, 0x20), dragged ? 2 : 1));
            p.drawRect(rect);
            // Phase name inside the bar (or its short form) when it fits, slip after it.
            if (!g.labels.at(b).isNull()) {
                if (l.pattern != Qt::SolidPattern)
                    p.fillRect(g.labels.at(b), QColor(255, 255, 255, 220));
                p.setPen(l.pattern == Qt::SolidPattern ? Qt::white : Qt::black);
                p.drawText(g.labels.at(b), Qt::AlignCenter, g.labelTexts.at(b));
            }
            if (!g.slips.at(b).isNull()) {
                const int days = bar.slipDays();
                p.setPen(days > 0 ? TodayColour : QColor(0x1b, 0x7e, 0x57));
                p.drawText(g.slips.at(b), Qt::AlignVCenter | Qt::AlignLeft, g.slipTexts.at(b));
            }
        }
        // Markers on their own lane above the bars.
        int marker = 0;
        for (const TimelineMilestone &m : row.milestones) {
            if (!markerShown(m, m_scale.pixelsPerDay))
                continue;
            paintMarker(p, m.kind, g.markers.at(marker++).center(), m.done, !m.done && m.date < m_today);
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
            // The name in the visible part of the band: whole, short, or not at all (tooltip).
            const double left = std::max(band.left(), double(NameWidth));
            const double right = std::min(band.right(), double(width));
            const QString text = fittingLabel(ph.name, right - left - 8, p.fontMetrics());
            if (!text.isEmpty())
                p.drawText(QRectF(left + 4, band.top(), right - left - 6, band.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
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
}

int TimelineView::layoutLegend(const QFontMetrics &metrics, int width, QList<QRect> *entries) const
{
    // Entries flow left to right and wrap: a symbol, its text, a gap.
    int x = 8;
    int y = 4;
    for (const LegendEntry &e : legendEntries()) {
        const int w = LegendSymbolWidth + 4 + metrics.horizontalAdvance(e.text) + 14;
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

void TimelineView::drawLegend(QPainter &p, const QRect &area) const
{
    p.save();
    p.fillRect(area, QColor(0xfa, 0xfa, 0xfb));
    p.setPen(QColor(0xa0, 0xa0, 0xa0));
    p.drawLine(area.topLeft(), area.topRight());
    p.setFont(smallFont(p.font()));
    QList<QRect> rects;
    layoutLegend(QFontMetrics(p.font(), p.device()), area.width(), &rects);
    const QList<LegendEntry> entries = legendEntries();
    for (int i = 0; i < entries.size(); ++i) {
        const LegendEntry &e = entries.at(i);
        const QRect r = rects.at(i).translated(area.topLeft());
        const QRect symbol(r.left(), r.top(), LegendSymbolWidth, r.height());
        const QPointF c = QRectF(symbol).center();
        switch (e.symbol) {
        case LegendEntry::Status: {
            const StatusLook l = look(e.status);
            const QRect swatch(symbol.left(), int(c.y()) - 5, LegendSymbolWidth, 10);
            p.fillRect(swatch, Qt::white);
            p.fillRect(swatch, QBrush(l.colour, l.pattern));
            p.setPen(Qt::black);
            p.drawRect(swatch);
            break;
        }
        case LegendEntry::Planned:
            p.fillRect(QRectF(symbol.left(), c.y() - 1, LegendSymbolWidth, 3), PlannedColour);
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
            p.drawLine(QPointF(c.x() - 3, symbol.top() + 2), QPointF(c.x() - 3, symbol.bottom() - 2));
            p.fillRect(QRectF(c.x() - 3, symbol.top() + 3, 7, 6), e.symbol == LegendEntry::Committee ? DecisionColour : EventColour);
            break;
        case LegendEntry::Today:
            p.setPen(QPen(TodayColour, 2));
            p.drawLine(QPointF(c.x(), symbol.top() + 2), QPointF(c.x(), symbol.bottom() - 2));
            break;
        }
        p.setPen(Qt::black);
        p.drawText(QRect(symbol.right() + 5, r.top(), r.width() - LegendSymbolWidth - 4, r.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, e.text);
    }
    p.restore();
}

QSize TimelineView::renderSize(int rows, const QDate &from, const QDate &to) const
{
    const int width = NameWidth + int(m_scale.x(to.addDays(1)) - m_scale.x(from)) + 4;
    return QSize(width, HeaderHeight + rows * RowHeight + legendHeight(width));
}

void TimelineView::render(QPainter *painter, int firstRow, int rows, const QDate &from, const QDate &to) const
{
    const QSize size = renderSize(rows, from, to);
    const int legend = legendHeight(size.width());
    Frame f;
    f.xOffset = m_scale.x(from);
    f.firstRow = firstRow;
    f.lastRow = firstRow + rows - 1;
    f.yOffset = 0;
    f.size = QSize(size.width(), size.height() - legend);
    f.exporting = true;
    painter->save();
    painter->setClipRect(QRect(QPoint(0, 0), size));
    painter->save(); // draw() leaves its own font and clip behind
    draw(*painter, f);
    painter->restore();
    painter->fillRect(QRect(0, f.size.height(), size.width(), legend), Qt::white);
    drawLegend(*painter, QRect(0, f.size.height(), size.width(), legend));
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
        rows = std::min(rows - firstRow, rowsAreaHeight() / RowHeight + 1);
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
        const int rowsPerPage = std::max(1, int((page.height() / factor - HeaderHeight - legendHeight(size.width())) / RowHeight));
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
        const int rowsPerPage = std::max(1, int((page.height() / factor - HeaderHeight - legendHeight(size.width())) / RowHeight));
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
    const int daysPerPage = std::max(7, int((pageWidth - NameWidth) / m_scale.pixelsPerDay));
    // The narrowest tile (the last one across) wraps its legend on the most lines.
    int legend = 0;
    for (QDate d = from; d <= to; d = d.addDays(daysPerPage))
        legend = std::max(legend, legendHeight(renderSize(0, d, std::min(to, d.addDays(daysPerPage - 1))).width()));
    const int rowsPerPage = std::max(1, int((page.height() / dpiFactor - HeaderHeight - legend) / RowHeight));
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
        if (!markerShown(m, m_scale.pixelsPerDay))
            continue;
        const QPointF c = milestonePoint(row, m.date);
        if (std::abs(pos.x() - c.x()) <= MarkerSize / 2 && std::abs(pos.y() - c.y()) <= MarkerSize / 2)
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
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        // The legend's words change length: it may take another line.
        updateScrollBars();
        placeEmptyState();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

} // namespace tremplin
