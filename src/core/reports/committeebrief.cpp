// SPDX-License-Identifier: GPL-3.0-or-later
#include "committeebrief.h"

#include "../database/query.h"
#include "../domain/enums.h"
#include "../domain/money.h"
#include "../error.h"
#include "../exports/savefile.h"
#include "../services/committeeservice.h"
#include "../validation/identifiers.h"
#include "pdfpages.h"
#include "reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <memory>
#include <set>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::CommitteeBrief)
};

// Laid out at reports::LayoutDpi, then scaled to the device's (as the phase status report).
using reports::footerFont;
using reports::footerHeight;
using reports::layoutDevice;
using reports::LayoutDpi;
/// At most this many lines per list of a brief: it must stay within two pages.
constexpr int ListLimit = 8;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

using reports::unbreakable;

QString shortDate(const QDate &d)
{
    return d.isValid() ? unbreakable(QLocale().toString(d, QLocale::ShortFormat)) : QString();
}

QString longDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : Tr::tr("date not set");
}

QString money(Money m)
{
    return unbreakable(m.toString(QLocale()));
}

QString list(const QStringList &items, const QString &none)
{
    if (items.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(none));
    QString html = QStringLiteral("<ul>");
    for (const QString &i : items)
        html += QStringLiteral("<li>%1</li>").arg(i);
    return html + QStringLiteral("</ul>");
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    return reports::htmlTable(headers, rows);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3 style=\"margin-top: 12px;\">%1</h3>").arg(esc(text));
}

/// The trend of an indicator from its last two values (or its baseline), read against its
/// direction: ↗ better, ↘ worse, → steady.
QString trend(double previous, double last, IndicatorDirection direction)
{
    if (qFuzzyCompare(previous + 1, last + 1))
        return Tr::tr("→ steady");
    const bool up = last > previous;
    const bool better = direction == IndicatorDirection::Decrease ? !up : up;
    if (direction == IndicatorDirection::Maintain)
        return up ? Tr::tr("↗ up") : Tr::tr("↘ down");
    return better ? Tr::tr("↗ improving") : Tr::tr("↘ worsening");
}

QString number(const QVariant &v, const QString &unit)
{
    if (v.isNull())
        return QString();
    const QString n = unbreakable(QLocale().toString(v.toDouble(), 'g', 12));
    return unit.isEmpty() ? n : QStringLiteral("%1\u00a0%2").arg(n, esc(unit));
}

