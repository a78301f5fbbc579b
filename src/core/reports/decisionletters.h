// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"
#include "../services/juryservice.h"
#include "../services/lettertemplates.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tremplin {

class Database;

/// A jury's decision on one application as the letters read it (jury_decision).
struct DecidedApplication
{
    qint64 initiativeId = 0;
    JuryOutcome outcome = JuryOutcome::NotSelected;
    QString reason;
    int rank = 0; ///< in the ranking the decision was taken at; 0 when not recorded
    int position = 0; ///< on the waiting list (1 = first); 0 for other outcomes
};

/// One letter to an applicant, its text filled in.
struct DecisionLetter
{
    qint64 initiativeId = 0;
    QString candidate;
    qint64 dsNumber = 0;
    JuryOutcome outcome = JuryOutcome::NotSelected;
    QString language;
    QDate date;
    QString programme;
    QString programmeOperator;
    QString referent;
    QString email; ///< the first referent's
    QString carrier;
    QStringList address; ///< the carrier's postal address lines
    QString subject;
    QString body;
    QString fileName; ///< "1042-nom-du-projet.pdf": safe on every system, unique in a batch
};

/// The letters of a jury session's decisions, one per decided application, in a language
/// (French by default) from the programme's templates (LetterTemplates): each as a one-page
/// PDF and all as one CSV for mail merge. Tremplin sends nothing.
///
/// The decisions are read here with a query of their own (jury_decision), not through the
/// decision service, so that letters depend only on the table.
class DecisionLetters
{
public:
    /// Reads the session's decisions and fills every letter; throws tremplin::Error when the
    /// session does not exist or the language is not fr or en.
    DecisionLetters(Database &db, qint64 sessionId, const QString &language = QStringLiteral("fr"),
        QDate date = QDate::currentDate());

    /// The decisions of a session, by outcome then rank.
    static QList<DecidedApplication> decisions(Database &db, qint64 sessionId);

    /// The letter @p initiativeId would get from @p letterTemplate (the editor's preview):
    /// the application's decision in the session gives the reason and rank when there is one.
    static DecisionLetter compose(Database &db, qint64 sessionId, qint64 initiativeId,
        const LetterTemplate &letterTemplate, QDate date = QDate::currentDate());
    /// The letter as one HTML page: letterhead, addressee, date, subject, body.
    static QString html(const DecisionLetter &letter);

    const QList<DecisionLetter> &letters() const { return m_letters; }
    /// Applications of the session without a decision: no letter for them.
    const QList<JuryApplication> &undecided() const { return m_undecided; }

    /// The mail-merge CSV: one row per letter (email, referent, candidate, dossier, carrier,
    /// outcome, subject, body, letter file); French: `;` and a UTF-8 BOM, English: `,`.
    QByteArray mailMergeCsv() const;
    /// Name of the CSV written beside the letters.
    static QString csvFileName();
    /// Writes each letter's PDF and the CSV into @p directory (created when missing); returns
    /// the paths written. Throws tremplin::Error when a file cannot be written.
    QStringList write(const QString &directory) const;
    static void writePdf(const DecisionLetter &letter, const QString &path);

private:
    QString m_language;
    QList<DecisionLetter> m_letters;
    QList<JuryApplication> m_undecided;
};

} // namespace tremplin
