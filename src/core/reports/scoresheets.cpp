// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoresheets.h"

#include "../database/query.h"
#include "../error.h"
#include "pdfpages.h"
#include "reporttext.h"

#include <QCoreApplication>
#include <QLocale>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::ScoreSheets)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString number(double v)
{
    return reports::unbreakable(QLocale().toString(v, 'g', 6));
}

/// A bordered table: boxes to write in.
const QString boxTable = QStringLiteral(
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" "
    "style=\"border-collapse: collapse; border-color: black; border-style: solid;\">");

QString dossier(qint64 ds)
{
    return ds ? Tr::tr("dossier no. %1").arg(ds) : QString();
}

} // namespace

QList<SheetApplication> ScoreSheets::applicationsOf(Database &db, qint64 sessionId, qint64 memberId)
{
    Query q(db,
        QStringLiteral(
            "SELECT i.id, i.name, i.ds_number, o.name FROM jury_assignment a JOIN initiative i "
            "ON i.id = a.initiative_id LEFT JOIN organisation o ON o.id = i.carrier_id WHERE "
            "a.session_id = ? AND a.member_id = ? AND i.admissibility = 'admissible' AND NOT "
            "EXISTS (SELECT 1 FROM jury_conflict c WHERE c.member_id = a.member_id AND "
            "c.initiative_id = a.initiative_id) AND NOT EXISTS (SELECT 1 FROM recusal r WHERE "
            "r.member_id = a.member_id AND r.initiative_id = a.initiative_id) ORDER BY i.name, "
            "i.id"));
    q.bindAll(sessionId, memberId).exec();
    QList<SheetApplication> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toString() });
    return out;
}

QString ScoreSheets::fileNameFor(const Juror &juror)
{
    const QString stem = reports::safeFileStem(juror.name);
    return QStringLiteral("score-sheets-%1.pdf")
        .arg(stem.isEmpty() ? QString::number(juror.memberId) : stem);
}

