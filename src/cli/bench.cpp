// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark: measures, at a given scale, what users feel (opening the window, typing in the
// search and in a form, opening a form and a workspace, the timeline, the charts, imports and
// exports) against fixed targets, and compares the work SQLite's own command-line tool does with
// the same statements in the same conditions (warm cache, no process start-up on either side).
// It measures; it never fails a build. A figure it cannot measure is reported with its reason.
#include "bench.h"

#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/exports/scdlexport.h"
#include "core/generator/programmegenerator.h"
#include "core/imports/applicationimport.h"
#include "core/imports/disbursementimport.h"
#include "core/services/grantledger.h"
#include "core/services/juryranking.h"
#include "core/services/juryservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <numeric>
#include <optional>
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
    int importedPayments; ///< lines of the CSV import compared with sqlite3
    int applications; ///< the jury session's size: applications and jurors, every score filled
    int jurors;
    int dsDossiers; ///< dossiers of the Démarches simplifiées export imported
};
/// The jury's figures are set at issue 13's size (2 000 applications, 60 jurors, 6 criteria, a
/// 2 000-dossier export) for the medium and large scales; the small one (the tests' smoke run)
/// keeps them short.
const Scale scales[]
    = { { "small", 0, 0, 2000, 300, 20, 200 }, { "medium", 10000, 100000, 100000, 2000, 60, 2000 },
          { "large", 100000, 1000000, 1000000, 2000, 60, 2000 } };

/// Where a figure comes from, so that a failed step can give its reason to each figure it owed.
enum class Step { Startup, Interface, Aggregation, Export, Import, Jury, DsImport };

/// A figure every run reports, with its target (at most @c limit; NaN: none). The targets are
/// set for the large scale; smaller scales report against the same numbers.
struct Spec
{
    QString name;
    QString unit;
    double limit;
    Step step;
};

const double none = std::nan("");

QList<Spec> specs(const Scale &scale)
{
    using S = Step;
    QList<Spec> list = {
        { QStringLiteral("first_paint_demo"), QStringLiteral("ms"), none, S::Startup },
        { QStringLiteral("first_paint"), QStringLiteral("ms"), none, S::Startup },
        { QStringLiteral("first_paint_ratio"), QStringLiteral("x"), 1.5, S::Startup },
        { QStringLiteral("totals_shown"), QStringLiteral("ms"), 1000, S::Startup },
        { QStringLiteral("writable"), QStringLiteral("ms"), 10000, S::Startup },
        { QStringLiteral("timeline_viewport_paint"), QStringLiteral("ms"), 16, S::Interface },
        { QStringLiteral("timeline_viewport_paint_cold"), QStringLiteral("ms"), 100, S::Interface },
        { QStringLiteral("timeline_page_scroll"), QStringLiteral("ms"), none, S::Interface },
        { QStringLiteral("timeline_rows"), QStringLiteral("rows"), none, S::Interface },
        { QStringLiteral("grants_open"), QStringLiteral("ms"), 300, S::Interface },
        { QStringLiteral("grants_ledger_first_page"), QStringLiteral("ms"), 300, S::Interface },
        { QStringLiteral("grants_open_worst_stall"), QStringLiteral("ms"), 100, S::Interface },
        { QStringLiteral("search_keystroke_median"), QStringLiteral("ms"), none, S::Interface },
        { QStringLiteral("search_keystroke_p95"), QStringLiteral("ms"), 16, S::Interface },
        { QStringLiteral("search_keystroke_processing_p95"), QStringLiteral("ms"), none,
            S::Interface },
        { QStringLiteral("form_open"), QStringLiteral("ms"), 150, S::Interface },
        { QStringLiteral("form_keystroke_median"), QStringLiteral("ms"), none, S::Interface },
        { QStringLiteral("form_keystroke_p95"), QStringLiteral("ms"), 16, S::Interface },
        { QStringLiteral("form_keystroke_processing_p95"), QStringLiteral("ms"), none,
            S::Interface },
    };
    for (const char *chart : { "cumulative", "per_period", "per_initiative", "per_funding_source",
             "per_need_kind", "per_theme" }) {
        list.append({ QStringLiteral("chart_%1_update").arg(QLatin1String(chart)),
            QStringLiteral("ms"), none, S::Interface });
        list.append({ QStringLiteral("chart_%1_render").arg(QLatin1String(chart)),
            QStringLiteral("ms"), none, S::Interface });
    }
    list.append({ QStringLiteral("gui_peak_rss"), QStringLiteral("MB"), 300, S::Interface });
    for (const auto &aggregation : GrantLedger::aggregationStatements()) {
        const QString name = QStringLiteral("chart_%1_aggregation").arg(aggregation.first);
        list.append({ name, QStringLiteral("ms"), none, S::Aggregation });
        list.append({ name + QStringLiteral("_ratio"), QStringLiteral("x"), 1.3, S::Aggregation });
    }
    list.append({ QStringLiteral("scdl_export"), QStringLiteral("ms"), none, S::Export });
    list.append({ QStringLiteral("scdl_rows"), QStringLiteral("rows"), none, S::Export });
    list.append({ QStringLiteral("csv_import"), QStringLiteral("s"), none, S::Import });
    list.append({ QStringLiteral("csv_import_ratio"), QStringLiteral("x"), 2, S::Import });
    // The what-if panel recomputes the ranking at every change: within one frame.
    for (const char *method : { "mean", "zscore" }) {
        const QString name = QStringLiteral("jury_ranking_recompute_%1").arg(QLatin1String(method));
        list.append({ name + QStringLiteral("_median"), QStringLiteral("ms"), none, S::Jury });
        list.append({ name + QStringLiteral("_p95"), QStringLiteral("ms"), 16, S::Jury });
    }
    // Read when the Ranking tab opens and after each write to the session: a workspace's
    // opening (grants_open's 300 ms).
    list.append({ QStringLiteral("jury_ranking_input"), QStringLiteral("ms"), 300, S::Jury });
    list.append({ QStringLiteral("jury_scores"), QStringLiteral("scores"), none, S::Jury });
    list.append({ QStringLiteral("ds_import_%1").arg(scale.dsDossiers), QStringLiteral("s"), 5,
        S::DsImport });
    list.append({ QStringLiteral("ds_import_%1_ratio").arg(scale.dsDossiers), QStringLiteral("x"),
        none, S::DsImport });
    return list;
}

