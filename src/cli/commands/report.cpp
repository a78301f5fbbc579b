// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli report phase-status: each initiative's status at the end of a phase.
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/reports/phasestatusreport.h"

#include <QDir>

namespace tremplin::cli {

int runCommitteeBrief(const QStringList &arguments, Io &io);
int runCommitteeMinutes(const QStringList &arguments, Io &io);

int runReport(const QStringList &arguments, Io &io)
{
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("committee-brief"))
        return runCommitteeBrief(arguments.mid(1), io);
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("committee-minutes"))
        return runCommitteeMinutes(arguments.mid(1), io);
    const QString name = QStringLiteral("report");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("phase-status"),
        Tr::tr("Which report: phase-status (or committee-brief, see report committee-brief "
               "--help)."),
        QStringLiteral("phase-status"));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("phase"),
        Tr::tr("The phase: its number among the accompaniment phases (1 for Phase 1) or its exact "
               "name."),
        Tr::tr("phase")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
        Tr::tr("Output format: pdf or csv."), Tr::tr("format"), QStringLiteral("pdf")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"), Tr::tr("The file to write."), Tr::tr("file")));
    QString path;
    if (!parse(parser, name, arguments, io, true) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    if (parser.positionalArguments() != QStringList { QStringLiteral("phase-status") }) {
        io.err << Tr::tr("tremplin-cli report: say which report (phase-status).") << Qt::endl;
        return Refused;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const QString out = parser.value(QStringLiteral("out"));
    if (format != QLatin1String("pdf") && format != QLatin1String("csv")) {
        io.err << Tr::tr("tremplin-cli report: unknown format \"%1\" (use pdf or csv).").arg(format)
               << Qt::endl;
        return Refused;
    }
    if (out.isEmpty() || !parser.isSet(QStringLiteral("phase"))) {
        io.err << Tr::tr("tremplin-cli report: --phase and --out are required.") << Qt::endl;
        return Refused;
    }
    Database db;
    try {
        db.open(path, Database::Access::ReadOnly);
        const qint64 phase
            = PhaseStatusReport::findPhase(db, parser.value(QStringLiteral("phase")));
        if (!phase) {
            io.err << Tr::tr("tremplin-cli report: no phase is numbered or named \"%1\".")
                          .arg(parser.value(QStringLiteral("phase")))
                   << Qt::endl;
            return Refused;
        }
        const PhaseStatusReport report(db, phase);
        if (format == QLatin1String("pdf"))
            report.writePdf(out);
        else
            report.writeCsv(out);
        io.out << Tr::tr("Wrote the status of %Ln initiative(s) at the end of %1 to %2.", nullptr,
            int(report.rows().size()))
                      .arg(report.phaseInSentence(), QDir::toNativeSeparators(out))
               << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli report: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

} // namespace tremplin::cli