/// One initiative's brief: what the committee reads before deciding about it.
QString briefHtml(Database &db, qint64 initiativeId, const QString &request, QString *name)
{
    const QLocale locale;
    Query q(db,
        QStringLiteral(
            "SELECT i.name, i.one_liner, i.lifecycle, i.town, i.website, i.main_impact, p.name, "
            "o.name, o.legal_form, o.siret, o.rna, o.town, o.website FROM initiative i LEFT JOIN "
            "promotion p ON p.id = i.promotion_id LEFT JOIN organisation o ON o.id = "
            "i.carrier_id WHERE i.id = ?"));
    q.bindAll(initiativeId).exec();
    if (!q.next())
        throw Error(Tr::tr("This initiative no longer exists."));
    *name = q.value(0).toString();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(*name));
    if (!q.value(1).toString().isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(q.value(1).toString()));

    // Identity and carrier.
    QList<QStringList> identity;
    auto row = [&identity](const QString &label, const QString &value) {
        if (!value.isEmpty())
            identity.append({ QStringLiteral("<b>%1</b>").arg(esc(label)), value });
    };
    row(Tr::tr("Stage"),
        esc(label(fromCode<Lifecycle>(q.value(2).toString()).value_or(Lifecycle::Applicant))));
    row(Tr::tr("Promotion"), esc(q.value(6).toString()));
    row(Tr::tr("Town"), esc(q.value(3).toString()));
    row(Tr::tr("Website"), esc(q.value(4).toString()));
    row(Tr::tr("Main impact"), esc(q.value(5).toString()));
    QStringList carrier;
    if (!q.value(7).toString().isEmpty()) {
        carrier << esc(q.value(7).toString());
        carrier << esc(
            label(fromCode<LegalForm>(q.value(8).toString()).value_or(LegalForm::Other)));
        if (!q.value(9).toString().isEmpty())
            carrier << Tr::tr("SIRET %1")
                           .arg(unbreakable(identifiers::formatSiret(q.value(9).toString())));
        if (!q.value(10).toString().isEmpty())
            carrier << Tr::tr("RNA %1").arg(esc(q.value(10).toString()));
        if (!q.value(11).toString().isEmpty())
            carrier << esc(q.value(11).toString());
    }
    row(Tr::tr("Carrier"),
        carrier.isEmpty() ? esc(Tr::tr("none recorded")) : carrier.join(QStringLiteral(", ")));
    q.raw().finish();
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const QStringList &r : std::as_const(identity))
        html += QStringLiteral("<tr><td width=\"25%\">%1</td><td>%2</td></tr>")
                    .arg(r.at(0), r.at(1));
    html += QStringLiteral("</table>");

    // What is asked of the committee comes first: it is why the brief is read.
    html += heading(Tr::tr("Asked of the committee"));
    html += QStringLiteral("<p>%1</p>")
                .arg(request.trimmed().isEmpty()
                        ? QStringLiteral("<i>%1</i>").arg(esc(Tr::tr("Nothing stated.")))
                        : esc(request).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));

    // Phase status.
    html += heading(Tr::tr("Phase status"));
    QList<QStringList> phases;
    Query ph(db,
        QStringLiteral(
            "SELECT ph.name, pa.status, pa.assessment, COALESCE(pa.actual_start, "
            "pa.planned_start, ph.planned_start), COALESCE(pa.actual_end, pa.planned_end, "
            "ph.planned_end) FROM participation pa JOIN phase ph ON ph.id = pa.phase_id WHERE "
            "pa.initiative_id = ? ORDER BY ph.position, ph.planned_start"));
    ph.bindAll(initiativeId).exec();
    while (ph.next())
        phases.append({ esc(ph.value(0).toString()),
            esc(label(
                fromCode<PhaseStatus>(ph.value(1).toString()).value_or(PhaseStatus::NotStarted))),
            Tr::tr("%1 – %2").arg(
                shortDate(dateFromDb(ph.value(3))), shortDate(dateFromDb(ph.value(4)))),
            esc(ph.value(2).toString()) });
    html += phases.isEmpty()
        ? QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("Not taking part in any phase.")))
        : table(
            { Tr::tr("Phase"), Tr::tr("Status"), Tr::tr("Dates"), Tr::tr("Assessment") }, phases);

    // Needs and actions.
    html += heading(Tr::tr("Needs"));
    QStringList needs;
    Query n(db,
        QStringLiteral("SELECT kind, title FROM need WHERE initiative_id = ? ORDER BY priority, "
                       "id LIMIT ?"));
    n.bindAll(initiativeId, ListLimit).exec();
    while (n.next())
        needs << QStringLiteral("<b>%1</b>: %2")
                     .arg(esc(label(fromCode<NeedKind>(n.value(0).toString())
                                        .value_or(NeedKind::Consolidation))),
                         esc(n.value(1).toString()));
    html += list(needs, Tr::tr("No need recorded."));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    auto actions = [&](const QString &where, const QString &order, bool withDue) {
        Query a(db,
            QStringLiteral("SELECT title, due_date, done_date FROM action_item WHERE "
                           "initiative_id = ? AND %1 ORDER BY %2 LIMIT ?")
                .arg(where, order));
        a.bindAll(initiativeId, today, ListLimit).exec();
        QStringList out;
        std::set<QString> seen;
        while (a.next()) {
            const QDate date = dateFromDb(a.value(withDue ? 1 : 2));
            // An action shared by several needs is recorded once per need: listed once.
            if (!seen.insert(a.value(0).toString()).second)
                continue;
            out << (date.isValid()
                    ? Tr::tr("%1 (%2)").arg(esc(a.value(0).toString()), shortDate(date))
                    : esc(a.value(0).toString()));
        }
        return out;
    };
    html += heading(Tr::tr("Actions done"));
    html
        += list(actions(QStringLiteral("status = 'done' AND (done_date IS NULL OR done_date <= ?)"),
                    QStringLiteral("done_date DESC, id DESC"), false),
            Tr::tr("None yet."));
    html += heading(Tr::tr("Actions late"));
    html += list(actions(QStringLiteral("status IN ('todo', 'in_progress') AND due_date < ?"),
                     QStringLiteral("due_date, id"), true),
        Tr::tr("None."));
    html += heading(Tr::tr("Next actions"));
    html += list(actions(QStringLiteral(
                             "status IN ('todo', 'in_progress') AND (due_date IS NULL OR due_date "
                             ">= ?)"),
                     QStringLiteral("due_date IS NULL, due_date, id"), true),
        Tr::tr("None planned."));

    // Indicators with their trend.
    html += heading(Tr::tr("Indicators"));
    QList<QStringList> indicators;
    Query ind(db,
        QStringLiteral(
            "SELECT i.name, i.unit, i.baseline, i.target, i.direction, (SELECT value FROM "
            "measurement m WHERE m.indicator_id = i.id ORDER BY measured_on DESC LIMIT 1), "
            "(SELECT value FROM measurement m WHERE m.indicator_id = i.id ORDER BY measured_on "
            "DESC LIMIT 1 OFFSET 1), (SELECT MAX(measured_on) FROM measurement m WHERE "
            "m.indicator_id = i.id) FROM indicator i WHERE i.initiative_id = ? ORDER BY i.id "
            "LIMIT ?"));
    ind.bindAll(initiativeId, ListLimit).exec();
    while (ind.next()) {
        const QString unit = ind.value(1).toString();
        const QVariant last = ind.value(5);
        const QVariant previous = ind.value(6).isNull() ? ind.value(2) : ind.value(6);
        const auto direction = fromCode<IndicatorDirection>(ind.value(4).toString())
                                   .value_or(IndicatorDirection::Increase);
        indicators.append({ esc(ind.value(0).toString()), number(ind.value(2), unit),
            last.isNull()
                ? QString()
                : Tr::tr("%1 (%2)").arg(number(last, unit), shortDate(dateFromDb(ind.value(7)))),
            number(ind.value(3), unit),
            last.isNull() || previous.isNull()
                ? QString()
                : esc(trend(previous.toDouble(), last.toDouble(), direction)) });
    }
    html += indicators.isEmpty()
        ? QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("No indicator recorded.")))
        : table({ Tr::tr("Indicator"), Tr::tr("Baseline"), Tr::tr("Latest"), Tr::tr("Target"),
                    Tr::tr("Trend") },
            indicators);

    // Grants.
    html += heading(Tr::tr("Grants"));
    QList<QStringList> grants;
    Money committed, paid;
    bool illustrative = false;
    Query g(db,
        QStringLiteral(
            "SELECT g.tranche, g.status, g.committed_cents, (SELECT COALESCE(SUM(amount_cents), "
            "0) FROM disbursement WHERE grant_id = g.id), g.decision_reference, g.illustrative "
            "FROM grant_award g WHERE g.initiative_id = ? ORDER BY g.decision_date, g.id"));
    g.bindAll(initiativeId).exec();
    while (g.next()) {
        const Money c = Money::fromCents(g.value(2).toLongLong());
        const Money p = Money::fromCents(g.value(3).toLongLong());
        const bool cancelled = g.value(1).toString() == QLatin1String("cancelled");
        if (!cancelled)
            committed += c;
        paid += p;
        illustrative |= g.value(5).toInt() != 0;
        grants.append(
            { esc(label(fromCode<TrancheKind>(g.value(0).toString()).value_or(TrancheKind::Other))),
                esc(label(
                    fromCode<GrantStatus>(g.value(1).toString()).value_or(GrantStatus::Planned))),
                money(c), money(p), esc(g.value(4).toString()) });
    }
    if (grants.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("No grant yet.")));
    } else {
        html += table({ Tr::tr("Tranche"), Tr::tr("Status"), Tr::tr("Committed"), Tr::tr("Paid"),
                          Tr::tr("Decision reference") },
            grants);
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Committed %1, paid %2.")).arg(money(committed), money(paid)));
        if (illustrative)
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(esc(Tr::tr("These amounts are illustrative (demo data).")));
    }
    return html;
}

