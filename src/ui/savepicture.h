// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <functional>

class QGraphicsView;
class QPainter;
class QPdfWriter;

namespace tremplin {

/// Draws the picture. pdf is the writer when the file is a PDF (an A4 landscape page, for a
/// caller that fits the picture to the page or spreads it over several), null otherwise.
using PaintPicture = std::function<void(QPainter &painter, QPdfWriter *pdf)>;

/// Saves a picture of size as PNG (on white, at pixelRatio), SVG or PDF, chosen by the file's
/// suffix. It is drawn in memory and the file is replaced only once complete (saveFile()), so
/// a failure leaves what was there. Returns false with a reason in the user's language.
bool savePicture(const QString &path, const QSize &size, qreal pixelRatio, const QString &title,
    const PaintPicture &paint, QString *error = nullptr);

/// Saves what @p view shows (a chart) with savePicture(), at the view's size (900 × 560 when it
/// has none yet); a PDF fits the view to the page. The layout changes still in the event queue
/// (Qt Charts lays out through posted events) are drawn first.
bool saveViewPicture(
    QGraphicsView *view, const QString &path, const QString &title, QString *error = nullptr);

} // namespace tremplin
