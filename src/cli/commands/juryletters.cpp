// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli jury letters: the decision letters of a jury session (PDF files and a mail-merge
// CSV); tremplin-cli jury sheets: paper score sheets per juror.
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/reports/decisionletters.h"
#include "core/reports/scoresheets.h"
#include "core/services/juryservice.h"

#include <QDir>
#include <QFileInfo>

namespace tremplin::cli {

namespace {

/// Opens the file read-only and finds the session named by --session; prints why not and
/// returns 0 when there is none.
qint64 openSession(Database &db, const QString &path, const QCommandLineParser &parser,
    const QString &command, Io &io)
{
    db.open(path, Database::Access::ReadOnly);
    const QString name = parser.value(QStringLiteral("session"));
    if (name.isEmpty()) {
        io.err << Tr::tr("tremplin-cli %1: --session NAME is required.").arg(command) << Qt::endl;
        return 0;
    }
    const qint64 id = JuryService(db).findSession(name);
    if (!id)
        io.err
            << Tr::tr("tremplin-cli %1: there is no jury session named \"%2\".").arg(command, name)
            << Qt::endl;
    return id;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("session"), Tr::tr("The jury session's name."), Tr::tr("name")));
}

} // namespace

int runJuryLetters(const QStringList &arguments, Io &io)
{
    const QString command = QStringLiteral("jury letters");
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
        Tr::tr("The folder to write the letters and the CSV into."), Tr::tr("folder")));
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
        Tr::tr("The letters' language: fr (default) or en."), Tr::tr("language"),
        QStringLiteral("fr")));
    QString path;
    if (!parse(parser, command, arguments, io) || !requireDb(parser, command, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QString out = parser.value(QStringLiteral("out"));
    const QString language = parser.value(QStringLiteral("lang"));
    if (out.isEmpty()) {
        io.err << Tr::tr("tremplin-cli jury letters: --out FOLDER is required.") << Qt::endl;
        return Refused;
    }
    if (!LetterTemplates::languages().contains(language)) {
        io.err << Tr::tr("tremplin-cli jury letters: unknown language \"%1\" (use fr or en).")
                      .arg(language)
               << Qt::endl;
        return Refused;
    }
    try {
        Database db;
        const qint64 session = openSession(db, path, parser, command, io);
        if (!session)
            return Refused;
        const DecisionLetters letters(db, session, language);
        if (letters.letters().isEmpty()) {
            io.err << Tr::tr("tremplin-cli jury letters: the jury has recorded no decision in "
                             "this session yet; nothing was written.")
                   << Qt::endl;
            return ProblemsFound;
        }
        letters.write(out);
        io.out << Tr::tr("Wrote %Ln letter(s) and %1 to %2. Nothing was sent.", nullptr,
            int(letters.letters().size()))
                      .arg(DecisionLetters::csvFileName(), QDir::toNativeSeparators(out))
               << Qt::endl;
        if (!letters.undecided().isEmpty()) {
            io.err << Tr::tr("%Ln application(s) have no decision yet, so no letter:", nullptr,
                int(letters.undecided().size()))
                   << Qt::endl;
            for (const JuryApplication &a : letters.undecided())
                io.err << QStringLiteral("  ")
                       << (a.dsNumber ? Tr::tr("%1 (dossier %2)").arg(a.name).arg(a.dsNumber)
                                      : a.name)
                       << Qt::endl;
            return ProblemsFound;
        }
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli jury letters: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

int runJurySheets(const QStringList &arguments, Io &io)
{
    const QString command = QStringLiteral("jury sheets");
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("juror"),
        Tr::tr("Only this juror's sheets (name or e-mail)."), Tr::tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
        Tr::tr("A PDF file (every juror in one file) or a folder (one file per juror)."),
        Tr::tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
        Tr::tr("The language of the sheets: fr or en."), Tr::tr("language")));
    QString path;
    if (!parse(parser, command, arguments, io) || !requireDb(parser, command, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.err << Tr::tr("tremplin-cli jury sheets: --out FILE.pdf or FOLDER is required.")
               << Qt::endl;
        return Refused;
    }
    Translations translations;
    if (parser.isSet(QStringLiteral("lang"))
        && !translations.install(parser.value(QStringLiteral("lang")))) {
        io.err << Tr::tr("tremplin-cli jury sheets: unknown language \"%1\" (use en or fr).")
                      .arg(parser.value(QStringLiteral("lang")))
               << Qt::endl;
        return Refused;
    }
    try {
        Database db;
        const qint64 session = openSession(db, path, parser, command, io);
        if (!session)
            return Refused;
        QList<Juror> jurors = JuryService(db).jurors(session);
        if (parser.isSet(QStringLiteral("juror"))) {
            const int i = JuryService::findJuror(jurors, parser.value(QStringLiteral("juror")));
            if (i < 0) {
                io.err << (i == -1 ? Tr::tr("tremplin-cli jury sheets: no juror of the session "
                                            "is called \"%1\".")
                                   : Tr::tr("tremplin-cli jury sheets: several jurors match "
                                            "\"%1\": give the e-mail."))
                              .arg(parser.value(QStringLiteral("juror")))
                       << Qt::endl;
                return Refused;
            }
            jurors = { jurors.at(i) };
        }
        if (jurors.isEmpty()) {
            io.err << Tr::tr("tremplin-cli jury sheets: the session has no juror.") << Qt::endl;
            return Refused;
        }
        if (out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            QList<qint64> ids;
            for (const Juror &j : std::as_const(jurors))
                ids << j.memberId;
            const int pages = ScoreSheets(db, session, ids).writePdf(out);
            io.out << Tr::tr("Wrote the score sheets of %Ln juror(s) (%1 pages) to %2.", nullptr,
                int(jurors.size()))
                          .arg(pages)
                          .arg(QDir::toNativeSeparators(out))
                   << Qt::endl;
            return Ok;
        }
        if (!QDir().mkpath(out)) {
            io.err << Tr::tr("tremplin-cli jury sheets: could not create the folder %1.")
                          .arg(QDir::toNativeSeparators(out))
                   << Qt::endl;
            return Refused;
        }
        for (const Juror &j : std::as_const(jurors)) {
            const QString file = QDir(out).filePath(ScoreSheets::fileNameFor(j));
            ScoreSheets(db, session, { j.memberId }).writePdf(file);
            io.out << Tr::tr("%1: %Ln application(s), %2", nullptr,
                int(ScoreSheets::applicationsOf(db, session, j.memberId).size()))
                          .arg(j.name, QDir::toNativeSeparators(file))
                   << Qt::endl;
        }
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli jury sheets: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

} // namespace tremplin::cli
