// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli import disbursements: payments from a CSV file, all lines or none.
// tremplin-cli import applications: dossiers from Démarches simplifiées or any CSV.
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/imports/applicationimport.h"
#include "core/imports/disbursementimport.h"

namespace tremplin::cli {

namespace {

void listProblems(const QList<ApplicationImport::Problem> &problems, Io &io)
{
    for (const ApplicationImport::Problem &p : problems)
        io.err << Tr::tr("  line %1: %2").arg(p.line).arg(p.message) << Qt::endl;
}

int importApplications(const QCommandLineParser &parser, const QString &file, Database &db, Io &io)
{
    ApplicationImport import;
    QString error;
    if (!import.loadFile(file, db, &error)) {
        io.err << Tr::tr("tremplin-cli import: %1").arg(error) << Qt::endl;
        return Refused;
    }
    if (!import.fileProblems().isEmpty()) {
        listProblems(import.fileProblems(), io);
        return Refused;
    }
    const QString promotion = parser.isSet(QStringLiteral("promotion"))
        ? parser.value(QStringLiteral("promotion"))
        : ApplicationImport::latestPromotion(db);
    import.setPromotion(promotion);
    const int invalid = import.count(ApplicationImport::Outcome::Invalid);
    const bool skip = parser.isSet(QStringLiteral("skip-invalid"));
    if (invalid > 0 && !skip) {
        io.err << Tr::tr("tremplin-cli import: %Ln dossier(s) have problems; nothing was imported "
                         "(--skip-invalid imports the others).",
            nullptr, invalid)
               << Qt::endl;
        listProblems(import.problems(), io);
        return ProblemsFound;
    }
    for (const ApplicationImport::Dossier &d : import.dossiers()) {
        for (const ApplicationImport::FieldChange &c : d.changes) {
            if (c.conflict)
                io.err << Tr::tr("  line %1 (conflict): %2 edited in Tremplin (“%3”) and changed "
                                 "in DS (“%4”): Tremplin's value kept.")
                              .arg(d.line)
                              .arg(ApplicationImport::fieldLabel(c.field), c.tremplinValue,
                                  c.dsValue)
                       << Qt::endl;
        }
    }
    if (!snapshotBefore(db, SnapshotReason::BeforeImport, QStringLiteral("import"), io))
        return Refused;
    const bool creates = import.createsPromotion();
    const int n = import.commit(skip);
    if (creates)
        io.out << Tr::tr("Created the promotion “%1”.").arg(promotion) << Qt::endl;
    io.out << Tr::tr("Imported %Ln application(s): %1 new, %2 updated, %3 with conflicts, %4 "
                     "unchanged.",
        nullptr, n)
                  .arg(import.count(ApplicationImport::Outcome::New))
                  .arg(import.count(ApplicationImport::Outcome::Update))
                  .arg(import.count(ApplicationImport::Outcome::Conflict))
                  .arg(import.count(ApplicationImport::Outcome::Unchanged))
           << Qt::endl;
    if (invalid > 0) {
        io.err << Tr::tr("%Ln dossier(s) left out:", nullptr, invalid) << Qt::endl;
        listProblems(import.problems(), io);
        return ProblemsFound;
    }
    return Ok;
}

} // namespace

int runImport(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("import");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"),
        Tr::tr("What to import: disbursements or applications."),
        QStringLiteral("disbursements|applications"));
    parser.addPositionalArgument(
        QStringLiteral("file"), Tr::tr("The CSV file to import."), QStringLiteral("FILE"));
    parser.addOption(dbOption());
    parser.addOption({ QStringLiteral("promotion"),
        Tr::tr("applications: the promotion of new applications (created when missing; default: "
               "the latest)."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("skip-invalid"),
        Tr::tr("applications: import the clean dossiers and list the others.") });
    QString path;
    const bool parsed = parse(parser, name, arguments, io, true);
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << Qt::endl
               << DisbursementImport::columnsHelp() << Qt::endl
               << ApplicationImport::columnsHelp();
        return Ok;
    }
    if (!parsed || !requireDb(parser, name, io, &path))
        return Refused;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (positional.size() != 2
        || (what != QLatin1String("disbursements") && what != QLatin1String("applications"))) {
        io.err << Tr::tr("tremplin-cli import: use \"import disbursements FILE --db DATABASE\" "
                         "or \"import applications FILE --db DATABASE\".")
               << Qt::endl;
        return Refused;
    }
    Database db;
    try {
        openForWriting(db, path, name, io);
        if (what == QLatin1String("applications"))
            return importApplications(parser, positional.at(1), db, io);
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
        if (!snapshotBefore(db, SnapshotReason::BeforeImport, name, io))
            return Refused;
        const int n = import.commit();
        io.out << Tr::tr("Imported %Ln payment(s).", nullptr, n) << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli import: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

} // namespace tremplin::cli
