// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettertemplates.h"

#include "../database/query.h"
#include "../error.h"
#include "records.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::LetterTemplates)
};

const QString table = QStringLiteral("letter_template");

/// A name in braces, without spaces or braces inside: "{candidate}", "{nom du projet}" is text.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}\\s]+)\\}"));
    return re;
}

// The default letters. French ones follow the formal administrative style (« Madame,
// Monsieur, » … « Veuillez agréer… ») with French typography (no-break spaces before : and
// inside « », typographic apostrophe).
struct DefaultText
{
    JuryOutcome outcome;
    const char16_t *language;
    const char16_t *subject;
    const char16_t *body;
};

const DefaultText defaultTexts[] = {
    { JuryOutcome::Selected, u"fr",
        u"{programme}\u00a0: candidature «\u00a0{candidate}\u00a0» retenue",
        u"Madame, Monsieur,\n\n"
        u"Nous avons le plaisir de vous informer que le jury de sélection ({session}) a retenu "
        u"la candidature «\u00a0{candidate}\u00a0», portée par {carrier}, au titre du programme "
        u"{programme} ({promotion}).\n\n"
        u"Votre projet rejoindra la promotion dès sa première phase d’accompagnement. Nous "
        u"reviendrons très prochainement vers vous pour vous en présenter le calendrier et les "
        u"modalités.\n\n"
        u"Avec toutes nos félicitations, nous vous prions d’agréer, Madame, Monsieur, "
        u"l’expression de nos salutations distinguées.\n\n"
        u"L’équipe du programme {programme}" },
    { JuryOutcome::WaitingList, u"fr",
        u"{programme}\u00a0: candidature «\u00a0{candidate}\u00a0» inscrite sur liste d’attente",
        u"Madame, Monsieur,\n\n"
        u"Le jury de sélection ({session}) a examiné la candidature «\u00a0{candidate}\u00a0», "
        u"portée par {carrier}, au programme {programme} ({promotion}). Elle n’a pas pu être "
        u"retenue à ce stade, mais elle a été inscrite sur la liste d’attente, en position "
        u"{position}.\n\n"
        u"Motif de la décision du jury\u00a0: {reason}\n\n"
        u"Si une place venait à se libérer, nous reviendrions vers vous sans délai.\n\n"
        u"Nous vous remercions de l’intérêt que vous portez au programme. Veuillez agréer, "
        u"Madame, Monsieur, l’expression de nos salutations distinguées.\n\n"
        u"L’équipe du programme {programme}" },
    { JuryOutcome::NotSelected, u"fr",
        u"{programme}\u00a0: réponse à votre candidature «\u00a0{candidate}\u00a0»",
        u"Madame, Monsieur,\n\n"
        u"Le jury de sélection ({session}) a examiné avec attention la candidature "
        u"«\u00a0{candidate}\u00a0», portée par {carrier}, au programme {programme} "
        u"({promotion}). Nous avons le regret de vous informer qu’elle n’a pas été retenue.\n\n"
        u"Motif de la décision du jury\u00a0: {reason}\n\n"
        u"Cette décision ne préjuge pas de la qualité de votre projet, et nous vous encourageons "
        u"à présenter de nouveau votre candidature lors d’un prochain appel.\n\n"
        u"Nous vous remercions de l’intérêt que vous portez au programme. Veuillez agréer, "
        u"Madame, Monsieur, l’expression de nos salutations distinguées.\n\n"
        u"L’équipe du programme {programme}" },
    { JuryOutcome::Selected, u"en", u"{programme}: your application “{candidate}” is selected",
        u"Dear Sir or Madam,\n\n"
        u"We are pleased to inform you that the selection jury ({session}) has selected the "
        u"application “{candidate}”, carried by {carrier}, for the programme {programme} "
        u"({promotion}).\n\n"
        u"Your project will join the promotion from its first accompaniment phase. We will "
        u"contact you shortly with its calendar and practical arrangements.\n\n"
        u"With our congratulations,\n\n"
        u"Yours faithfully,\n\n"
        u"The {programme} team" },
    { JuryOutcome::WaitingList, u"en",
        u"{programme}: your application “{candidate}” is on the waiting list",
        u"Dear Sir or Madam,\n\n"
        u"The selection jury ({session}) has examined the application “{candidate}”, carried by "
        u"{carrier}, for the programme {programme} ({promotion}). It could not be selected at "
        u"this stage, but it has been placed on the waiting list, in position {position}.\n\n"
        u"The jury’s reason: {reason}\n\n"
        u"Should a place become available, we will contact you without delay.\n\n"
        u"Thank you for your interest in the programme.\n\n"
        u"Yours faithfully,\n\n"
        u"The {programme} team" },
    { JuryOutcome::NotSelected, u"en", u"{programme}: your application “{candidate}”",
        u"Dear Sir or Madam,\n\n"
        u"The selection jury ({session}) has carefully examined the application “{candidate}”, "
        u"carried by {carrier}, for the programme {programme} ({promotion}). We regret to "
        u"inform you that it has not been selected.\n\n"
        u"The jury’s reason: {reason}\n\n"
        u"This decision is no judgement on the quality of your project, and we encourage you "
        u"to apply again to a future call.\n\n"
        u"Thank you for your interest in the programme.\n\n"
        u"Yours faithfully,\n\n"
        u"The {programme} team" },
};

