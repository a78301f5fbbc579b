// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace tremplin::cli {

/// Exit codes shared by every command.
enum ExitCode {
    Ok = 0,
    ProblemsFound = 1, ///< the command ran and found problems (check)
    Refused = 2, ///< bad usage or a file that cannot be used; nothing was written
};

/// Streams of the running command, so tests and the benchmark can capture them.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

/// One sub-command: its name, a one-line summary (English, translated at display time in the
/// "tremplin::Cli" context) and the function that parses its own arguments and runs.
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments, Io &io);
};

const QList<Command> &commands();

} // namespace tremplin::cli