/// A measured figure, or the reason it could not be measured.
struct Figure
{
    QString name;
    std::optional<double> value;
    QString unit;
    double limit = none;
    QString method;
    QString reason;
    int samples = 0;

    bool hasTarget() const { return !std::isnan(limit); }
    bool met() const { return value && (!hasTarget() || *value <= limit); }
};

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

/// The value below which @p share of @p v lies (nearest rank).
double percentile(QList<double> v, double share)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int rank = int(std::ceil(share * double(v.size()))) - 1;
    return v.at(std::clamp(rank, 0, int(v.size()) - 1));
}

/// Processor time used by this process so far (user and system), in seconds: next to a wall
/// time, it tells a slow step from a machine busy with other work.
double processorSeconds()
{
    timespec now {};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) != 0)
        return 0;
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

QString guiPath()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : { dir + QStringLiteral("/tremplin"),
             dir + QStringLiteral("/../app/tremplin"), dir + QStringLiteral("/tremplin.exe") }) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

/// Runs the sqlite3 tool on @p db with @p script on its standard input; its output, or an
/// error in @p error.
QString runSqlite(const QString &db, const QString &script, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), { QStringLiteral("-batch"), db });
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("sqlite3 could not be started (not on PATH?)");
        return {};
    }
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(3600000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        *error = QStringLiteral("sqlite3 failed: %1")
                     .arg(QString::fromUtf8(p.readAllStandardError()).trimmed().left(300));
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Times @p statements @p runs times in one sqlite3 process on @p db (after one unmeasured
/// run), with the tool's own timer: no process start-up counted. Milliseconds per run.
QList<double> sqliteRuns(const QString &db, const QStringList &statements, int runs, QString *error)
{
    QString script = QStringLiteral(".output /dev/null\n.timer on\n");
    for (int k = 0; k <= runs; ++k) {
        for (const QString &sql : statements)
            script += sql + QStringLiteral(";\n");
    }
    const QString out = runSqlite(db, script, error);
    // One "Run Time: real S user S sys S" line per statement; a run is the sum of its statements'.
    QList<double> lines;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Run Time: real ")))
            lines << line.section(QLatin1Char(' '), 3, 3).toDouble() * 1000;
    }
    const int perRun = int(statements.size());
    if (!error->isEmpty() || lines.size() != perRun * (runs + 1)) {
        if (error->isEmpty())
            *error = QStringLiteral("sqlite3 printed no timings");
        return {};
    }
    QList<double> times;
    for (int k = 1; k <= runs; ++k)
        times << std::accumulate(lines.begin() + k * perRun, lines.begin() + (k + 1) * perRun, 0.0);
    return times;
}

/// The imported payments of a file (those after @p afterId): their number and a checksum that
/// does not depend on their order, to check that two imports wrote the same rows.
QPair<qint64, QString> importedRows(const QString &path, qint64 afterId)
{
    Database db;
    db.open(path, Database::Access::ReadOnly, Database::IntegrityCheck::Deferred);
    Query q(db,
        QStringLiteral("SELECT grant_id, paid_on, amount_cents, reference, override_reason FROM "
                       "disbursement WHERE id > ?"));
    q.bindAll(afterId).exec();
    qint64 count = 0;
    quint64 sum = 0;
    while (q.next()) {
        QByteArray row;
        for (int c = 0; c < 5; ++c)
            row += (q.value(c).isNull() ? QByteArray("\\N") : q.value(c).toString().toUtf8())
                + '\x1f';
        const QByteArray digest = QCryptographicHash::hash(row, QCryptographicHash::Sha1);
        sum += qFromBigEndian<quint64>(digest.constData());
        ++count;
    }
    return { count, QString::number(sum, 16) };
}

/// One run of the benchmark at one scale: each step fills its figures, or gives the reason it
/// could not; print() reports every figure of specs(), measured or not.
class Bench
{
public:
    Bench(const Scale &scale, const QString &work, int keyIntervalMs, Io &io, bool json);

    void run();
    void print() const;

private:
    void prepare();
    void measureStartup();
    void measureInterface();
    void measureAggregations();
    void measureExport();
    void measureImport();
    void measureJury();
    void measureDsImport();
    /// The file with the generated selection of the scale (kept for the next run).
    QString selectionFile();
    /// The same rows imported by sqlite3 alone into a fresh copy: seconds, or -1 and @p error.
    double importDsWithSqlite(const QString &csv, const QString &copy, QString *error);
    /// Runs the window on @p db with --benchmark and @p arguments; its figures, or @p error.
    QJsonArray runGui(const QString &db, const QStringList &arguments, QString *error);
    void takeGuiFigures(const QJsonArray &figures);
    /// Tremplin's import of @p csv into a fresh copy of the file, in seconds; the copy is kept.
    double importWithTremplin(const QString &csv, const QString &copy);
    /// sqlite3's import of @p csv into a fresh copy, timed inside the tool; seconds, or -1.
    double importWithSqlite(const QString &csv, const QString &copy, QString *error);
    /// Runs @p script in sqlite3 on a fresh copy of the file, timed inside the tool between two
    /// SELECT julianday('now') (no process start-up counted); seconds, or -1 and @p error.
    double timedSqlite(const QString &copy, const QString &script, QString *error);
    QString writeImportCsv(int lines);

    /// The figure named @p name, made with its spec's unit and target (or @p unit) if new.
    Figure &figure(const QString &name, const QString &unit = {});
    void set(const QString &name, double value, const QString &method, int samples = 1,
        const QString &unit = {});
    /// Gives @p reason to the figure if it has neither a value nor a reason yet.
    void missing(const QString &name, const QString &reason);
    /// Gives @p reason to every figure of @p step that has neither a value nor a reason yet.
    void fail(Step step, const QString &reason);
    void progress(const QString &text) const;

    const Scale &m_scale;
    QString m_work;
    int m_keyIntervalMs;
    Io &m_io;
    bool m_json;
    QTemporaryDir m_home;
    QString m_gui;
    QString m_demo;
    QString m_db;
    QList<Spec> m_specs;
    QMap<QString, Figure> m_figures;
};

Bench::Bench(const Scale &scale, const QString &work, int keyIntervalMs, Io &io, bool json)
    : m_scale(scale)
    , m_work(work)
    , m_keyIntervalMs(keyIntervalMs)
    , m_io(io)
    , m_json(json)
    , m_gui(guiPath())
    , m_specs(specs(scale))
{ }

void Bench::run()
{
    prepare();
    const std::pair<Step, void (Bench::*)()> steps[] = {
        { Step::Startup, &Bench::measureStartup },
        { Step::Interface, &Bench::measureInterface },
        { Step::Aggregation, &Bench::measureAggregations },
        { Step::Export, &Bench::measureExport },
        { Step::Import, &Bench::measureImport },
        { Step::Jury, &Bench::measureJury },
        { Step::DsImport, &Bench::measureDsImport },
    };
    for (const auto &[step, measure] : steps) {
        try {
            (this->*measure)();
        } catch (const Error &e) {
            fail(step, e.message());
        }
        fail(step, QStringLiteral("not reached"));
    }
}

void Bench::prepare()
{
    // The databases: the demo, and the generated programme of the scale (kept for the next run).
    QDir().mkpath(m_work);
    m_demo = m_work + QStringLiteral("/demo.sqlite");
    if (!QFileInfo::exists(m_demo)) {
        Database d;
        d.create(m_demo);
        writeDemoProgramme(d);
    }
    m_db = m_demo;
    if (m_scale.initiatives > 0) {
        m_db = m_work + QStringLiteral("/%1.sqlite").arg(QLatin1String(m_scale.name));
        if (!QFileInfo::exists(m_db)) {
            progress(Tr::tr("Generating the %1 programme…").arg(QLatin1String(m_scale.name)));
            Database d;
            d.create(m_db);
            QElapsedTimer t;
            t.start();
            generateProgramme(d, { m_scale.initiatives, m_scale.disbursements, 20221129 });
            m_figures.insert(QStringLiteral("generate"),
                { QStringLiteral("generate"), seconds(t.nsecsElapsed()), QStringLiteral("s"), none,
                    QStringLiteral("one run"), {}, 1 });
        }
    }
}

void Bench::measureStartup()
{
    if (m_gui.isEmpty())
        throw Error(QStringLiteral("the tremplin executable was not found beside tremplin-cli"));
    progress(Tr::tr("Opening the window…"));
    // The window writes nothing at start-up, but works on copies all the same.
    const QString demo = m_home.filePath(QStringLiteral("gui-demo.sqlite"));
    const QString db = m_home.filePath(QStringLiteral("gui.sqlite"));
    QFile::remove(demo);
    QFile::remove(db);
    if (!QFile::copy(m_demo, demo) || !QFile::copy(m_db, db))
        throw Error(QStringLiteral("could not copy the databases into %1").arg(m_home.path()));
    QMap<QString, QList<double>> runs;
    QMap<QString, QString> reasons;
    const int count = 3;
    for (int i = 0; i < count; ++i) {
        for (const QString &file : { demo, db }) {
            QString error;
            const QJsonArray figures
                = runGui(file, { QStringLiteral("--benchmark-startup-only") }, &error);
            if (!error.isEmpty())
                throw Error(error);
            for (const QJsonValue &v : figures) {
                const QJsonObject o = v.toObject();
                const QString name = (file == demo ? QStringLiteral("demo_") : QString())
                    + o.value(QStringLiteral("name")).toString();
                if (o.value(QStringLiteral("value")).isDouble())
                    runs[name] << o.value(QStringLiteral("value")).toDouble();
                else
                    reasons.insert(name, o.value(QStringLiteral("reason")).toString());
            }
        }
    }
    const QString method = QStringLiteral("median of %1 starts of the window (offscreen, warm file "
                                          "cache), from the start of main() to ")
                               .arg(count);
    const QStringList names = { QStringLiteral("first_paint"), QStringLiteral("totals_shown"),
        QStringLiteral("writable") };
    const QStringList ends = { QStringLiteral("the main window's first frame"),
        QStringLiteral("the first frame showing the overview's totals"),
        QStringLiteral("the background integrity check passed (writes allowed)") };
    for (int i = 0; i < names.size(); ++i) {
        if (runs.value(names.at(i)).size() == count)
            set(names.at(i), median(runs.value(names.at(i))), method + ends.at(i), count);
        else
            missing(names.at(i), reasons.value(names.at(i)));
    }
    if (runs.value(QStringLiteral("demo_first_paint")).size() == count) {
        set(QStringLiteral("first_paint_demo"),
            median(runs.value(QStringLiteral("demo_first_paint"))),
            method + ends.at(0) + QStringLiteral(", demo file"), count);
        if (m_figures.contains(QStringLiteral("first_paint")))
            set(QStringLiteral("first_paint_ratio"),
                *m_figures[QStringLiteral("first_paint")].value
                    / *m_figures[QStringLiteral("first_paint_demo")].value,
                QStringLiteral("first_paint / first_paint_demo"), count);
    }
    fail(Step::Startup,
        QStringLiteral(
            "not reached by the window within its time limit (see the window's figures)"));
}

void Bench::measureInterface()
{
    if (m_gui.isEmpty())
        throw Error(QStringLiteral("the tremplin executable was not found beside tremplin-cli"));
    progress(Tr::tr("Measuring the interface…"));
    // Typing in a form writes: the window works on the copy made for the start-up runs.
    QStringList arguments;
    if (m_keyIntervalMs >= 0)
        arguments << QStringLiteral("--benchmark-key-interval") << QString::number(m_keyIntervalMs);
    QString error;
    takeGuiFigures(runGui(m_home.filePath(QStringLiteral("gui.sqlite")), arguments, &error));
    // Peak resident memory of the window processes (Linux and macOS report it to the parent),
    // read before sqlite3 runs.
    struct rusage usage
    {
    };
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0) {
#ifdef Q_OS_MACOS
        const double mb = double(usage.ru_maxrss) / (1024.0 * 1024.0);
#else
        const double mb = double(usage.ru_maxrss) / 1024.0;
#endif
        set(QStringLiteral("gui_peak_rss"), mb,
            QStringLiteral(
                "peak resident memory of the window processes (the largest: the interface run)"));
    }
    if (!error.isEmpty())
        fail(Step::Interface, error);
}

