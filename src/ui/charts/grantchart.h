// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/grantledger.h"

#include <QDate>
#include <QPointF>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;

namespace tremplin {

class AmountTableModel;
class Database;

/// Charts of grants committed and disbursed: the project's own widget, with Qt Charts behind it
/// (deprecated from Qt 6.10; Qt Graphs can replace it here without touching the callers). Data
/// come from SQL aggregates (GrantLedger) through an AmountTableModel; series are told apart by
/// line dashes and fill patterns so that a black-and-white print stays readable.
class GrantChart : public QWidget
{
    Q_OBJECT
public:
    enum Kind {
        Cumulative, ///< committed and disbursed to date, against the envelope
        PerPeriod, ///< committed and disbursed per month or quarter
        PerInitiativeByTranche, ///< committed per initiative, stacked by tranche kind
        PerFundingSource,
        PerNeedKind,
        PerTheme,
        KindCount
    };
    Q_ENUM(Kind)

    explicit GrantChart(QWidget *parent = nullptr);
    ~GrantChart() override;

    static QString kindTitle(Kind kind);

    /// @p followChanges false: the owner calls refresh() itself, when it wants the figures read
    /// (see DeferredRefresh); nothing is read now.
    void setDatabase(Database *db, bool followChanges = true);
    void setFilter(const GrantFilter &filter);
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setPeriod(GrantLedger::Period period);

    /// The figures drawn, as a table (also what tests and screen readers use).
    AmountTableModel *model() const { return m_model; }
    /// Amounts are drawn divided by this (1000 when they are large: the axis reads k€).
    double scale() const { return m_scale; }
    /// Names of the series drawn and the points of one, for tests.
    QStringList seriesNames() const;
    QList<QPointF> seriesPoints(int series) const;

    /// What the reader must know to read the chart (shown under its title), e.g. that the
    /// amounts by theme are split between an initiative's themes; empty when nothing.
    QString note() const;
    /// The amount axis's labels as drawn (grouped the language's way), for tests.
    QStringList valueAxisLabels() const { return m_valueLabels; }
    /// The dates of the cumulative chart's ticks (first days of months at a regular step).
    QList<QDate> dateTicks() const { return m_dateTicks; }
    /// Tick values from 0 to at least @p high at a step of 1, 2 or 5 times a power of ten.
    static QList<double> niceTicks(double high);
    /// Months between two date ticks for a span of @p months (at most about 8 ticks).
    static int monthStep(int months);

    /// Writes the chart to @p path as PNG, SVG or PDF (by its suffix); false on failure.
    bool exportTo(const QString &path, QString *error = nullptr);
    void copyToClipboard();

    /// Why the figures could not be read at the last refresh(); empty when they were.
    QString error() const { return m_error; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// The figures could not be read (the chart is then empty): what to tell the user.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QPointer<Database> m_db;
    GrantFilter m_filter;
    Kind m_kind = Cumulative;
    GrantLedger::Period m_period = GrantLedger::Period::Month;
    AmountTableModel *m_model;
    QList<QPair<QString, QList<QPair<TrancheKind, Money>>>> m_stacked;
    LedgerTotals m_totals;
    QList<AmountPoint> m_points;
    QChart *m_chart;
    QChartView *m_view;
    double m_scale = 1.0;
    QStringList m_valueLabels;
    QList<QDate> m_dateTicks;
    QString m_error;
};

} // namespace tremplin
