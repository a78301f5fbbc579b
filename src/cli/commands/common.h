// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every command of tremplin-cli shares: the translation context, parsing a command's own
// options, the --db option and finding a promotion from the command line. Each command lives
// in its own file beside this one; ../commands.cpp lists them.

#include "../commands.h"
#include "core/backup/snapshots.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tremplin {
class Database;
}

namespace tremplin::cli {

/// Translation context of the commands' messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Cli)
};

/// Parses a command's own options; prints a one-line error and returns false on bad input.
/// Commands that take positional arguments (list) pass @p allowPositional and check them.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, Io &io,
    bool allowPositional = false);

/// --db FILE, the option every command but generate and bench takes.
QCommandLineOption dbOption();

/// Reads --db into @p path; prints an error and returns false when it is missing.
bool requireDb(const QCommandLineParser &parser, const QString &command, Io &io, QString *path);

/// Opens @p path for writing, then takes today's snapshot when none was taken yet (in the
/// folder set for the file in the window, or the default one); a snapshot that cannot be taken
/// is said on stderr and does not stop the command. Throws tremplin::Error when the file does
/// not open.
void openForWriting(Database &db, const QString &path, const QString &command, Io &io);

/// Before an import or a merge: a snapshot of @p db; false (the reason printed) when it could
/// not be taken, and the command must then write nothing.
bool snapshotBefore(Database &db, SnapshotReason reason, const QString &command, Io &io);

/// init and demo: creates the file given with --db, with the demo programme when @p withDemo.
int createDatabase(const QStringList &arguments, Io &io, bool withDemo);

int runInit(const QStringList &arguments, Io &io);
int runDemo(const QStringList &arguments, Io &io);
int runCheck(const QStringList &arguments, Io &io);
int runInfo(const QStringList &arguments, Io &io);
int runList(const QStringList &arguments, Io &io);
int runExport(const QStringList &arguments, Io &io);
int runImport(const QStringList &arguments, Io &io);
int runReport(const QStringList &arguments, Io &io);
int runGenerate(const QStringList &arguments, Io &io);
int runJury(const QStringList &arguments, Io &io);
int runBackup(const QStringList &arguments, Io &io);
int runBackups(const QStringList &arguments, Io &io);
int runRestore(const QStringList &arguments, Io &io);
int runPerson(const QStringList &arguments, Io &io);
int runPrivacy(const QStringList &arguments, Io &io);
int runHistory(const QStringList &arguments, Io &io);

} // namespace tremplin::cli
