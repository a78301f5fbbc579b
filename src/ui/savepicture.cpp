// SPDX-License-Identifier: GPL-3.0-or-later
#include "savepicture.h"

#include "core/error.h"
#include "core/exports/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgGenerator>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::SavePicture)
};
} // namespace

bool savePicture(const QString &path, const QSize &size, qreal pixelRatio, const QString &title,
    const PaintPicture &paint, QString *error)
{
    // Drawing code sizes its text in points and its shapes in pixels, as on screen: the SVG
    // (72 dpi by default) and the PDF (1200 dpi) devices count at the screen's resolution too,
    // or text would come out too small or many times too large for its boxes.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int dpi = screen ? qRound(screen->logicalDotsPerInch()) : 96;
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        QImage image(size * pixelRatio, QImage::Format_RGB32);
        image.setDevicePixelRatio(pixelRatio);
        image.fill(Qt::white);
        QPainter painter(&image);
        paint(painter, nullptr);
        painter.end();
        ok = image.save(&buffer, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setResolution(dpi);
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            paint(painter, nullptr);
            ok = painter.end();
        }
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Tremplin"));
        pdf.setResolution(dpi);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            paint(painter, &pdf);
            ok = painter.end();
        }
    } else {
        if (error)
            *error = Tr::tr("Choose a file ending in .png, .svg or .pdf.");
        return false;
    }
    if (!ok) {
        if (error)
            *error = Tr::tr("Could not draw %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    try {
        saveFile(path, bytes);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

bool saveViewPicture(QGraphicsView *view, const QString &path, const QString &title, QString *error)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const QSize size = view->size().isEmpty() ? QSize(900, 560) : view->size();
    // A PNG is what the view shows on screen (at the screen's pixel ratio); a PDF fits the page.
    return savePicture(
        path, size, view->devicePixelRatioF(), title,
        [view](QPainter &p, QPdfWriter *pdf) {
            if (pdf)
                view->render(&p, QRectF(p.viewport()), view->rect(), Qt::KeepAspectRatio);
            else
                view->render(&p);
        },
        error);
}

} // namespace tremplin
