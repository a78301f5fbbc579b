// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli generate: a large synthetic programme (for benchmarks and trials).
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/generator/programmegenerator.h"

#include <QElapsedTimer>
#include <QFile>

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
