// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionletters.h"

#include "../database/query.h"
#include "../error.h"
#include "../exports/csv.h"
#include "../exports/savefile.h"
#include "pdfpages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::DecisionLetters)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// What every letter of a session shares.
struct SessionContext
{
    qint64 programmeId = 0;
    QString programme;
    QString programmeOperator;
    QString session;
    QString promotion;
};

SessionContext contextOf(Database &db, qint64 sessionId)
{
    Query q(db,
        QStringLiteral("SELECT c.programme_id, p.name, p.operator, c.name, pr.name FROM "
                       "jury_session s JOIN committee c ON c.id = s.committee_id JOIN programme p "
                       "ON p.id = c.programme_id LEFT JOIN promotion pr ON pr.id = c.promotion_id "
                       "WHERE s.id = ?"));
    q.bindAll(sessionId).exec();
    if (!q.next())
        throw Error(Tr::tr("This jury session no longer exists."));
    return { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString() };
}

/// The letter's words that are not the template's: written in the letter's language whatever
/// the window's.
bool french(const QString &language)
{
    return language != QLatin1String("en");
}

QString longDate(const QDate &date, const QString &language)
{
    if (!french(language))
        return QLocale(QLocale::English, QLocale::UnitedKingdom)
            .toString(date, QStringLiteral("d MMMM yyyy"));
    // "1er décembre 2026", as French letters write the first day of a month.
    const QLocale fr(QLocale::French, QLocale::France);
    return date.day() == 1 ? fr.toString(date, QStringLiteral("'1er' MMMM yyyy"))
                           : fr.toString(date, QStringLiteral("d MMMM yyyy"));
}

/// The addressee's part of a letter, read from the application.
void readApplication(Database &db, qint64 initiativeId, DecisionLetter &l)
{
    Query q(db,
        QStringLiteral(
            "SELECT i.name, i.ds_number, o.name, o.address, o.postcode, o.town, (SELECT "
            "p.full_name "
            "FROM initiative_person ip JOIN person p ON p.id = ip.person_id WHERE "
            "ip.initiative_id = i.id AND ip.role = 'carrier_contact' ORDER BY ip.id LIMIT 1), "
            "(SELECT p.email FROM initiative_person ip JOIN person p ON p.id = ip.person_id "
            "WHERE ip.initiative_id = i.id AND ip.role = 'carrier_contact' ORDER BY ip.id LIMIT "
            "1) FROM initiative i LEFT JOIN organisation o ON o.id = i.carrier_id WHERE i.id = ?"));
    q.bindAll(initiativeId).exec();
    if (!q.next())
        throw Error(Tr::tr("This application no longer exists."));
    l.initiativeId = initiativeId;
    l.candidate = q.value(0).toString();
    l.dsNumber = q.value(1).toLongLong();
    l.carrier = q.value(2).toString();
    if (!q.value(3).toString().trimmed().isEmpty())
        l.address << q.value(3).toString().trimmed().split(QLatin1Char('\n'));
    const QString town
        = QStringLiteral("%1 %2").arg(q.value(4).toString(), q.value(5).toString()).trimmed();
    if (!town.isEmpty())
        l.address << town;
    l.referent = q.value(6).toString();
    l.email = q.value(7).toString();
}

/// "1042-nom-du-projet": the dossier number (or the record's id) and the project's name.
QString fileStem(const DecisionLetter &l)
{
    const QString ascii = reports::safeFileStem(l.candidate);
    const QString number
        = l.dsNumber ? QString::number(l.dsNumber) : QStringLiteral("id%1").arg(l.initiativeId);
    return ascii.isEmpty() ? number : number + QLatin1Char('-') + ascii;
}

