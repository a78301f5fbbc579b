// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli export scdl: the open-data publication of the grants.
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/exports/scdlexport.h"
#include "core/services/programmeservice.h"

#include <QDir>

namespace tremplin::cli {

int runExport(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("export");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("scdl"),
        Tr::tr("What to export: scdl (the open-data "
               "publication of grants)."),
        QStringLiteral("scdl"));
    parser.addOption(dbOption());
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"), Tr::tr("The file to write."), Tr::tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("promotion"),
        Tr::tr("Only grants of this promotion (its number or exact name)."), Tr::tr("promotion")));
    parser.addOption(QCommandLineOption(QStringLiteral("year"),
        Tr::tr("Only grants whose convention was signed this year."), Tr::tr("year")));
    QString path;
    if (!parse(parser, name, arguments, io, true) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QStringList nouns = parser.positionalArguments();
    if (nouns != QStringList { QStringLiteral("scdl") }) {
        io.err << Tr::tr("tremplin-cli export: say what to export (scdl).") << Qt::endl;
        return Refused;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.err << Tr::tr("tremplin-cli export: --out FILE is required.") << Qt::endl;
        return Refused;
    }
    ScdlExport::Options options;
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        options.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || options.year < 1900 || options.year > 9999) {
            io.err << Tr::tr("tremplin-cli export: \"%1\" is not a year.")
                          .arg(parser.value(QStringLiteral("year")))
                   << Qt::endl;
            return Refused;
        }
    }
    Database db;
    try {
        db.open(path, Database::Access::ReadOnly);
        if (parser.isSet(QStringLiteral("promotion"))) {
            options.promotionId
                = ProgrammeService(db).promotionId(parser.value(QStringLiteral("promotion")));
            if (options.promotionId <= 0) {
                io.err << Tr::tr("tremplin-cli export: no promotion is numbered or named \"%1\".")
                              .arg(parser.value(QStringLiteral("promotion")))
                       << Qt::endl;
                return Refused;
            }
        }
        const int written = ScdlExport(db).write(out, options);
        io.out << Tr::tr("Wrote %Ln grant(s) to %1.", nullptr, written)
                      .arg(QDir::toNativeSeparators(out))
               << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli export: %1").arg(e.message()) << Qt::endl;
        return ProblemsFound;
    }
    return Ok;
}

} // namespace tremplin::cli
