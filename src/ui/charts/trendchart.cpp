// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendchart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QVBoxLayout>

namespace tremplin {

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    // A picture, not a control: keyboard focus stays on the tables that hold the data.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    rebuild();
}

TrendChart::~TrendChart() = default;

void TrendChart::setData(const Data &data)
{
    m_data = data;
    rebuild();
}

int TrendChart::seriesCount() const
{
    return int(m_chart->series().size());
}

void TrendChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        // removeAxis() leaves the axis to its caller, still drawn until it is deleted.
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(m_data.title);
    m_ticks.clear();
    if (m_data.points.isEmpty()) {
        m_chart->setTitle(m_data.title.isEmpty() ? tr("No measurements yet")
                                                 : tr("%1: no measurements yet").arg(m_data.title));
        return;
    }
    auto *values = new QLineSeries;
    values->setName(tr("Measured"));
    auto *markers = new QScatterSeries;
    markers->setMarkerSize(7);
    QPen pen(Qt::black);
    pen.setWidthF(2);
    values->setPen(pen);
    markers->setColor(Qt::black);
    double low = m_data.points.first().second;
    double high = low;
    QDate first = m_data.points.first().first;
    QDate last = first;
    for (const auto &[date, value] : m_data.points) {
        const qreal x = QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch();
        values->append(x, value);
        markers->append(x, value);
        low = std::min(low, value);
        high = std::max(high, value);
        first = std::min(first, date);
        last = std::max(last, date);
    }
    if (first == last) {
        first = first.addDays(-15);
        last = last.addDays(15);
    }
    m_chart->addSeries(values);
    m_chart->addSeries(markers);
    markers->setName(QString());
    m_chart->legend()->markers(markers).first()->setVisible(false);
    // Baseline and target as dashed reference lines, told apart by dash pattern so that the
    // chart reads in black and white.
    auto reference = [&](double y, const QString &name, Qt::PenStyle style) {
        auto *line = new QLineSeries;
        line->setName(name);
        QPen p(QColor(0x55, 0x55, 0x55));
        p.setStyle(style);
        p.setWidthF(1.5);
        line->setPen(p);
        line->append(QDateTime(first, QTime(12, 0)).toMSecsSinceEpoch(), y);
        line->append(QDateTime(last, QTime(12, 0)).toMSecsSinceEpoch(), y);
        m_chart->addSeries(line);
        low = std::min(low, y);
        high = std::max(high, y);
        return line;
    };
    if (m_data.baseline)
        reference(*m_data.baseline, tr("Baseline"), Qt::DotLine);
    if (m_data.target)
        reference(*m_data.target, tr("Target"), Qt::DashLine);

    // Ticks on calendar days or months, each with its own label (a date-time axis cuts the range
    // into equal parts and printed "11/2026" four times over a month).
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qreal from = QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch();
    const qreal to = QDateTime(last, QTime(23, 59)).toMSecsSinceEpoch();
    x->setRange(from, to);
    x->setStartValue(from);
    m_ticks = ticks(first, last, QLocale());
    for (const Tick &tick : std::as_const(m_ticks))
        x->append(tick.label, QDateTime(tick.date, QTime(0, 0)).toMSecsSinceEpoch());
    // Labels written by QLocale ("1,5" in French): Qt Charts' own are printf-formatted.
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double pad = high > low ? (high - low) * 0.1 : std::max(1.0, std::abs(high) * 0.1);
    const QList<ValueTick> levels = valueTicks(low - pad, high + pad, QLocale());
    y->setStartValue(levels.first().value);
    for (const ValueTick &tick : levels)
        y->append(tick.label, tick.value);
    y->setRange(levels.first().value, levels.last().value);
    y->setTitleText(m_data.unit);
    m_valueLabels = y->categoriesLabels();
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

QList<TrendChart::ValueTick> TrendChart::valueTicks(double low, double high, const QLocale &locale)
{
    if (!(high > low))
        high = low + 1;
    const double rough = (high - low) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = m * magnitude;
        if ((high - low) / step <= 6.0 + 1e-9)
            break;
    }
    int decimals = 0;
    while (decimals < 6) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * scaled)
            break;
        ++decimals;
    }
    QList<ValueTick> out;
    const double first = std::floor(low / step + 1e-9) * step;
    for (int i = 0; out.isEmpty() || out.last().value < high - step * 1e-9; ++i) {
        double v = first + i * step;
        if (std::abs(v) < step * 1e-9)
            v = 0; // never "-0"
        out.append({ v, locale.toString(v, 'f', decimals) });
    }
    return out;
}

QList<TrendChart::Tick> TrendChart::ticks(
    const QDate &first, const QDate &last, const QLocale &locale)
{
    QList<Tick> out;
    if (!first.isValid() || !last.isValid() || last < first)
        return out;
    constexpr int MaxTicks = 7;
    const qint64 span = first.daysTo(last);
    if (span <= 62) {
        // Days: the language's short date without its year ("29/11", "11/29").
        QString format = locale.dateFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(QStringLiteral("[^dM]*y+[^dM]*")));
        for (int step : { 1, 2, 7, 14, 21 }) {
            if (span / step < MaxTicks || step == 21) {
                for (QDate d = first; d <= last; d = d.addDays(step))
                    out.append({ d, locale.toString(d, format) });
                break;
            }
        }
        return out;
    }
    // Months: the first of each month, every 1, 2, 3, 6 or 12... months.
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month();
    int step = 1;
    for (int s : { 1, 2, 3, 6, 12, 24, 60, 120 }) {
        step = s;
        if (months / s < MaxTicks)
            break;
    }
    QDate d(first.year(), first.month(), 1);
    if (d < first)
        d = d.addMonths(1);
    // Aligned on the calendar: quarters start in January, April...; years in January.
    while ((d.month() - 1) % step != 0 && step <= 12)
        d = d.addMonths(1);
    for (; d <= last; d = d.addMonths(step))
        out.append({ d,
            locale.toString(d, step >= 12 ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy")) });
    return out;
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace tremplin
