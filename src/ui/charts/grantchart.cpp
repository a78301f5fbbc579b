// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantchart.h"

#include "../models/grantledgermodel.h"
#include "../savepicture.h"
#include "core/database/database.h"
#include "core/error.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtMath>

namespace tremplin {

namespace {

/// Beyond this many initiatives, the smallest are summed in one bar.
constexpr int MaxBars = 20;

const char *const kindTitles[GrantChart::KindCount] = {
    QT_TRANSLATE_NOOP("tremplin::GrantChart", "Committed and disbursed to date"),
    QT_TRANSLATE_NOOP("tremplin::GrantChart", "Committed and disbursed per period"),
    QT_TRANSLATE_NOOP("tremplin::GrantChart", "Committed per initiative, by tranche"),
    QT_TRANSLATE_NOOP("tremplin::GrantChart", "By funding source"),
    QT_TRANSLATE_NOOP("tremplin::GrantChart", "By kind of need"),
    QT_TRANSLATE_NOOP("tremplin::GrantChart", "By theme"),
};

/// Fill patterns that stay distinct in black and white.
const Qt::BrushStyle patterns[]
    = { Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense5Pattern, Qt::CrossPattern, Qt::FDiagPattern };
const QColor colours[] = { QColor(0x1f, 0x3a, 0x93), QColor(0xd9, 0x5f, 0x02),
    QColor(0x1b, 0x9e, 0x77), QColor(0x75, 0x70, 0xb3), QColor(0x66, 0x66, 0x66) };

QBarSet *barSet(const QString &name, int style)
{
    auto *set = new QBarSet(name);
    QBrush brush(colours[style % 5], patterns[style % 5]);
    set->setBrush(brush);
    set->setPen(QPen(Qt::black, 1));
    return set;
}

/// Months from @p a's month to @p b's month.
int monthsBetween(QDate a, QDate b)
{
    return (b.year() - a.year()) * 12 + b.month() - a.month();
}

QString euros(double value)
{
    return Money::fromCents(qint64(value * 100.0 + (value >= 0 ? 0.5 : -0.5))).toString(QLocale());
}

} // namespace

QList<double> GrantChart::niceTicks(double high)
{
    // Steps of 1, 2 or 5 times a power of ten, at most six of them above zero.
    high = std::max(high, 1.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(high / 6.0)));
    double step = magnitude;
    for (const double m : { 1.0, 2.0, 5.0, 10.0 }) {
        step = m * magnitude;
        if (high / step <= 6.0)
            break;
    }
    QList<double> ticks;
    for (int i = 0; i == 0 || ticks.last() < high; ++i)
        ticks << i * step;
    return ticks;
}

int GrantChart::monthStep(int months)
{
    for (const int step : { 1, 2, 3, 6, 12, 24, 60, 120 }) {
        if (months / step <= 8)
            return step;
    }
    return 120;
}

GrantChart::GrantChart(QWidget *parent)
    : QWidget(parent)
    , m_model(new AmountTableModel(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    rebuild();
}

GrantChart::~GrantChart() = default;

QString GrantChart::kindTitle(Kind kind)
{
    return QCoreApplication::translate("tremplin::GrantChart", kindTitles[kind]);
}

void GrantChart::setDatabase(Database *db, bool followChanges)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db && followChanges)
        connect(m_db, &Database::changed, this, &GrantChart::refresh);
    if (followChanges)
        refresh();
}

void GrantChart::setFilter(const GrantFilter &filter)
{
    m_filter = filter;
    refresh();
}

void GrantChart::setKind(Kind kind)
{
    m_kind = kind;
    refresh();
}

void GrantChart::setPeriod(GrantLedger::Period period)
{
    m_period = period;
    refresh();
}