QString wrap(const QString &body)
{
    return QStringLiteral(
        "<html><body style=\"font-family: sans-serif; font-size: 9pt;\">%1</body></html>")
        .arg(body);
}

std::unique_ptr<QTextDocument> laidOut(const QString &html, QSizeF page)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&layoutDevice());
    doc->setDocumentMargin(0);
    doc->setHtml(wrap(html));
    doc->setPageSize(page);
    return doc;
}

QPageLayout packPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
        QPageLayout::Millimeter);
}

} // namespace

QSizeF CommitteeBrief::defaultPageSize()
{
    const QSizeF page = packPageLayout().paintRectPixels(LayoutDpi).size();
    return { page.width(), page.height() - footerHeight() };
}

CommitteeBrief CommitteeBrief::initiative(Database &db, qint64 committeeId, qint64 initiativeId)
{
    CommitteeService committees(db);
    const CommitteeRecord c = committees.committee(committeeId);
    QString request;
    for (const AgendaEntry &e : committees.agenda(committeeId)) {
        if (e.initiativeId == initiativeId)
            request = e.request;
    }
    CommitteeBrief b;
    QString name;
    const QString html = briefHtml(db, initiativeId, request, &name);
    b.m_title = Tr::tr("%1 — brief for the %2").arg(name, c.name);
    b.m_footer = Tr::tr("%1, %2").arg(c.name, longDate(c.heldOn));
    b.m_sections.append({ Section::InitiativeBrief, name,
        QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("Brief for the %1 of %2").arg(c.name, longDate(c.heldOn))))
            + html });
    return b;
}

