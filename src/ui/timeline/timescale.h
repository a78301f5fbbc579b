// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QtMath>
#include <algorithm>

namespace tremplin {

/// All date <-> pixel arithmetic of the timeline, in one plain value (tested with data rows).
/// x is measured in the timeline's content, from @c origin; the view subtracts its scroll
/// offset. A day d occupies [x(d), x(d) + pixelsPerDay).
struct TimeScale
{
    QDate origin = QDate(2000, 1, 1);
    double pixelsPerDay = 4.0;

    static constexpr double MinPixelsPerDay = 0.05; ///< about 18 px a year
    static constexpr double MaxPixelsPerDay = 60.0; ///< a week is 420 px

    double x(const QDate &date) const { return double(origin.daysTo(date)) * pixelsPerDay; }
    /// The day drawn at @p x.
    QDate dateAt(double xPos) const
    {
        return origin.addDays(qint64(std::floor(xPos / pixelsPerDay)));
    }
    /// The day boundary nearest to @p x (for snapping while dragging).
    QDate nearestDay(double xPos) const
    {
        return origin.addDays(qint64(std::lround(xPos / pixelsPerDay)));
    }
    /// Whole days that @p dx pixels stand for, rounded.
    int days(double dx) const { return int(std::lround(dx / pixelsPerDay)); }

    /// Zooms by @p factor keeping the date under content position @p anchorX in place; returns
    /// the new content position of that date (the view scrolls so it stays under the mouse).
    double zoom(double factor, double anchorX)
    {
        const double day = anchorX / pixelsPerDay;
        pixelsPerDay = std::clamp(pixelsPerDay * factor, MinPixelsPerDay, MaxPixelsPerDay);
        return day * pixelsPerDay;
    }

    /// Shows [first, last] in @p width pixels.
    void fit(const QDate &first, const QDate &last, double width)
    {
        origin = first;
        const double days = std::max<qint64>(1, first.daysTo(last) + 1);
        pixelsPerDay = std::clamp(width / days, MinPixelsPerDay, MaxPixelsPerDay);
    }

    enum class Unit { Day, Week, Month, Quarter, Year };
    /// The tick spacing that keeps labels apart at this zoom.
    Unit unit() const
    {
        // About 80 pixels between ticks at least, room for "sept. 2022".
        if (pixelsPerDay >= 40)
            return Unit::Day;
        if (pixelsPerDay >= 12)
            return Unit::Week;
        if (pixelsPerDay >= 2.7)
            return Unit::Month;
        if (pixelsPerDay >= 0.9)
            return Unit::Quarter;
        return Unit::Year;
    }

    /// Tick dates in [from, to] for unit(): days, Mondays, first days of months, quarters, years.
    QList<QDate> ticks(const QDate &from, const QDate &to) const
    {
        QList<QDate> out;
        if (!from.isValid() || !to.isValid() || to < from)
            return out;
        QDate d;
        switch (unit()) {
        case Unit::Day:
            d = from;
            break;
        case Unit::Week:
            d = from.addDays((8 - from.dayOfWeek()) % 7);
            break;
        case Unit::Month:
            d = QDate(from.year(), from.month(), 1);
            break;
        case Unit::Quarter:
            d = QDate(from.year(), ((from.month() - 1) / 3) * 3 + 1, 1);
            break;
        case Unit::Year:
            d = QDate(from.year(), 1, 1);
            break;
        }
        while (d <= to && out.size() < 5000) {
            if (d >= from)
                out.append(d);
            switch (unit()) {
            case Unit::Day:
                d = d.addDays(1);
                break;
            case Unit::Week:
                d = d.addDays(7);
                break;
            case Unit::Month:
                d = d.addMonths(1);
                break;
            case Unit::Quarter:
                d = d.addMonths(3);
                break;
            case Unit::Year:
                d = d.addYears(1);
                break;
            }
        }
        return out;
    }
};

} // namespace tremplin