QJsonArray Bench::runGui(const QString &db, const QStringList &arguments, QString *error)
{
    const QString out = m_home.filePath(QStringLiteral("ui.json"));
    QFile::remove(out);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(m_gui,
        QStringList { QStringLiteral("--database"), db, QStringLiteral("--benchmark"), out,
            QStringLiteral("--no-snapshots") }
            + arguments);
    if (!p.waitForFinished(3600000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        p.kill();
        const QString stderrText = QString::fromUtf8(p.readAllStandardError()).trimmed();
        *error = QStringLiteral("the window (tremplin --benchmark) failed: %1%2")
                     .arg(p.exitStatus() == QProcess::NormalExit
                             ? QStringLiteral("exit code %1").arg(p.exitCode())
                             : QStringLiteral("crashed or timed out"),
                         stderrText.isEmpty() ? QString()
                                              : QStringLiteral(": ") + stderrText.right(300));
    }
    // Written after each step: the figures measured before a failure are kept.
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

void Bench::takeGuiFigures(const QJsonArray &figures)
{
    for (const QJsonValue &v : figures) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        // The start-up figures of this run are one sample: the start-up runs' medians stay.
        if (m_figures.value(name).value)
            continue;
        if (o.value(QStringLiteral("value")).isDouble())
            set(name, o.value(QStringLiteral("value")).toDouble(),
                o.value(QStringLiteral("method")).toString(),
                o.value(QStringLiteral("samples")).toInt(1),
                o.value(QStringLiteral("unit")).toString());
        else
            missing(name, o.value(QStringLiteral("reason")).toString());
    }
}

void Bench::measureAggregations()
{
    // Each chart's aggregation in Tremplin, against the same statements in the sqlite3 tool:
    // both warm (one unmeasured run first), both without starting a process (sqlite3 times its
    // statements itself with .timer), median of the same number of runs.
    progress(Tr::tr("Aggregating for the charts…"));
    const int runs = 5;
    Database db;
    db.open(m_db, Database::Access::ReadOnly);
    GrantLedger ledger(db);
    const std::function<void()> aggregations[] = {
        [&] { ledger.perPeriod({}, GrantLedger::Period::Month); },
        [&] { ledger.perInitiative({}); },
        [&] { ledger.perFundingSource({}); },
        [&] { ledger.perNeedKind({}); },
        [&] { ledger.perTheme({}); },
    };
    const auto statements = GrantLedger::aggregationStatements();
    for (int i = 0; i < statements.size(); ++i) {
        QList<double> ours;
        for (int k = 0; k <= runs; ++k) {
            QElapsedTimer t;
            t.start();
            aggregations[i]();
            if (k > 0)
                ours << double(t.nsecsElapsed()) / 1e6;
        }
        const QString name = QStringLiteral("chart_%1_aggregation").arg(statements.at(i).first);
        const QString method
            = QStringLiteral("median of %1 warm runs in one process (after one unmeasured run)")
                  .arg(runs);
        set(name, median(ours), method, runs);
        QString error;
        const QList<double> theirs = sqliteRuns(m_db, statements.at(i).second, runs, &error);
        if (!error.isEmpty()) {
            missing(name + QStringLiteral("_ratio"), error);
            continue;
        }
        const double reference = median(theirs);
        if (reference <= 0)
            missing(name + QStringLiteral("_ratio"),
                QStringLiteral("sqlite3's time is below its timer's resolution (1 ms)"));
        else
            set(name + QStringLiteral("_ratio"), median(ours) / reference,
                method
                    + QStringLiteral(", against the same statements in one sqlite3 process (.timer "
                                     "on, real time, median of %1 "
                                     "runs after one unmeasured run; sqlite3 %2 ms)")
                          .arg(runs)
                          .arg(reference, 0, 'f', 1),
                runs);
    }
}

void Bench::measureExport()
{
    progress(Tr::tr("Exporting SCDL…"));
    Database db;
    db.open(m_db, Database::Access::ReadOnly);
    QElapsedTimer t;
    t.start();
    const QList<ScdlExport::Row> rows = ScdlExport(db).rows({});
    const QByteArray csv = ScdlExport::toCsv(rows);
    set(QStringLiteral("scdl_export"), double(t.nsecsElapsed()) / 1e6,
        QStringLiteral("one warm run: every grant read and written as CSV in memory"));
    set(QStringLiteral("scdl_rows"), rows.size(), QStringLiteral("grants exported"));
    Q_UNUSED(csv)
}

void Bench::measureImport()
{
    // The same CSV of payments imported by Tremplin (read, checked, written in one transaction)
    // and by sqlite3 alone (.import, then one INSERT finding each line's grant by reference),
    // each into its own fresh copy of the file; the copies must then hold the same new rows.
    progress(Tr::tr("Importing %L1 payments…").arg(m_scale.importedPayments));
    const QString csv = writeImportCsv(m_scale.importedPayments);
    const qint64 lastId = [&] {
        Database d;
        d.open(m_db, Database::Access::ReadOnly);
        return Query(d, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM disbursement"))
            .scalar()
            .toLongLong();
    }();
    const int runs = 3;
    QList<double> ours, theirs;
    QString error;
    for (int k = 0; k < runs && error.isEmpty(); ++k) {
        const QString a = m_home.filePath(QStringLiteral("import-tremplin.sqlite"));
        const QString b = m_home.filePath(QStringLiteral("import-sqlite3.sqlite"));
        ours << importWithTremplin(csv, a);
        theirs << importWithSqlite(csv, b, &error);
        if (error.isEmpty() && k == 0) {
            const auto mine = importedRows(a, lastId);
            const auto reference = importedRows(b, lastId);
            if (mine != reference || mine.first != m_scale.importedPayments)
                error = QStringLiteral("the two imports differ: Tremplin wrote %1 rows (checksum "
                                       "%2), sqlite3 %3 rows (checksum %4)")
                            .arg(mine.first)
                            .arg(mine.second)
                            .arg(reference.first)
                            .arg(reference.second);
        }
        QFile::remove(a);
        QFile::remove(b);
    }
    const QString method = QStringLiteral("median of %1 runs, each into a fresh copy of the file "
                                          "(just copied, so in the page cache) from a CSV "
                                          "just written; %L2 lines")
                               .arg(ours.size())
                               .arg(m_scale.importedPayments);
    set(QStringLiteral("csv_import"), median(ours),
        method + QStringLiteral("; Tremplin: read, check and commit, the file already open"),
        int(ours.size()));
    if (!error.isEmpty()) {
        missing(QStringLiteral("csv_import_ratio"), error);
        return;
    }
    set(QStringLiteral("csv_import_ratio"), median(ours) / median(theirs),
        method
            + QStringLiteral("; sqlite3: .import into a temporary table then one INSERT … SELECT "
                             "joining the grants, in one sqlite3 "
                             "process timed between two SELECT julianday('now') (no process "
                             "start-up; sqlite3 %1 s); both "
                             "copies checked to hold the same rows (count and SHA-1 sum)")
                  .arg(median(theirs), 0, 'f', 2),
        runs);
}

QString Bench::selectionFile()
{
    const QString file = m_work
        + QStringLiteral("/selection-%1x%2.sqlite").arg(m_scale.applications).arg(m_scale.jurors);
    if (QFileInfo::exists(file))
        return file;
    progress(Tr::tr("Generating a selection of %L1 applications and %L2 jurors…")
                 .arg(m_scale.applications)
                 .arg(m_scale.jurors));
    const QString partial = file + QStringLiteral(".part");
    QFile::remove(partial);
    {
        Database d;
        d.create(partial);
        QElapsedTimer t;
        t.start();
        generateProgramme(d, { 100, 0, 20221129 });
        SelectionOptions o;
        o.applications = m_scale.applications;
        o.jurors = m_scale.jurors;
        o.seed = 20221129;
        generateSelection(d, o);
        set(QStringLiteral("generate_selection"), seconds(t.nsecsElapsed()),
            QStringLiteral("one run: a programme of 100 initiatives, then the selection with "
                           "every score"),
            1, QStringLiteral("s"));
    }
    if (!QFile::rename(partial, file))
        throw Error(QStringLiteral("could not rename %1").arg(partial));
    return file;
}

void Bench::measureJury()
{
    // The what-if panel's path: the session read once from the file, then the ranking
    // recomputed from memory at every change (here: the track weights), for both methods.
    const QString file = selectionFile();
    progress(Tr::tr("Ranking the applications…"));
    Database db;
    db.open(file, Database::Access::ReadOnly);
    JuryService jury(db);
    const QList<JurySession> sessions = jury.sessions();
    if (sessions.isEmpty())
        throw Error(QStringLiteral("the generated selection has no jury session"));
    const qint64 session = sessions.constFirst().id;
    const int reads = 5;
    QList<double> readTimes, readProcessor;
    jury::RankingInput input;
    for (int k = 0; k <= reads; ++k) {
        const double cpu = processorSeconds();
        QElapsedTimer t;
        t.start();
        input = jury.rankingInput(session);
        if (k > 0) {
            readTimes << double(t.nsecsElapsed()) / 1e6;
            readProcessor << (processorSeconds() - cpu) * 1000;
        }
    }
    set(QStringLiteral("jury_ranking_input"), median(readTimes),
        QStringLiteral("median of %1 warm reads of the session (JuryService::rankingInput: "
                       "criteria, jurors, applications, %L2 scores, conflicts) after one "
                       "unmeasured read; %L3 applications, %L4 jurors; processor time %5 ms")
            .arg(reads)
            .arg(input.scores.size())
            .arg(input.applications.size())
            .arg(input.jurors.size())
            .arg(median(readProcessor), 0, 'f', 1),
        reads);
    set(QStringLiteral("jury_scores"), double(input.scores.size()),
        QStringLiteral("scores of the generated session"));
    const int runs = 60;
    for (const RankingMethod method : { RankingMethod::Mean, RankingMethod::ZScore }) {
        QList<double> times, processor;
        for (int k = 0; k <= runs; ++k) {
            jury::RankingOptions options;
            options.method = method;
            options.trackWeights = { 1.0 + k % 3, 1.0 };
            const double cpu = processorSeconds();
            QElapsedTimer t;
            t.start();
            const jury::Ranking ranking = jury::computeRanking(input, options);
            if (k > 0) {
                times << double(t.nsecsElapsed()) / 1e6;
                processor << (processorSeconds() - cpu) * 1000;
            }
            if (ranking.rows.size() != int(input.applications.size()))
                throw Error(QStringLiteral("the ranking lost applications"));
        }
        const QString name = QStringLiteral("jury_ranking_recompute_%1")
                                 .arg(method == RankingMethod::Mean ? QStringLiteral("mean")
                                                                    : QStringLiteral("zscore"));
        const QString how = QStringLiteral(" of %1 recomputations in memory (jury::computeRanking "
                                           "from the RankingInput read once, the track weights "
                                           "changed each time as in the what-if panel) after one "
                                           "unmeasured run; %L2 applications, %L3 jurors, "
                                           "%L4 scores; processor time: median %5 ms, 95th "
                                           "percentile %6 ms")
                                .arg(runs)
                                .arg(input.applications.size())
                                .arg(input.jurors.size())
                                .arg(input.scores.size())
                                .arg(median(processor), 0, 'f', 1)
                                .arg(percentile(processor, 0.95), 0, 'f', 1);
        set(name + QStringLiteral("_median"), median(times), QStringLiteral("median") + how, runs);
        set(name + QStringLiteral("_p95"), percentile(times, 0.95),
            QStringLiteral("95th percentile") + how, runs);
    }
}

void Bench::measureDsImport()
{
    // A Démarches simplifiées export (the platform's layout, quoted line breaks, a BOM)
    // imported by Tremplin (read, check every dossier against the file, commit in one
    // transaction) and, as a reference, by sqlite3 alone (.import, then plain INSERT … SELECT
    // into the same five tables, no check), each into its own fresh copy of the file.
    const QString name = QStringLiteral("ds_import_%1").arg(m_scale.dsDossiers);
    progress(Tr::tr("Importing %L1 Démarches simplifiées dossiers…").arg(m_scale.dsDossiers));
    const QString csv = m_home.filePath(QStringLiteral("ds-export.csv"));
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly)
            || f.write(demarchesSimplifieesExport(m_scale.dsDossiers, 90000000, 20221129)) < 0)
            throw Error(f.errorString());
    }
    const int runs = 3;
    QList<double> ours, theirs, processor;
    QString error;
    const QString a = m_home.filePath(QStringLiteral("ds-tremplin.sqlite"));
    const QString b = m_home.filePath(QStringLiteral("ds-sqlite3.sqlite"));
    const auto imported = [](const QString &path) {
        Database d;
        d.open(path, Database::Access::ReadOnly, Database::IntegrityCheck::Deferred);
        return Query(
            d, QStringLiteral("SELECT COUNT(*) FROM initiative WHERE ds_number >= 90000000"))
            .scalar()
            .toLongLong();
    };
    for (int k = 0; k < runs && error.isEmpty(); ++k) {
        QFile::remove(a);
        if (!QFile::copy(m_db, a))
            throw Error(QStringLiteral("could not copy %1").arg(m_db));
        {
            Database d;
            d.open(a);
            const double cpu = processorSeconds();
            QElapsedTimer t;
            t.start();
            ApplicationImport import;
            QString loadError;
            if (!import.loadFile(csv, d, &loadError))
                throw Error(loadError);
            if (!import.isDemarchesSimplifiees())
                throw Error(QStringLiteral("the export was not recognised as Démarches "
                                           "simplifiées'"));
            import.setPromotion(QStringLiteral("Appel (bench)"));
            if (!import.problems().isEmpty())
                throw Error(QStringLiteral("line %1: %2")
                                .arg(import.problems().constFirst().line)
                                .arg(import.problems().constFirst().message));
            import.commit();
            ours << seconds(t.nsecsElapsed());
            processor << processorSeconds() - cpu;
        }
        theirs << importDsWithSqlite(csv, b, &error);
        if (error.isEmpty() && k == 0) {
            const qint64 mine = imported(a);
            const qint64 reference = imported(b);
            if (mine != m_scale.dsDossiers || reference != m_scale.dsDossiers)
                error = QStringLiteral("the two imports differ: Tremplin wrote %1 dossiers, "
                                       "sqlite3 %2")
                            .arg(mine)
                            .arg(reference);
        }
        QFile::remove(a);
        QFile::remove(b);
    }
    const QString method = QStringLiteral("median of %1 runs, each into a fresh copy of the file "
                                          "(just copied) from an export just written; %L2 "
                                          "dossiers, %L3 bytes")
                               .arg(ours.size())
                               .arg(m_scale.dsDossiers)
                               .arg(QFileInfo(csv).size());
    set(name, median(ours),
        method
            + QStringLiteral("; Tremplin: ApplicationImport's read, check (identifiers, "
                             "duplicates, the file's dossiers) and commit (organisation, "
                             "referent, initiative, indicator, snapshot), the file already open; "
                             "processor time %1 s")
                  .arg(median(processor), 0, 'f', 2),
        int(ours.size()));
    if (!error.isEmpty()) {
        missing(name + QStringLiteral("_ratio"), error);
        return;
    }
    set(name + QStringLiteral("_ratio"), median(ours) / median(theirs),
        method
            + QStringLiteral("; sqlite3: .import into a temporary table then INSERT … SELECT "
                             "into organisation, person, initiative, initiative_person and "
                             "indicator without any check, in one sqlite3 process timed "
                             "between two SELECT julianday('now') (sqlite3 %1 s)")
                  .arg(median(theirs), 0, 'f', 2),
        int(theirs.size()));
}

