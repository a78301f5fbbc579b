// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QWidget>
#include <optional>

class QChart;
class QChartView;

namespace tremplin {

/// A small line chart of an indicator's measurements over time, with its baseline and target
/// as reference lines. The project's own widget: Qt Charts stays behind it (deprecated from
/// Qt 6.10, to be replaced by Qt Graphs without touching the callers).
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;

    struct Data
    {
        QString title;
        QString unit;
        QList<QPair<QDate, double>> points;
        std::optional<double> baseline;
        std::optional<double> target;
    };
    void setData(const Data &data);
    const Data &data() const { return m_data; }
    /// Number of series drawn (measurements, baseline, target), for tests.
    int seriesCount() const;

    struct Tick
    {
        QDate date;
        QString label;
    };
    /// The time axis' ticks from @p first to @p last: calendar-aligned, evenly spaced and each
    /// label distinct — days (day and month) for spans up to two months, months (month and year)
    /// beyond, with a step that keeps them to about seven.
    static QList<Tick> ticks(const QDate &first, const QDate &last, const QLocale &locale);
    /// The ticks drawn now, for tests.
    const QList<Tick> &currentTicks() const { return m_ticks; }

    struct ValueTick
    {
        double value = 0;
        QString label;
    };
    /// The value axis' ticks covering @p low to @p high: steps of 1, 2, 2.5 or 5 times a power
    /// of ten, labelled in @p locale's way ("1,5" and "12 000" in French) with the decimals the
    /// step needs and no more.
    static QList<ValueTick> valueTicks(double low, double high, const QLocale &locale);
    /// The value axis' labels drawn now, for tests.
    const QStringList &currentValueLabels() const { return m_valueLabels; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    Data m_data;
    QList<Tick> m_ticks;
    QStringList m_valueLabels;
    QChart *m_chart;
    QChartView *m_view;
};

} // namespace tremplin