DecisionLetter fill(const SessionContext &c, DecisionLetter l, const DecidedApplication *decision,
    const LetterTemplate &t)
{
    l.language = t.language;
    l.outcome = t.outcome;
    l.programme = c.programme;
    l.programmeOperator = c.programmeOperator;
    const bool fr = french(t.language);
    const QString none = fr ? QStringLiteral("non précisé") : QStringLiteral("not stated");
    QString reason = decision ? decision->reason.trimmed() : QString();
    const QHash<QString, QString> values {
        { QStringLiteral("candidate"), l.candidate },
        { QStringLiteral("dossier"), l.dsNumber ? QString::number(l.dsNumber) : none },
        { QStringLiteral("carrier"), l.carrier.isEmpty() ? none : l.carrier },
        { QStringLiteral("referent"), l.referent.isEmpty() ? none : l.referent },
        { QStringLiteral("promotion"), c.promotion },
        { QStringLiteral("programme"), c.programme },
        { QStringLiteral("session"), c.session },
        { QStringLiteral("reason"), reason.isEmpty() ? none : reason },
        { QStringLiteral("rank"),
            decision && decision->rank > 0 ? QString::number(decision->rank) : none },
        { QStringLiteral("position"),
            decision && decision->position > 0 ? QString::number(decision->position) : none },
        { QStringLiteral("date"), longDate(l.date, t.language) },
    };
    l.subject = LetterTemplates::fill(t.subject, values);
    l.body = LetterTemplates::fill(t.body, values);
    return l;
}

} // namespace

QList<DecidedApplication> DecisionLetters::decisions(Database &db, qint64 sessionId)
{
    Query q(db,
        QStringLiteral("SELECT initiative_id, outcome, reason, rank FROM jury_decision WHERE "
                       "session_id = ? ORDER BY CASE outcome WHEN 'selected' THEN 0 WHEN "
                       "'waiting_list' THEN 1 ELSE 2 END, rank IS NULL, rank, score DESC, id"));
    q.bindAll(sessionId).exec();
    QList<DecidedApplication> out;
    int waiting = 0;
    while (q.next()) {
        DecidedApplication d;
        d.initiativeId = q.value(0).toLongLong();
        d.outcome = fromCode<JuryOutcome>(q.value(1).toString()).value_or(JuryOutcome::NotSelected);
        d.reason = q.value(2).toString();
        d.rank = q.value(3).toInt();
        if (d.outcome == JuryOutcome::WaitingList)
            d.position = ++waiting;
        out.append(d);
    }
    return out;
}

DecisionLetters::DecisionLetters(
    Database &db, qint64 sessionId, const QString &language, QDate date)
    : m_language(language)
{
    const SessionContext c = contextOf(db, sessionId);
    LetterTemplates templates(db);
    QHash<int, LetterTemplate> byOutcome;
    for (JuryOutcome o :
        { JuryOutcome::Selected, JuryOutcome::WaitingList, JuryOutcome::NotSelected })
        byOutcome.insert(int(o), templates.get(c.programmeId, o, language));
    QSet<qint64> decided;
    QSet<QString> stems;
    for (const DecidedApplication &d : decisions(db, sessionId)) {
        DecisionLetter l;
        l.date = date;
        readApplication(db, d.initiativeId, l);
        l = fill(c, l, &d, byOutcome.value(int(d.outcome)));
        // Unique in the batch even for two applications of the same name without a dossier.
        QString stem = fileStem(l);
        for (int n = 2; stems.contains(stem.toLower()); ++n)
            stem = fileStem(l) + QStringLiteral("-%1").arg(n);
        stems.insert(stem.toLower());
        l.fileName = stem + QStringLiteral(".pdf");
        m_letters.append(l);
        decided.insert(d.initiativeId);
    }
    for (const JuryApplication &a : JuryService(db).applications(sessionId)) {
        if (!decided.contains(a.initiativeId))
            m_undecided.append(a);
    }
}

DecisionLetter DecisionLetters::compose(Database &db, qint64 sessionId, qint64 initiativeId,
    const LetterTemplate &letterTemplate, QDate date)
{
    const SessionContext c = contextOf(db, sessionId);
    DecisionLetter l;
    l.date = date;
    readApplication(db, initiativeId, l);
    for (const DecidedApplication &d : decisions(db, sessionId)) {
        if (d.initiativeId == initiativeId)
            return fill(c, l, &d, letterTemplate);
    }
    return fill(c, l, nullptr, letterTemplate);
}

