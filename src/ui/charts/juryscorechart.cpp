// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryscorechart.h"

#include "../savepicture.h"
#include "trendchart.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

namespace tremplin {

namespace {

/// Boxes per track: white for the expert jury, hatched grey for the citizen panel.
QBrush boxBrush(JuryTrack track)
{
    return track == JuryTrack::Expert ? QBrush(Qt::white) : QBrush(Qt::gray, Qt::BDiagPattern);
}

/// Mean lines per track, told apart by their dashes.
Qt::PenStyle meanStyle(JuryTrack track)
{
    return track == JuryTrack::Expert ? Qt::DashLine : Qt::DotLine;
}

} // namespace

JuryScoreChart::JuryScoreChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    rebuild();
}

JuryScoreChart::~JuryScoreChart() = default;

void JuryScoreChart::setJurors(const QList<Juror> &jurors, double scaleMin, double scaleMax)
{
    m_jurors = jurors;
    m_scaleMin = scaleMin;
    m_scaleMax = scaleMax > scaleMin ? scaleMax : scaleMin + 1;
    rebuild();
}

void JuryScoreChart::rebuild()
{
    // A fresh chart each time, as GrantChart does: removed axes otherwise linger in exports.
    QChart *old = m_chart;
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setChart(m_chart);
    delete old;

    // Jurors with totals, experts first, each group in the order given.
    QList<const Juror *> shown;
    QStringList without;
    for (const JuryTrack track : { JuryTrack::Expert, JuryTrack::Citizen }) {
        for (const Juror &j : std::as_const(m_jurors)) {
            if (j.track != track)
                continue;
            if (j.totals.empty())
                without << j.name;
            else
                shown << &j;
        }
    }
    const QString title = tr("Jurors' totals: lowest, quartiles, median, highest");
    QString note = tr("A box lower than the others is a severe juror; a higher one, a "
                      "generous juror.");
    if (!without.isEmpty())
        note += QLatin1Char(' ')
            + tr("No complete total yet: %1.").arg(QLocale().createSeparatedList(without));
    m_chart->setTitle(QStringLiteral("<div align=\"center\">%1<br><small>%2</small></div>")
                          .arg(title.toHtmlEscaped(), note.toHtmlEscaped()));
    m_categories.clear();
    if (shown.isEmpty()) {
        m_chart->setTitle(tr("Jurors' totals: no complete total yet"));
        return;
    }

    auto *boxes = new QBoxPlotSeries;
    boxes->setName(tr("Juror's totals"));
    boxes->setBoxOutlineVisible(true);
    boxes->setPen(QPen(Qt::black, 1.2));
    QStringList categories;
    m_categories.clear();
    std::array<std::vector<double>, 2> trackTotals;
    std::array<int, 2> trackFirst { { -1, -1 } };
    std::array<int, 2> trackLast { { -1, -1 } };
    for (int i = 0; i < shown.size(); ++i) {
        const Juror &j = *shown.at(i);
        const jury::BoxSummary b = jury::boxSummary(j.totals);
        const QString name = j.leftOut ? tr("%1 (left out)").arg(j.name) : j.name;
        auto *set
            = new QBoxSet(b.minimum, b.lowerQuartile, b.median, b.upperQuartile, b.maximum, j.name);
        set->setBrush(boxBrush(j.track));
        set->setPen(
            QPen(Qt::black, j.leftOut ? 1.0 : 1.2, j.leftOut ? Qt::DashLine : Qt::SolidLine));
        boxes->append(set);
        categories << name;
        const std::size_t t = std::size_t(j.track);
        trackTotals[t].insert(trackTotals[t].end(), j.totals.begin(), j.totals.end());
        if (trackFirst[t] < 0)
            trackFirst[t] = i;
        trackLast[t] = i;
    }
    m_chart->addSeries(boxes);
    // The boxes explain themselves (title, groups); the legend shows the mean lines' dashes.
    m_chart->legend()->markers(boxes).first()->setVisible(false);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    const QLocale locale;
    connect(boxes, &QBoxPlotSeries::hovered, this, [locale](bool on, QBoxSet *set) {
        if (!on)
            return;
        const auto n = [&locale](double v) { return locale.toString(v, 'f', 2); };
        QToolTip::showText(QCursor::pos(),
            tr("%1: lowest %2, lower quartile %3, median %4, upper quartile %5, highest %6")
                .arg(set->label(), n(set->at(QBoxSet::LowerExtreme)),
                    n(set->at(QBoxSet::LowerQuartile)), n(set->at(QBoxSet::Median)),
                    n(set->at(QBoxSet::UpperQuartile)), n(set->at(QBoxSet::UpperExtreme))));
    });

    // Each track's mean of all its totals, across its group.
    auto *groups = new QCategoryAxis;
    groups->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    groups->setStartValue(-0.5);
    groups->setRange(-0.5, double(shown.size()) - 0.5);
    groups->setGridLineVisible(false);
    QList<QLineSeries *> means;
    for (const JuryTrack track : { JuryTrack::Expert, JuryTrack::Citizen }) {
        const std::size_t t = std::size_t(track);
        if (trackFirst[t] < 0)
            continue;
        groups->append(label(track), double(trackLast[t]) + 0.5);
        const double mean = jury::boxSummary(trackTotals[t]).mean;
        auto *line = new QLineSeries;
        line->setName(
            tr("%1: mean of all totals (%2)").arg(label(track), locale.toString(mean, 'f', 2)));
        line->setPen(QPen(Qt::black, 1.5, meanStyle(track)));
        line->setProperty("track", int(track));
        line->append(double(trackFirst[t]) - 0.5, mean);
        line->append(double(trackLast[t]) + 0.5, mean);
        m_chart->addSeries(line);
        means << line;
    }

    m_categories = categories;
    auto *jurorAxis = new QBarCategoryAxis;
    // Names break between first and last name, so that ten jurors read whole at 1366 pixels;
    // beyond that they are turned.
    QStringList labels;
    for (const QString &c : std::as_const(categories))
        labels << (categories.size() > 12
                ? c.toHtmlEscaped()
                : c.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("<br>")));
    jurorAxis->append(labels);
    if (categories.size() > 12)
        jurorAxis->setLabelsAngle(-60);
    m_chart->addAxis(jurorAxis, Qt::AlignBottom);
    m_chart->addAxis(groups, Qt::AlignBottom);
    // Labels written by QLocale ("2,5" in French): Qt Charts' own are printf-formatted.
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QList<TrendChart::ValueTick> ticks
        = TrendChart::valueTicks(m_scaleMin, m_scaleMax, locale);
    y->setStartValue(ticks.first().value);
    for (const TrendChart::ValueTick &tick : ticks)
        y->append(tick.label, tick.value);
    y->setRange(ticks.first().value, ticks.last().value);
    y->setTitleText(tr("Juror's total"));
    m_chart->addAxis(y, Qt::AlignLeft);
    boxes->attachAxis(jurorAxis);
    boxes->attachAxis(y);
    for (QLineSeries *line : std::as_const(means)) {
        line->attachAxis(groups);
        line->attachAxis(y);
    }
}

