// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorstab.h"

#include "../charts/trendchart.h"
#include "../models/recordtablemodel.h"
#include "ui_initiativeform.h"

#include <QDate>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tremplin {

IndicatorsTab::IndicatorsTab(const Context &context, QObject *parent)
    : FormTab(context, parent)
    , m_indicators(childTable(QStringLiteral("indicator"),
          { QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("baseline"),
              QStringLiteral("target"), QStringLiteral("target_date"),
              QStringLiteral("direction") },
          QStringLiteral("id")))
    , m_measurements(childTable(QStringLiteral("measurement"),
          { QStringLiteral("measured_on"), QStringLiteral("value"), QStringLiteral("note") },
          QStringLiteral("measured_on, id"), QStringLiteral("indicator_id")))
    , m_empty(emptyHint(context.ui.indicatorsView, QStringLiteral("noIndicatorsLabel")))
    , m_trend(new TrendChart(context.ui.trendPlaceholder))
{
    setUpTable(m_ui.indicatorsView, m_indicators, 0);
    setUpTable(m_ui.measurementsView, m_measurements, 2);
    m_indicators->setParentId(m_id);
    m_trend->setObjectName(QStringLiteral("trendChart"));
    auto *trendLayout = new QVBoxLayout(m_ui.trendPlaceholder);
    trendLayout->setContentsMargins(0, 0, 0, 0);
    trendLayout->addWidget(m_trend);
    connect(m_ui.addIndicatorButton, &QPushButton::clicked, this, &IndicatorsTab::addIndicator);
    connect(m_ui.removeIndicatorButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_indicators, m_ui.indicatorsView, tr("Remove indicator")); });
    connect(m_ui.addMeasurementButton, &QPushButton::clicked, this, &IndicatorsTab::addMeasurement);
    connect(m_ui.removeMeasurementButton, &QPushButton::clicked, this, [this] {
        removeSelected(m_measurements, m_ui.measurementsView, tr("Remove measurement"));
    });
    connect(m_ui.indicatorsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { selectIndicator(current.row()); });
    connect(m_measurements, &QAbstractItemModel::modelReset, this, &IndicatorsTab::updateTrend);
    connect(m_measurements, &QAbstractItemModel::dataChanged, this, &IndicatorsTab::updateTrend);
    connect(m_indicators, &QAbstractItemModel::dataChanged, this, &IndicatorsTab::updateTrend);
    connect(m_indicators, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex current = m_ui.indicatorsView->currentIndex();
        selectIndicator(
            current.isValid() ? current.row() : (m_indicators->rowCount() > 0 ? 0 : -1));
    });
    connect(m_indicators, &QAbstractItemModel::modelReset, this, &IndicatorsTab::updateEmptyHint);
    connect(m_indicators, &QAbstractItemModel::rowsInserted, this, &IndicatorsTab::updateEmptyHint);
    connect(m_indicators, &QAbstractItemModel::rowsRemoved, this, &IndicatorsTab::updateEmptyHint);
    if (m_indicators->rowCount() > 0)
        m_ui.indicatorsView->setCurrentIndex(m_indicators->index(0, 0));
    else
        selectIndicator(-1);
    updateEmptyHint();
}

void IndicatorsTab::updateEmptyHint()
{
    const bool any = m_indicators->rowCount() > 0;
    m_ui.indicatorsView->setVisible(any);
    m_empty->setVisible(!any);
    m_ui.removeIndicatorButton->setEnabled(any);
    // Measurements belong to an indicator: none to show without one.
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_ui.measurementsTitle, m_ui.measurementsView,
            m_ui.addMeasurementButton, m_ui.removeMeasurementButton, m_ui.trendPlaceholder })
        w->setVisible(any);
}

void IndicatorsTab::retranslate()
{
    m_indicators->retranslate();
    m_measurements->retranslate();
    m_ui.indicatorsView->setAccessibleName(tr("Impact indicators"));
    m_ui.measurementsView->setAccessibleName(tr("Measurements"));
    m_trend->setAccessibleName(tr("Trend of the selected indicator"));
    m_empty->setText(tr("No impact indicator yet. Use Add indicator, then record its "
                        "measurements to follow its trend."));
}

void IndicatorsTab::selectIndicator(int row)
{
    const qint64 indicator = row >= 0 ? m_indicators->idAt(row) : 0;
    m_measurements->setParentId(indicator);
    m_ui.measurementsView->setEnabled(indicator > 0);
    m_ui.addMeasurementButton->setEnabled(indicator > 0);
    m_ui.removeMeasurementButton->setEnabled(indicator > 0);
    updateTrend();
}

void IndicatorsTab::updateTrend()
{
    if (!m_trend)
        return;
    TrendChart::Data trend;
    const QModelIndex current = m_ui.indicatorsView->currentIndex();
    if (current.isValid() && m_measurements->parentId() > 0) {
        const int row = current.row();
        auto cell = [&](int column) {
            return m_indicators->data(
                m_indicators->index(row, column), RecordTableModel::EditValueRole);
        };
        trend.title = cell(0).toString();
        trend.unit = cell(1).toString();
        if (!cell(2).isNull())
            trend.baseline = cell(2).toDouble();
        if (!cell(3).isNull())
            trend.target = cell(3).toDouble();
        for (int r = 0; r < m_measurements->rowCount(); ++r) {
            const QDate date = QDate::fromString(
                m_measurements->data(m_measurements->index(r, 0), RecordTableModel::EditValueRole)
                    .toString(),
                Qt::ISODate);
            const QVariant value = m_measurements->data(
                m_measurements->index(r, 1), RecordTableModel::EditValueRole);
            if (date.isValid() && !value.isNull())
                trend.points.append({ date, value.toDouble() });
        }
    }
    m_trend->setData(trend);
}

void IndicatorsTab::addIndicator()
{
    insert(QStringLiteral("indicator"),
        { { QStringLiteral("initiative_id"), m_id },
            { QStringLiteral("name"), tr("New indicator") },
            { QStringLiteral("direction"), QStringLiteral("increase") } },
        tr("Add indicator"));
    m_ui.indicatorsView->setCurrentIndex(m_indicators->index(m_indicators->rowCount() - 1, 0));
}

void IndicatorsTab::addMeasurement()
{
    const qint64 indicator = m_measurements->parentId();
    if (indicator <= 0)
        return;
    // Dated today (the local calendar day, as the user reads it). One measurement per day: when
    // today already has one, show it rather than inventing a date in the future.
    const QDate today = QDate::currentDate();
    for (int r = 0; r < m_measurements->rowCount(); ++r) {
        const QModelIndex date = m_measurements->index(r, 0);
        if (QDate::fromString(
                m_measurements->data(date, RecordTableModel::EditValueRole).toString(), Qt::ISODate)
            == today) {
            m_ui.measurementsView->setCurrentIndex(m_measurements->index(r, 1));
            showProblem(tr("This indicator already has a measurement dated today: change its "
                           "value, or its date to record an earlier one."));
            return;
        }
    }
    insert(QStringLiteral("measurement"),
        { { QStringLiteral("indicator_id"), indicator },
            { QStringLiteral("measured_on"), today.toString(Qt::ISODate) },
            { QStringLiteral("value"), 0.0 } },
        tr("Add measurement"));
    for (int r = 0; r < m_measurements->rowCount(); ++r) {
        if (m_measurements->data(m_measurements->index(r, 0), RecordTableModel::EditValueRole)
                .toString()
            == today.toString(Qt::ISODate))
            m_ui.measurementsView->setCurrentIndex(m_measurements->index(r, 1));
    }
}

} // namespace tremplin
