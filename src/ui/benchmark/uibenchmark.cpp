// SPDX-License-Identifier: GPL-3.0-or-later
#include "uibenchmark.h"

#include "../charts/grantchart.h"
#include "../document.h"
#include "../models/initiativelistmodel.h"
#include "../timeline/timelinemodel.h"
#include "../timeline/timelinepage.h"
#include "../timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QScrollBar>

#include <algorithm>

namespace tremplin {

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int i = std::clamp(int(std::ceil(p * values.size())) - 1, 0, int(values.size()) - 1);
    return values.at(i);
}

QJsonObject result(const QString &name, double value, const QString &unit)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value }, { QStringLiteral("unit"), unit } };
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

QJsonArray runUiBenchmark(Document &document)
{
    QJsonArray out;
    Database &db = document.database();

    // Search as you type: each keystroke refilters the list's model and the view reads the
    // first screen of rows.
    {
        InitiativeListModel model;
        model.setDatabase(&db);
        QList<double> latencies;
        for (const QString &word : { QStringLiteral("democratie"), QStringLiteral("solidaire"), QStringLiteral("atelier paris"),
                                     QStringLiteral("association 42") }) {
            for (int n = 1; n <= word.size(); ++n) {
                QElapsedTimer t;
                t.start();
                InitiativeFilter f;
                f.search = word.left(n);
                model.setFilter(f);
                for (int r = 0; r < std::min(40, model.rowCount()); ++r)
                    model.data(model.index(r, 0));
                latencies << ms(t);
            }
        }
        out << result(QStringLiteral("search_keystroke_median"), percentile(latencies, 0.5), QStringLiteral("ms"))
            << result(QStringLiteral("search_keystroke_p95"), percentile(latencies, 0.95), QStringLiteral("ms"));
    }

    // Timeline at month zoom: one full viewport, then a page scroll.
    {
        TimelinePage page;
        page.setDocument(&document);
        // Every initiative, whatever row choice the user made: the worst case, as measured before.
        page.model()->setRowScope(TimelineRows::All);
        page.resize(1280, 800);
        page.show();
        QApplication::processEvents();
        TimelineView *view = page.view();
        view->fitAll();
        // Month zoom: about 3 pixels a day.
        const double factor = 3.0 / view->scale().pixelsPerDay;
        view->zoomIn();
        view->zoomOut();
        for (int i = 0; i < 40 && std::abs(view->scale().pixelsPerDay - 3.0) > 0.5; ++i) {
            if (view->scale().pixelsPerDay < 3.0)
                view->zoomIn();
            else
                view->zoomOut();
        }
        Q_UNUSED(factor)
        QList<double> paints;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer t;
            t.start();
            view->viewport()->grab();
            paints << ms(t);
        }
        QList<double> scrolls;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer t;
            t.start();
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + view->verticalScrollBar()->pageStep());
            view->viewport()->grab();
            scrolls << ms(t);
        }
        out << result(QStringLiteral("timeline_viewport_paint"), percentile(paints, 0.5), QStringLiteral("ms"))
            << result(QStringLiteral("timeline_page_scroll"), percentile(scrolls, 0.5), QStringLiteral("ms"))
            << result(QStringLiteral("timeline_rows"), page.model()->rowCount(), QStringLiteral("rows"));
    }

    // Each grants chart: aggregation and drawing as the user sees them.
    {
        GrantChart chart;
        chart.resize(900, 560);
        chart.show();
        chart.setDatabase(&db);
        static const char *const names[] = { "cumulative", "per_period", "per_initiative", "per_funding_source",
                                             "per_need_kind", "per_theme" };
        for (int k = 0; k < GrantChart::KindCount; ++k) {
            QElapsedTimer t;
            t.start();
            chart.setKind(GrantChart::Kind(k));
            const double update = ms(t);
            t.restart();
            chart.grab();
            const double render = ms(t);
            out << result(QStringLiteral("chart_%1_update").arg(QLatin1String(names[k])), update, QStringLiteral("ms"))
                << result(QStringLiteral("chart_%1_render").arg(QLatin1String(names[k])), render, QStringLiteral("ms"));
        }
    }
    return out;
}

} // namespace tremplin
