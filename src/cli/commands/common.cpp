// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"

#include "core/backup/snapshots.h"
#include "core/database/database.h"
#include "core/error.h"

namespace tremplin::cli {

void openForWriting(Database &db, const QString &path, const QString &command, Io &io)
{
    db.open(path);
    try {
        if (Snapshots::forFile(path).takeDailyIfDue(db))
            io.err << Tr::tr("Today's snapshot of the file was taken.") << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli %1: today's snapshot could not be taken (the command goes "
                         "on): %2")
                      .arg(command, e.message())
               << Qt::endl;
    }
}

bool snapshotBefore(Database &db, SnapshotReason reason, const QString &command, Io &io)
{
    try {
        Snapshots::takeBefore(db, reason);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(command, e.message()) << Qt::endl;
        return false;
    }
    return true;
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, Io &io,
    bool allowPositional)
{
    parser.setApplicationDescription(QString());
    parser.addHelpOption();
    QStringList args = arguments;
    args.prepend(QStringLiteral("tremplin-cli %1").arg(command));
    if (!parser.parse(args)) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(command, parser.errorText()) << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return false;
    }
    if (!allowPositional && !parser.positionalArguments().isEmpty()) {
        io.err << Tr::tr("tremplin-cli %1: unexpected argument \"%2\".")
                      .arg(command, parser.positionalArguments().constFirst())
               << Qt::endl;
        return false;
    }
    return true;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(
        QStringLiteral("db"), Tr::tr("The Tremplin database file."), Tr::tr("file"));
}

bool requireDb(const QCommandLineParser &parser, const QString &command, Io &io, QString *path)
{
    *path = parser.value(QStringLiteral("db"));
    if (path->isEmpty()) {
        io.err << Tr::tr("tremplin-cli %1: --db FILE is required.").arg(command) << Qt::endl;
        return false;
    }
    return true;
}

} // namespace tremplin::cli
