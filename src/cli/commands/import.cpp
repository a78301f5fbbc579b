// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli import disbursements: payments from a CSV file, all lines or none.
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/imports/disbursementimport.h"

namespace tremplin::cli {

int runImport(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("import");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("disbursements"),
        Tr::tr("What to import: disbursements."), QStringLiteral("disbursements"));
    parser.addPositionalArgument(
        QStringLiteral("file"), Tr::tr("The CSV file of payments."), QStringLiteral("FILE"));
    parser.addOption(dbOption());
    QString path;
    const bool parsed = parse(parser, name, arguments, io, true);
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << Qt::endl << DisbursementImport::columnsHelp();
        return Ok;
    }
    if (!parsed || !requireDb(parser, name, io, &path))
        return Refused;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("disbursements")) {
        io.err << Tr::tr("tremplin-cli import: use \"import disbursements FILE --db DATABASE\".")
               << Qt::endl;
        return Refused;
    }
    Database db;
    try {
        db.open(path);
        DisbursementImport import;
        QString error;
        if (!import.loadFile(positional.at(1), db, &error)) {
            io.err << Tr::tr("tremplin-cli import: %1").arg(error) << Qt::endl;
            return Refused;
        }
        if (!import.problems().isEmpty()) {
            io.err << Tr::tr(
                "tremplin-cli import: %Ln line(s) have problems; nothing was imported.", nullptr,
                int(import.problems().size()))
                   << Qt::endl;
            for (const DisbursementImport::Problem &p : import.problems())
                io.err << Tr::tr("  line %1: %2").arg(p.line).arg(p.message) << Qt::endl;
            return ProblemsFound;
        }
        for (const DisbursementImport::Problem &p : import.warnings())
            io.err << Tr::tr("  line %1 (warning): %2").arg(p.line).arg(p.message) << Qt::endl;
        const int n = import.commit();
        io.out << Tr::tr("Imported %Ln payment(s).", nullptr, n) << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli import: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

} // namespace tremplin::cli