CommitteeBrief CommitteeBrief::document(
    const QString &title, const QString &footer, const QList<Section> &sections)
{
    CommitteeBrief b;
    b.m_title = title;
    b.m_footer = footer;
    b.m_sections = sections;
    return b;
}

CommitteeBrief CommitteeBrief::pack(Database &db, qint64 committeeId)
{
    CommitteeService committees(db);
    const CommitteeRecord c = committees.committee(committeeId);
    const QList<AgendaEntry> agenda = committees.agenda(committeeId);
    const QString programme = Query(db, QStringLiteral("SELECT name FROM programme WHERE id = ?"))
                                  .bindAll(c.programmeId)
                                  .scalar()
                                  .toString();
    CommitteeBrief b;
    b.m_title = Tr::tr("%1 — meeting papers").arg(c.name);
    b.m_footer = Tr::tr("%1, %2").arg(c.name, longDate(c.heldOn));

    // Cover sheet.
    QString cover = QStringLiteral("<p>&nbsp;</p><p>&nbsp;</p><p>%1</p>").arg(esc(programme));
    cover += QStringLiteral("<h1>%1</h1>").arg(esc(c.name));
    if (label(c.kind) != c.name)
        cover += QStringLiteral("<p><b>%1</b></p>").arg(esc(label(c.kind)));
    cover += QStringLiteral("<p>%1</p>").arg(esc(longDate(c.heldOn)));
    if (!c.place.isEmpty())
        cover += QStringLiteral("<p>%1</p>").arg(esc(c.place));
    if (!c.promotion.isEmpty())
        cover += QStringLiteral("<p>%1</p>").arg(esc(c.promotion));
    cover += QStringLiteral("<p>&nbsp;</p><h2>%1</h2>").arg(esc(Tr::tr("Meeting papers")));
    b.m_sections.append({ Section::Cover, Tr::tr("Cover"), cover });

    // Agenda.
    QList<QStringList> rows;
    for (const AgendaEntry &e : agenda)
        rows.append({ QString::number(rows.size() + 1),
            QStringLiteral("<b>%1</b><br/>%2").arg(esc(e.initiative), esc(e.carrier)),
            esc(e.request) });
    QString agendaHtml = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Agenda")));
    agendaHtml += rows.isEmpty()
        ? QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("Nothing on the agenda yet.")))
        : table({ Tr::tr("No."), Tr::tr("Initiative"), Tr::tr("Asked of the committee") }, rows);
    b.m_sections.append({ Section::Agenda, Tr::tr("Agenda"), agendaHtml });

    // Table of contents: filled by layout().
    b.m_sections.append({ Section::Contents, Tr::tr("Contents"), QString() });

    // Register of declared interests.
    QString interests
        = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Register of declared interests")));
    const QList<CommitteeMemberLine> members = committees.members(committeeId);
    if (members.isEmpty()) {
        interests += QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("No member recorded.")));
    } else {
        QList<QStringList> memberRows;
        for (const CommitteeMemberLine &m : members)
            memberRows.append({ esc(m.person), esc(label(m.role)), esc(m.administration),
                esc(Tr::tr("none declared")) });
        interests += table({ Tr::tr("Member"), Tr::tr("Role"), Tr::tr("Administration"),
                               Tr::tr("Declared interests") },
            memberRows);
    }
    b.m_sections.append(
        { Section::Interests, Tr::tr("Register of declared interests"), interests });

    // Actions decided at the previous committee of the promotion, with what became of them.
    QString previous = QStringLiteral("<h2>%1</h2>")
                           .arg(esc(Tr::tr("Actions decided at the previous committee")));
    if (const qint64 p = committees.previousCommittee(committeeId)) {
        const CommitteeRecord pc = committees.committee(p);
        previous += QStringLiteral("<p>%1</p>")
                        .arg(esc(Tr::tr("%1, %2").arg(pc.name, longDate(pc.heldOn))));
        QList<QStringList> done;
        for (const AgendaEntry &e : committees.agenda(p)) {
            if (!e.decisionId)
                continue;
            QString decided = esc(label(e.kind));
            if (!e.phase.isEmpty())
                decided += QStringLiteral(": ") + esc(e.phase);
            QStringList status;
            if (e.phaseId) {
                const QString s = Query(db,
                    QStringLiteral("SELECT status FROM participation WHERE initiative_id = ? "
                                   "AND phase_id = ?"))
                                      .bindAll(e.initiativeId, e.phaseId)
                                      .scalar()
                                      .toString();
                if (!s.isEmpty())
                    status << Tr::tr("%1: %2").arg(esc(e.phase),
                        esc(label(fromCode<PhaseStatus>(s).value_or(PhaseStatus::NotStarted))));
            }
            for (const DecidedGrant &g : e.grants)
                status << Tr::tr("%1 %2, paid %3")
                              .arg(esc(label(g.tranche)), money(g.committed), money(g.paid));
            done.append({ esc(e.initiative), decided, esc(e.reference),
                status.join(QStringLiteral("<br/>")) });
        }
        previous += done.isEmpty()
            ? QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("No decision was recorded.")))
            : table(
                { Tr::tr("Initiative"), Tr::tr("Decision"), Tr::tr("Reference"), Tr::tr("Status") },
                done);
    } else {
        previous += QStringLiteral("<p><i>%1</i></p>")
                        .arg(esc(Tr::tr("This is the promotion's first committee.")));
    }
    b.m_sections.append({ Section::PreviousActions,
        Tr::tr("Actions decided at the previous committee"), previous });

    // Each initiative's brief in agenda order.
    for (int i = 0; i < agenda.size(); ++i) {
        QString name;
        const QString html = briefHtml(db, agenda.at(i).initiativeId, agenda.at(i).request, &name);
        b.m_sections.append({ Section::InitiativeBrief, Tr::tr("%1. %2").arg(i + 1).arg(name),
            QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Agenda item %1").arg(i + 1))) + html });
    }
    return b;
}

QString CommitteeBrief::contentsHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Contents")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    for (const ContentsEntry &e : m_contents)
        html
            += QStringLiteral("<tr><td>%1</td><td align=\"right\" width=\"15%\">%2</td></tr>")
                   .arg(esc(e.title), e.page > 0 ? QString::number(e.page) : QStringLiteral("000"));
    return html + QStringLiteral("</table>");
}