QStringList JuryScoreChart::categories() const
{
    return m_categories;
}

std::optional<jury::BoxSummary> JuryScoreChart::drawnBox(const QString &juror) const
{
    for (QAbstractSeries *s : m_chart->series()) {
        auto *boxes = qobject_cast<QBoxPlotSeries *>(s);
        if (!boxes)
            continue;
        for (QBoxSet *set : boxes->boxSets()) {
            if (set->label() != juror)
                continue;
            jury::BoxSummary b;
            b.minimum = set->at(QBoxSet::LowerExtreme);
            b.lowerQuartile = set->at(QBoxSet::LowerQuartile);
            b.median = set->at(QBoxSet::Median);
            b.upperQuartile = set->at(QBoxSet::UpperQuartile);
            b.maximum = set->at(QBoxSet::UpperExtreme);
            return b;
        }
    }
    return std::nullopt;
}

std::optional<double> JuryScoreChart::drawnTrackMean(JuryTrack track) const
{
    for (QAbstractSeries *s : m_chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (line && line->property("track").toInt() == int(track) && !line->points().isEmpty())
            return line->points().first().y();
    }
    return std::nullopt;
}

QString JuryScoreChart::title() const
{
    return m_chart->title();
}

bool JuryScoreChart::exportTo(const QString &path, QString *error)
{
    // A chart on a tab not shown yet has no size of its own: give it the picture's.
    if (!m_view->isVisible() || m_view->size().width() < 200)
        m_view->resize(900, 560);
    return saveViewPicture(m_view, path, tr("Jurors' totals"), error);
}

void JuryScoreChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace tremplin
