// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryminutes.h"

#include "../database/query.h"
#include "../domain/enums.h"
#include "../error.h"
#include "../services/committeeservice.h"
#include "../services/jurydecisionservice.h"
#include "../services/juryranking.h"
#include "../services/juryservice.h"
#include "committeebrief.h"
#include "reporttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::JuryMinutes)
};

using reports::unbreakable;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3 style=\"margin-top: 14px;\">%1</h3>").arg(esc(text));
}

QString none(const QString &text)
{
    return QStringLiteral("<p><i>%1</i></p>").arg(esc(text));
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    return reports::htmlTable(headers, rows);
}

QString longDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : Tr::tr("date not set");
}

QString when(const QDateTime &t)
{
    return t.isValid() ? unbreakable(QLocale().toString(t.toLocalTime(), QLocale::ShortFormat))
                       : QString();
}

QString decimal(const std::optional<double> &v)
{
    return v ? unbreakable(QLocale().toString(*v, 'f', 2)) : QStringLiteral("—");
}

QString rankText(int rank)
{
    return rank > 0 ? QLocale().toString(rank) : QStringLiteral("—");
}

/// The session's identity: programme, promotion, date, place and whether it was signed off.
QString identity(Database &db, const CommitteeRecord &c)
{
    const QString programme = Query(db, QStringLiteral("SELECT name FROM programme WHERE id = ?"))
                                  .bindAll(c.programmeId)
                                  .scalar()
                                  .toString();
    const JuryDecisionService room(db);
    QList<QStringList> rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append({ QStringLiteral("<b>%1</b>").arg(esc(label)), esc(value) });
    };
    row(Tr::tr("Programme"), programme);
    row(Tr::tr("Promotion"), c.promotion);
    row(Tr::tr("Date"), longDate(c.heldOn));
    row(Tr::tr("Place"), c.place.isEmpty() ? Tr::tr("not recorded") : c.place);
    const QDateTime signedOff = room.signedOffAt(c.id);
    row(Tr::tr("Signed off"),
        signedOff.isValid()
            ? Tr::tr("%1 by %2")
                  .arg(QLocale().toString(signedOff.toLocalTime(), QLocale::ShortFormat),
                      room.signedOffBy(c.id))
            : Tr::tr("not yet: these minutes are a draft"));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const QStringList &r : std::as_const(rows))
        html += QStringLiteral("<tr><td width=\"25%\">%1</td><td>%2</td></tr>")
                    .arg(r.at(0), r.at(1));
    return html + QStringLiteral("</table>");
}

QString attendeesHtml(const QList<Attendee> &attendees, bool tracks)
{
    if (attendees.isEmpty())
        return none(Tr::tr("No member recorded."));
    QList<QStringList> rows;
    for (const Attendee &a : attendees) {
        QStringList r { esc(a.name), esc(label(a.role)) };
        if (tracks)
            r << (a.track ? esc(label(*a.track)) : QString());
        r << esc(a.administration) << esc(a.attended ? Tr::tr("present") : Tr::tr("absent"));
        rows.append(r);
    }
    QStringList headers { Tr::tr("Member"), Tr::tr("Role") };
    if (tracks)
        headers << Tr::tr("Track");
    headers << Tr::tr("Administration") << Tr::tr("Attendance");
    return table(headers, rows);
}

QString recusalsHtml(const QList<Recusal> &recusals)
{
    if (recusals.isEmpty())
        return none(Tr::tr("No member left the room."));
    QList<QStringList> rows;
    for (const Recusal &r : recusals)
        rows.append({ esc(r.member), esc(r.initiative), esc(r.reason), when(r.recordedAt) });
    return table({ Tr::tr("Member"), Tr::tr("Item"), Tr::tr("Reason"), Tr::tr("Recorded") }, rows);
}

QString amendmentsHtml(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return none(Tr::tr("No amendment since the sign-off."));
    return table({ Tr::tr("Amended"), Tr::tr("Change"), Tr::tr("Reason") }, rows);
}

QList<QStringList> sessionAmendmentRows(const QList<SessionAmendment> &amendments)
{
    QList<QStringList> rows;
    for (const SessionAmendment &a : amendments)
        rows.append({ when(a.amendedAt), esc(JuryDecisionService::describeChange(a.change)),
            esc(a.reason) });
    return rows;
}

/// The signatures: the chair and the secretary (or the first members), with room to sign.
QString signaturesHtml(const QList<Attendee> &attendees)
{
    QStringList names;
    for (const Attendee &a : attendees) {
        if (a.role == CommitteeRole::Chair || a.role == CommitteeRole::Secretary)
            names << QStringLiteral("%1<br/>%2").arg(esc(label(a.role)), esc(a.name));
    }
    if (names.isEmpty())
        names << esc(Tr::tr("The chair")) << esc(Tr::tr("The secretary"));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"6\" width=\"100%\"><tr>");
    for (const QString &n : std::as_const(names))
        html += QStringLiteral("<td valign=\"top\">%1<br/><br/>%2<br/><br/><br/>%3</td>")
                    .arg(n, esc(Tr::tr("Signature:")), esc(Tr::tr("Date:")));
    return html + QStringLiteral("</tr></table>");
}