double Bench::importDsWithSqlite(const QString &csv, const QString &copy, QString *error)
{
    QStringList columns;
    for (int c = 1; c <= 36; ++c)
        columns << QStringLiteral("c%1 TEXT").arg(c);
    // Rows are numbered by the temporary table's rowid; each table's new ids follow its
    // largest id, so a dossier's rows find each other without a lookup.
    return timedSqlite(copy,
        QStringLiteral("CREATE TEMP TABLE ds_probe (%1);\n"
                       ".import --csv --skip 1 %2 ds_probe\n"
                       "BEGIN IMMEDIATE;\n"
                       "CREATE TEMP TABLE base AS SELECT (SELECT COALESCE(MAX(id), 0) FROM "
                       "organisation) AS o, (SELECT COALESCE(MAX(id), 0) FROM person) AS p, "
                       "(SELECT COALESCE(MAX(id), 0) FROM initiative) AS i;\n"
                       "INSERT INTO promotion (programme_id, number, name, year) SELECT id, "
                       "(SELECT COALESCE(MAX(number), 0) + 1 FROM promotion), 'Appel (sqlite3)', "
                       "2026 FROM programme ORDER BY id LIMIT 1;\n"
                       "INSERT INTO organisation (id, name, legal_form, siret, rna, town) "
                       "SELECT (SELECT o FROM base) + rowid, c13, 'association', c4, c14, c10 "
                       "FROM ds_probe;\n"
                       "INSERT INTO person (id, full_name, email, phone) SELECT (SELECT p FROM "
                       "base) + rowid, c30 || ' ' || c29, c32, c31 FROM ds_probe;\n"
                       "INSERT INTO initiative (id, promotion_id, carrier_id, name, lifecycle, "
                       "description, website, archived, created_at, updated_at, ds_number, "
                       "ds_state, budget_cents, admissibility) SELECT (SELECT i FROM base) + "
                       "rowid, (SELECT MAX(id) FROM promotion), (SELECT o FROM base) + rowid, "
                       "c25, 'applicant', c26, c27, 0, datetime('now'), datetime('now'), "
                       "CAST(c1 AS INTEGER), c18, CAST(REPLACE(REPLACE(c28, char(8239), ''), "
                       "char(160), '') AS INTEGER) * 100, CASE c18 WHEN 'Accepté' THEN "
                       "'admissible' WHEN 'Refusé' THEN 'not_admissible' WHEN 'Classé sans "
                       "suite' THEN 'not_admissible' ELSE 'unchecked' END FROM ds_probe;\n"
                       "INSERT INTO initiative_person (initiative_id, person_id, role) SELECT "
                       "(SELECT i FROM base) + rowid, (SELECT p FROM base) + rowid, "
                       "'carrier_contact' FROM ds_probe;\n"
                       "INSERT INTO indicator (initiative_id, name, baseline, target) SELECT "
                       "(SELECT i FROM base) + rowid, c34, CAST(c35 AS REAL), CAST(c36 AS REAL) "
                       "FROM ds_probe;\n"
                       "COMMIT;\n")
            .arg(columns.join(QStringLiteral(", ")), csv),
        error);
}

