// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli report committee-brief: a committee's meeting papers as one PDF.
#include "core/reports/committeebrief.h"

#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/services/committeeservice.h"

#include <QDir>

namespace tremplin::cli {

int runCommitteeBrief(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("report committee-brief");
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("committee"),
        Tr::tr("The committee: its id or the date it is held (YYYY-MM-DD)."), Tr::tr("committee")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"), Tr::tr("The file to write."), Tr::tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
        Tr::tr("The language of the papers: fr or en."), Tr::tr("language")));
    QString path;
    if (!parse(parser, name, arguments, io) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || !parser.isSet(QStringLiteral("committee"))) {
        io.err << Tr::tr("tremplin-cli report committee-brief: --committee and --out are required.")
               << Qt::endl;
        return Refused;
    }
    // The language may also be given here, after the command.
    Translations translations;
    if (parser.isSet(QStringLiteral("lang"))
        && !translations.install(parser.value(QStringLiteral("lang")))) {
        io.err << Tr::tr("tremplin-cli report committee-brief: unknown language \"%1\" (use en "
                         "or fr).")
                      .arg(parser.value(QStringLiteral("lang")))
               << Qt::endl;
        return Refused;
    }
    Database db;
    try {
        db.open(path, Database::Access::ReadOnly);
        const qint64 committee
            = CommitteeService(db).find(parser.value(QStringLiteral("committee")));
        if (!committee) {
            io.err << Tr::tr("tremplin-cli report committee-brief: no single committee has the "
                             "id or date \"%1\".")
                          .arg(parser.value(QStringLiteral("committee")))
                   << Qt::endl;
            return Refused;
        }
        CommitteeBrief pack = CommitteeBrief::pack(db, committee);
        pack.writePdf(out);
        io.out << Tr::tr("Wrote the papers of %1 (%Ln page(s)) to %2.", nullptr, pack.pageCount())
                      .arg(CommitteeService(db).committee(committee).name,
                          QDir::toNativeSeparators(out))
               << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli report committee-brief: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

} // namespace tremplin::cli
