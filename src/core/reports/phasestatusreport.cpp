// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasestatusreport.h"

#include "../database/query.h"
#include "../error.h"
#include "../exports/csv.h"
#include "../exports/savefile.h"
#include "reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <algorithm>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::PhaseStatusReport)
};

/// How long after a phase its committee may sit and still decide on it.
constexpr int CommitteeWindowDays = 60;

using reports::unbreakable;

/// The report is laid out at this resolution, then scaled to the device's.
constexpr int LayoutDpi = 96;
/// The table's cell padding and border, in layout pixels (see toHtml()).
constexpr int CellPadding = 4;
constexpr int CellBorder = 1;
} // namespace

QString PhaseStatusReport::phaseInSentence(const QString &phaseName)
{
    static const QRegularExpression numbered(
        QStringLiteral("^phase\\s+(\\S.*)$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = numbered.match(phaseName.trimmed());
    if (m.hasMatch())
        return Tr::tr(
            "Phase %1", "a numbered phase as a noun in a sentence: Status at the end of Phase 1")
            .arg(m.captured(1));
    return Tr::tr("the %1 phase",
        "a named phase as a noun in a sentence: Status at the end of the Selection phase")
        .arg(phaseName);
}

QString PhaseStatusReport::title() const
{
    return Tr::tr("Status at the end of %1").arg(phaseInSentence());
}

qint64 PhaseStatusReport::findPhase(Database &db, const QString &text)
{
    bool number = false;
    const qint64 n = text.toLongLong(&number);
    if (number && n > 0) {
        // "2" is the second accompaniment phase of the calendar ("Phase 2"): the phases whose
        // end the report is about.
        const qint64 nth = Query(db,
            QStringLiteral("SELECT id FROM phase WHERE kind = 'accompaniment' ORDER BY "
                           "position, planned_start, id LIMIT 1 OFFSET ?"))
                               .bindAll(n - 1)
                               .scalar()
                               .toLongLong();
        if (nth)
            return nth;
    }
    return Query(db, QStringLiteral("SELECT id FROM phase WHERE name = ? ORDER BY id LIMIT 1"))
        .bindAll(text)
        .scalar()
        .toLongLong();
}

qint64 PhaseStatusReport::latestPhase(Database &db)
{
    return Query(db,
        QStringLiteral(
            "SELECT pa.phase_id FROM participation pa JOIN phase ph ON ph.id = pa.phase_id "
            "ORDER BY ph.position DESC LIMIT 1"))
        .scalar()
        .toLongLong();
}

PhaseStatusReport::PhaseStatusReport(Database &db, qint64 phaseId)
{
    {
        Query q(db,
            QStringLiteral(
                "SELECT ph.name, COALESCE(ph.actual_start, ph.planned_start), "
                "COALESCE(ph.actual_end, ph.planned_end), p.name FROM phase ph JOIN programme p ON "
                "p.id = ph.programme_id WHERE ph.id = ?"));
        q.bindAll(phaseId).exec();
        if (!q.next())
            throw Error(Tr::tr("This phase does not exist."));
        m_phase = q.value(0).toString();
        m_start = dateFromDb(q.value(1));
        m_end = dateFromDb(q.value(2));
        m_programme = q.value(3).toString();
    }
    const QString from = m_start.toString(Qt::ISODate);
    const QString to = m_end.toString(Qt::ISODate);
    const QString committeeUntil
        = m_end.isValid() ? m_end.addDays(CommitteeWindowDays).toString(Qt::ISODate) : to;
    Query q(db,
        QStringLiteral(
            "SELECT i.id, i.name, o.name, pa.status, pa.assessment, "
            "(SELECT COALESCE(SUM(g.committed_cents), 0) FROM grant_award g WHERE g.initiative_id "
            "= "
            "i.id AND g.status <> 'cancelled'), (SELECT COALESCE(SUM(d.amount_cents), 0) FROM "
            "disbursement d JOIN grant_award g ON g.id = d.grant_id WHERE g.initiative_id = i.id), "
            "(SELECT MAX(g.illustrative) FROM grant_award g WHERE g.initiative_id = i.id) "
            "FROM participation pa JOIN initiative i ON i.id = pa.initiative_id LEFT JOIN "
            "organisation o ON o.id = i.carrier_id WHERE pa.phase_id = ? ORDER BY i.name"));
    q.bindAll(phaseId).exec();
    QList<qint64> ids;
    while (q.next()) {
        Row r;
        ids << q.value(0).toLongLong();
        r.initiative = q.value(1).toString();
        r.carrier = q.value(2).toString();
        r.status = fromCode<PhaseStatus>(q.value(3).toString()).value_or(PhaseStatus::NotStarted);
        r.assessment = q.value(4).toString();
        r.committed = Money::fromCents(q.value(5).toLongLong());
        r.disbursed = Money::fromCents(q.value(6).toLongLong());
        r.illustrative = q.value(7).toInt() != 0;
        m_rows << r;
    }
    for (int i = 0; i < ids.size(); ++i) {
        Row &r = m_rows[i];
        Query needs(db,
            QStringLiteral(
                "SELECT kind, title FROM need WHERE initiative_id = ? ORDER BY priority, id"));
        needs.bindAll(ids.at(i)).exec();
        while (needs.next()) {
            r.needs << Tr::tr("%1: %2").arg(label(fromCode<NeedKind>(needs.value(0).toString())
                                                      .value_or(NeedKind::Consolidation)),
                needs.value(1).toString());
        }
        // One line per achievement: an action shared by several needs is recorded once per need.
        Query actions(db,
            QStringLiteral(
                "SELECT title FROM action_item WHERE initiative_id = ? AND status = 'done' AND "
                "(done_date IS NULL OR (done_date >= ? AND done_date <= ?)) GROUP BY title "
                "ORDER BY MIN(COALESCE(done_date, '')), MIN(id)"));
        actions.bindAll(ids.at(i), from, to).exec();
        while (actions.next())
            r.achievements << actions.value(0).toString();
        Query journal(db,
            QStringLiteral(
                "SELECT entry_date, title FROM journal_entry WHERE initiative_id = ? AND "
                "entry_date >= ? AND entry_date <= ? GROUP BY entry_date, title ORDER BY "
                "entry_date, MIN(id)"));
        journal.bindAll(ids.at(i), from, to).exec();
        while (journal.next()) {
            r.achievements << Tr::tr("%1 (%2)").arg(journal.value(1).toString(),
                unbreakable(
                    QLocale().toString(dateFromDb(journal.value(0)), QLocale::ShortFormat)));
        }
        Query decision(db,
            QStringLiteral(
                "SELECT c.name, d.kind, c.held_on FROM decision d JOIN committee c ON c.id = "
                "d.committee_id WHERE d.initiative_id = ? AND c.held_on >= ? AND c.held_on <= ? "
                "ORDER BY c.held_on LIMIT 1"));
        decision.bindAll(ids.at(i), from, committeeUntil).exec();
        if (decision.next()) {
            r.decision = Tr::tr("%1 (%2): %3")
                             .arg(decision.value(0).toString(),
                                 unbreakable(QLocale().toString(
                                     dateFromDb(decision.value(2)), QLocale::ShortFormat)),
                                 label(fromCode<DecisionKind>(decision.value(1).toString())
                                           .value_or(DecisionKind::Continue)));
        }
    }
}

QByteArray PhaseStatusReport::toCsv() const
{
    QString text = csv::line({ Tr::tr("Initiative"), Tr::tr("Carrier"), Tr::tr("Status assessment"),
                                 Tr::tr("Assessment"), Tr::tr("Needs worked on"),
                                 Tr::tr("Main achievements"), Tr::tr("Committee decision"),
                                 Tr::tr("Committed (EUR)"), Tr::tr("Disbursed (EUR)"),
                                 Tr::tr("Illustrative amounts") },
                       csv::Cell::Value)
        + QStringLiteral("\r\n");
    for (const Row &r : m_rows) {
        QStringList cells;
        for (const QString &t : { r.initiative, r.carrier, label(r.status), r.assessment,
                 r.needs.join(QStringLiteral("; ")), r.achievements.join(QStringLiteral("; ")),
                 r.decision })
            cells << csv::field(t, csv::Cell::Text);
        cells << r.committed.toDecimalString() << r.disbursed.toDecimalString()
              << (r.illustrative ? Tr::tr("yes") : Tr::tr("no"));
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

namespace {
QString document(const QString &body)
{
    return QStringLiteral(
        "<html><body style=\"font-family: sans-serif; font-size: 9pt;\">%1</body></html>")
        .arg(body);
}
} // namespace

QString PhaseStatusReport::toHtml() const
{
    return document(headingHtml() + tableHtml());
}

QString PhaseStatusReport::headingHtml() const
{
    const QLocale locale;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(title()));
    html += QStringLiteral("<p><b>%1</b><br/>%2<br/>%3</p>")
                .arg(esc(m_programme),
                    esc(Tr::tr("Phase from %1 to %2")
                            .arg(unbreakable(locale.toString(m_start, QLocale::LongFormat)),
                                unbreakable(locale.toString(m_end, QLocale::LongFormat)))),
                    esc(Tr::tr("Report of %1")
                            .arg(unbreakable(
                                locale.toString(QDate::currentDate(), QLocale::LongFormat)))));
    return html;
}

QString PhaseStatusReport::tableHtml() const
{
    const QLocale locale;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto lines = [&esc](const QStringList &items) {
        return esc(items.join(QLatin1Char('\n')))
            .replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    };
    QString html;
    bool illustrative = false;
    // The header row is the table's <thead>: render() repeats it on every page.
    html += QStringLiteral(
        "<table border=\"%1\" cellspacing=\"0\" cellpadding=\"%2\" width=\"100%\">")
                .arg(CellBorder)
                .arg(CellPadding);
    html += QStringLiteral(
        "<thead><tr><th width=\"17%\">%1</th><th width=\"17%\">%2</th><th width=\"19%\">%3</th>"
        "<th width=\"19%\">%4</th><th width=\"14%\">%5</th><th width=\"14%\">%6</th></tr></thead>")
                .arg(esc(Tr::tr("Initiative")), esc(Tr::tr("Status assessment")),
                    esc(Tr::tr("Needs worked on")), esc(Tr::tr("Main achievements")),
                    esc(Tr::tr("Committee decision")), esc(Tr::tr("Grants")));
    for (const Row &r : m_rows) {
        illustrative |= r.illustrative;
        QString status = esc(label(r.status));
        if (!r.assessment.isEmpty())
            status += QStringLiteral("<br/><i>%1</i>").arg(esc(r.assessment));
        html += QStringLiteral("<tr><td><b>%1</b><br/>%2</td><td>%3</td><td>%4</td><td>%5</"
                               "td><td>%6</td><td>%7</td></tr>")
                    .arg(esc(r.initiative), esc(r.carrier), status, lines(r.needs),
                        lines(r.achievements), esc(r.decision),
                        esc(Tr::tr("Committed %1, disbursed %2%3")
                                .arg(unbreakable(r.committed.toString(locale)),
                                    unbreakable(r.disbursed.toString(locale)),
                                    r.illustrative ? QStringLiteral("\u00a0*") : QString())));
    }
    html += QStringLiteral("</table>");
    if (m_rows.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("No initiative took part in this phase.")));
    if (illustrative)
        html += QStringLiteral("<p>* %1</p>").arg(esc(Tr::tr("Illustrative amounts (demo data).")));
    return html;
}

void PhaseStatusReport::writeCsv(const QString &path) const
{
    saveFile(path, toCsv());
}

void PhaseStatusReport::writePdf(const QString &path) const
{
    // Laid out in memory (a report is a few dozen kilobytes), then saved like every other file.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title());
        pdf.setCreator(QStringLiteral("Tremplin"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        render(pdf);
    }
    saveFile(path, bytes);
}

int PhaseStatusReport::render(QPagedPaintDevice &device) const
{
    // The whole report is laid out once, as one tall page at LayoutDpi; the pages are then cut
    // from it between table rows (QTextDocument::print() would cut through a row and not
    // repeat the header).
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(qRound(LayoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterY(qRound(LayoutDpi / 0.0254));
    const int dpi = device.logicalDpiX();
    const double scale = double(dpi) / LayoutDpi;
    const QRectF page(QPointF(0, 0), QSizeF(device.pageLayout().paintRectPixels(dpi).size()));
    const double width = page.width() / scale;
    // The title block and the table are two documents: nothing of the title can then be
    // drawn again with the header repeated on the next pages.
    QTextDocument heading;
    QTextDocument doc;
    for (QTextDocument *d : { &heading, &doc }) {
        d->documentLayout()->setPaintDevice(&layoutDevice);
        d->setDocumentMargin(0);
        d->setHtml(document(d == &heading ? headingHtml() : tableHtml()));
        d->setTextWidth(width);
    }
    QFont footerFont(QStringLiteral("sans-serif"));
    footerFont.setPixelSize(qRound(8.0 * LayoutDpi / 72));
    const double footer = QFontMetricsF(footerFont, &layoutDevice).height() * 2;
    const double height = page.height() / scale - footer;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();

    // Where each table row starts, from the first line of its first cell.
    QTextTable *table = nullptr;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        if ((table = qobject_cast<QTextTable *>(frame)))
            break;
    }
    QList<double> rowTops;
    double tableBottom = 0;
    if (table) {
        for (int r = 0; r < table->rows(); ++r) {
            double top
                = layout->blockBoundingRect(table->cellAt(r, 0).firstCursorPosition().block())
                      .top();
            for (int c = 1; c < table->columns(); ++c)
                top = std::min(top,
                    layout->blockBoundingRect(table->cellAt(r, c).firstCursorPosition().block())
                        .top());
            rowTops << top - CellPadding - 2 * CellBorder;
        }
        tableBottom = layout->frameBoundingRect(table).bottom();
    }
    const double docHeight = doc.size().height();

    // Slices of the laid-out document, [top, bottom), in page order: the part before the
    // table, the header, each row, the part after the table. A new page starts with the header.
    struct Slice
    {
        double top;
        double bottom;
        double border = 0; ///< drawn below the bottom too: the line that closes a row
    };
    QList<QList<Slice>> pages(1);
    const double closing = 2 * CellBorder; // the borders between two rows, not the next row
    const Slice header = rowTops.size() > 0
        ? Slice { rowTops.at(0), rowTops.size() > 1 ? rowTops.at(1) : tableBottom, closing }
        : Slice { 0, 0, 0 };
    const double headingHeight = heading.size().height() + 2 * CellPadding; // a gap above the table
    double y = headingHeight;
    auto newPage = [&](bool repeatHeader) {
        pages.append(QList<Slice>());
        y = 0;
        if (repeatHeader) {
            pages.last() << header;
            y += header.bottom - header.top;
        }
    };
    auto place = [&](Slice s, bool repeatHeader) {
        if (y > 0 && y + (s.bottom - s.top) + s.border > height)
            newPage(repeatHeader);
        // A row taller than a page (pages of notes) is cut at the page's end.
        while (y + (s.bottom - s.top) + s.border > height && s.bottom - s.top > 0) {
            const double fits = std::max(1.0, height - y);
            pages.last() << Slice { s.top, s.top + fits, 0 };
            s.top += fits;
            newPage(repeatHeader);
        }
        pages.last() << s;
        y += s.bottom - s.top;
    };
    if (table) {
        place({ 0, header.top, 0 }, false);
        // The header goes with the first row.
        const double firstRow
            = rowTops.size() > 2 ? rowTops.at(2) - rowTops.at(1) : tableBottom - header.bottom;
        if (y > 0 && y + (header.bottom - header.top) + firstRow + closing > height)
            newPage(false);
        place(header, false);
        for (int r = 1; r < rowTops.size(); ++r)
            place({ rowTops.at(r), r + 1 < rowTops.size() ? rowTops.at(r + 1) : tableBottom,
                      closing },
                true);
        place({ tableBottom, docHeight, 0 }, false);
    } else {
        place({ 0, docHeight, 0 }, false);
    }

    QPainter painter(&device);
    painter.scale(scale, scale);
    heading.drawContents(&painter);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            device.newPage();
        double at = p == 0 ? headingHeight : 0;
        for (const Slice &s : std::as_const(pages.at(p))) {
            painter.save();
            painter.translate(0, at - s.top);
            // drawContents() draws every block the rectangle touches: clip to the slice.
            const QRectF slice(0, s.top, width, s.bottom - s.top + s.border);
            painter.setClipRect(slice);
            doc.drawContents(&painter, slice);
            painter.restore();
            at += s.bottom - s.top;
        }
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, height, width, footer), Qt::AlignRight | Qt::AlignBottom,
            Tr::tr("Page %1 of %2").arg(p + 1).arg(pages.size()));
    }
    return int(pages.size());
}

} // namespace tremplin
