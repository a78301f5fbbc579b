// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formtab.h"

namespace tremplin {

class TrendChart;

/// The Impact indicators tab of the initiative form: the indicators, the measurements of the
/// selected one and its trend chart, with their add and remove buttons. Its tables follow only
/// the indicator and measurement tables (RecordTableModel). Its texts belong to the form's
/// translation context.
class IndicatorsTab : public FormTab
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    IndicatorsTab(const Context &context, QObject *parent);

    RecordTableModel *indicatorsModel() const { return m_indicators; }
    RecordTableModel *measurementsModel() const { return m_measurements; }

    TrendChart *trendChart() const { return m_trend; }
    void addIndicator();
    void addMeasurement();
    /// Shows the measurements of the indicator in @p row of the indicators table.
    void selectIndicator(int row);
    void retranslate();

private:
    void updateTrend();
    void updateEmptyHint();

    RecordTableModel *m_indicators;
    RecordTableModel *m_measurements;
    QLabel *m_empty;
    TrendChart *m_trend;
};

} // namespace tremplin