void GrantChart::refresh()
{
    m_error.clear();
    m_stacked.clear();
    m_points.clear();
    m_totals = {};
    if (m_db && m_db->isOpen()) {
        try {
            GrantLedger ledger(*m_db);
            switch (m_kind) {
            case Cumulative:
                m_points = ledger.perPeriod(m_filter, GrantLedger::Period::Month);
                m_model->setSeries(m_points, GrantLedger::Period::Month);
                m_totals = ledger.totals(m_filter);
                break;
            case PerPeriod:
                m_points = ledger.perPeriod(m_filter, m_period);
                m_model->setSeries(m_points, m_period);
                break;
            case PerInitiativeByTranche: {
                // A readable chart shows the largest grants; the others are summed in one bar.
                m_stacked = ledger.perInitiativeAndTranche(m_filter);
                auto total = [](const QList<QPair<TrancheKind, Money>> &t) {
                    qint64 s = 0;
                    for (const auto &p : t)
                        s += p.second.cents();
                    return s;
                };
                std::stable_sort(
                    m_stacked.begin(), m_stacked.end(), [&](const auto &a, const auto &b) {
                        return total(a.second) > total(b.second);
                    });
                if (m_stacked.size() > MaxBars) {
                    QList<QPair<TrancheKind, Money>> others;
                    for (int i = MaxBars - 1; i < m_stacked.size(); ++i) {
                        for (const auto &[kind, amount] : m_stacked.at(i).second) {
                            auto it = std::find_if(others.begin(), others.end(),
                                [k = kind](const auto &o) { return o.first == k; });
                            if (it == others.end())
                                others.append({ kind, amount });
                            else
                                it->second += amount;
                        }
                    }
                    const int rest = int(m_stacked.size()) - (MaxBars - 1);
                    m_stacked.resize(MaxBars - 1);
                    m_stacked.append({ tr("%n other initiative(s)", nullptr, rest), others });
                }
                // Bars read top-down from the largest.
                std::reverse(m_stacked.begin(), m_stacked.end());
                QList<AmountByKey> amounts = ledger.perInitiative(m_filter);
                std::stable_sort(
                    amounts.begin(), amounts.end(), [](const AmountByKey &a, const AmountByKey &b) {
                        return b.committed < a.committed;
                    });
                m_model->setAmounts(amounts);
                break;
            }
            case PerFundingSource:
                m_model->setAmounts(ledger.perFundingSource(m_filter));
                break;
            case PerNeedKind:
                m_model->setAmounts(ledger.perNeedKind(m_filter));
                break;
            case PerTheme:
                m_model->setAmounts(ledger.perTheme(m_filter));
                break;
            case KindCount:
                break;
            }
        } catch (const Error &e) {
            m_model->setAmounts({});
            m_error = e.message();
        }
    } else {
        m_model->setAmounts({});
    }
    rebuild();
}

