// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark: measures, at a given scale, what users feel (opening, typing in the search,
// the timeline, the charts, imports and exports) against fixed targets and against SQLite's
// own command-line tool running the same work. It measures; it never fails a build.
#include "bench.h"

#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/exports/scdlexport.h"
#include "core/generator/programmegenerator.h"
#include "core/imports/disbursementimport.h"
#include "core/services/grantledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace tremplin::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Cli)
};

struct Scale
{
    const char *name;
    int initiatives; ///< 0: the demo programme
    int disbursements;
};
const Scale scales[] = { { "small", 0, 0 }, { "medium", 10000, 100000 }, { "large", 100000, 1000000 } };

struct Result
{
    QString name;
    double value;
    QString unit;
    QString target; ///< e.g. "<= 50 ms", empty when none
    bool hasTarget = false;
    bool met = true;
};

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

/// Runs the GUI once on @p db until its first paint; milliseconds, or -1.
double firstPaint(const QString &gui, const QString &db, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    p.start(gui, { QStringLiteral("--database"), db, QStringLiteral("--quit-after-first-paint") });
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    // The GUI prints the time from the start of main() to its first paint (what a user waits
    // for); shutting down afterwards is not part of opening.
    const QByteArray out = p.readAllStandardOutput();
    const int at = out.indexOf("first-paint-ms: ");
    return at < 0 ? -1 : out.mid(at + 16).trimmed().toDouble();
}

/// Runs @p sql with the sqlite3 command-line tool on @p db; seconds, or -1 when sqlite3 is
/// missing or fails.
double sqliteTime(const QString &db, const QString &script)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), { db });
    if (!p.waitForStarted(10000))
        return -1;
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return seconds(t.nsecsElapsed());
}

QString guiPath()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : { dir + QStringLiteral("/tremplin"), dir + QStringLiteral("/../app/tremplin"),
                                      dir + QStringLiteral("/tremplin.exe") }) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

} // namespace