qint64 storedId(Database &db, qint64 programmeId, JuryOutcome outcome, const QString &language)
{
    return Query(db,
        QStringLiteral("SELECT id FROM letter_template WHERE programme_id = ? AND outcome = ? AND "
                       "language = ?"))
        .bindAll(programmeId, toCode(outcome), language)
        .scalar()
        .toLongLong();
}

void checkLanguage(const QString &language)
{
    if (!LetterTemplates::languages().contains(language))
        throw Error(Tr::tr("Letters are written in French (fr) or English (en), not \"%1\".")
                        .arg(language));
}

} // namespace

QStringList LetterTemplates::languages()
{
    return { QStringLiteral("fr"), QStringLiteral("en") };
}

QStringList LetterTemplates::placeholders()
{
    return { QStringLiteral("candidate"), QStringLiteral("dossier"), QStringLiteral("carrier"),
        QStringLiteral("referent"), QStringLiteral("promotion"), QStringLiteral("programme"),
        QStringLiteral("session"), QStringLiteral("reason"), QStringLiteral("rank"),
        QStringLiteral("position"), QStringLiteral("date") };
}

QString LetterTemplates::describe(const QString &placeholder)
{
    if (placeholder == QLatin1String("candidate"))
        return Tr::tr("The application's project name");
    if (placeholder == QLatin1String("dossier"))
        return Tr::tr("Its Démarches simplifiées dossier number");
    if (placeholder == QLatin1String("carrier"))
        return Tr::tr("The carrier organisation");
    if (placeholder == QLatin1String("referent"))
        return Tr::tr("The first referent's name");
    if (placeholder == QLatin1String("promotion"))
        return Tr::tr("The promotion");
    if (placeholder == QLatin1String("programme"))
        return Tr::tr("The programme's name");
    if (placeholder == QLatin1String("session"))
        return Tr::tr("The jury session");
    if (placeholder == QLatin1String("reason"))
        return Tr::tr("The jury's reason for its decision");
    if (placeholder == QLatin1String("rank"))
        return Tr::tr("The application's rank in the jury's ranking");
    if (placeholder == QLatin1String("position"))
        return Tr::tr("Its position on the waiting list");
    if (placeholder == QLatin1String("date"))
        return Tr::tr("The date of the letter");
    return {};
}

QStringList LetterTemplates::unknownPlaceholders(const QString &text)
{
    const QStringList known = placeholders();
    QStringList out;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!known.contains(m.captured(1)) && !out.contains(m.captured(0)))
            out.append(m.captured(0));
    }
    return out;
}

QString LetterTemplates::placeholderProblem(const QString &fieldLabel, const QString &text)
{
    const QStringList unknown = unknownPlaceholders(text);
    if (unknown.isEmpty())
        return {};
    QStringList known;
    for (const QString &p : placeholders())
        known << QLatin1Char('{') + p + QLatin1Char('}');
    return Tr::tr("%1: %Ln unknown placeholder(s) %2. Use one of %3, or remove the braces.",
        nullptr, int(unknown.size()))
        .arg(fieldLabel, unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(" ")));
}

QString LetterTemplates::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const auto value = values.constFind(m.captured(1));
        out += value != values.cend() ? *value : m.captured(0);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

LetterTemplate LetterTemplates::defaults(JuryOutcome outcome, const QString &language)
{
    checkLanguage(language);
    for (const DefaultText &d : defaultTexts) {
        if (d.outcome == outcome && language == QStringView(d.language))
            return { outcome, language, QString::fromUtf16(d.subject), QString::fromUtf16(d.body),
                0 };
    }
    return { outcome, language, {}, {}, 0 };
}

LetterTemplate LetterTemplates::get(
    qint64 programmeId, JuryOutcome outcome, const QString &language) const
{
    checkLanguage(language);
    Query q(m_db,
        QStringLiteral("SELECT id, subject, body FROM letter_template WHERE programme_id = ? AND "
                       "outcome = ? AND language = ?"));
    q.bindAll(programmeId, toCode(outcome), language).exec();
    if (!q.next())
        return defaults(outcome, language);
    return { outcome, language, q.value(1).toString(), q.value(2).toString(),
        q.value(0).toLongLong() };
}

void LetterTemplates::save(qint64 programmeId, JuryOutcome outcome, const QString &language,
    const QString &subject, const QString &body)
{
    checkLanguage(language);
    RecordService records(m_db);
    const QVariantMap values { { QStringLiteral("subject"), subject },
        { QStringLiteral("body"), body } };
    if (const qint64 id = storedId(m_db, programmeId, outcome, language)) {
        records.setValues(table, id, values);
        return;
    }
    QVariantMap row = values;
    row.insert(QStringLiteral("programme_id"), programmeId);
    row.insert(QStringLiteral("outcome"), toCode(outcome));
    row.insert(QStringLiteral("language"), language);
    records.insert(table, row);
}

void LetterTemplates::reset(qint64 programmeId, JuryOutcome outcome, const QString &language)
{
    checkLanguage(language);
    if (const qint64 id = storedId(m_db, programmeId, outcome, language))
        RecordService(m_db).remove(table, id);
}

} // namespace tremplin
