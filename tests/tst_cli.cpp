// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real tremplin-cli executable: exit codes, messages, and files left untouched.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/i18n/translations.h"
#include "core/services/initiativelist.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"
#include "core/services/programmetemplate.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace tremplin;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cliIn(const QString &language, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TREMPLIN_CLI_PATH),
        QStringList { QStringLiteral("--lang"), language } + args);
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

Run cli(const QStringList &args)
{
    return cliIn(QStringLiteral("en"), args);
}

/// French typography: a no-break space before the colon; Qt groups French thousands with a
/// narrow no-break space.
const QChar nbsp(0x00A0);
const QChar groupFr(0x202F);
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// The demo database shared by the "list" tests, written on first use.
    QString demoDatabase()
    {
        const QString db = path(QStringLiteral("list-demo.sqlite"));
        if (!QFile::exists(db))
            cli({ QStringLiteral("demo"), QStringLiteral("--db"), db });
        return db;
    }

    /// Runs "list initiatives" on @p db with @p options.
    static Run list(const QString &db, const QStringList &options = {})
    {
        return cli(QStringList { QStringLiteral("list"), QStringLiteral("initiatives"),
                       QStringLiteral("--db"), db }
            + options);
    }

    /// The names "list initiatives --format json" gives, in order; empty on failure.
    static QStringList listedNames(const QString &db, const QStringList &options = {})
    {
        const QStringList json = { QStringLiteral("--format"), QStringLiteral("json") };
        const Run r = list(db, options + json);
        if (r.exitCode != 0)
            return { QStringLiteral("exit code %1: %2").arg(r.exitCode).arg(r.err) };
        QStringList names;
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        for (const QJsonValue &v : array)
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        return names;
    }

    /// The figures of a `bench --json` report by name, after checking that every figure is
    /// there with a value, or with met false and the reason it could not be measured.
    static QHash<QString, QJsonObject> benchFigures(const QJsonObject &report)
    {
        QHash<QString, QJsonObject> figures;
        for (const QJsonValue &v : report.value(QStringLiteral("results")).toArray())
            figures.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QStringList expected = { QStringLiteral("first_paint_demo"), QStringLiteral("first_paint"),
            QStringLiteral("first_paint_ratio"), QStringLiteral("totals_shown"),
            QStringLiteral("writable"), QStringLiteral("timeline_viewport_paint"),
            QStringLiteral("timeline_viewport_paint_cold"), QStringLiteral("timeline_page_scroll"),
            QStringLiteral("timeline_rows"), QStringLiteral("grants_open"),
            QStringLiteral("grants_ledger_first_page"), QStringLiteral("grants_open_worst_stall"),
            QStringLiteral("search_keystroke_median"), QStringLiteral("search_keystroke_p95"),
            QStringLiteral("search_keystroke_processing_p95"), QStringLiteral("form_open"),
            QStringLiteral("form_keystroke_median"), QStringLiteral("form_keystroke_p95"),
            QStringLiteral("form_keystroke_processing_p95"), QStringLiteral("gui_peak_rss"),
            QStringLiteral("scdl_export"), QStringLiteral("scdl_rows"),
            QStringLiteral("csv_import"), QStringLiteral("csv_import_ratio"),
            QStringLiteral("jury_ranking_recompute_mean_median"),
            QStringLiteral("jury_ranking_recompute_mean_p95"),
            QStringLiteral("jury_ranking_recompute_zscore_median"),
            QStringLiteral("jury_ranking_recompute_zscore_p95"),
            QStringLiteral("jury_ranking_input"), QStringLiteral("jury_scores"),
            QStringLiteral("ds_import_200"), QStringLiteral("ds_import_200_ratio") };
        for (const char *chart : { "cumulative", "per_period", "per_initiative",
                 "per_funding_source", "per_need_kind", "per_theme" }) {
            expected << QStringLiteral("chart_%1_update").arg(QLatin1String(chart))
                     << QStringLiteral("chart_%1_render").arg(QLatin1String(chart));
        }
        for (const char *aggregation : { "per_period", "per_initiative", "per_funding_source",
                 "per_need_kind", "per_theme" }) {
            expected
                << QStringLiteral("chart_%1_aggregation").arg(QLatin1String(aggregation))
                << QStringLiteral("chart_%1_aggregation_ratio").arg(QLatin1String(aggregation));
        }
        for (const QString &name : std::as_const(expected)) {
            const QJsonObject f = figures.value(name);
            if (!figures.contains(name) || f.value(QStringLiteral("unit")).toString().isEmpty()) {
                qWarning("missing figure %s", qPrintable(name));
                return {};
            }
            const bool measured = f.value(QStringLiteral("value")).isDouble()
                && f.value(QStringLiteral("value")).toDouble() >= 0
                && !f.value(QStringLiteral("method")).toString().isEmpty();
            const bool explained = f.value(QStringLiteral("value")).isNull()
                && f.value(QStringLiteral("met")) == QJsonValue(false)
                && !f.value(QStringLiteral("reason")).toString().isEmpty();
            const bool judged = f.value(QStringLiteral("target")).isNull()
                || f.value(QStringLiteral("met")).isBool();
            if (!(measured || explained) || !judged) {
                qWarning("figure %s has neither a value nor a reason: %s", qPrintable(name),
                    QJsonDocument(f).toJson(QJsonDocument::Compact).constData());
                return {};
            }
        }
        return figures;
    }

    static QStringList csvHeader()
    {
        return QStringLiteral("name,carrier,promotion,status,current_phase,phase_status,themes,"
                              "town,needs,committed_cents,disbursed_cents,next_action_due")
            .split(QLatin1Char(','));
    }

