// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasestatusreport.h"

#include "../database/query.h"
#include "../error.h"
#include "../exports/csv.h"
#include "../exports/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::PhaseStatusReport)
};

/// How long after a phase its committee may sit and still decide on it.
constexpr int CommitteeWindowDays = 60;
} // namespace

qint64 PhaseStatusReport::findPhase(Database &db, const QString &text)
{
    bool number = false;
    const qint64 n = text.toLongLong(&number);
    if (number && n > 0) {
        // "2" is the second accompaniment phase of the calendar ("Phase 2"): the phases whose
        // end the report is about.
        const qint64 nth = Query(db, QStringLiteral("SELECT id FROM phase WHERE kind = 'accompaniment' ORDER BY "
                                                    "position, planned_start, id LIMIT 1 OFFSET ?"))
                               .bindAll(n - 1)
                               .scalar()
                               .toLongLong();
        if (nth)
            return nth;
    }
    return Query(db, QStringLiteral("SELECT id FROM phase WHERE name = ? ORDER BY id LIMIT 1")).bindAll(text).scalar().toLongLong();
}

PhaseStatusReport::PhaseStatusReport(Database &db, qint64 phaseId)
{
    {
        Query q(db, QStringLiteral("SELECT ph.name, COALESCE(ph.actual_start, ph.planned_start), "
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
    const QString committeeUntil = m_end.isValid() ? m_end.addDays(CommitteeWindowDays).toString(Qt::ISODate) : to;
    Query q(db, QStringLiteral("SELECT i.id, i.name, o.name, pa.status, pa.assessment, "
                               "(SELECT COALESCE(SUM(g.committed_cents), 0) FROM grant_award g WHERE g.initiative_id = "
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
        Query needs(db, QStringLiteral("SELECT kind, title FROM need WHERE initiative_id = ? ORDER BY priority, id"));
        needs.bindAll(ids.at(i)).exec();
        while (needs.next()) {
            r.needs << Tr::tr("%1: %2").arg(label(fromCode<NeedKind>(needs.value(0).toString()).value_or(NeedKind::Consolidation)),
                                            needs.value(1).toString());
        }
        Query actions(db, QStringLiteral("SELECT title FROM action_item WHERE initiative_id = ? AND status = 'done' AND "
                                         "(done_date IS NULL OR (done_date >= ? AND done_date <= ?)) ORDER BY done_date, id"));
        actions.bindAll(ids.at(i), from, to).exec();
        while (actions.next())
            r.achievements << actions.value(0).toString();
        Query journal(db, QStringLiteral("SELECT entry_date, title FROM journal_entry WHERE initiative_id = ? AND "
                                         "entry_date >= ? AND entry_date <= ? ORDER BY entry_date, id"));
        journal.bindAll(ids.at(i), from, to).exec();
        while (journal.next()) {
            r.achievements << Tr::tr("%1 (%2)").arg(journal.value(1).toString(),
                                                    QLocale().toString(dateFromDb(journal.value(0)), QLocale::ShortFormat));
        }
        Query decision(db, QStringLiteral("SELECT c.name, d.kind, c.held_on FROM decision d JOIN committee c ON c.id = "
                                          "d.committee_id WHERE d.initiative_id = ? AND c.held_on >= ? AND c.held_on <= ? "
                                          "ORDER BY c.held_on LIMIT 1"));
        decision.bindAll(ids.at(i), from, committeeUntil).exec();
        if (decision.next()) {
            r.decision = Tr::tr("%1 (%2): %3")
                             .arg(decision.value(0).toString(),
                                  QLocale().toString(dateFromDb(decision.value(2)), QLocale::ShortFormat),
                                  label(fromCode<DecisionKind>(decision.value(1).toString()).value_or(DecisionKind::Continue)));
        }
    }
}

QByteArray PhaseStatusReport::toCsv() const
{
    QString text = csv::line({ Tr::tr("Initiative"), Tr::tr("Carrier"), Tr::tr("Status assessment"), Tr::tr("Assessment"),
                               Tr::tr("Needs worked on"), Tr::tr("Main achievements"), Tr::tr("Committee decision"),
                               Tr::tr("Committed (EUR)"), Tr::tr("Disbursed (EUR)"), Tr::tr("Illustrative amounts") },
                             csv::Cell::Value)
        + QStringLiteral("\r\n");
    for (const Row &r : m_rows) {
        QStringList cells;
        for (const QString &t : { r.initiative, r.carrier, label(r.status), r.assessment, r.needs.join(QStringLiteral("; ")),
                                  r.achievements.join(QStringLiteral("; ")), r.decision })
            cells << csv::field(t, csv::Cell::Text);
        cells << r.committed.toDecimalString() << r.disbursed.toDecimalString()
              << (r.illustrative ? Tr::tr("yes") : Tr::tr("no"));
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QString PhaseStatusReport::toHtml() const
{
    const QLocale locale;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Status at the end of %1").arg(m_phase)));
    html += QStringLiteral("<p><b>%1</b><br/>%2<br/>%3</p>")
                .arg(esc(m_programme),
                     esc(Tr::tr("Phase from %1 to %2").arg(locale.toString(m_start, QLocale::LongFormat),
                                                          locale.toString(m_end, QLocale::LongFormat))),
                     esc(Tr::tr("Report of %1").arg(locale.toString(QDate::currentDate(), QLocale::LongFormat))));
    bool illustrative = false;
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(esc(Tr::tr("Initiative")), esc(Tr::tr("Status assessment")), esc(Tr::tr("Needs worked on")),
                     esc(Tr::tr("Main achievements")), esc(Tr::tr("Committee decision")), esc(Tr::tr("Grants")));
    for (const Row &r : m_rows) {
        illustrative |= r.illustrative;
        QString status = esc(label(r.status));
        if (!r.assessment.isEmpty())
            status += QStringLiteral("<br/><i>%1</i>").arg(esc(r.assessment));
        html += QStringLiteral("<tr><td><b>%1</b><br/>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(esc(r.initiative), esc(r.carrier), status, esc(r.needs.join(QStringLiteral("\n"))).replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                         esc(r.achievements.join(QStringLiteral("\n"))).replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                         esc(r.decision),
                         esc(Tr::tr("Committed %1, disbursed %2%3")
                                 .arg(r.committed.toString(locale), r.disbursed.toString(locale),
                                      r.illustrative ? QStringLiteral(" *") : QString())));
    }
    html += QStringLiteral("</table>");
    if (m_rows.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No initiative took part in this phase.")));
    if (illustrative)
        html += QStringLiteral("<p>* %1</p>").arg(esc(Tr::tr("Illustrative amounts (demo data).")));
    html += QStringLiteral("</body></html>");
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
        pdf.setTitle(Tr::tr("Status at the end of %1").arg(m_phase));
        pdf.setCreator(QStringLiteral("Tremplin"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        QTextDocument doc;
        doc.setHtml(toHtml());
        // print() lays the document out on the pages and numbers them.
        doc.print(&pdf);
    }
    saveFile(path, bytes);
}

} // namespace tremplin