QString Bench::writeImportCsv(int lines)
{
    QStringList references;
    {
        Database d;
        d.open(m_db, Database::Access::ReadOnly);
        Query q(d,
            QStringLiteral(
                "SELECT decision_reference FROM grant_award WHERE tranche = 'seed' LIMIT 20000"));
        q.exec();
        while (q.next())
            references << q.value(0).toString();
    }
    if (references.isEmpty())
        throw Error(QStringLiteral("the file has no seed grant to pay"));
    const QString path = m_home.filePath(QStringLiteral("payments.csv"));
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly))
        throw Error(csv.errorString());
    csv.write("grant,paid_on,amount,reference,reason\n");
    for (int i = 0; i < lines; ++i) {
        csv.write(QStringLiteral("%1,2024-%2-%3,%4.%5,IMP-%6,bench\n")
                      .arg(references.at(i % references.size()))
                      .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                      .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                      .arg(10 + i % 900)
                      .arg(i % 100, 2, 10, QLatin1Char('0'))
                      .arg(i)
                      .toUtf8());
    }
    return path;
}

double Bench::importWithTremplin(const QString &csv, const QString &copy)
{
    QFile::remove(copy);
    if (!QFile::copy(m_db, copy))
        throw Error(QStringLiteral("could not copy %1").arg(m_db));
    Database d;
    d.open(copy);
    QElapsedTimer t;
    t.start();
    DisbursementImport import;
    QString error;
    import.loadFile(csv, d, &error);
    if (!error.isEmpty())
        throw Error(error);
    if (!import.problems().isEmpty())
        throw Error(import.problems().first().message);
    import.commit();
    return seconds(t.nsecsElapsed());
}

