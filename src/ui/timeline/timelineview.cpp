// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../savepicture.h"
#include "timelinemodel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace tremplin {

namespace { } // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(RowHeight);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(),
        qOverload<>(&QWidget::update));
    connect(
        verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
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
        connect(
            m_model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
        connect(m_model, &TimelineModel::calendarChanged, this, [this] {
            // Fit once the view has its real width (not while it is being built).
            if (!m_fitted && isVisible() && viewport()->width() > NameWidth + 100) {
                fitAll();
                m_fitted
                    = m_model->span().start.isValid(); // an empty file: fit again when it has dates
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

TimelineLayout::Source TimelineView::source() const
{
    TimelineLayout::Source s;
    if (m_model) {
        s.rowCount = m_model->rowCount();
        s.row = [model = m_model.data()](int row) { return model->rowData(row); };
    }
    return s;
}

TimelineLayout TimelineView::layoutFrame(
    const TimelineLayout::Frame &frame, const QPaintDevice *device) const
{
    TimelineLayout layout(m_scale, frame);
    const QFontMetrics small(TimelineRenderer::smallFont(font()), device);
    layout.layout(source(), small, { m_drag, m_dragDays });
    return layout;
}

TimelineLayout TimelineView::viewportLayout() const
{
    const int v = verticalScrollBar()->value();
    TimelineLayout::Frame f;
    f.xOffset = horizontalScrollBar()->value();
    f.firstRow = v / RowHeight;
    f.yOffset = v % RowHeight;
    f.size = QSize(viewport()->width(), HeaderHeight + rowsAreaHeight());
    return layoutFrame(f, viewport());
}

TimelineRenderer::Options TimelineView::renderOptions(bool exporting) const
{
    TimelineRenderer::Options o;
    if (m_model)
        o.phases = m_model->phases();
    if (m_model)
        o.committees = m_model->committees();
    if (!exporting && m_dragPhase.phase >= 0 && m_dragPhase.phase < o.phases.size()) {
        // A phase band being dragged is drawn where it would go.
        Phase &ph = o.phases[m_dragPhase.phase];
        const bool actual = ph.actual.start.isValid() || ph.actual.end.isValid();
        DateRange &range = actual ? ph.actual : ph.planned;
        const DateRange shown = TimelineLayout::phaseShown(ph);
        range = { shown.start, shown.end.isValid() ? shown.end : shown.start };
        if (m_dragPhase.part != TimelineHit::End)
            range.start = range.start.addDays(m_dragDays);
        if (m_dragPhase.part != TimelineHit::Start)
            range.end = range.end.addDays(m_dragDays);
    }
    o.today = m_today;
    o.currentId = exporting ? 0 : m_current;
    o.palette = palette();
    return o;
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

TimelineView::RowGeometry TimelineView::rowGeometry(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    // The row's own frame: laid out even when scrolled out of the viewport.
    TimelineLayout::Frame f;
    f.xOffset = horizontalScrollBar()->value();
    f.firstRow = row;
    f.yOffset = 0;
    f.size = QSize(viewport()->width(), HeaderHeight + RowHeight);
    const TimelineLayout layout = layoutFrame(f, viewport());
    const TimelineLayout::Row *laid = layout.row(row);
    RowGeometry g;
    if (!laid)
        return g;
    const double dy = yForRow(row) - laid->top;
    for (const TimelineLayout::Bar &b : laid->bars) {
        g.bars.append(b.rect.translated(0, dy));
        g.labels.append(b.label.isNull() ? QRectF() : b.label.translated(0, dy));
        g.labelTexts.append(b.labelText);
        g.slips.append(b.slip.isNull() ? QRectF() : b.slip.translated(0, dy));
        g.slipTexts.append(b.slipText);
    }
    for (const TimelineLayout::Marker &m : laid->markers)
        g.markers.append(m.rect.translated(0, dy));
    return g;
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
    return TimelineRenderer::legendHeight(font(), viewport(), width);
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
    m_empty->setGeometry(
        x, HeaderHeight + 24, w, std::max(60, std::min(120, rowsAreaHeight() - 48)));
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
    const TimelineLayout layout = viewportLayout();
    p.save();
    p.setClipRect(QRect(QPoint(0, 0), layout.frame().size));
    TimelineRenderer::paint(p, layout, renderOptions(false));
    p.restore();
    if (m_legendVisible)
        TimelineRenderer::paintLegend(p, legendRect());
}

QSize TimelineView::renderSize(int rows, const QDate &from, const QDate &to) const
{
    const int width = NameWidth + int(m_scale.x(to.addDays(1)) - m_scale.x(from)) + 4;
    return QSize(width, HeaderHeight + rows * RowHeight + legendHeight(width));
}

void TimelineView::render(
    QPainter *painter, int firstRow, int rows, const QDate &from, const QDate &to) const
{
    const QSize size = renderSize(rows, from, to);
    const int legend = legendHeight(size.width());
    TimelineLayout::Frame f;
    f.xOffset = m_scale.x(from);
    f.firstRow = firstRow;
    f.yOffset = 0;
    f.size = QSize(size.width(), size.height() - legend);
    painter->save();
    painter->setClipRect(QRect(QPoint(0, 0), size));
    painter->save(); // the renderer leaves its own font and clip behind
    TimelineRenderer::paint(*painter, layoutFrame(f, painter->device()), renderOptions(true));
    painter->restore();
    painter->fillRect(QRect(0, f.size.height(), size.width(), legend), Qt::white);
    TimelineRenderer::paintLegend(*painter, QRect(0, f.size.height(), size.width(), legend));
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
    return savePicture(
        path, size, 1.0, tr("Programme timeline"),
        [&](QPainter &p, QPdfWriter *pdf) {
            if (!pdf) {
                render(&p, firstRow, rows, from, to);
                return;
            }
            // Fit the width of the page; rows go on as many pages as they need.
            const QRect page = p.viewport();
            const double factor = double(page.width()) / size.width();
            const int rowsPerPage = std::max(1,
                int((page.height() / factor - HeaderHeight - legendHeight(size.width()))
                    / RowHeight));
            for (int start = firstRow; start < firstRow + std::max(rows, 1); start += rowsPerPage) {
                if (start > firstRow)
                    pdf->newPage();
                p.save();
                p.scale(factor, factor);
                render(&p, start, std::min(rowsPerPage, firstRow + rows - start), from, to);
                p.restore();
            }
        },
        error);
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
        const int rowsPerPage = std::max(1,
            int((page.height() / factor - HeaderHeight - legendHeight(size.width())) / RowHeight));
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
        legend = std::max(legend,
            legendHeight(renderSize(0, d, std::min(to, d.addDays(daysPerPage - 1))).width()));
    const int rowsPerPage
        = std::max(1, int((page.height() / dpiFactor - HeaderHeight - legend) / RowHeight));
    bool first = true;
    for (int start = 0; start < std::max(rows, 1); start += rowsPerPage) {
        for (QDate d = from; d <= to; d = d.addDays(daysPerPage)) {
            if (!first)
                printer->newPage();
            first = false;
            p.save();
            p.scale(dpiFactor, dpiFactor);
            render(&p, start, std::min(rowsPerPage, rows - start), d,
                std::min(to, d.addDays(daysPerPage - 1)));
            p.restore();
        }
    }
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const TimelineHit hit = viewportLayout().hitTest(event->position());
    if (hit.row >= 0)
        setCurrentId(m_model->idAt(hit.row));
    m_drag = {};
    m_dragDays = 0;
    m_dragPhase = {};
    const TimelineLayout::PhaseHit phaseHit = m_model
        ? viewportLayout().phaseHitTest(m_model->phases(), event->position())
        : TimelineLayout::PhaseHit();
    if (phaseHit.phase >= 0 && m_document) {
        m_dragPhase = phaseHit;
        m_pressPos = event->position().toPoint();
    } else if (hit.bar >= 0 && m_document) {
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
    if ((m_drag.bar >= 0 || m_drag.milestone >= 0 || m_dragPhase.phase >= 0)
        && (event->buttons() & Qt::LeftButton)) {
        const int days = m_scale.days(pos.x() - m_pressPos.x());
        if (days != m_dragDays) {
            m_dragDays = days;
            viewport()->update();
        }
        return;
    }
    TimelineHit hit = viewportLayout().hitTest(pos);
    if (m_model && m_document && hit.part == TimelineHit::None)
        hit.part = viewportLayout().phaseHitTest(m_model->phases(), pos).part;
    viewport()->setCursor(hit.part == TimelineHit::Start || hit.part == TimelineHit::End
            ? Qt::SizeHorCursor
            : hit.part == TimelineHit::Body || hit.part == TimelineHit::Milestone
            ? Qt::OpenHandCursor
            : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragPhase.phase >= 0 && event->button() == Qt::LeftButton) {
        const TimelineLayout::PhaseHit drag = m_dragPhase;
        const int days = m_dragDays;
        m_dragPhase = {};
        m_dragDays = 0;
        viewport()->update();
        if (days != 0 && m_document && m_model && drag.phase < m_model->phases().size())
            commitPhaseDrag(m_model->phases().at(drag.phase), drag.part, days);
        return;
    }
    if ((m_drag.bar < 0 && m_drag.milestone < 0) || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const int days = m_dragDays;
    const TimelineHit drag = m_drag;
    m_drag = {};
    m_dragDays = 0;
    viewport()->update();
    if (days != 0 && m_document)
        commitDrag(drag, days);
}

void TimelineView::commitDrag(const TimelineHit &drag, int days)
{
    if (drag.part == TimelineHit::Milestone) {
        // A payment's date or an action's due date, checked like any edit.
        const bool payment = m_dragMilestone.kind == TimelineMilestone::Disbursement;
        const QString table
            = payment ? QStringLiteral("disbursement") : QStringLiteral("action_item");
        const QString column = payment ? QStringLiteral("paid_on") : QStringLiteral("due_date");
        const QString text = payment
            ? tr("Move a payment of %1").arg(m_model->rowData(drag.row).name)
            : tr("Move an action's due date for %1").arg(m_model->rowData(drag.row).name);
        QString error;
        if (!DatabaseCommand::push(*m_document,
                std::make_unique<SetFieldCommand>(*m_document, table, column,
                    m_dragMilestone.recordId,
                    m_dragMilestone.date.addDays(days).toString(Qt::ISODate), text),
                &error))
            Q_EMIT editRefused(error);
        return;
    }
    const DateRange shown = m_dragBar.shown();
    QVariantMap values;
    QString text;
    if (drag.part == TimelineHit::Body) {
        values.insert(
            QStringLiteral("actual_start"), shown.start.addDays(days).toString(Qt::ISODate));
        values.insert(QStringLiteral("actual_end"), shown.end.addDays(days).toString(Qt::ISODate));
        text = tr("Move %1 of %2").arg(m_dragBar.phase, m_model->rowData(drag.row).name);
    } else if (drag.part == TimelineHit::Start) {
        values.insert(
            QStringLiteral("actual_start"), shown.start.addDays(days).toString(Qt::ISODate));
        if (!m_dragBar.actual.end.isValid())
            values.insert(QStringLiteral("actual_end"), shown.end.toString(Qt::ISODate));
        text = tr("Change the start of %1 for %2")
                   .arg(m_dragBar.phase, m_model->rowData(drag.row).name);
    } else {
        values.insert(QStringLiteral("actual_end"), shown.end.addDays(days).toString(Qt::ISODate));
        if (!m_dragBar.actual.start.isValid())
            values.insert(QStringLiteral("actual_start"), shown.start.toString(Qt::ISODate));
        text = tr("Change the end of %1 for %2")
                   .arg(m_dragBar.phase, m_model->rowData(drag.row).name);
    }
    QString error;
    if (!DatabaseCommand::push(*m_document,
            std::make_unique<SetFieldsCommand>(*m_document, QStringLiteral("participation"),
                m_dragBar.participationId, values, text),
            &error))
        Q_EMIT editRefused(error);
}

void TimelineView::commitPhaseDrag(const Phase &phase, TimelineHit::Part part, int days)
{
    // The dates the band shows: the actual ones once the phase has any, else the plan.
    const bool actual = phase.actual.start.isValid() || phase.actual.end.isValid();
    const QString startColumn
        = actual ? QStringLiteral("actual_start") : QStringLiteral("planned_start");
    const QString endColumn = actual ? QStringLiteral("actual_end") : QStringLiteral("planned_end");
    const DateRange shown = TimelineLayout::phaseShown(phase);
    const QDate end = shown.end.isValid() ? shown.end : shown.start;
    const QDate start = shown.start;
    QVariantMap values;
    QString text;
    if (part == TimelineHit::Start) {
        values.insert(startColumn, start.addDays(days).toString(Qt::ISODate));
        values.insert(endColumn, end.toString(Qt::ISODate));
        text = tr("Change the start of the phase %1").arg(phase.name);
    } else if (part == TimelineHit::End) {
        values.insert(startColumn, start.toString(Qt::ISODate));
        values.insert(endColumn, end.addDays(days).toString(Qt::ISODate));
        text = tr("Change the end of the phase %1").arg(phase.name);
    } else {
        values.insert(startColumn, start.addDays(days).toString(Qt::ISODate));
        values.insert(endColumn, end.addDays(days).toString(Qt::ISODate));
        text = tr("Move the phase %1").arg(phase.name);
    }
    QString error;
    if (!DatabaseCommand::push(*m_document,
            std::make_unique<SetFieldsCommand>(
                *m_document, QStringLiteral("phase"), phase.id, values, text),
            &error))
        Q_EMIT editRefused(error);
}

QRectF TimelineView::phaseBand(qint64 phaseId) const
{
    if (!m_model)
        return {};
    for (const Phase &ph : m_model->phases()) {
        if (ph.id == phaseId)
            return viewportLayout().phaseBand(ph);
    }
    return {};
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
            if (r.start.isValid() && d >= r.start.addDays(-1)
                && d <= (r.end.isValid() ? r.end : r.start).addDays(1))
                lines << tr("%1: %2 – %3")
                             .arg(ph.name, locale.toString(r.start, QLocale::ShortFormat),
                                 locale.toString(
                                     r.end.isValid() ? r.end : r.start, QLocale::ShortFormat));
        }
        for (const CommitteeRecord &c : m_model->committees()) {
            if (c.heldOn.isValid() && qAbs(d.daysTo(c.heldOn)) <= 1)
                lines << tr("Committee: %1 (%2)")
                             .arg(c.name, locale.toString(c.heldOn, QLocale::ShortFormat));
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (row < 0 || pos.x() < NameWidth)
        return row >= 0 ? m_model->rowData(row).name : QString();
    const TimelineRow r = m_model->rowData(row);
    const TimelineLayout layout = viewportLayout();
    const int marker = layout.markerAt(pos, nullptr);
    if (marker >= 0) {
        const TimelineMilestone &m = r.milestones.at(marker);
        return tr("%1 — %2").arg(locale.toString(m.date, QLocale::ShortFormat), m.label());
    }
    const TimelineHit hit = layout.hitTest(pos);
    if (hit.bar >= 0) {
        const TimelineBar &b = r.bars.at(hit.bar);
        QString text
            = tr("%1 — %2\n%3 to %4")
                  .arg(r.name, b.phase, locale.toString(b.shown().start, QLocale::ShortFormat),
                      locale.toString(b.shown().end, QLocale::ShortFormat));
        text += QLatin1Char('\n') + tr("Status: %1").arg(label(b.status));
        if (b.planned.start.isValid())
            text += QLatin1Char('\n')
                + tr("Planned: %1 to %2")
                      .arg(locale.toString(b.planned.start, QLocale::ShortFormat),
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