private Q_SLOTS:
    void helpListsTheCommandsAndSucceeds()
    {
        const Run r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        for (const char *command : { "init", "demo", "check", "info", "list", "export", "import",
                 "report", "generate", "bench", "jury" })
            QVERIFY2(
                r.out.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' ')),
                command);
        QVERIFY(r.err.isEmpty());
    }

    void noCommandOrAnUnknownOneIsRefused()
    {
        const Run none = cli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.startsWith(QLatin1String("Usage: tremplin-cli")), qPrintable(none.err));
        QVERIFY(none.out.isEmpty());
        const Run r = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown command")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    }

    void demoThenInfoReportsNineLaureates()
    {
        const QString db = path(QStringLiteral("x.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode, 0);
        const Run info = cli({ QStringLiteral("info"), QStringLiteral("--db"), db });
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QLatin1String("Laureates: 9")), qPrintable(info.out));
        QVERIFY(info.out.contains(QLatin1String("(illustrative)")));
        const Run json = cli({ QStringLiteral("info"), QStringLiteral("--db"), db,
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("laureates")).toInt(), 9);
        QCOMPARE(o.value(QStringLiteral("promotions")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("committed_cents")).toInteger(),
            qint64(7 * 8000000 + 7 * 6000000));
        QCOMPARE(cli({ QStringLiteral("check"), QStringLiteral("--db"), db }).exitCode, 0);
    }

    void demoAndInitRefuseAnExistingFile()
    {
        const QString file = path(QStringLiteral("existing.txt"));
        test::writeRandomBytes(file, 100);
        const QByteArray before = test::fileHash(file);
        for (const char *command : { "demo", "init" }) {
            const Run r = cli({ QString::fromLatin1(command), QStringLiteral("--db"), file });
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(QLatin1String("already exists")));
            QCOMPARE(test::fileHash(file), before);
        }
    }

    void initFromTheAicTemplateWritesItsCalendarPromotionAndTranches()
    {
        const QString db = path(QStringLiteral("init-aic.sqlite"));
        const Run r = cli({ QStringLiteral("init"), QStringLiteral("--db"), db,
            QStringLiteral("--template"), QStringLiteral("aic"), QStringLiteral("--start"),
            QStringLiteral("2027-01-10"), QStringLiteral("--name"),
            QStringLiteral("Accélérateur 2027"), QStringLiteral("--envelope"),
            QStringLiteral("1400000"), QStringLiteral("--places"), QStringLiteral("10"),
            QStringLiteral("--promotion"), QStringLiteral("Promotion 2027") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("with the programme Accélérateur 2027 and 7 phase")),
            qPrintable(r.out));
        Database file;
        file.open(db);
        ProgrammeService service(file);
        QCOMPARE(service.programmes().value(0).name, QStringLiteral("Accélérateur 2027"));
        const Promotion promotion = service.promotions().value(0);
        QCOMPARE(promotion.name, QStringLiteral("Promotion 2027"));
        QCOMPARE(promotion.envelope, Money::fromEuros(1400000));
        QCOMPARE(promotion.places, std::optional(10));
        QCOMPARE(promotion.startsOn, QDate(2027, 1, 10));
        const QList<Phase> phases = service.phases();
        const QList<TemplatePhase> expected
            = templateCalendar(CalendarTemplate::Aic, QDate(2027, 1, 10));
        QCOMPARE(phases.size(), 7);
        for (int i = 0; i < phases.size(); ++i) {
            QCOMPARE(phases.at(i).kind, expected.at(i).kind);
            QCOMPARE(phases.at(i).planned.start, expected.at(i).dates.start);
            QCOMPARE(phases.at(i).planned.end, expected.at(i).dates.end);
        }
        QCOMPARE(service.tranches(service.programmes().value(0).id).size(), 2);
        file.close();
        QCOMPARE(cli({ QStringLiteral("check"), QStringLiteral("--db"), db }).exitCode, 0);
        // init --db alone still makes an empty file.
        const QString empty = path(QStringLiteral("init-empty.sqlite"));
        QCOMPARE(cli({ QStringLiteral("init"), QStringLiteral("--db"), empty }).exitCode, 0);
        QCOMPARE(test::countRows(empty, QStringLiteral("programme")), 0);
    }

    void initRefusesABadTemplateDateOrNameAndLeavesNoFile_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        const QString start = QStringLiteral("--start");
        const QString name = QStringLiteral("--name");
        const QString tpl = QStringLiteral("--template");
        QTest::newRow("unknown template") << QStringList { tpl, QStringLiteral("aic2"), start,
            QStringLiteral("2027-01-10"), name, QStringLiteral("P") }
                                          << QStringLiteral("unknown template \"aic2\"");
        QTest::newRow("not a date") << QStringList { tpl, QStringLiteral("aic"), start,
            QStringLiteral("2027-02-30"), name, QStringLiteral("P") }
                                    << QStringLiteral("\"2027-02-30\" is not a date");
        QTest::newRow("no start") << QStringList { tpl, QStringLiteral("aic"), name,
            QStringLiteral("P") } << QStringLiteral("--start YYYY-MM-DD is required");
        QTest::newRow("no name") << QStringList { tpl, QStringLiteral("aic"), start,
            QStringLiteral("2027-01-10") }
                                 << QStringLiteral("--name is required");
        QTest::newRow("bad envelope") << QStringList { tpl, QStringLiteral("aic"), start,
            QStringLiteral("2027-01-10"), name, QStringLiteral("P"), QStringLiteral("--envelope"),
            QStringLiteral("-5") } << QStringLiteral("\"-5\" is not an amount");
        // Refused by the service once the file exists: the half-written file is removed.
        QTest::newRow("blank name") << QStringList { tpl, QStringLiteral("aic"), start,
            QStringLiteral("2027-01-10"), name, QStringLiteral("   ") }
                                    << QStringLiteral("The programme needs a name.");
        QTest::newRow("bad SIRET") << QStringList { name, QStringLiteral("P"),
            QStringLiteral("--siret"), QStringLiteral("73282932000079") }
                                   << QStringLiteral("check digit");
    }

    void initRefusesABadTemplateDateOrNameAndLeavesNoFile()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString db = path(QStringLiteral("init-refused.sqlite"));
        const Run r
            = cli(QStringList { QStringLiteral("init"), QStringLiteral("--db"), db } + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
    }

    void initWithATemplateNeverOverwritesAFile()
    {
        const QString file = path(QStringLiteral("init-existing.sqlite"));
        test::writeRandomBytes(file, 100);
        const QByteArray before = test::fileHash(file);
        const Run r = cli({ QStringLiteral("init"), QStringLiteral("--db"), file,
            QStringLiteral("--template"), QStringLiteral("aic"), QStringLiteral("--start"),
            QStringLiteral("2027-01-10"), QStringLiteral("--name"), QStringLiteral("P") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("already exists")));
        QCOMPARE(test::fileHash(file), before);
    }

    void checkOnRandomBytesFailsAndLeavesThemIdentical()
    {
        const QString file = path(QStringLiteral("random.bin"));
        test::writeRandomBytes(file, 65536);
        const QByteArray before = test::fileHash(file);
        const Run r = cli({ QStringLiteral("check"), QStringLiteral("--db"), file });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("not a Tremplin database")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(test::fileHash(file), before);
        const Run i = cli({ QStringLiteral("info"), QStringLiteral("--db"), file });
        QCOMPARE(i.exitCode, 2);
        QCOMPARE(test::fileHash(file), before);
    }

    void checkOnADamagedDatabaseFails()
    {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), file }).exitCode, 0);
        const qint64 size = QFileInfo(file).size();
        test::corruptBytes(file, 4096, int(size - 4096));
        const QByteArray before = test::fileHash(file);
        const Run r = cli({ QStringLiteral("check"), QStringLiteral("--db"), file });
        QCOMPARE(r.exitCode, 2);
        // Real damage (no journal to roll back) is called damage, with the advice.
        QVERIFY2(r.err.contains(QLatin1String("is damaged"))
                && r.err.contains(QLatin1String("Restore it from a copy")),
            qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
    }

    void checkListsBrokenLinksAndExitsOne()
    {
        // A file that opens but holds a row pointing nowhere (written with foreign keys off,
        // as another tool could): check reads it through, lists the problem, exits 1.
        const QString file = path(QStringLiteral("dangling.sqlite"));
        QCOMPARE(cli({ QStringLiteral("init"), QStringLiteral("--db"), file }).exitCode, 0);
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dangling"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO initiative_theme (initiative_id, theme_id) VALUES (41, 42)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dangling"));
        const QByteArray before = test::fileHash(file);
        const Run r = cli({ QStringLiteral("check"), QStringLiteral("--db"), file });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("Integrity: 2 problems")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String(
                     "  - Row 1 of table initiative_theme points to a missing row of theme.")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String(
                     "  - Row 1 of table initiative_theme points to a missing row of initiative.")),
            qPrintable(r.out));
        QCOMPARE(test::fileHash(file), before);
    }

    void checkRollsBackAWriteKilledMidwayAndFindsTheFileSound()
    {
        // A real crash: sqlite3 starts a write transaction big enough to spill into the file,
        // and is killed with SIGKILL before it commits. The file then holds a hot journal,
        // which check used to call damage ("Restore it from a copy").
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QFAIL("sqlite3 must be installed: packaging/quickstart.sh installs it for the tests");
        const QString db = path(QStringLiteral("killed.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode, 0);
        const QStringList infoJson = { QStringLiteral("info"), QStringLiteral("--db"), db,
            QStringLiteral("--format"), QStringLiteral("json") };
        const Run infoBefore = cli(infoJson);
        QCOMPARE(infoBefore.exitCode, 0);
        const QString listBefore
            = list(db, { QStringLiteral("--format"), QStringLiteral("csv") }).out;
        const QByteArray committed = test::fileHash(db);

        QProcess writer;
        writer.setProcessChannelMode(QProcess::MergedChannels);
        writer.start(sqlite3, { db });
        QVERIFY(writer.waitForStarted());
        writer.write(
            "PRAGMA cache_size = 4;\n"
            "BEGIN IMMEDIATE;\n"
            "UPDATE initiative SET name = 'interrupted ' || name;\n"
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000) "
            "INSERT INTO audit_log (changed_at, entity, operation, summary) "
            "SELECT '2026-01-01', 'import', 'insert', hex(randomblob(200)) FROM n;\n"
            "SELECT 'ready';\n");
        QVERIFY(writer.waitForBytesWritten(10000));
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += writer.readAll()).contains("ready"),
            qPrintable(QString::fromUtf8(said + writer.readAllStandardError())), 30000);
        writer.kill(); // SIGKILL: no rollback, no cleanup
        QVERIFY(writer.waitForFinished(10000));
        QVERIFY(QFileInfo(db + QStringLiteral("-journal")).size() > 0);
        QVERIFY(test::fileHash(db) != committed); // the write did reach the file

        for (const char *language : { "en", "fr" }) {
            QProcess p;
            p.start(QStringLiteral(TREMPLIN_CLI_PATH),
                { QStringLiteral("--lang"), QString::fromLatin1(language), QStringLiteral("check"),
                    QStringLiteral("--db"), db });
            QVERIFY(p.waitForFinished(60000));
            const QString out
                = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            QVERIFY2(p.exitCode() == 0, qPrintable(out));
            QVERIFY2(!out.contains(QLatin1String("damaged"))
                    && !out.contains(QStringLiteral("endommagé")),
                qPrintable(out));
        }
        QVERIFY(!QFile::exists(db + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(db + QStringLiteral(".lock")));
        // The data is what it was before the interrupted write.
        QCOMPARE(cli(infoJson).out, infoBefore.out);
        QCOMPARE(list(db, { QStringLiteral("--format"), QStringLiteral("csv") }).out, listBefore);
    }

    void missingOptionsAndFilesAreOneLineErrors()
    {
        Run r = cli({ QStringLiteral("info") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--db")));
        r = cli({ QStringLiteral("info"), QStringLiteral("--db"),
            path(QStringLiteral("nope.sqlite")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(path(QStringLiteral("nope.sqlite"))));
        r = cli({ QStringLiteral("info"), QStringLiteral("--bogus") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QLatin1String("bogus")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void listInitiativesGivesTheNineDemoLaureatesInJson()
    {
        const QString db = demoDatabase();
        QVERIFY(QFile::exists(db));
        const QByteArray before = test::fileHash(db);
        const Run r = list(db, { QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 9);
        QStringList keys = csvHeader();
        keys.sort();
        QStringList names;
        qint64 committed = 0;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), keys);
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("alumni"));
            QCOMPARE(
                o.value(QStringLiteral("promotion")).toString(), QStringLiteral("Promotion 1"));
            QVERIFY(o.value(QStringLiteral("committed_cents")).isDouble());
            committed += o.value(QStringLiteral("committed_cents")).toInteger();
            names.append(o.value(QStringLiteral("name")).toString());
        }
        QCOMPARE(committed, qint64(7 * 8000000 + 7 * 6000000));
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(names, sorted); // by name
        QCOMPARE(test::fileHash(db), before); // read-only
    }

    void listSearchIgnoresAccentsAndCase()
    {
        const QString db = demoDatabase();
        QCOMPARE(listedNames(db, { QStringLiteral("--search"), QStringLiteral("democratie") }),
            QStringList { QStringLiteral("Parlons Démocratie") });
        QCOMPARE(listedNames(db, { QStringLiteral("--search"), QStringLiteral("VIKIDIA") }),
            QStringList { QStringLiteral("Vikidia") });
        QCOMPARE(
            listedNames(db, { QStringLiteral("--search"), QStringLiteral("zzzz") }), QStringList());
    }

    void listStatusFiltersOnTheLifecycleCode()
    {
        const QString db = demoDatabase();
        // Every demo initiative finished promotion 1: alumni, no laureate left.
        QCOMPARE(listedNames(db, { QStringLiteral("--status"), QStringLiteral("laureate") }),
            QStringList());
        QCOMPARE(
            listedNames(db, { QStringLiteral("--status"), QStringLiteral("alumni") }).size(), 9);
    }

    void listRefusesAnUnknownStatusNounOrFormat()
    {
        const QString db = demoDatabase();
        Run r = list(db, { QStringLiteral("--status"), QStringLiteral("winner") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        // The message lists the valid codes.
        QVERIFY2(r.err.contains(QLatin1String("not_selected")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        r = cli({ QStringLiteral("list"), QStringLiteral("grants"), QStringLiteral("--db"), db });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.contains(QLatin1String("grants")));

        r = cli({ QStringLiteral("list"), QStringLiteral("--db"), db });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);

        r = list(db, { QStringLiteral("--format"), QStringLiteral("xml") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);

        r = cli({ QStringLiteral("list"), QStringLiteral("initiatives") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--db")));
    }

    void listCsvHasTheHeaderAndOneLinePerInitiative()
    {
        const QString db = demoDatabase();
        const Run r = list(db, { QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 10);
        QCOMPARE(lines.constFirst(), csvHeader().join(QLatin1Char(',')));
        // "Nantes, Saint-Nazaire" holds a comma: quoted.
        QVERIFY2(r.out.contains(QLatin1String(",\"Nantes, Saint-Nazaire\",")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String(",alumni,")));
    }

    void listCsvQuotesFieldsAndNeutralisesFormulas()
    {
        const QString file = path(QStringLiteral("formulas.sqlite"));
        {
            Database db;
            db.create(file);
            InitiativeService initiatives(db);
            Initiative i;
            i.name = QStringLiteral("=HYPERLINK(\"http://example.com\")");
            i.town = QStringLiteral("Lyon, \"Croix-Rousse\"");
            initiatives.create(i);
            i.name = QStringLiteral("-2+3");
            i.town = QStringLiteral("line one\nline two");
            initiatives.create(i);
            i.name = QStringLiteral("Archived initiative");
            i.town.clear();
            i.archived = true;
            initiatives.create(i);
        }
        const Run r = list(file, { QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QLatin1String("\n'-2+3,,,applicant,,,,\"line one\nline two\",,0,0,\n")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QLatin1String("\n\"'=HYPERLINK(\"\"http://example.com\"\")\",,,applicant,,,,"
                                   "\"Lyon, \"\"Croix-Rousse\"\"\",,0,0,\n")),
            qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("Archived")));
        // JSON keeps the text as it is.
        QCOMPARE(listedNames(file),
            (QStringList {
                QStringLiteral("-2+3"), QStringLiteral("=HYPERLINK(\"http://example.com\")") }));
    }

    void listPromotionTakesANumberOrAName()
    {
        const QString db = demoDatabase();
        QCOMPARE(listedNames(db, { QStringLiteral("--promotion"), QStringLiteral("1") }).size(), 9);
        const QStringList byName = { QStringLiteral("--promotion"), QStringLiteral("Promotion 1") };
        QCOMPARE(listedNames(db, byName).size(), 9);
        Run r = list(db, { QStringLiteral("--promotion"), QStringLiteral("7") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        r = list(db, { QStringLiteral("--promotion"), QStringLiteral("1' OR '1'='1") });
        QCOMPARE(r.exitCode, 2);
    }

    void listTableAlignsColumnsAndEndsWithTheCount()
    {
        const QString db = demoDatabase();
        const Run r = list(db);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 1 + 9 + 1); // header, rule, rows, count
        QVERIFY2(lines.constLast().startsWith(QLatin1String("9 initiative")), qPrintable(r.out));
        const qsizetype carrier = lines.constFirst().indexOf(QLatin1String("Carrier"));
        QVERIFY(carrier > 0);
        for (int i = 2; i < 11; ++i) {
            QVERIFY2(lines.at(i).at(carrier - 1) == QLatin1Char(' ')
                    && lines.at(i).at(carrier) != QLatin1Char(' '),
                qPrintable(lines.at(i)));
        }
        QVERIFY(r.out.contains(QStringLiteral("Parlons Démocratie")));
        QVERIFY(r.out.contains(QStringLiteral("€140,000.00")));
        QVERIFY(r.out.contains(QLatin1String("Alumni")));
    }

    void listTableHeadersAreTheWindowsColumnTitles_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("someTitles");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList { QStringLiteral("Carrier"), QStringLiteral("Town"),
                                   QStringLiteral("Phase status") };
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList { QStringLiteral("Structure porteuse"),
                                   QStringLiteral("Commune"), QStringLiteral("Bilan de phase"),
                                   QStringLiteral("Thématiques") };
    }

    void listTableHeadersAreTheWindowsColumnTitles()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, someTitles);
        const Run r = cliIn(language,
            { QStringLiteral("list"), QStringLiteral("initiatives"), QStringLiteral("--db"),
                demoDatabase() });
        QCOMPARE(r.exitCode, 0);
        const QString header = r.out.section(QLatin1Char('\n'), 0, 0);
        // Every title the window's list shows (the model asks the same core function).
        Translations translations;
        QVERIFY(translations.install(language));
        QStringList titles;
        for (int c = 0; c < InitiativeListService::ColumnCount; ++c)
            titles << InitiativeListService::columnTitle(InitiativeListService::Column(c));
        translations.install(QStringLiteral("en"));
        for (const QString &title : someTitles)
            QVERIFY2(titles.contains(title), qPrintable(title));
        qsizetype from = 0;
        for (const QString &title : std::as_const(titles)) {
            const qsizetype at = header.indexOf(title, from);
            QVERIFY2(at >= from, qPrintable(title + QStringLiteral(" in ") + header));
            from = at + title.size();
        }
        QVERIFY(!header.contains(QLatin1String("Porteur "))
            && !header.contains(QLatin1String("Ville")));
    }

    void listStatusTakesTheWindowsLabelsInEitherLanguageOrTheCode()
    {
        const QString db = demoDatabase();
        const auto count = [&db](const QString &language, const QString &status) {
            const Run r = cliIn(language,
                { QStringLiteral("list"), QStringLiteral("initiatives"), QStringLiteral("--db"), db,
                    QStringLiteral("--status"), status, QStringLiteral("--format"),
                    QStringLiteral("json") });
            return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out.toUtf8()).array().size())
                                   : -r.exitCode;
        };
        QCOMPARE(count(QStringLiteral("fr"), QStringLiteral("Ancien lauréat")), 9);
        QCOMPARE(count(QStringLiteral("fr"), QStringLiteral("ancien laureat")), 9);
        QCOMPARE(count(QStringLiteral("fr"), QStringLiteral("Alumni")), 9);
        QCOMPARE(count(QStringLiteral("fr"), QStringLiteral("alumni")), 9);
        QCOMPARE(count(QStringLiteral("en"), QStringLiteral("Alumni")), 9);
        QCOMPARE(count(QStringLiteral("fr"), QStringLiteral("Lauréat")), 0);
        QCOMPARE(count(QStringLiteral("fr"), QStringLiteral("Non retenu")), 0);
        // A wrong value: one line listing every accepted label with its code.
        const Run r = cliIn(QStringLiteral("fr"),
            { QStringLiteral("list"), QStringLiteral("initiatives"), QStringLiteral("--db"), db,
                QStringLiteral("--status"), QStringLiteral("gagnant") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        for (const char *accepted :
            { "Candidat (applicant)", "Ancien lauréat (alumni)", "Non retenu (not_selected)" })
            QVERIFY2(r.err.contains(QString::fromUtf8(accepted)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("«") + nbsp + QStringLiteral("gagnant") + nbsp
                     + QStringLiteral("»")),
            qPrintable(r.err));
    }

    void infoCountsPublicPartnersAsTheOverviewDoes()
    {
        const QString db = demoDatabase();
        // The overview's "public partners": administrations engaged with an initiative.
        const int engaged = test::countRows(
            db, QStringLiteral("(SELECT DISTINCT administration_id FROM initiative_partner)"));
        QVERIFY(engaged > 0);
        QVERIFY(engaged != test::countRows(db, QStringLiteral("administration")));
        const Run json = cli({ QStringLiteral("info"), QStringLiteral("--db"), db,
            QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("public_partners")).toInt(), engaged);
        QVERIFY(!o.contains(QStringLiteral("administrations")));
        const Run en = cli({ QStringLiteral("info"), QStringLiteral("--db"), db });
        QVERIFY2(en.out.contains(QStringLiteral("\nPublic partners: %1\n").arg(engaged)),
            qPrintable(en.out));
        const Run fr
            = cliIn(QStringLiteral("fr"), { QStringLiteral("info"), QStringLiteral("--db"), db });
        QVERIFY2(
            fr.out.contains(QStringLiteral("\nPartenaires publics%1: %2\n").arg(nbsp).arg(engaged)),
            qPrintable(fr.out));
        QVERIFY(!en.out.contains(QLatin1String("Administrations"))
            && !fr.out.contains(QLatin1String("Administrations")));
    }

    void humanOutputFollowsFrenchTypographyAndGroupsNumbers()
    {
        const QString db = path(QStringLiteral("grouped.sqlite"));
        const Run generated = cliIn(QStringLiteral("fr"),
            { QStringLiteral("generate"), QStringLiteral("--db"), db,
                QStringLiteral("--initiatives"), QStringLiteral("1200"),
                QStringLiteral("--disbursements"), QStringLiteral("50") });
        QCOMPARE(generated.exitCode, 0);
        QVERIFY2(generated.out.contains(
                     QString(QStringLiteral("1") + groupFr + QStringLiteral("200 initiatives"))),
            qPrintable(generated.out));
        QVERIFY2(QRegularExpression(QStringLiteral(" dans (1 promotion|\\d+ promotions), "))
                     .match(generated.out)
                     .hasMatch(),
            qPrintable(generated.out));

        const Run fr
            = cliIn(QStringLiteral("fr"), { QStringLiteral("info"), QStringLiteral("--db"), db });
        QCOMPARE(fr.exitCode, 0);
        const QStringList lines = fr.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 15);
        for (const QString &line : lines) {
            // Each "label : value" line has a no-break space, never a plain one or none.
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            QVERIFY2(colon > 0 && line.at(colon - 1) == nbsp, qPrintable(line));
        }
        QVERIFY2(fr.out.contains(QString(QStringLiteral("\nInitiatives") + nbsp
                     + QStringLiteral(": 1") + groupFr + QStringLiteral("200\n"))),
            qPrintable(fr.out));
        const Run en = cli({ QStringLiteral("info"), QStringLiteral("--db"), db });
        QVERIFY2(en.out.contains(QStringLiteral("\nInitiatives: 1,200\n")), qPrintable(en.out));

        const Run table = cliIn(QStringLiteral("fr"),
            { QStringLiteral("list"), QStringLiteral("initiatives"), QStringLiteral("--db"), db });
        QVERIFY2(table.out.endsWith(QString(
                     QStringLiteral("\n1") + groupFr + QStringLiteral("200 initiatives\n"))),
            qPrintable(table.out.right(200)));
        const Run tableEn = cli(
            { QStringLiteral("list"), QStringLiteral("initiatives"), QStringLiteral("--db"), db });
        QVERIFY2(tableEn.out.endsWith(QStringLiteral("\n1,200 initiatives\n")),
            qPrintable(tableEn.out.right(200)));

        // Machine output stays machine-readable in any language: plain integers.
        const Run json = cliIn(QStringLiteral("fr"),
            { QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                QStringLiteral("json") });
        QVERIFY(json.out.contains(QLatin1String("\"initiatives\": 1200")));
        const Run csv = cliIn(QStringLiteral("fr"),
            { QStringLiteral("list"), QStringLiteral("initiatives"), QStringLiteral("--db"), db,
                QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(csv.out.count(QLatin1Char('\n')), 1201);
        QVERIFY(!csv.out.contains(groupFr) && !csv.out.contains(nbsp));

        // The table shows lists and dates as the window does ("a, b", 17/05/2015); CSV keeps
        // "a; b" and ISO dates.
        QVERIFY(csv.out.contains(QLatin1String("; ")));
        QVERIFY(!table.out.contains(QLatin1String("; ")));
        int dated = 0;
        for (const QString &line : csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1)) {
            const QDate due = QDate::fromString(line.section(QLatin1Char(','), -1), Qt::ISODate);
            if (!due.isValid())
                continue;
            const QString shown
                = QLocale(QLocale::French, QLocale::France).toString(due, QLocale::ShortFormat);
            QVERIFY2(table.out.contains(shown), qPrintable(shown));
            if (++dated == 20)
                break;
        }
        QVERIFY(dated > 0);
    }

    void messagesFollowTheLanguage()
    {
        QProcess p;
        p.start(QStringLiteral(TREMPLIN_CLI_PATH),
            { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("info"),
                QStringLiteral("--db"), path(QStringLiteral("absent.sqlite")) });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("n’existe pas")), qPrintable(err));
    }
    void exportScdlWritesTheDemoGrantsAndRefusesBadUsage()
    {
        const QString db = path(QStringLiteral("scdl.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode, 0);
        const QString out = path(QStringLiteral("subventions.csv"));
        const Run r = cli({ QStringLiteral("export"), QStringLiteral("scdl"),
            QStringLiteral("--db"), db, QStringLiteral("--out"), out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("14 grants")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 15);
        QCOMPARE(
            cli({ QStringLiteral("export"), QStringLiteral("scdl"), QStringLiteral("--db"), db })
                .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--db"), db,
                         QStringLiteral("--out"), out })
                     .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("scdl"), QStringLiteral("--db"), db,
                         QStringLiteral("--out"), out, QStringLiteral("--year"),
                         QStringLiteral("twenty") })
                     .exitCode,
            2);
        const Run none = cli({ QStringLiteral("export"), QStringLiteral("scdl"),
            QStringLiteral("--db"), db, QStringLiteral("--out"), path(QStringLiteral("y.csv")),
            QStringLiteral("--year"), QStringLiteral("2030") });
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(QLatin1String("0 grants")));
    }
    void generateWritesAValidDeterministicProgramme()
    {
        const QString a = path(QStringLiteral("gen-a.sqlite"));
        const QString b = path(QStringLiteral("gen-b.sqlite"));
        for (const QString &db : { a, b }) {
            const Run r = cli({ QStringLiteral("generate"), QStringLiteral("--db"), db,
                QStringLiteral("--initiatives"), QStringLiteral("300"),
                QStringLiteral("--disbursements"), QStringLiteral("2000"), QStringLiteral("--seed"),
                QStringLiteral("5") });
            QCOMPARE(r.exitCode, 0);
            // One promotion is "1 promotion", in the language's plural rules.
            QVERIFY2(r.out.contains(QLatin1String(" in 1 promotion, ")), qPrintable(r.out));
        }
        const Run info = cli({ QStringLiteral("info"), QStringLiteral("--db"), a,
            QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("initiatives")).toInt(), 300);
        QCOMPARE(o.value(QStringLiteral("disbursements")).toInt(), 2000);
        QVERIFY(o.value(QStringLiteral("laureates")).toInt() > 20);
        // Same seed, same programme.
        const Run listA = cli({ QStringLiteral("list"), QStringLiteral("initiatives"),
            QStringLiteral("--db"), a, QStringLiteral("--format"), QStringLiteral("csv") });
        const Run listB = cli({ QStringLiteral("list"), QStringLiteral("initiatives"),
            QStringLiteral("--db"), b, QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(listA.out, listB.out);
        // Valid: integrity, and an SCDL export that passes the schema (SIRET, RNA, dates).
        QCOMPARE(cli({ QStringLiteral("check"), QStringLiteral("--db"), a }).exitCode, 0);
        const Run scdl = cli({ QStringLiteral("export"), QStringLiteral("scdl"),
            QStringLiteral("--db"), a, QStringLiteral("--out"), path(QStringLiteral("gen.csv")) });
        QVERIFY2(scdl.exitCode == 0, qPrintable(scdl.err.left(500)));
        QCOMPARE(
            cli({ QStringLiteral("generate"), QStringLiteral("--db"), a }).exitCode, 2); // exists
        QCOMPARE(cli({ QStringLiteral("generate"), QStringLiteral("--db"),
                         path(QStringLiteral("g.sqlite")), QStringLiteral("--initiatives"),
                         QStringLiteral("zero") })
                     .exitCode,
            2);
    }

    void generateAddsAScoredSelectionWithoutScoresInConflict()
    {
        for (const QString &assignment : { QStringLiteral("all"), QStringLiteral("balanced") }) {
            const QString db = path(QStringLiteral("selection-%1.sqlite").arg(assignment));
            const Run r = cli({ QStringLiteral("generate"), QStringLiteral("--db"), db,
                QStringLiteral("--initiatives"), QStringLiteral("40"),
                QStringLiteral("--disbursements"), QStringLiteral("0"),
                QStringLiteral("--selection"), QStringLiteral("150"), QStringLiteral("--jurors"),
                QStringLiteral("12"), QStringLiteral("--conflicts"), QStringLiteral("7"),
                QStringLiteral("--assignment"), assignment, QStringLiteral("--per-track"),
                QStringLiteral("2") });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QLatin1String("150 applications, 12 jurors, 7 conflicts")),
                qPrintable(r.out));
            Database d;
            d.open(db);
            const auto count = [&d](const char *sql) {
                return Query(d, QLatin1String(sql)).scalar().toLongLong();
            };
            JuryService jury(d);
            QCOMPARE(jury.sessions().size(), 1);
            const qint64 session = jury.sessions().constFirst().id;
            QCOMPARE(jury.applications(session).size(), 150);
            QCOMPARE(jury.criteria(session).size(), 6);
            const QList<Juror> jurors = jury.jurors(session);
            QCOMPARE(jurors.size(), 12);
            QCOMPARE(std::count_if(jurors.begin(), jurors.end(),
                         [](const Juror &j) { return j.track == JuryTrack::Citizen; }),
                3);
            QCOMPARE(count("SELECT COUNT(*) FROM jury_conflict"), 7);
            // No score from a conflicted juror, none from an unassigned one, none off the scale.
            QCOMPARE(count("SELECT COUNT(*) FROM jury_score s JOIN jury_conflict f ON "
                           "f.member_id = s.member_id AND f.initiative_id = s.initiative_id"),
                0);
            QCOMPARE(count("SELECT COUNT(*) FROM jury_score s WHERE NOT EXISTS (SELECT 1 FROM "
                           "jury_assignment a WHERE a.member_id = s.member_id AND "
                           "a.initiative_id = s.initiative_id)"),
                0);
            QCOMPARE(count("SELECT COUNT(*) FROM jury_score WHERE score < 0 OR score > 5 OR "
                           "score * 2 <> ROUND(score * 2)"),
                0);
            const qint64 assignments = count("SELECT COUNT(*) FROM jury_assignment");
            if (assignment == QLatin1String("all"))
                QCOMPARE(assignments, 12 * 150 - 7);
            else // two jurors of each track per application, no more
                QCOMPARE(assignments, 150 * 2 * 2);
            // Every assigned criterion is scored: no missing score, every total complete.
            QCOMPARE(count("SELECT COUNT(*) FROM jury_score"), assignments * 6);
            QVERIFY(jury.missingScores(session).isEmpty());
            // Jurors are severe or generous: the z-score ranking is not the mean's.
            const jury::RankingInput input = jury.rankingInput(session);
            const jury::Ranking mean = jury::computeRanking(input, {});
            jury::RankingOptions z;
            z.method = RankingMethod::ZScore;
            const jury::Ranking zscore = jury::computeRanking(input, z);
            QVERIFY(mean.incomplete.isEmpty());
            QCOMPARE(mean.rows.constFirst().rank, 1);
            QVERIFY(mean.rows.constLast().rank > 0);
            QList<qint64> meanOrder, zOrder;
            for (int i = 0; i < mean.rows.size(); ++i) {
                meanOrder << mean.rows.at(i).initiativeId;
                zOrder << zscore.rows.at(i).initiativeId;
            }
            QVERIFY(meanOrder != zOrder);
            QCOMPARE(cli({ QStringLiteral("check"), QStringLiteral("--db"), db }).exitCode, 0);
        }
        // Out-of-range selections are refused before anything is kept.
        const QString bad = path(QStringLiteral("selection-bad.sqlite"));
        QCOMPARE(cli({ QStringLiteral("generate"), QStringLiteral("--db"), bad,
                         QStringLiteral("--initiatives"), QStringLiteral("10"),
                         QStringLiteral("--selection"), QStringLiteral("5"),
                         QStringLiteral("--criteria"), QStringLiteral("9") })
                     .exitCode,
            2);
        QVERIFY(!QFile::exists(bad));
        QCOMPARE(cli({ QStringLiteral("generate"), QStringLiteral("--db"), bad,
                         QStringLiteral("--selection"), QStringLiteral("5"),
                         QStringLiteral("--assignment"), QStringLiteral("random") })
                     .exitCode,
            2);
    }

    void theBenchmarkSmokeRunReportsEveryMeasure()
    {
        // A short run on the demo (keys typed as fast as the window shows them): every figure is
        // there, measured or with the reason it could not be; values are not judged here (speed
        // is the benchmark's business, not a unit test's).
        const Run r = cli({ QStringLiteral("bench"), QStringLiteral("--scale"),
            QStringLiteral("small"), QStringLiteral("--json"), QStringLiteral("--work"),
            path(QStringLiteral("bench")), QStringLiteral("--key-interval"), QStringLiteral("0") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("scale")).toString(), QStringLiteral("small"));
        const QHash<QString, QJsonObject> figures = benchFigures(o);
        QVERIFY(!figures.isEmpty());
        // The window ran: its figures are measured, the p95 ones from at least 200 keystrokes.
        for (const char *name : { "first_paint_ratio", "totals_shown", "writable", "grants_open",
                 "grants_ledger_first_page", "grants_open_worst_stall", "form_open",
                 "search_keystroke_p95", "form_keystroke_p95", "timeline_viewport_paint",
                 "gui_peak_rss" })
            QVERIFY2(
                figures.value(QLatin1String(name)).value(QStringLiteral("value")).isDouble(), name);
        for (const char *name : { "search_keystroke_p95", "form_keystroke_p95" })
            QVERIFY2(
                figures.value(QLatin1String(name)).value(QStringLiteral("samples")).toInt() >= 200,
                name);
        // Start-up figures are medians of the start-up runs, not the one start of the interface
        // run.
        for (const char *name : { "first_paint", "totals_shown", "writable" })
            QVERIFY2(
                figures.value(QLatin1String(name)).value(QStringLiteral("samples")).toInt() == 3,
                name);
        // With sqlite3 at hand, the import comparison ran and both files held the same rows.
        if (!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
            const QJsonObject ratio = figures.value(QStringLiteral("csv_import_ratio"));
            QVERIFY2(ratio.value(QStringLiteral("value")).isDouble(),
                qPrintable(ratio.value(QStringLiteral("reason")).toString()));
            QVERIFY(ratio.value(QStringLiteral("method"))
                        .toString()
                        .contains(QLatin1String("same rows")));
            const QJsonObject ds = figures.value(QStringLiteral("ds_import_200_ratio"));
            QVERIFY2(ds.value(QStringLiteral("value")).isDouble(),
                qPrintable(ds.value(QStringLiteral("reason")).toString()));
        }
        // The jury's figures: the ranking recomputed in memory for both methods on a generated
        // session with every score (300 applications × 20 jurors × 6 criteria at this scale, 12
        // conflicts of interest), its reading from the file, and the import of a Démarches
        // simplifiées export (200 dossiers at this scale, 2 000 at the others).
        for (const char *name :
            { "jury_ranking_recompute_mean_p95", "jury_ranking_recompute_zscore_p95",
                "jury_ranking_recompute_zscore_median", "jury_ranking_input", "ds_import_200" })
            QVERIFY2(figures.value(QLatin1String(name)).value(QStringLiteral("value")).isDouble(),
                qPrintable(QLatin1String(name) + QLatin1Char(' ')
                    + figures.value(QLatin1String(name))
                          .value(QStringLiteral("reason"))
                          .toString()));
        QCOMPARE(figures.value(QStringLiteral("jury_ranking_recompute_mean_p95"))
                     .value(QStringLiteral("samples"))
                     .toInt(),
            60);
        QCOMPARE(
            figures.value(QStringLiteral("jury_scores")).value(QStringLiteral("value")).toInt(),
            (300 * 20 - 12) * 6);
        QCOMPARE(cli({ QStringLiteral("bench"), QStringLiteral("--scale"), QStringLiteral("huge") })
                     .exitCode,
            2);
    }

    void aBenchmarkWithoutTheWindowOrSqlite3GivesEachMissingFigureItsReason()
    {
        // tremplin-cli alone in a folder (no window beside it) and no sqlite3 on the PATH.
        const QString dir = path(QStringLiteral("lonely"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/bin")));
        const QString cliCopy = dir + QStringLiteral("/tremplin-cli");
        QVERIFY(QFile::copy(QStringLiteral(TREMPLIN_CLI_PATH), cliCopy));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), dir + QStringLiteral("/bin"));
        p.setProcessEnvironment(env);
        p.start(cliCopy,
            { QStringLiteral("bench"), QStringLiteral("--scale"), QStringLiteral("small"),
                QStringLiteral("--json"), QStringLiteral("--work"),
                path(QStringLiteral("bench-lonely")) });
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QHash<QString, QJsonObject> figures
            = benchFigures(QJsonDocument::fromJson(p.readAllStandardOutput()).object());
        QVERIFY(!figures.isEmpty());
        for (const char *name : { "first_paint", "totals_shown", "form_open",
                 "search_keystroke_p95", "form_keystroke_p95" }) {
            const QJsonObject f = figures.value(QLatin1String(name));
            QVERIFY2(f.value(QStringLiteral("value")).isNull()
                    && f.value(QStringLiteral("met")) == QJsonValue(false),
                name);
            QVERIFY2(f.value(QStringLiteral("reason"))
                         .toString()
                         .contains(QLatin1String("tremplin executable")),
                name);
        }
        for (const char *name :
            { "csv_import_ratio", "chart_per_theme_aggregation_ratio", "ds_import_200_ratio" }) {
            const QJsonObject f = figures.value(QLatin1String(name));
            QVERIFY2(f.value(QStringLiteral("value")).isNull()
                    && f.value(QStringLiteral("met")) == QJsonValue(false),
                name);
            QVERIFY2(
                f.value(QStringLiteral("reason")).toString().contains(QLatin1String("sqlite3")),
                name);
        }
        // Tremplin's own side of those comparisons is still measured.
        QVERIFY(
            figures.value(QStringLiteral("csv_import")).value(QStringLiteral("value")).isDouble());
        QVERIFY(figures.value(QStringLiteral("ds_import_200"))
                    .value(QStringLiteral("value"))
                    .isDouble());
    }
    void reportPhaseStatusWritesTheLaureatesOfPhaseN()
    {
        const QString db = path(QStringLiteral("report.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode, 0);
        const QString out = path(QStringLiteral("phase2.csv"));
        const Run r = cli({ QStringLiteral("report"), QStringLiteral("phase-status"),
            QStringLiteral("--db"), db, QStringLiteral("--phase"), QStringLiteral("2"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("5 initiatives at the end of Phase 2")),
            qPrintable(r.out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 6);
        QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("phase-status"),
                         QStringLiteral("--db"), db, QStringLiteral("--phase"), QStringLiteral("9"),
                         QStringLiteral("--out"), out })
                     .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("phase-status"),
                         QStringLiteral("--db"), db, QStringLiteral("--phase"),
                         QStringLiteral("Phase 1"), QStringLiteral("--format"),
                         QStringLiteral("doc"), QStringLiteral("--out"), out })
                     .exitCode,
            2);
        const QString pdf = path(QStringLiteral("phase1.pdf"));
        QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("phase-status"),
                         QStringLiteral("--db"), db, QStringLiteral("--phase"),
                         QStringLiteral("Phase 1"), QStringLiteral("--out"), pdf })
                     .exitCode,
            0);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(4) == "%PDF");
    }

    void juryCommandsSetUpImportAndRankWithTheirExitCodes()
    {
        const QString db = path(QStringLiteral("jury.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode, 0);
        {
            Database d;
            d.open(db);
            int ds = 501;
            for (const char *name : { "Infoclimat", "Ma Dada", "Open Data University" }) {
                Query(d,
                    QStringLiteral("UPDATE initiative SET admissibility = 'admissible', "
                                   "ds_number = ? WHERE name = ?"))
                    .bindAll(ds++, QString::fromUtf8(name))
                    .exec();
            }
        }
        const auto write = [this](const char *name, const QByteArray &bytes) {
            QFile f(path(QLatin1String(name)));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        const QByteArray good = R"({"name": "Jury 2026", "promotion": "Promotion 1",
            "scale": {"min": 0, "max": 5, "step": 0.5},
            "criteria": [{"name": "Impact", "weight": 2}, {"name": "Faisabilité", "weight": 1}],
            "tracks": [{"code": "expert", "weight": 2}, {"code": "citizen", "weight": 1}],
            "jurors": [{"name": "Ann Expert", "track": "expert", "email": "ann@example.org"},
                       {"name": "Carl Citizen", "track": "citizen"}],
            "conflicts": [{"juror": "Carl Citizen", "candidate": "502", "reason": "Volunteer"}],
            "assignment": "all"})";
        const auto sessions = [&db] {
            Database d;
            d.open(db, Database::Access::ReadOnly);
            return Query(d, QStringLiteral("SELECT COUNT(*) FROM jury_session")).scalar().toInt();
        };

        // Bad input: 2; a template naming what the file does not hold: 1, nothing written.
        const Run notJson = cli({ QStringLiteral("jury"), QStringLiteral("setup"),
            write("bad.json", "{ nope"), QStringLiteral("--db"), db });
        QCOMPARE(notJson.exitCode, 2);
        QByteArray elsewhere = good;
        elsewhere.replace("\"Promotion 1\"", "\"Promotion 9\"");
        const Run unknown = cli({ QStringLiteral("jury"), QStringLiteral("setup"),
            write("elsewhere.json", elsewhere), QStringLiteral("--db"), db });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("Promotion 9")), qPrintable(unknown.err));
        QCOMPARE(sessions(), 0);
        const Run setup = cli({ QStringLiteral("jury"), QStringLiteral("setup"),
            write("good.json", good), QStringLiteral("--db"), db });
        QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
        QCOMPARE(sessions(), 1);

        // Scores: a conflicted juror's line refuses the whole file, with its line.
        const QString session = QStringLiteral("--session=Jury 2026");
        const Run conflicted
            = cli({ QStringLiteral("jury"), QStringLiteral("scores"), QStringLiteral("import"),
                write("conflict.csv",
                    "juror;candidate;criterion;score;comment\nAnn Expert;Infoclimat;Impact;4;\n"
                    "Carl Citizen;Ma Dada;Impact;3;\n"),
                QStringLiteral("--db"), db, session });
        QCOMPARE(conflicted.exitCode, 1);
        QVERIFY2(conflicted.err.contains(QLatin1String("line 3: Carl Citizen declared a conflict")),
            qPrintable(conflicted.err));
        // Totals = (2·Impact + Faisabilité)/3. Ann: Infoclimat 3, Ma Dada 3, ODU 4. Carl:
        // Infoclimat 5. Mean: Infoclimat (2·3 + 5)/3 = 11/3; ODU 4 and Ma Dada 3, expert only.
        const Run imported
            = cli({ QStringLiteral("jury"), QStringLiteral("scores"), QStringLiteral("import"),
                write("scores.csv",
                    "juré,candidature,critère,note,commentaire\n"
                    "ann@example.org,Infoclimat,Impact,4,\"Bien, vraiment\"\n"
                    "Ann Expert,Infoclimat,Faisabilité,1,\nAnn Expert,502,Impact,3,\n"
                    "Ann Expert,502,Faisabilité,3,\nAnn Expert,Open Data University,Impact,5,\n"
                    "Ann Expert,Open Data University,Faisabilité,\"2,0\",\n"
                    "Carl Citizen,Infoclimat,Impact,5,\nCarl Citizen,Infoclimat,Faisabilité,5,\n"),
                QStringLiteral("--db"), db, session });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QLatin1String("Imported 8 score")));

        const Run json
            = cli({ QStringLiteral("jury"), QStringLiteral("ranking"), QStringLiteral("--db"), db,
                session, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray ranking = QJsonDocument::fromJson(json.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("ranking"))
                                       .toArray();
        QCOMPARE(ranking.size(), 3);
        const QJsonObject first = ranking.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("rank")).toInt(), 1);
        QCOMPARE(first.value(QLatin1String("candidate")).toString(),
            QStringLiteral("Open Data University"));
        QCOMPARE(first.value(QLatin1String("score")).toDouble(), 4.0);
        QVERIFY(first.value(QLatin1String("tracks"))
                    .toObject()
                    .value(QLatin1String("citizen"))
                    .isNull());
        QCOMPARE(first.value(QLatin1String("tracks"))
                     .toObject()
                     .value(QLatin1String("expert"))
                     .toDouble(),
            4.0);
        QCOMPARE(first.value(QLatin1String("jurors")).toInt(), 1);
        QCOMPARE(first.value(QLatin1String("spread")).toDouble(), 0.0);
        const QJsonObject second = ranking.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("candidate")).toString(), QStringLiteral("Infoclimat"));
        QCOMPARE(second.value(QLatin1String("score")).toDouble(), std::round(11.0 / 3 * 1e6) / 1e6);
        QCOMPARE(second.value(QLatin1String("jurors")).toInt(), 2);
        QCOMPARE(second.value(QLatin1String("spread")).toDouble(), 2.0);

        const Run table
            = cli({ QStringLiteral("jury"), QStringLiteral("ranking"), QStringLiteral("--db"), db,
                session, QStringLiteral("--method"), QStringLiteral("zscore") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QLatin1String("Infoclimat")));
        const Run csv
            = cli({ QStringLiteral("jury"), QStringLiteral("ranking"), QStringLiteral("--db"), db,
                session, QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(QLatin1String("rank,candidate,")));
        QCOMPARE(cli({ QStringLiteral("jury"), QStringLiteral("ranking"), QStringLiteral("--db"),
                         db, session, QStringLiteral("--method"), QStringLiteral("median") })
                     .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("jury"), QStringLiteral("ranking"), QStringLiteral("--db"),
                         db, QStringLiteral("--session=Nope") })
                     .exitCode,
            2);

        // The template written back reads as the one set up.
        const QString out = path(QStringLiteral("back.json"));
        QCOMPARE(cli({ QStringLiteral("jury"), QStringLiteral("template"), QStringLiteral("--db"),
                         db, session, QStringLiteral("--out"), out })
                     .exitCode,
            0);
        QFile back(out);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const JuryTemplate t = JuryTemplate::fromJson(back.readAll());
        QCOMPARE(t.jurors.size(), 2);
        QCOMPARE(t.conflicts.size(), 1);
        QCOMPARE(t.conflicts.first().candidate, QStringLiteral("Ma Dada"));
        QCOMPARE(t.criteria.at(1).name, QStringLiteral("Faisabilité"));
    }

    void importApplicationsExitsZeroOneOrTwoAndWritesNothingOnProblems()
    {
        const QString db = path(QStringLiteral("applications.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode, 0);
        auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile f(path(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
            return path(name);
        };
        const QString bad = write(QStringLiteral("bad.csv"),
            "ID;\xC3\x89tat du dossier;Nom du projet;\xC3\x89tablissement SIRET;Adresse "
            "\xC3\xA9lectronique\n501;Accept\xC3\xA9;Clean;;a@b.fr\n502;refuse;Bad;123;nope\n");
        auto import = [&](const QString &file, const QStringList &more = {}) {
            return cli(QStringList { QStringLiteral("import"), QStringLiteral("applications"), file,
                           QStringLiteral("--db"), db }
                + more);
        };
        // Problems: exit 1, each with its line, nothing written.
        const QByteArray hash = test::fileHash(db);
        Run r = import(bad, { QStringLiteral("--promotion"), QStringLiteral("Saison 5") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 3")) && r.err.contains(QStringLiteral("SIRET"))
                && r.err.contains(QStringLiteral("e-mail")),
            qPrintable(r.err));
        QCOMPARE(test::fileHash(db), hash);
        // --skip-invalid imports the clean ones, lists the others, still exits 1; the promotion
        // is created.
        r = import(bad,
            { QStringLiteral("--promotion"), QStringLiteral("Saison 5"),
                QStringLiteral("--skip-invalid") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Created the promotion")), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("line 3")));
        // A clean file: exit 0; again: unchanged, never duplicated.
        const QString clean = write(QStringLiteral("clean.csv"),
            "ID,\xC3\x89tat du dossier,Nom du projet\n601,En instruction,\"Un, projet\"\n");
        r = import(clean, { QStringLiteral("--promotion"), QStringLiteral("Saison 5") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("1 new")), qPrintable(r.out));
        r = import(clean, { QStringLiteral("--promotion"), QStringLiteral("Saison 5") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("1 unchanged")), qPrintable(r.out));
        const Run listed = cli({ QStringLiteral("list"), QStringLiteral("initiatives"),
            QStringLiteral("--db"), db, QStringLiteral("--promotion"), QStringLiteral("Saison 5"),
            QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(listed.out.count(QStringLiteral("Un, projet")), 1);
        QVERIFY(listed.out.contains(QStringLiteral("Clean")));
        // Bad input: exit 2.
        QCOMPARE(import(path(QStringLiteral("missing.csv"))).exitCode, 2);
        QCOMPARE(import(write(QStringLiteral("nothing.csv"), "a,b\n1,2\n")).exitCode, 2);
        QCOMPARE(
            cli({ QStringLiteral("import"), QStringLiteral("applications"), clean }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
