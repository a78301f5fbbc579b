// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QVariantMap>
#include <functional>

class QAbstractItemView;
class QLabel;

namespace Ui {
class InitiativeForm;
}

namespace tremplin {

class RecordTableModel;
class TrendChart;

/// The Impact indicators tab of the initiative form: the indicators, the measurements of the
/// selected one and its trend chart, with their add and remove buttons. Its tables follow only
/// the indicator and measurement tables (RecordTableModel). Its texts belong to the form's
/// translation context.
class IndicatorsTab : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    /// What the tab asks of its form: write a new record, remove the selected row of a table,
    /// show why an edit was refused.
    struct Actions
    {
        std::function<void(const QString &table, const QVariantMap &values, const QString &text)>
            insert;
        std::function<void(RecordTableModel *model, QAbstractItemView *view, const QString &text)>
            remove;
        std::function<void(const QString &message)> showProblem;
    };

    IndicatorsTab(Ui::InitiativeForm &ui, qint64 initiativeId, RecordTableModel *indicators,
        RecordTableModel *measurements, QLabel *emptyHint, Actions actions, QObject *parent);

    TrendChart *trendChart() const { return m_trend; }
    void addIndicator();
    void addMeasurement();
    /// Shows the measurements of the indicator in @p row of the indicators table.
    void selectIndicator(int row);
    void retranslate();

private:
    void updateTrend();
    void updateEmptyHint();

    Ui::InitiativeForm &m_ui;
    qint64 m_id;
    RecordTableModel *m_indicators;
    RecordTableModel *m_measurements;
    QLabel *m_empty;
    Actions m_actions;
    TrendChart *m_trend;
};

} // namespace tremplin