QString DecisionLetters::html(const DecisionLetter &l)
{
    const bool fr = french(l.language);
    // The sender across the top, the addressee on the right as a window envelope shows it.
    QString html = QStringLiteral("<p><b>%1</b>").arg(esc(l.programme));
    if (!l.programmeOperator.isEmpty())
        html += QStringLiteral("<br/>%1").arg(esc(l.programmeOperator));
    html += QStringLiteral("</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"55%\">&nbsp;</td><td><br/>");
    QStringList to;
    if (!l.referent.isEmpty())
        to << esc(l.referent);
    if (!l.carrier.isEmpty())
        to << esc(l.carrier);
    for (const QString &line : l.address)
        to << esc(line);
    html += to.join(QStringLiteral("<br/>"));
    html += QStringLiteral("</td></tr></table><p>&nbsp;</p>");
    html += QStringLiteral("<p align=\"right\">%1</p>")
                .arg(esc(fr ? QStringLiteral("Le %1").arg(longDate(l.date, l.language))
                            : longDate(l.date, l.language)));
    if (l.dsNumber)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(fr ? QStringLiteral("Dossier n\u00b0\u00a0%1").arg(l.dsNumber)
                                : QStringLiteral("Application no. %1").arg(l.dsNumber)));
    html += QStringLiteral("<p><b>%1 %2</b></p><p>&nbsp;</p>")
                .arg(fr ? QStringLiteral("Objet\u00a0:") : QStringLiteral("Subject:"),
                    esc(l.subject));
    const QStringList paragraphs
        = l.body.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p style=\"margin-bottom: 8px;\">%1</p>")
                    .arg(esc(p.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    return html;
}

QString DecisionLetters::csvFileName()
{
    return QStringLiteral("mail-merge.csv");
}

QByteArray DecisionLetters::mailMergeCsv() const
{
    const bool fr = french(m_language);
    const QChar sep = fr ? QLatin1Char(';') : QLatin1Char(',');
    const QString eol = QStringLiteral("\r\n");
    // Column names are the mail merge's field names: stable, whatever the language.
    QString text
        = csv::line(
              { QStringLiteral("email"), QStringLiteral("referent"), QStringLiteral("candidate"),
                  QStringLiteral("dossier"), QStringLiteral("carrier"), QStringLiteral("outcome"),
                  QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("letter") },
              csv::Cell::Value, sep)
        + eol;
    for (const DecisionLetter &l : m_letters) {
        QStringList cells;
        for (const QString &t : { l.email, l.referent, l.candidate })
            cells << csv::field(t, csv::Cell::Text, sep);
        cells << (l.dsNumber ? QString::number(l.dsNumber) : QString());
        cells << csv::field(l.carrier, csv::Cell::Text, sep) << toCode(l.outcome);
        for (const QString &t : { l.subject, l.body, l.fileName })
            cells << csv::field(t, csv::Cell::Text, sep);
        text += cells.join(sep) + eol;
    }
    QByteArray bytes = text.toUtf8();
    if (fr)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

void DecisionLetters::writePdf(const DecisionLetter &letter, const QString &path)
{
    reports::PdfPages pdf(letter.subject);
    pdf.setFontSize(10.5);
    pdf.add(html(letter));
    pdf.writePdf(path);
}

QStringList DecisionLetters::write(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        throw Error(
            Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(directory)));
    const QDir dir(directory);
    QStringList written;
    for (const DecisionLetter &l : m_letters) {
        writePdf(l, dir.filePath(l.fileName));
        written << dir.filePath(l.fileName);
    }
    saveFile(dir.filePath(csvFileName()), mailMergeCsv());
    written << dir.filePath(csvFileName());
    return written;
}

} // namespace tremplin
