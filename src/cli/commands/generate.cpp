// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli generate: a large synthetic programme (for benchmarks and trials).
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/generator/programmegenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>

namespace tremplin::cli {

int runGenerate(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("generate");
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("initiatives"),
        Tr::tr("Number of initiatives."), QStringLiteral("N"), QStringLiteral("1000")));
    parser.addOption(QCommandLineOption(QStringLiteral("disbursements"),
        Tr::tr("Number of payments."), QStringLiteral("M"), QStringLiteral("10000")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"),
        Tr::tr("Seed of the random generator (same seed, same programme)."), QStringLiteral("S"),
        QStringLiteral("1")));
    parser.addOption(QCommandLineOption(QStringLiteral("selection"),
        Tr::tr("Also add a selection: a promotion of N admissible applications and its jury "
               "session, every assigned criterion scored (0: none)."),
        QStringLiteral("N"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(QStringLiteral("jurors"),
        Tr::tr("Selection: jurors, a quarter of them on the citizen panel."), QStringLiteral("N"),
        QStringLiteral("60")));
    parser.addOption(QCommandLineOption(QStringLiteral("criteria"),
        Tr::tr("Selection: criteria (1 to 8)."), QStringLiteral("N"), QStringLiteral("6")));
    parser.addOption(QCommandLineOption(QStringLiteral("assignment"),
        Tr::tr("Selection: all (every application to every juror) or balanced."),
        QStringLiteral("mode"), QStringLiteral("all")));
    parser.addOption(QCommandLineOption(QStringLiteral("per-track"),
        Tr::tr("Selection, balanced assignment: jurors per application in each track."),
        QStringLiteral("N"), QStringLiteral("3")));
    parser.addOption(QCommandLineOption(QStringLiteral("conflicts"),
        Tr::tr("Selection: declared conflicts of interest."), QStringLiteral("N"),
        QStringLiteral("12")));
    const bool parsed = parse(parser, name, arguments, io);
    if (parser.isSet(QStringLiteral("help")))
        return Ok;
    if (!parsed)
        return Refused;
    const QString path = parser.value(QStringLiteral("db"));
    bool ok1 = false, ok2 = false, ok3 = false;
    GeneratorOptions o;
    o.initiatives = parser.value(QStringLiteral("initiatives")).toInt(&ok1);
    o.disbursements = parser.value(QStringLiteral("disbursements")).toInt(&ok2);
    o.seed = parser.value(QStringLiteral("seed")).toUInt(&ok3);
    if (path.isEmpty() || !ok1 || !ok2 || !ok3 || o.initiatives < 1 || o.disbursements < 0) {
        io.err << Tr::tr("tremplin-cli generate: give --db FILE and whole numbers for "
                         "--initiatives (at least 1), "
                         "--disbursements and --seed.")
               << Qt::endl;
        return Refused;
    }
    SelectionOptions selection;
    bool ok[5] = {};
    const int applications = parser.value(QStringLiteral("selection")).toInt(&ok[0]);
    selection.applications = applications;
    selection.jurors = parser.value(QStringLiteral("jurors")).toInt(&ok[1]);
    selection.criteria = parser.value(QStringLiteral("criteria")).toInt(&ok[2]);
    selection.jurorsPerTrack = parser.value(QStringLiteral("per-track")).toInt(&ok[3]);
    selection.conflicts = parser.value(QStringLiteral("conflicts")).toInt(&ok[4]);
    selection.seed = o.seed;
    const QString assignment = parser.value(QStringLiteral("assignment"));
    selection.balanced = assignment == QLatin1String("balanced");
    if (std::find(std::begin(ok), std::end(ok), false) != std::end(ok) || applications < 0
        || (!selection.balanced && assignment != QLatin1String("all"))) {
        io.err << Tr::tr("tremplin-cli generate: give whole numbers for --selection, --jurors, "
                         "--criteria, --per-track and --conflicts, and all or balanced for "
                         "--assignment.")
               << Qt::endl;
        return Refused;
    }
    Database db;
    try {
        db.create(path);
        QElapsedTimer t;
        t.start();
        const GeneratorResult r = generateProgramme(db, o);
        io.out << Tr::tr("Generated %L1 initiatives in %Ln promotion(s), %L2 grants and %L3 "
                         "payments in %L4 s.",
            nullptr, r.promotions)
                      .arg(r.initiatives)
                      .arg(r.grants)
                      .arg(r.disbursements)
                      .arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 1)
               << Qt::endl;
        if (applications > 0) {
            t.restart();
            const SelectionResult s = generateSelection(db, selection);
            io.out << Tr::tr("Added the selection \"%1\" of the promotion \"%2\": %L3 "
                             "applications, %L4 jurors, %Ln conflict(s) of interest, %L5 "
                             "assignments and %L6 scores in %L7 s.",
                nullptr, s.conflicts)
                          .arg(s.session, s.promotion)
                          .arg(s.applications)
                          .arg(s.jurors)
                          .arg(s.assignments)
                          .arg(s.scores)
                          .arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 1)
                   << Qt::endl;
        }
    } catch (const Error &e) {
        const bool created = db.isOpen();
        db.close();
        if (created)
            QFile::remove(path);
        io.err << Tr::tr("tremplin-cli generate: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

} // namespace tremplin::cli
