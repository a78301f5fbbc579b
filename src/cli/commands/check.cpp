// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli check: a database's schema version and integrity.
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"

namespace tremplin::cli {

int runCheck(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    QString path;
    if (!parse(parser, QStringLiteral("check"), arguments, io)
        || !requireDb(parser, QStringLiteral("check"), io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    Database db;
    try {
        db.open(path, Database::Access::ReadOnly);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli check: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    io.out << Tr::tr("Schema version: %1 (this version of Tremplin: %2)")
                  .arg(db.schemaVersion())
                  .arg(Database::latestSchemaVersion())
           << Qt::endl;
    if (db.schemaVersion() < Database::latestSchemaVersion())
        io.out << Tr::tr("The file will be upgraded when opened for writing.") << Qt::endl;
    const QStringList problems = db.integrityProblems(true);
    if (!problems.isEmpty()) {
        io.out << Tr::tr("Integrity: %Ln problem(s)", nullptr, int(problems.size())) << Qt::endl;
        for (const QString &p : problems)
            io.out << QStringLiteral("  - ") << p << Qt::endl;
        return ProblemsFound;
    }
    io.out << Tr::tr("Integrity: ok") << Qt::endl;
    return Ok;
}

} // namespace tremplin::cli