QString wrapTitle(const QString &title, const QString &subtitle)
{
    return QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(title), esc(subtitle));
}
} // namespace

JuryMinutes JuryMinutes::jury(Database &db, qint64 sessionId)
{
    JuryService jury(db);
    const JurySession s = jury.session(sessionId);
    const CommitteeRecord c = CommitteeService(db).committee(s.committeeId);
    const JuryDecisionService room(db);
    const QList<Attendee> attendees = room.attendees(s.committeeId);

    JuryMinutes m;
    m.m_title = Tr::tr("Minutes of the jury “%1”").arg(s.name);
    m.m_footer = Tr::tr("Minutes — %1, %2").arg(s.name, longDate(c.heldOn));
    QString html = wrapTitle(Tr::tr("Minutes of the selection jury"), s.name);
    html += identity(db, c);

    html += heading(Tr::tr("Attendees"));
    html += attendeesHtml(attendees, true);

    // The method, so that the ranking can be computed again from the scores.
    html += heading(Tr::tr("Method"));
    const QLocale locale;
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("Scores from %1 to %2 by steps of %3. A juror's total for an "
                                "application is the weighted mean of their scores over the "
                                "criteria; only complete totals count.")
                             .arg(locale.toString(s.scaleMin), locale.toString(s.scaleMax),
                                 locale.toString(s.scaleStep))));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(Tr::tr("Normalisation:")),
                    esc(s.method == RankingMethod::ZScore
                            ? Tr::tr("z-scores: each juror's totals are standardised over their "
                                     "own totals, then rescaled to the mean and spread of their "
                                     "track (jurors generous or severe weigh alike).")
                            : Tr::tr("none: a track's score is the mean of its jurors' "
                                     "totals.")));
    QList<QStringList> criteria;
    for (const JuryCriterion &k : jury.criteria(sessionId))
        criteria.append(
            { esc(k.name), unbreakable(locale.toString(k.weight)), esc(k.description) });
    html += table({ Tr::tr("Criterion"), Tr::tr("Weight"), Tr::tr("Description") }, criteria);
    QStringList trackWeights;
    for (std::size_t k = 0; k < 2; ++k) {
        if (s.trackWeights[k])
            trackWeights << Tr::tr("%1: weight %2")
                                .arg(label(JuryTrack(k)), locale.toString(*s.trackWeights[k]));
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(Tr::tr("Tracks:")), esc(trackWeights.join(QStringLiteral("; "))));

    // The ranking as the room saw it.
    html += heading(Tr::tr("Ranking"));
    jury::RankingOptions options;
    options.method = s.method;
    const jury::Ranking ranking = jury::computeRanking(jury.rankingInput(sessionId), options);
    QHash<qint64, QString> names;
    for (const JuryApplication &a : jury.applications(sessionId))
        names.insert(a.initiativeId, a.name);
    QList<QStringList> rankRows;
    for (const jury::RankedApplication &r : ranking.rows)
        rankRows.append({ rankText(r.rank), esc(names.value(r.initiativeId)), decimal(r.score),
            decimal(r.tracks[std::size_t(JuryTrack::Expert)]),
            decimal(r.tracks[std::size_t(JuryTrack::Citizen)]), locale.toString(r.jurors),
            unbreakable(locale.toString(r.spread, 'f', 2)) });
    html += rankRows.isEmpty()
        ? none(Tr::tr("No application before the jury."))
        : table({ Tr::tr("Rank"), Tr::tr("Application"), Tr::tr("Score"), label(JuryTrack::Expert),
                    label(JuryTrack::Citizen), Tr::tr("Jurors"), Tr::tr("Spread") },
            rankRows);
    if (s.places > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Places available: %1.").arg(locale.toString(s.places))));

    // Decisions and overrides.
    const QList<JuryDecision> decisions = room.decisions(sessionId);
    html += heading(Tr::tr("Decisions"));
    QList<QStringList> decisionRows;
    QList<QStringList> overrideRows;
    for (const JuryDecision &d : decisions) {
        decisionRows.append(
            { esc(d.application), QStringLiteral("<b>%1</b>").arg(esc(label(d.outcome))),
                rankText(d.rank), decimal(d.score), esc(d.reason), when(d.decidedAt) });
        if (!d.overrideReason.isEmpty())
            overrideRows.append({ esc(d.application), esc(label(d.outcome)), rankText(d.rank),
                esc(d.overrideReason) });
    }
    html += decisionRows.isEmpty()
        ? none(Tr::tr("No decision recorded yet."))
        : table({ Tr::tr("Application"), Tr::tr("Decision"), Tr::tr("Rank at the time"),
                    Tr::tr("Score at the time"), Tr::tr("Reason"), Tr::tr("Decided") },
            decisionRows);
    html += heading(Tr::tr("Departures from the ranking"));
    html += overrideRows.isEmpty()
        ? none(Tr::tr("Every decision follows the ranking."))
        : table({ Tr::tr("Application"), Tr::tr("Decision"), Tr::tr("Rank at the time"),
                    Tr::tr("Reason for the override") },
            overrideRows);

    // Conflicts declared beforehand and recusals in the room.
    html += heading(Tr::tr("Conflicts of interest and recusals"));
    QList<QStringList> conflictRows;
    for (const JuryTemplate::Conflict &k : jury.templateOf(sessionId).conflicts)
        conflictRows.append({ esc(k.juror), esc(k.candidate), esc(k.reason) });
    if (!conflictRows.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Conflicts of interest declared before the session (these "
                                    "jurors neither scored nor saw the scores):")));
        html += table({ Tr::tr("Juror"), Tr::tr("Application"), Tr::tr("Reason") }, conflictRows);
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("Recusals (members who left the room for an item; their "
                                "scores for it do not count):")));
    html += recusalsHtml(room.recusals(s.committeeId));

    html += heading(Tr::tr("Amendments"));
    html += amendmentsHtml(sessionAmendmentRows(room.amendments(s.committeeId)));

    html += heading(Tr::tr("Signatures"));
    html += signaturesHtml(attendees);
    m.m_html = html;
    return m;
}