void GrantChart::rebuild()
{
    // A fresh chart each time: Qt Charts keeps drawing removed axes of another type until the
    // event loop runs, which leaves ghosts in exports made right after a change.
    QChart *old = m_chart;
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setChart(m_chart);
    delete old;
    m_valueLabels.clear();
    m_dateTicks.clear();
    m_chart->setTitle(note().isEmpty()
            ? kindTitle(m_kind)
            : QStringLiteral("<div align=\"center\">%1<br><small>%2</small></div>")
                  .arg(kindTitle(m_kind).toHtmlEscaped(), note().toHtmlEscaped()));
    const int rows = m_kind == PerInitiativeByTranche ? int(m_stacked.size()) : m_model->rowCount();
    if (rows == 0) {
        m_chart->setTitle(tr("%1: nothing to show for this selection").arg(kindTitle(m_kind)));
        return;
    }
    // Large amounts are drawn in thousands of euros so that the axis stays readable; the
    // tooltips and the table keep exact amounts.
    double largest = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int col = AmountTableModel::Committed; col < AmountTableModel::ColumnCount; ++col)
            largest
                = std::max(largest, m_model->data(m_model->index(r, col), Qt::EditRole).toDouble());
    }
    largest = std::max(largest, double(m_totals.envelope.cents()) / 100.0);
    m_scale = largest >= 10000.0 ? 1000.0 : 1.0;
    auto euroAxis = [this](Qt::Alignment alignment, double high) {
        // Labels written by QLocale (grouped digits: "500 000", "500,000"); Qt Charts' own
        // labels are printf-formatted and ungrouped.
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const QList<double> ticks = niceTicks(high * 1.02);
        const QLocale locale;
        axis->setStartValue(0);
        for (const double t : ticks)
            axis->append(locale.toString(qint64(std::llround(t))), t);
        axis->setRange(0, ticks.last());
        axis->setTitleText(m_scale > 1 ? tr("thousands of euros") : tr("euros"));
        m_chart->addAxis(axis, alignment);
        m_valueLabels = axis->categoriesLabels();
        return axis;
    };
    auto value = [this](int row, int column) {
        return m_model->data(m_model->index(row, column), Qt::EditRole).toDouble() / m_scale;
    };

    if (m_kind == Cumulative) {
        auto *committed = new QLineSeries;
        committed->setName(tr("Committed to date"));
        committed->setPen(QPen(colours[0], 2.5, Qt::SolidLine));
        auto *disbursed = new QLineSeries;
        disbursed->setName(tr("Disbursed to date"));
        disbursed->setPen(QPen(colours[1], 2.5, Qt::DashLine));
        // x counts months from the first tick, so that ticks fall on the first of a month
        // (of a quarter, of a year on long programmes) at regular steps.
        const QDate firstPeriod = m_points.first().period;
        const QDate end = m_points.last().period.addMonths(1);
        const int step = monthStep(monthsBetween(firstPeriod, end));
        const int align = std::min(step, 12);
        const QDate first(firstPeriod.year(), ((firstPeriod.month() - 1) / align) * align + 1, 1);
        const int span = monthsBetween(first, end);
        const int ticks = (span + step - 1) / step;
        const QDate last = first.addMonths(ticks * step);
        auto xOf = [first](QDate d) {
            return double(monthsBetween(first, d)) + (d.day() - 1) / double(d.daysInMonth());
        };
        double high = 0;
        for (int r = 0; r < rows; ++r) {
            const qreal x = xOf(m_points.at(r).period);
            // Step lines: the amount holds until the next month's change.
            if (r > 0) {
                committed->append(x, value(r - 1, AmountTableModel::CumulativeCommitted));
                disbursed->append(x, value(r - 1, AmountTableModel::CumulativeDisbursed));
            }
            committed->append(x, value(r, AmountTableModel::CumulativeCommitted));
            disbursed->append(x, value(r, AmountTableModel::CumulativeDisbursed));
            high = std::max({ high, value(r, AmountTableModel::CumulativeCommitted),
                value(r, AmountTableModel::CumulativeDisbursed) });
        }
        committed->append(xOf(end), value(rows - 1, AmountTableModel::CumulativeCommitted));
        disbursed->append(xOf(end), value(rows - 1, AmountTableModel::CumulativeDisbursed));
        m_chart->addSeries(committed);
        m_chart->addSeries(disbursed);
        if (m_totals.envelope.cents() > 0) {
            auto *envelope = new QLineSeries;
            envelope->setName(
                m_totals.illustrative ? tr("Envelope (illustrative)") : tr("Envelope"));
            envelope->setPen(QPen(Qt::black, 1.5, Qt::DotLine));
            const double e = double(m_totals.envelope.cents()) / 100.0 / m_scale;
            envelope->append(0, e);
            envelope->append(xOf(last), e);
            m_chart->addSeries(envelope);
            high = std::max(high, e);
        }
        auto *x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        x->setStartValue(0);
        const QLocale locale;
        for (int t = 0; t <= ticks; ++t) {
            const QDate d = first.addMonths(t * step);
            m_dateTicks << d;
            x->append(step >= 12 ? locale.toString(d, QStringLiteral("yyyy"))
                                 : locale.toString(d, QStringLiteral("MM/yyyy")),
                t * step);
        }
        x->setRange(0, ticks * step);
        m_chart->addAxis(x, Qt::AlignBottom);
        QValueAxis *y = euroAxis(Qt::AlignLeft, high);
        for (QAbstractSeries *s : m_chart->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
            if (auto *line = qobject_cast<QLineSeries *>(s)) {
                const double scale = m_scale;
                connect(
                    line, &QLineSeries::hovered, this, [line, scale](const QPointF &p, bool on) {
                        if (on)
                            QToolTip::showText(QCursor::pos(),
                                QStringLiteral("%1: %2").arg(line->name(), euros(p.y() * scale)));
                    });
            }
        }
        return;
    }

    QStringList categories;
    for (int r = 0; r < rows; ++r)
        categories << m_model->data(m_model->index(r, AmountTableModel::Label)).toString();
    double high = 0;
    QAbstractBarSeries *series = nullptr;
    if (m_kind == PerInitiativeByTranche) {
        auto *stacked = new QHorizontalStackedBarSeries;
        QList<TrancheKind> kinds;
        for (const auto &[name, tranches] : std::as_const(m_stacked)) {
            for (const auto &[kind, amount] : tranches) {
                if (!kinds.contains(kind))
                    kinds.append(kind);
            }
        }
        std::sort(kinds.begin(), kinds.end());
        categories.clear();
        for (const auto &entry : std::as_const(m_stacked))
            categories << entry.first;
        for (int k = 0; k < kinds.size(); ++k) {
            QBarSet *set = barSet(label(kinds.at(k)), k);
            for (const auto &[name, tranches] : std::as_const(m_stacked)) {
                double v = 0;
                for (const auto &[kind, amount] : tranches) {
                    if (kind == kinds.at(k))
                        v += double(amount.cents()) / 100.0 / m_scale;
                }
                set->append(v);
            }
            stacked->append(set);
        }
        for (const auto &entry : std::as_const(m_stacked)) {
            double total = 0;
            for (const auto &t : entry.second)
                total += double(t.second.cents()) / 100.0 / m_scale;
            high = std::max(high, total);
        }
        series = stacked;
    } else {
        QAbstractBarSeries *bars = m_kind == PerPeriod
            ? static_cast<QAbstractBarSeries *>(new QBarSeries)
            : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
        QBarSet *committed = barSet(tr("Committed"), 0);
        QBarSet *disbursed = barSet(tr("Disbursed"), 1);
        for (int r = 0; r < rows; ++r) {
            committed->append(value(r, AmountTableModel::Committed));
            disbursed->append(value(r, AmountTableModel::Disbursed));
            high = std::max({ high, value(r, AmountTableModel::Committed),
                value(r, AmountTableModel::Disbursed) });
        }
        bars->append(committed);
        bars->append(disbursed);
        series = bars;
    }
    m_chart->addSeries(series);
    const double scale = m_scale;
    connect(series, &QAbstractBarSeries::hovered, this,
        [categories, scale](bool on, int index, QBarSet *set) {
            if (on)
                QToolTip::showText(QCursor::pos(),
                    QStringLiteral("%1 — %2: %3")
                        .arg(categories.value(index), set->label(), euros(set->at(index) * scale)));
        });
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    const bool horizontal = m_kind != PerPeriod;
    m_chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    QValueAxis *valueAxis = euroAxis(horizontal ? Qt::AlignBottom : Qt::AlignLeft, high);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

QString GrantChart::note() const
{
    if (m_kind == PerNeedKind)
        return tr("Amounts split equally between an initiative's kinds of need.");
    if (m_kind == PerTheme)
        return tr("Amounts split equally between an initiative's themes.");
    return {};
}

QStringList GrantChart::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries *s : m_chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                names << set->label();
        } else {
            names << s->name();
        }
    }
    return names;
}

QList<QPointF> GrantChart::seriesPoints(int series) const
{
    int i = 0;
    for (QAbstractSeries *s : m_chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                if (i++ == series) {
                    QList<QPointF> points;
                    for (int k = 0; k < set->count(); ++k)
                        points << QPointF(k, set->at(k));
                    return points;
                }
            }
        } else if (i++ == series) {
            if (auto *xy = qobject_cast<QXYSeries *>(s))
                return xy->points();
        }
    }
    return {};
}

bool GrantChart::exportTo(const QString &path, QString *error)
{
    // A change made just before (a new kind, a new filter) is laid out before the picture.
    return saveViewPicture(m_view, path, m_chart->title(), error);
}

void GrantChart::copyToClipboard()
{
    QApplication::clipboard()->setPixmap(m_view->grab());
}

void GrantChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace tremplin
