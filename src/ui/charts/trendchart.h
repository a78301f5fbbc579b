// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    Data m_data;
    QChart *m_chart;
    QChartView *m_view;
};

} // namespace tremplin
