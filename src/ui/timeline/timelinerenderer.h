// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/types.h"
#include "core/services/committeeservice.h"
#include "timelinelayout.h"

#include <QDate>
#include <QPalette>

class QPainter;

namespace tremplin {

/// Paints a TimelineLayout: the one drawing of the timeline, shared by the screen, the exports
/// (PNG, SVG, PDF) and printing. Knows colours and shapes, no widget.
class TimelineRenderer
{
public:
    struct Options
    {
        QList<Phase> phases;
        QList<CommitteeRecord> committees; ///< milestones of the whole programme
        QDate today;
        qint64 currentId = 0; ///< highlighted on screen; 0 in exports
        QPalette palette;
    };

    /// Paints the header, the names column and the rows of @p layout's frame.
    static void paint(QPainter &p, const TimelineLayout &layout, const Options &options);
    /// Paints the legend in @p area.
    static void paintLegend(QPainter &p, const QRect &area);
    /// Height of the legend laid out in @p width pixels with @p font (it wraps as needed).
    static int legendHeight(const QFont &font, const QPaintDevice *device, int width);
    /// The font of labels, ticks and the legend, from the widget's font.
    static QFont smallFont(QFont font);
};

} // namespace tremplin
