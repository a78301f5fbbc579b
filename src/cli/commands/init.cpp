// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli init: an empty database (and createDatabase(), which demo shares).
#include "common.h"
#include "core/database/database.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"

#include <QDir>
#include <QFile>

namespace tremplin::cli {

int createDatabase(const QStringList &arguments, Io &io, bool withDemo)
{
    const QString name = withDemo ? QStringLiteral("demo") : QStringLiteral("init");
    QCommandLineParser parser;
    parser.addOption(dbOption());
    QString path;
    if (!parse(parser, name, arguments, io) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    Database db;
    try {
        db.create(path);
        if (withDemo)
            writeDemoProgramme(db);
    } catch (const Error &e) {
        const bool created = db.isOpen();
        db.close();
        if (created)
            QFile::remove(path);
        io.err << Tr::tr("tremplin-cli %1: %2").arg(name, e.message()) << Qt::endl;
        return Refused;
    }
    io.out << (withDemo ? Tr::tr("Wrote the demo programme to %1.") : Tr::tr("Created %1."))
                  .arg(QDir::toNativeSeparators(db.path()))
           << Qt::endl;
    return Ok;
}

int runInit(const QStringList &arguments, Io &io)
{
    return createDatabase(arguments, io, false);
}

} // namespace tremplin::cli