ScoreSheets::ScoreSheets(Database &db, qint64 sessionId, const QList<qint64> &memberIds)
{
    JuryService jury(db);
    const JurySession session = jury.session(sessionId);
    const QList<JuryCriterion> criteria = jury.criteria(sessionId);
    const QList<Juror> jurors = jury.jurors(sessionId);
    m_title = Tr::tr("%1 — score sheets").arg(session.name);
    double totalWeight = 0;
    for (const JuryCriterion &c : criteria)
        totalWeight += c.weight;
    const QString scale
        = Tr::tr("from %1 to %2 in steps of %3")
              .arg(number(session.scaleMin), number(session.scaleMax), number(session.scaleStep));

    for (const qint64 memberId : memberIds) {
        const auto juror = std::find_if(jurors.cbegin(), jurors.cend(),
            [memberId](const Juror &j) { return j.memberId == memberId; });
        if (juror == jurors.cend())
            throw Error(Tr::tr("This juror is not in the session."));
        const QList<SheetApplication> applications = applicationsOf(db, sessionId, memberId);
        const QString footer = Tr::tr("%1 — %2").arg(session.name, juror->name);

        // Cover: who, what, how.
        QString cover = QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Score sheets")));
        cover += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                     .arg(esc(session.name), esc(session.promotion));
        cover += QStringLiteral("<p>%1</p>")
                     .arg(esc(Tr::tr("Juror: %1 (%2)").arg(juror->name, label(juror->track))));
        cover += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Scores %1.").arg(scale)));
        cover += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Criteria")));
        cover += boxTable
            + QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"right\">%2</th></tr>")
                  .arg(esc(Tr::tr("Criterion")), esc(Tr::tr("Weight")));
        for (const JuryCriterion &c : criteria) {
            cover += QStringLiteral("<tr><td><b>%1</b>%2</td><td align=\"right\">%3</td></tr>")
                         .arg(esc(c.name),
                             c.description.isEmpty()
                                 ? QString()
                                 : QStringLiteral("<br/>%1").arg(esc(c.description)),
                             number(c.weight));
        }
        cover += QStringLiteral("</table>");
        cover += QStringLiteral("<h3>%1</h3><p>%2</p>")
                     .arg(esc(Tr::tr("How to fill in the sheets")),
                         esc(Tr::tr("Write one score per criterion in its box, %1. Leave a box "
                                    "empty rather than guess: the coordinator will ask you. "
                                    "Date and sign each sheet and hand them all back to the "
                                    "coordinator, who types them in the scoring grid.")
                                 .arg(scale)));
        cover += QStringLiteral("<h3>%1</h3>")
                     .arg(esc(Tr::tr("Your applications (%n)", nullptr, int(applications.size()))));
        if (applications.isEmpty()) {
            cover += QStringLiteral("<p><i>%1</i></p>")
                         .arg(esc(Tr::tr("No application is assigned to you.")));
        } else {
            cover += boxTable
                + QStringLiteral("<tr><th align=\"right\" width=\"8%\">%1</th><th "
                                 "align=\"left\">%2</th><th align=\"left\">%3</th><th "
                                 "width=\"10%\">%4</th></tr>")
                      .arg(esc(Tr::tr("No.")), esc(Tr::tr("Application")), esc(Tr::tr("Dossier")),
                          esc(Tr::tr("Scored")));
            for (int i = 0; i < applications.size(); ++i) {
                const SheetApplication &a = applications.at(i);
                cover
                    += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td>"
                                      "<td></td></tr>")
                           .arg(i + 1)
                           .arg(esc(a.name), a.dsNumber ? QString::number(a.dsNumber) : QString());
            }
            cover += QStringLiteral("</table>");
        }
        m_pages.append({ cover, footer });

        // One page per application.
        for (int i = 0; i < applications.size(); ++i) {
            const SheetApplication &a = applications.at(i);
            QString html = QStringLiteral("<p>%1</p>")
                               .arg(esc(Tr::tr("%1 — juror: %2").arg(session.name, juror->name)));
            html += QStringLiteral("<h2>%1</h2>")
                        .arg(esc(
                            Tr::tr("%1/%2. %3").arg(i + 1).arg(applications.size()).arg(a.name)));
            QStringList about;
            if (a.dsNumber)
                about << dossier(a.dsNumber);
            if (!a.carrier.isEmpty())
                about << Tr::tr("carried by %1").arg(a.carrier);
            if (!about.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(esc(about.join(QStringLiteral(", "))));
            html += boxTable
                + QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"right\" "
                                 "width=\"10%\">%2</th><th width=\"22%\">%3</th></tr>")
                      .arg(esc(Tr::tr("Criterion")), esc(Tr::tr("Weight")),
                          esc(Tr::tr("Score (%1 to %2)")
                                  .arg(number(session.scaleMin), number(session.scaleMax))));
            for (const JuryCriterion &c : criteria) {
                html += QStringLiteral(
                    "<tr><td style=\"padding-top: 12px; padding-bottom: 12px;\">"
                    "<b>%1</b>%2</td><td align=\"right\" valign=\"middle\">%3</td><td></td></tr>")
                            .arg(esc(c.name),
                                c.description.isEmpty() ? QString()
                                                        : QStringLiteral("<br/><small>%1</small>")
                                                              .arg(esc(c.description)),
                                number(c.weight));
            }
            html += QStringLiteral("</table>");
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(Tr::tr("Scores %1; the total is the weighted mean (weights add "
                                        "up to %2), computed by Tremplin.")
                                     .arg(scale, number(totalWeight))));
            html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Comment")));
            html += boxTable + QStringLiteral("<tr><td>") + QStringLiteral("<br/>").repeated(9)
                + QStringLiteral("</td></tr></table>");
            html += QStringLiteral("<p>&nbsp;</p>") + boxTable
                + QStringLiteral("<tr><td width=\"40%\">%1<br/><b>%2</b></td><td width=\"25%\">"
                                 "%3<br/><br/></td><td>%4<br/><br/></td></tr></table>")
                      .arg(esc(Tr::tr("Juror")), esc(juror->name), esc(Tr::tr("Date")),
                          esc(Tr::tr("Signature")));
            m_pages.append({ html, footer });
        }
    }
}

QString ScoreSheets::toHtml() const
{
    reports::PdfPages pdf(m_title);
    for (const Page &p : m_pages)
        pdf.add(p.html, p.footer);
    return pdf.toHtml();
}

int ScoreSheets::writePdf(const QString &path)
{
    reports::PdfPages pdf(m_title);
    for (const Page &p : m_pages)
        pdf.add(p.html, p.footer);
    pdf.setPageLabel(
        [](int page, int count) { return Tr::tr("Page %1 of %2").arg(page).arg(count); });
    return pdf.writePdf(path);
}

} // namespace tremplin
