// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpages.h"

#include "../exports/savefile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <memory>

namespace tremplin::reports {

QImage &layoutDevice()
{
    static QImage device = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        i.setDotsPerMeterX(qRound(LayoutDpi / 0.0254));
        i.setDotsPerMeterY(qRound(LayoutDpi / 0.0254));
        return i;
    }();
    return device;
}

QFont footerFont()
{
    QFont f(QStringLiteral("sans-serif"));
    f.setPixelSize(qRound(8.0 * LayoutDpi / 72));
    return f;
}

double footerHeight()
{
    return QFontMetricsF(footerFont(), &layoutDevice()).height() * 2;
}

void PdfPages::add(const QString &html, const QString &footer)
{
    m_sections.append({ html, footer });
}

QString PdfPages::wrap(const QString &body) const
{
    return QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: %1pt;\">%2"
                          "</body></html>")
        .arg(m_fontSize)
        .arg(body);
}

QString PdfPages::toHtml() const
{
    QString html;
    for (const Section &s : m_sections)
        html += s.html;
    return wrap(html);
}

QByteArray PdfPages::toPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(m_title);
    pdf.setCreator(QStringLiteral("Tremplin"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter));

    const int dpi = pdf.logicalDpiX();
    const double scale = double(dpi) / LayoutDpi;
    const QSizeF printable = QSizeF(pdf.pageLayout().paintRectPixels(dpi).size()) / scale;
    const double footer = footerHeight();
    const QSizeF page(printable.width(), printable.height() - footer);

    std::vector<std::unique_ptr<QTextDocument>> docs;
    m_pageCount = 0;
    for (const Section &s : std::as_const(m_sections)) {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&layoutDevice());
        doc->setDocumentMargin(0);
        doc->setHtml(wrap(s.html));
        doc->setPageSize(page);
        m_pageCount += std::max(1, doc->pageCount());
        docs.push_back(std::move(doc));
    }
    QPainter painter(&pdf);
    painter.scale(scale, scale);
    int number = 0;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        QTextDocument &doc = *docs[i];
        for (int p = 0; p < std::max(1, doc.pageCount()); ++p) {
            if (number++ > 0)
                pdf.newPage();
            painter.save();
            painter.setClipRect(QRectF(QPointF(0, 0), page));
            painter.translate(0, -p * page.height());
            doc.drawContents(&painter, QRectF(0, p * page.height(), page.width(), page.height()));
            painter.restore();
            painter.setFont(footerFont());
            const QRectF area(0, page.height(), page.width(), footer);
            painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, m_sections.at(int(i)).footer);
            if (m_pageLabel)
                painter.drawText(
                    area, Qt::AlignRight | Qt::AlignBottom, m_pageLabel(number, m_pageCount));
        }
    }
    painter.end();
    return bytes;
}

QString safeFileStem(const QString &text, int length)
{
    QString ascii;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128)
            ascii += c.toLower();
        else if (c == QChar(0x0153) || c == QChar(0x0152))
            ascii += QStringLiteral("oe");
        else if (c.category() != QChar::Mark_NonSpacing)
            ascii += QLatin1Char('-'); // an apostrophe, a dash, a letter of another script
    }
    ascii.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    ascii.truncate(length);
    while (ascii.startsWith(QLatin1Char('-')))
        ascii.remove(0, 1);
    while (ascii.endsWith(QLatin1Char('-')))
        ascii.chop(1);
    return ascii;
}

int PdfPages::writePdf(const QString &path)
{
    saveFile(path, toPdf());
    return m_pageCount;
}

} // namespace tremplin::reports