double Bench::importWithSqlite(const QString &csv, const QString &copy, QString *error)
{
    return timedSqlite(copy,
        QStringLiteral(
            "CREATE TEMP TABLE import_probe (grant_ref TEXT, paid_on TEXT, amount TEXT, "
            "reference TEXT, reason TEXT);\n"
            ".import --csv --skip 1 %1 import_probe\n"
            "BEGIN IMMEDIATE;\n"
            "INSERT INTO disbursement (grant_id, paid_on, amount_cents, reference, "
            "override_reason) "
            "SELECT g.id, p.paid_on, CAST(ROUND(p.amount * 100) AS INTEGER), p.reference, "
            "p.reason "
            "FROM import_probe p JOIN grant_award g ON g.decision_reference = p.grant_ref;\n"
            "COMMIT;\n")
            .arg(csv),
        error);
}

double Bench::timedSqlite(const QString &copy, const QString &script, QString *error)
{
    QFile::remove(copy);
    if (!QFile::copy(m_db, copy))
        throw Error(QStringLiteral("could not copy %1").arg(m_db));
    // The same connection settings as Tremplin's (foreign keys on; the file's own journal mode).
    const QString now
        = QStringLiteral("SELECT 'mark', (julianday('now') - 2440587.5) * 86400.0;\n");
    const QString out = runSqlite(
        copy, QStringLiteral("PRAGMA foreign_keys = ON;\n") + now + script + now, error);
    QList<double> marks;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("mark|")))
            marks << line.mid(5).toDouble();
    }
    if (error->isEmpty() && marks.size() != 2)
        *error = QStringLiteral("sqlite3 printed no time marks");
    return marks.size() == 2 ? marks.at(1) - marks.at(0) : -1;
}

