// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QString>
#include <functional>

class QImage;

namespace tremplin::reports {

/// Reports are laid out at this resolution, then scaled to the device's.
constexpr int LayoutDpi = 96;
/// The device QTextDocument lays reports out on: LayoutDpi whatever the screen or printer.
QImage &layoutDevice();
/// The small font of page footers.
QFont footerFont();
/// The height kept for a footer under a page's text.
double footerHeight();

/// A printable document made of HTML sections, each starting on a new A4 page (a letter, a
/// juror's score sheet for one application), laid out with QTextDocument at 96 dpi and painted
/// on a PDF writer as the committee brief is. A section longer than a page goes on over the
/// next pages. A footer line (left text, right text such as "Page 2 of 5") is optional.
class PdfPages
{
public:
    /// Right footer text for page @p page of @p count; empty for no right footer.
    using PageLabel = std::function<QString(int page, int count)>;

    explicit PdfPages(const QString &title)
        : m_title(title)
    { }

    /// Adds a section; @p footer is printed at the bottom left of each of its pages.
    void add(const QString &html, const QString &footer = {});
    void setPageLabel(PageLabel label) { m_pageLabel = std::move(label); }
    /// Body font size in points (9 by default).
    void setFontSize(double points) { m_fontSize = points; }

    /// The sections as one HTML page (tests, previews).
    QString toHtml() const;
    /// The PDF's bytes; fills pageCount().
    QByteArray toPdf();
    /// Writes the PDF atomically; throws tremplin::Error on failure. Returns the page count.
    int writePdf(const QString &path);
    int pageCount() const { return m_pageCount; }

private:
    struct Section
    {
        QString html;
        QString footer;
    };
    QString wrap(const QString &body) const;
    QString m_title;
    QList<Section> m_sections;
    PageLabel m_pageLabel;
    double m_fontSize = 9;
    int m_pageCount = 0;
};

/// @p text as a file name's stem safe on every system: lower-case ASCII letters, digits and
/// dashes ("Réseau d’entraide" gives "reseau-d-entraide"), at most @p length characters;
/// empty when nothing is left.
QString safeFileStem(const QString &text, int length = 60);

} // namespace tremplin::reports