JuryMinutes JuryMinutes::committee(Database &db, qint64 committeeId)
{
    CommitteeService committees(db);
    const CommitteeRecord c = committees.committee(committeeId);
    const JuryDecisionService room(db);
    const QList<Attendee> attendees = room.attendees(committeeId);

    JuryMinutes m;
    m.m_title = Tr::tr("Minutes of the committee “%1”").arg(c.name);
    m.m_footer = Tr::tr("Minutes — %1, %2").arg(c.name, longDate(c.heldOn));
    QString html = wrapTitle(Tr::tr("Minutes of the committee"), c.name);
    html += identity(db, c);
    html += heading(Tr::tr("Attendees"));
    html += attendeesHtml(attendees, false);

    html += heading(Tr::tr("Decisions"));
    QList<QStringList> rows;
    QList<QStringList> amended;
    int item = 0;
    for (const AgendaEntry &e : committees.agenda(committeeId)) {
        ++item;
        if (!e.decisionId) {
            rows.append({ QString::number(item), esc(e.initiative), esc(Tr::tr("not decided")),
                QString(), QString() });
            continue;
        }
        QString decided = QStringLiteral("<b>%1</b>").arg(esc(label(e.kind)));
        if (!e.phase.isEmpty())
            decided += QStringLiteral(": ") + esc(e.phase);
        QStringList grants;
        for (const DecidedGrant &g : e.grants)
            grants << QStringLiteral("%1 %2").arg(
                esc(label(g.tranche)), unbreakable(g.committed.toString(QLocale())));
        // The reason under the decision: the widest column, so that it reads as a paragraph.
        decided += QStringLiteral("<br/>") + esc(e.reason);
        rows.append({ QString::number(item), esc(e.initiative), decided, esc(e.reference),
            grants.join(QStringLiteral("<br/>")) });
        for (const DecisionAmendment &a : e.amendments) {
            QString before = label(a.previousKind);
            if (!a.previousPhase.isEmpty())
                before += QStringLiteral(": ") + a.previousPhase;
            amended.append({ when(a.amendedAt),
                esc(Tr::tr("Decision %1 about “%2”: %3 (“%4”) → %5")
                        .arg(e.reference, e.initiative, before, a.previousReason, label(e.kind))),
                esc(a.reason) });
        }
    }
    html += rows.isEmpty()
        ? none(Tr::tr("Nothing on the agenda."))
        : table({ Tr::tr("No."), Tr::tr("Initiative"), Tr::tr("Decision and reason"),
                    Tr::tr("Reference"), Tr::tr("Grants") },
            rows);
    html += heading(Tr::tr("Recusals"));
    html += recusalsHtml(room.recusals(committeeId));
    html += heading(Tr::tr("Amendments"));
    amended += sessionAmendmentRows(room.amendments(committeeId));
    html += amendmentsHtml(amended);
    html += heading(Tr::tr("Signatures"));
    html += signaturesHtml(attendees);
    m.m_html = html;
    return m;
}

int JuryMinutes::writePdf(const QString &path) const
{
    CommitteeBrief document = CommitteeBrief::document(
        m_title, m_footer, { { CommitteeBrief::Section::InitiativeBrief, m_title, m_html, 0, 0 } });
    document.writePdf(path);
    return document.pageCount();
}

} // namespace tremplin
