// SPDX-License-Identifier: GPL-3.0-or-later
// The list of tremplin-cli's commands; each lives in its own file under commands/.
#include "commands.h"

#include "bench.h"
#include "commands/common.h"

namespace tremplin::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        { "init",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Create an empty Tremplin database, or a programme from a calendar template "
                "(--template aic)."),
            runInit },
        { "demo",
            QT_TRANSLATE_NOOP(
                "tremplin::Cli", "Create a database holding the demo programme (AIC promotion 1)."),
            runDemo },
        { "check",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Check a database's schema version and integrity; exit 1 on problems."),
            runCheck },
        { "info", QT_TRANSLATE_NOOP("tremplin::Cli", "Print what a database holds."), runInfo },
        { "list",
            QT_TRANSLATE_NOOP(
                "tremplin::Cli", "List initiatives, filtered, as a table, CSV or JSON."),
            runList },
        { "export",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Export the grants as SCDL open data (checked against the schema)."),
            runExport },
        { "import",
            QT_TRANSLATE_NOOP(
                "tremplin::Cli", "Import payments from a CSV file, all lines or none."),
            runImport },
        { "jury",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Set up a jury session from a template, import scores, print the ranking."),
            runJury },
        { "report",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Write the status of each initiative at the end of a phase (PDF or CSV)."),
            runReport },
        { "backup",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Take a snapshot of a database (into its snapshot folder, or --out FILE)."),
            runBackup },
        { "backups",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "List a database's snapshots with their date, reason and what they hold."),
            runBackups },
        { "restore",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Replace a database by a snapshot, keeping a snapshot of it as it was."),
            runRestore },
        { "person",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Export everything the file holds about a person, or erase their data (RGPD)."),
            runPerson },
        { "privacy",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Purge non-selected applicants' personal data past the retention period."),
            runPrivacy },
        { "history",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Print the history of an initiative, a grant or a session (who changed what, "
                "before and after), or write it as CSV."),
            runHistory },
        { "generate",
            QT_TRANSLATE_NOOP(
                "tremplin::Cli", "Create a large synthetic programme (for benchmarks and trials)."),
            runGenerate },
        { "bench",
            QT_TRANSLATE_NOOP("tremplin::Cli",
                "Measure Tremplin's speed at a scale and compare with its targets."),
            runBench },
    };
    return list;
}

} // namespace tremplin::cli