QString CommitteeBrief::toHtml() const
{
    QString html;
    for (const Section &s : m_sections)
        html += s.kind == Section::Contents ? contentsHtml() : s.html;
    return wrap(html);
}

int CommitteeBrief::layout(QSizeF pageSize)
{
    if (pageSize.isEmpty())
        pageSize = defaultPageSize();
    m_contents.clear();
    for (const Section &s : std::as_const(m_sections)) {
        if (s.kind != Section::Cover && s.kind != Section::Contents)
            m_contents.append({ s.title, 0 });
    }
    // Two passes: the contents' own length is known once their lines are (with placeholder
    // page numbers as wide as real ones), then every section's first page.
    for (int pass = 0; pass < 2; ++pass) {
        int page = 1;
        int entry = 0;
        for (Section &s : m_sections) {
            s.html = s.kind == Section::Contents ? contentsHtml() : s.html;
            s.pageCount = std::max(1, laidOut(s.html, pageSize)->pageCount());
            s.firstPage = page;
            page += s.pageCount;
            if (s.kind != Section::Cover && s.kind != Section::Contents)
                m_contents[entry++].page = s.firstPage;
        }
        m_pageCount = page - 1;
    }
    for (Section &s : m_sections) {
        if (s.kind == Section::Contents)
            s.html = contentsHtml();
    }
    return m_pageCount;
}