Figure &Bench::figure(const QString &name, const QString &unit)
{
    auto it = m_figures.find(name);
    if (it == m_figures.end()) {
        Figure f;
        f.name = name;
        f.unit = unit;
        for (const Spec &spec : std::as_const(m_specs)) {
            if (spec.name == name) {
                f.unit = spec.unit;
                f.limit = spec.limit;
            }
        }
        it = m_figures.insert(name, f);
    }
    return *it;
}

void Bench::set(
    const QString &name, double value, const QString &method, int samples, const QString &unit)
{
    Figure &f = figure(name, unit);
    f.value = value;
    f.method = method;
    f.samples = samples;
    f.reason.clear();
}

void Bench::missing(const QString &name, const QString &reason)
{
    Figure &f = figure(name);
    if (!f.value && f.reason.isEmpty())
        f.reason = reason;
}

void Bench::fail(Step step, const QString &reason)
{
    for (const Spec &spec : std::as_const(m_specs)) {
        if (spec.step == step && !reason.isEmpty())
            missing(spec.name, reason);
    }
}

void Bench::progress(const QString &text) const
{
    if (!m_json)
        m_io.err << text << Qt::endl;
}

void Bench::print() const
{
    // The figures in the order of specs(), then any other (the generation time).
    QList<Figure> figures;
    for (const Spec &spec : std::as_const(m_specs))
        figures << m_figures.value(spec.name);
    for (const Figure &f : m_figures) {
        if (std::none_of(
                m_specs.begin(), m_specs.end(), [&](const Spec &s) { return s.name == f.name; }))
            figures << f;
    }
    if (m_json) {
        QJsonArray list;
        for (const Figure &f : std::as_const(figures)) {
            QJsonObject o { { QStringLiteral("name"), f.name },
                { QStringLiteral("value"), f.value ? QJsonValue(*f.value) : QJsonValue() },
                { QStringLiteral("unit"), f.unit },
                { QStringLiteral("target"),
                    f.hasTarget() ? QJsonValue(QStringLiteral("<= %1").arg(f.limit))
                                  : QJsonValue() },
                { QStringLiteral("met"),
                    f.hasTarget() || !f.value ? QJsonValue(f.met()) : QJsonValue() },
                { QStringLiteral("method"), f.method } };
            if (f.samples > 0)
                o.insert(QStringLiteral("samples"), f.samples);
            if (!f.value)
                o.insert(QStringLiteral("reason"), f.reason);
            list.append(o);
        }
        m_io.out << QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("scale"), QLatin1String(m_scale.name) },
                { QStringLiteral("results"),
                    list } }).toJson(QJsonDocument::Indented));
        return;
    }
    m_io.out << Tr::tr("Scale: %1").arg(QLatin1String(m_scale.name)) << Qt::endl;
    m_io.out << QStringLiteral("%1 %2 %3 %4")
                    .arg(Tr::tr("measure"), -42)
                    .arg(Tr::tr("value"), 14)
                    .arg(Tr::tr("target"), -10)
                    .arg(Tr::tr("met"))
             << Qt::endl;
    for (const Figure &f : std::as_const(figures)) {
        const QString value = f.value
            ? QStringLiteral("%L1 %2").arg(*f.value, 0, 'f', *f.value < 10 ? 2 : 1).arg(f.unit)
            : QStringLiteral("—");
        m_io.out << QStringLiteral("%1 %2 %3 %4")
                        .arg(f.name, -42)
                        .arg(value, 14)
                        .arg(f.hasTarget() ? QStringLiteral("<= %1").arg(f.limit) : QString(), -10)
                        .arg(f.hasTarget() || !f.value ? (f.met() ? Tr::tr("yes") : Tr::tr("NO"))
                                                       : QString())
                 << (f.value ? QString() : QStringLiteral("  (%1)").arg(f.reason)) << Qt::endl;
    }
}

} // namespace