int runGenerate(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("generate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QString());
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("db"), Tr::tr("The Tremplin database file."), Tr::tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("initiatives"), Tr::tr("Number of initiatives."), QStringLiteral("N"), QStringLiteral("1000")));
    parser.addOption(QCommandLineOption(QStringLiteral("disbursements"), Tr::tr("Number of payments."), QStringLiteral("M"), QStringLiteral("10000")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), Tr::tr("Seed of the random generator (same seed, same programme)."), QStringLiteral("S"), QStringLiteral("1")));
    QStringList args = arguments;
    args.prepend(QStringLiteral("tremplin-cli generate"));
    if (!parser.parse(args)) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(name, parser.errorText()) << Qt::endl;
        return Refused;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("db"));
    bool ok1 = false, ok2 = false, ok3 = false;
    GeneratorOptions o;
    o.initiatives = parser.value(QStringLiteral("initiatives")).toInt(&ok1);
    o.disbursements = parser.value(QStringLiteral("disbursements")).toInt(&ok2);
    o.seed = parser.value(QStringLiteral("seed")).toUInt(&ok3);
    if (path.isEmpty() || !ok1 || !ok2 || !ok3 || o.initiatives < 1 || o.disbursements < 0) {
        io.err << Tr::tr("tremplin-cli generate: give --db FILE and whole numbers for --initiatives (at least 1), "
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
        io.out << Tr::tr("Generated %L1 initiatives in %L2 promotions, %L3 grants and %L4 payments in %L5 s.")
                      .arg(r.initiatives)
                      .arg(r.promotions)
                      .arg(r.grants)
                      .arg(r.disbursements)
                      .arg(seconds(t.nsecsElapsed()), 0, 'f', 1)
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

int runBench(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString());
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("scale"), Tr::tr("small (the demo), medium (10 000 initiatives) or large (100 000)."),
                                        QStringLiteral("scale"), QStringLiteral("small")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print one JSON object instead of a table.")));
    parser.addOption(QCommandLineOption(QStringLiteral("work"), Tr::tr("Folder for the generated databases (kept between runs)."),
                                        Tr::tr("folder")));
    QStringList args = arguments;
    args.prepend(QStringLiteral("tremplin-cli bench"));
    if (!parser.parse(args)) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(QStringLiteral("bench"), parser.errorText()) << Qt::endl;
        return Refused;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Ok;
    }
    const Scale *scale = nullptr;
    for (const Scale &s : scales) {
        if (parser.value(QStringLiteral("scale")) == QLatin1String(s.name))
            scale = &s;
    }
    if (!scale) {
        io.err << Tr::tr("tremplin-cli bench: unknown scale \"%1\" (use small, medium or large).").arg(parser.value(QStringLiteral("scale")))
               << Qt::endl;
        return Refused;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QString work = parser.value(QStringLiteral("work"));
    if (work.isEmpty())
        work = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/bench");
    QDir().mkpath(work);
    QTemporaryDir home;
    auto progress = [&](const QString &text) {
        if (!json)
            io.err << text << Qt::endl;
    };

    QList<Result> results;
    auto add = [&](const QString &name, double value, const QString &unit, const QString &target = {}, bool met = true) {
        results.append({ name, value, unit, target, !target.isEmpty(), met });
    };
    try {
        // The databases: the demo, and the generated programme of the scale (kept for the next run).
        const QString demo = work + QStringLiteral("/demo.sqlite");
        if (!QFileInfo::exists(demo)) {
            Database d;
            d.create(demo);
            writeDemoProgramme(d);
        }
        QString dbPath = demo;
        if (scale->initiatives > 0) {
            dbPath = work + QStringLiteral("/%1.sqlite").arg(QLatin1String(scale->name));
            if (!QFileInfo::exists(dbPath)) {
                progress(Tr::tr("Generating the %1 programme…").arg(QLatin1String(scale->name)));
                Database d;
                d.create(dbPath);
                QElapsedTimer t;
                t.start();
                generateProgramme(d, { scale->initiatives, scale->disbursements, 20221129 });
                add(QStringLiteral("generate"), seconds(t.nsecsElapsed()), QStringLiteral("s"));
            }
        }

        // 1. Opening: the GUI's first paint, as a ratio to the demo's; its peak memory.
        const QString gui = guiPath();
        if (!gui.isEmpty()) {
            progress(Tr::tr("Opening the window…"));
            QList<double> demoRuns, scaleRuns;
            for (int i = 0; i < 3; ++i) {
                demoRuns << firstPaint(gui, demo, home.path());
                scaleRuns << firstPaint(gui, dbPath, home.path());
            }
            const double d = median(demoRuns);
            const double s = median(scaleRuns);
            add(QStringLiteral("first_paint_demo"), d, QStringLiteral("ms"));
            add(QStringLiteral("first_paint"), s, QStringLiteral("ms"));
            add(QStringLiteral("first_paint_ratio"), d > 0 ? s / d : 0, QStringLiteral("x"), QStringLiteral("<= 1.5"), d > 0 && s / d <= 1.5);

            // 2. What needs widgets runs in the GUI process: search, timeline, chart drawing.
            progress(Tr::tr("Measuring the interface…"));
            const QString out = home.filePath(QStringLiteral("ui.json"));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            p.setProcessEnvironment(env);
            p.start(gui, { QStringLiteral("--database"), dbPath, QStringLiteral("--benchmark"), out });
            if (p.waitForFinished(1800000) && p.exitCode() == 0) {
                QFile f(out);
                f.open(QIODevice::ReadOnly);
                for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
                    const QJsonObject o = v.toObject();
                    const QString name = o.value(QStringLiteral("name")).toString();
                    const double value = o.value(QStringLiteral("value")).toDouble();
                    if (name == QLatin1String("search_keystroke_p95"))
                        add(name, value, QStringLiteral("ms"), QStringLiteral("<= 50"), value <= 50);
                    else if (name == QLatin1String("timeline_viewport_paint"))
                        add(name, value, QStringLiteral("ms"), QStringLiteral("<= 16"), value <= 16);
                    else
                        add(name, value, o.value(QStringLiteral("unit")).toString());
                }
            }
            // Peak resident memory of the GUI processes (Linux and macOS report it to the parent).
            struct rusage usage {};
            if (getrusage(RUSAGE_CHILDREN, &usage) == 0) {
#ifdef Q_OS_MACOS
                const double mb = double(usage.ru_maxrss) / (1024.0 * 1024.0);
#else
                const double mb = double(usage.ru_maxrss) / 1024.0;
#endif
                add(QStringLiteral("gui_peak_rss"), mb, QStringLiteral("MB"), QStringLiteral("<= 300"), mb <= 300);
            }
        } else {
            progress(Tr::tr("The tremplin executable was not found beside tremplin-cli: window measurements skipped."));
        }

        // 3. Each chart's aggregation, against the same SQL in the sqlite3 tool.
        progress(Tr::tr("Aggregating for the charts…"));
        Database db;
        db.open(dbPath, Database::Access::ReadOnly);
        GrantLedger ledger(db);
        auto timeIt = [](const std::function<void()> &f) {
            QList<double> runs;
            for (int i = 0; i < 3; ++i) {
                QElapsedTimer t;
                t.start();
                f();
                runs << seconds(t.nsecsElapsed());
            }
            return median(runs);
        };
        const std::function<void()> aggregations[] = {
            [&] { ledger.perPeriod({}, GrantLedger::Period::Month); },
            [&] { ledger.perInitiative({}); },
            [&] { ledger.perFundingSource({}); },
            [&] { ledger.perNeedKind({}); },
            [&] { ledger.perTheme({}); },
        };
        const auto statements = GrantLedger::aggregationStatements();
        for (int i = 0; i < statements.size(); ++i) {
            const double ours = timeIt(aggregations[i]);
            QString script = QStringLiteral(".output /dev/null\n");
            for (const QString &sql : statements.at(i).second)
                script += sql + QStringLiteral(";\n");
            QList<double> theirs;
            for (int k = 0; k < 3; ++k)
                theirs << sqliteTime(dbPath, script);
            const double reference = median(theirs);
            const QString name = QStringLiteral("chart_%1_aggregation").arg(statements.at(i).first);
            add(name, ours * 1000, QStringLiteral("ms"));
            if (reference > 0) {
                // sqlite3's time includes starting the tool (a few ms): a fair floor for small files.
                add(name + QStringLiteral("_ratio"), ours / reference, QStringLiteral("x"), QStringLiteral("<= 1.3"), ours / reference <= 1.3);
            }
        }

        // 4. SCDL export of every grant.
        progress(Tr::tr("Exporting SCDL…"));
        {
            QElapsedTimer t;
            t.start();
            const QList<ScdlExport::Row> rows = ScdlExport(db).rows({});
            const QByteArray csv = ScdlExport::toCsv(rows);
            add(QStringLiteral("scdl_export"), double(t.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
            add(QStringLiteral("scdl_rows"), rows.size(), QStringLiteral("rows"));
            Q_UNUSED(csv)
        }
        db.close();

        // 5. Import of a million payments (large scale), against sqlite3's .import.
        if (scale->disbursements >= 1000000) {
            progress(Tr::tr("Importing a million payments…"));
            const QString csvPath = home.filePath(QStringLiteral("payments.csv"));
            QStringList references;
            {
                Database d;
                d.open(dbPath, Database::Access::ReadOnly);
                Query q(d, QStringLiteral("SELECT decision_reference FROM grant_award WHERE tranche = 'seed' LIMIT 20000"));
                q.exec();
                while (q.next())
                    references << q.value(0).toString();
            }
            QFile csv(csvPath);
            csv.open(QIODevice::WriteOnly);
            csv.write("grant,paid_on,amount,reference,reason\n");
            for (int i = 0; i < 1000000; ++i) {
                csv.write(QStringLiteral("%1,2024-%2-%3,%4.%5,IMP-%6,bench\n")
                              .arg(references.at(i % references.size()))
                              .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                              .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                              .arg(10 + i % 900)
                              .arg(i % 100, 2, 10, QLatin1Char('0'))
                              .arg(i)
                              .toUtf8());
            }
            csv.close();
            const QString copy = home.filePath(QStringLiteral("import.sqlite"));
            QFile::copy(dbPath, copy);
            QElapsedTimer t;
            t.start();
            {
                Database d;
                d.open(copy);
                DisbursementImport import;
                QString error;
                import.loadFile(csvPath, d, &error);
                if (!import.problems().isEmpty())
                    throw Error(import.problems().first().message);
                import.commit();
            }
            const double ours = seconds(t.nsecsElapsed());
            const QString copy2 = home.filePath(QStringLiteral("import2.sqlite"));
            QFile::copy(dbPath, copy2);
            // The same work done by SQLite alone: read the file with .import, then record the
            // payments in the same table, each line's grant found by its reference, with the
            // same foreign keys and indexes.
            const double theirs = sqliteTime(
                copy2, QStringLiteral("PRAGMA foreign_keys = ON;\n"
                                      "CREATE TEMP TABLE import_probe (grant_ref TEXT, paid_on TEXT, amount TEXT, "
                                      "reference TEXT, reason TEXT);\n"
                                      ".import --csv --skip 1 %1 import_probe\n"
                                      "BEGIN;\n"
                                      "INSERT INTO disbursement (grant_id, paid_on, amount_cents, reference, override_reason) "
                                      "SELECT g.id, p.paid_on, CAST(ROUND(p.amount * 100) AS INTEGER), p.reference, p.reason "
                                      "FROM import_probe p JOIN grant_award g ON g.decision_reference = p.grant_ref;\n"
                                      "COMMIT;\n")
                           .arg(csvPath));
            add(QStringLiteral("csv_import_1m"), ours, QStringLiteral("s"));
            if (theirs > 0)
                add(QStringLiteral("csv_import_ratio"), ours / theirs, QStringLiteral("x"), QStringLiteral("<= 2.5"), ours / theirs <= 2.5);
        }
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli bench: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }

    if (json) {
        QJsonArray list;
        for (const Result &r : std::as_const(results)) {
            QJsonObject o { { QStringLiteral("name"), r.name }, { QStringLiteral("value"), r.value }, { QStringLiteral("unit"), r.unit } };
            o.insert(QStringLiteral("target"), r.hasTarget ? QJsonValue(r.target) : QJsonValue());
            o.insert(QStringLiteral("met"), r.hasTarget ? QJsonValue(r.met) : QJsonValue());
            list.append(o);
        }
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("scale"), QLatin1String(scale->name) },
                                                                { QStringLiteral("results"), list } })
                                        .toJson(QJsonDocument::Indented));
        return Ok;
    }
    io.out << Tr::tr("Scale: %1").arg(QLatin1String(scale->name)) << Qt::endl;
    io.out << QStringLiteral("%1 %2 %3 %4").arg(Tr::tr("measure"), -44).arg(Tr::tr("value"), 12).arg(Tr::tr("target"), -10).arg(Tr::tr("met")) << Qt::endl;
    for (const Result &r : std::as_const(results)) {
        io.out << QStringLiteral("%1 %2 %3 %4")
                      .arg(r.name, -44)
                      .arg(QStringLiteral("%L1 %2").arg(r.value, 0, 'f', r.value < 10 ? 2 : 1).arg(r.unit), 12)
                      .arg(r.target, -10)
                      .arg(r.hasTarget ? (r.met ? Tr::tr("yes") : Tr::tr("NO")) : QString())
               << Qt::endl;
    }
    return Ok;
}

} // namespace tremplin::cli
