// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace tremplin {

class Database;

/// One decision letter's template: a subject and a body with placeholders such as {candidate}.
struct LetterTemplate
{
    JuryOutcome outcome = JuryOutcome::Selected;
    QString language; ///< "fr" or "en"
    QString subject;
    QString body;
    /// The letter_template row holding the programme's own text; 0 while the default is used.
    qint64 id = 0;
};

/// The programme's decision letters, per outcome (selected, waiting list, not selected) and
/// language (French, English). Until the programme edits one, its default text is used: a
/// formal letter in that language. The text is written in the letter's language, whatever the
/// language of the window, so the defaults are not translated strings.
///
/// Placeholders are a name in braces. A template that names an unknown one is refused when it
/// is saved (RecordService checks letter_template's subject and body with placeholderProblem()),
/// and fill() leaves any unknown one as it is: nothing typed is ever dropped silently.
class LetterTemplates
{
public:
    explicit LetterTemplates(Database &db)
        : m_db(db)
    { }

    /// The letters' languages, French first (the default).
    static QStringList languages();
    /// The placeholders a template may use, in the order the editor lists them.
    static QStringList placeholders();
    /// What a placeholder stands for, in the user's language.
    static QString describe(const QString &placeholder);
    /// The placeholders of @p text that are not known, in order, each once ("{nom}").
    static QStringList unknownPlaceholders(const QString &text);
    /// Why @p text cannot be saved as the field called @p fieldLabel; empty when it can.
    static QString placeholderProblem(const QString &fieldLabel, const QString &text);
    /// @p text with each known placeholder replaced by its value in @p values; unknown ones
    /// stay as typed.
    static QString fill(const QString &text, const QHash<QString, QString> &values);

    /// The default letter for @p outcome in @p language ("fr" or "en").
    static LetterTemplate defaults(JuryOutcome outcome, const QString &language);

    /// The programme's template: its own text, or the default.
    LetterTemplate get(qint64 programmeId, JuryOutcome outcome, const QString &language) const;
    /// Saves the programme's own text (one transaction through RecordService, so the same
    /// rules as an edit in the window). Throws tremplin::Error, nothing written, when refused.
    void save(qint64 programmeId, JuryOutcome outcome, const QString &language,
        const QString &subject, const QString &body);
    /// Goes back to the default text.
    void reset(qint64 programmeId, JuryOutcome outcome, const QString &language);

private:
    Database &m_db;
};

} // namespace tremplin