int runBench(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString());
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("scale"),
        Tr::tr("small (the demo), medium (10 000 initiatives) or large (100 000)."),
        QStringLiteral("scale"), QStringLiteral("small")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"), Tr::tr("Print one JSON object instead of a table.")));
    parser.addOption(QCommandLineOption(QStringLiteral("work"),
        Tr::tr("Folder for the generated databases (kept between runs)."), Tr::tr("folder")));
    parser.addOption(QCommandLineOption(QStringLiteral("key-interval"),
        Tr::tr(
            "Milliseconds between typed keys (default 100; 0 for a quick run, as the tests do)."),
        QStringLiteral("ms")));
    QStringList args = arguments;
    args.prepend(QStringLiteral("tremplin-cli bench"));
    if (!parser.parse(args)) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(QStringLiteral("bench"), parser.errorText())
               << Qt::endl;
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
    bool intervalOk = true;
    const int keyInterval = parser.isSet(QStringLiteral("key-interval"))
        ? parser.value(QStringLiteral("key-interval")).toInt(&intervalOk)
        : -1;
    if (!scale || !intervalOk
        || (parser.isSet(QStringLiteral("key-interval")) && keyInterval < 0)) {
        io.err << Tr::tr("tremplin-cli bench: unknown scale \"%1\" (use small, medium or large) or "
                         "a --key-interval that is not a "
                         "whole number of milliseconds.")
                      .arg(parser.value(QStringLiteral("scale")))
               << Qt::endl;
        return Refused;
    }
    QString work = parser.value(QStringLiteral("work"));
    if (work.isEmpty())
        work = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/bench");
    Bench bench(*scale, work, keyInterval, io, parser.isSet(QStringLiteral("json")));
    try {
        bench.run();
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli bench: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    bench.print();
    return Ok;
}

} // namespace tremplin::cli