int CommitteeBrief::render(QPagedPaintDevice &device)
{
    const int dpi = device.logicalDpiX();
    const double scale = double(dpi) / LayoutDpi;
    const QSizeF printable = QSizeF(device.pageLayout().paintRectPixels(dpi).size()) / scale;
    const double footer = footerHeight();
    const QSizeF page(printable.width(), printable.height() - footer);
    layout(page);
    QPainter painter(&device);
    painter.scale(scale, scale);
    int number = 0;
    for (const Section &s : std::as_const(m_sections)) {
        const auto doc = laidOut(s.html, page);
        for (int p = 0; p < s.pageCount; ++p) {
            if (number++ > 0)
                device.newPage();
            painter.save();
            painter.setClipRect(QRectF(QPointF(0, 0), page));
            painter.translate(0, -p * page.height());
            doc->drawContents(&painter, QRectF(0, p * page.height(), page.width(), page.height()));
            painter.restore();
            if (s.kind == Section::Cover)
                continue;
            painter.setFont(footerFont());
            painter.drawText(QRectF(0, page.height(), page.width(), footer),
                Qt::AlignLeft | Qt::AlignBottom, m_footer);
            painter.drawText(QRectF(0, page.height(), page.width(), footer),
                Qt::AlignRight | Qt::AlignBottom,
                Tr::tr("Page %1 of %2").arg(number).arg(m_pageCount));
        }
    }
    return m_pageCount;
}

void CommitteeBrief::writePdf(const QString &path)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setTitle(m_title);
        pdf.setCreator(QStringLiteral("Tremplin"));
        pdf.setPageLayout(packPageLayout());
        render(pdf);
    }
    saveFile(path, bytes);
}

} // namespace tremplin
