// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files given to every importer (issue 15, point 5): random bytes, a 3 MB field, NUL
// bytes, UTF-16, 20 000 columns, unterminated quotes, formula-like cells, absurd numbers and
// dates, a broken jury template. Each file goes through the importer in the process and through
// tremplin-cli: never a crash, never a partial write (every row of every table compared), and
// a clear, short message. Also: UTF-16 files are read like UTF-8 ones, and text cells that a
// spreadsheet would run as formulas come out of Tremplin's CSV exports neutralised.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/exports/csv.h"
#include "core/exports/ledgercsv.h"
#include "core/exports/scdlexport.h"
#include "core/exports/tableschema.h"
#include "core/i18n/translations.h"
#include "core/imports/applicationimport.h"
#include "core/imports/disbursementimport.h"
#include "core/imports/juryscoreimport.h"
#include "core/imports/textfile.h"
#include "core/reports/phasestatusreport.h"
#include "core/services/grantledger.h"
#include "core/services/juryservice.h"
#include "juryfixture.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace tremplin;

namespace {

const QByteArray paymentHeader = "grant,paid_on,amount,reference";
const QByteArray paymentLine = "AIC-2022-CA-103-T2,2022-12-15,1000.00,M-1";
const QByteArray applicationHeader = "Dossier,Projet,SIRET,Email,Budget,Dernière mise à jour le";
const QByteArray applicationLine = "9001,Projet hostile,,a@example.org,1000,2023-01-01";
const QByteArray scoreHeader = "juror,candidate,criterion,score,comment";
const QByteArray scoreLine = "E1,P,A,4,bien";

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out(size, '\0');
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

/// A cell of @p size characters: letters, the separator, quotes and line breaks, quoted.
QByteArray hugeQuotedCell(int size)
{
    QByteArray cell;
    cell.reserve(size + size / 8 + 2);
    cell += '"';
    for (int i = 0; i < size; ++i)
        cell += i % 97 == 0 ? QByteArray("\"\"") : i % 89 == 0 ? QByteArray(",\n") : "x";
    cell += '"';
    return cell;
}

QByteArray withCell(const QByteArray &line, int column, const QByteArray &cell)
{
    QList<QByteArray> cells = line.split(',');
    cells[column] = cell;
    return cells.join(',');
}

QByteArray utf16(const QByteArray &utf8, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(QString::fromUtf8(utf8));
}

/// The files every importer must refuse, built around its own header and a valid line (whose
/// cell @p textColumn holds free text), plus @p absurd lines of the importer's own.
void addHostileRows(const QByteArray &header, const QByteArray &line, int textColumn,
    const QList<QPair<const char *, QByteArray>> &absurd)
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray eol = "\r\n";
    QTest::newRow("random bytes") << randomBytes(64 * 1024, 15);
    QTest::newRow("random bytes after the header") << header + eol + randomBytes(64 * 1024, 16);
    QTest::newRow("an empty file") << QByteArray();
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("a 3 MB field") << header + eol
            + withCell(line, textColumn, QByteArray(3 * 1024 * 1024, 'x')) + eol;
    QTest::newRow("a 3 MB quoted field with separators, quotes and line breaks")
        << header + eol + withCell(line, textColumn, hugeQuotedCell(3 * 1024 * 1024)) + eol;
    QTest::newRow("NUL bytes in a cell")
        << header + eol + withCell(line, 0, line.split(',').at(0) + QByteArray(3, '\0')) + eol;
    QTest::newRow("a NUL byte in the header")
        << QByteArray(header).insert(3, '\0') + eol + line + eol;
    QTest::newRow("a spreadsheet's own format (xlsx)")
        << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + randomBytes(4096, 17);
    QByteArray wide = header;
    QByteArray wideLine = line;
    for (int c = 0; c < 20000; ++c) {
        wide += ",c" + QByteArray::number(c);
        wideLine += ",x";
    }
    // 20 000 columns, and a line with more cells than the header has.
    QTest::newRow("20 000 columns") << wide + eol + wideLine + ",y" + eol + "," + eol;
    QTest::newRow("a cell more than the header names") << header + eol + line + ",y" + eol;
    QTest::newRow("an unterminated quote")
        << header + eol + "\"" + line + eol + line + eol + line + eol;
    QTest::newRow("an unterminated quote in the header") << "\"" + header + eol + line + eol;
    for (const auto &[name, bytes] : absurd)
        QTest::newRow(name) << header + eol + line + eol + bytes + eol;
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Translations m_translations;
    QString m_demo; ///< the demo programme (grants, payments, initiatives), never opened
    QString m_jury; ///< a jury session (JuryPackFixture), never opened
    int m_n = 0;

    QString copyOf(const QString &file)
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n));
        if (!QFile::copy(file, path))
            qFatal("cannot copy %s", qPrintable(file));
        return path;
    }
    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("in%1.csv").arg(++m_n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    /// Every row of every table of @p path, hashed: equal before and after means nothing was
    /// written. Read on a read-only connection.
    static QByteArray contents(const QString &path)
    {
        Database db;
        db.open(path, Database::Access::ReadOnly);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        Query tables(db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                           "LIKE 'sqlite_%' ORDER BY name"));
        tables.exec();
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            hash.addData(table.toUtf8());
            Query rows(db, QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
            rows.exec();
            while (rows.next()) {
                for (int i = 0; i < rows.raw().record().count(); ++i)
                    hash.addData((rows.value(i).toString() + u'\x1f').toUtf8());
                hash.addData("\x1e");
            }
        }
        return hash.result();
    }
    static int count(const QString &path, const QString &table)
    {
        return test::countRows(path, table);
    }
    /// A message a user can read: present, short, without control characters.
    static void verifyClear(const QStringList &messages)
    {
        QVERIFY2(!messages.isEmpty(), "no message");
        for (const QString &m : messages) {
            QVERIFY(!m.trimmed().isEmpty());
            QVERIFY2(m.size() < 400, qPrintable(m.left(400)));
            for (const QChar c : m)
                QVERIFY2(c >= u' ' || c == u'\n', qPrintable(m));
        }
    }
    template<typename Import> static QStringList messagesOf(const Import &import)
    {
        QStringList out;
        for (const auto &p : import.problems())
            out << p.message;
        return out;
    }
    /// tremplin-cli with @p args refuses, says why in a few lines, and writes nothing.
    static void verifyCliRefuses(const QString &db, const QStringList &args)
    {
        const QByteArray before = contents(db);
        const test::CliRun run = test::runCli(args);
        QVERIFY2(run.exitCode != 0, qPrintable(run.out.left(400)));
        QVERIFY2(!run.err.trimmed().isEmpty(), "tremplin-cli said nothing");
        QVERIFY2(run.err.size() < 4000, qPrintable(run.err.left(400)));
        QVERIFY(!run.err.contains(QChar(0)));
        QCOMPARE(contents(db), before);
    }

    /// The messages of an import that read a file (@p loaded) and refused to commit it; of
    /// @p error when it could not read it; none when it wrote the file.
    template<typename Import>
    static QStringList refusal(Import &import, bool loaded, const QString &error)
    {
        if (!loaded)
            return { error };
        try {
            import.commit();
            return {};
        } catch (const Error &) {
            return messagesOf(import);
        }
    }
    /// refusal() of an importer of a whole file (payments, applications).
    template<typename Import> static QStringList loadAndCommit(Database &db, const QString &file)
    {
        Import import;
        QString error;
        const bool loaded = import.loadFile(file, db, &error);
        return refusal(import, loaded, error);
    }
    using Attempt = std::function<QStringList(Database &, const QString &file)>;
    /// Gives @p bytes to an importer on a copy of @p original (@p attempt returns what it
    /// said, refusal()), then to tremplin-cli @p command FILE @p options --db DB: each refuses
    /// with a clear message (holding @p reason when given) and writes nothing.
    void verifyRefused(const QString &original, const QByteArray &bytes, const Attempt &attempt,
        const QStringList &command, const QStringList &options = {}, const QString &reason = {})
    {
        const QString db = copyOf(original);
        const QString file = writeFile(bytes);
        const QByteArray before = contents(db);
        QStringList messages;
        {
            Database database;
            database.open(db);
            messages = attempt(database, file);
        }
        QVERIFY2(messages.join(u'\n').contains(reason), qPrintable(messages.join(u'\n').left(400)));
        verifyClear(messages.join(u'\n').split(u'\n'));
        QCOMPARE(contents(db), before);
        verifyCliRefuses(db,
            command + QStringList { file } + options + QStringList { QStringLiteral("--db"), db });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("en")));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        m_jury = m_dir.filePath(QStringLiteral("jury.sqlite"));
        Database demo;
        demo.create(m_demo);
        writeDemoProgramme(demo);
        demo.close();
        Database jury;
        jury.create(m_jury);
        test::JuryPackFixture::make(jury);
    }

    void paymentsRefuseHostileFiles_data()
    {
        const QByteArray valid = "AIC-2022-CA-103-T2,";
        addHostileRows(paymentHeader, paymentLine, 3,
            { { "an amount of 21 digits", valid + "2022-12-15,999999999999999999999,M-2" },
                { "an amount in scientific notation", valid + "2022-12-15,1e308,M-2" },
                { "an amount that is not a number", valid + "2022-12-15,NaN,M-2" },
                { "a negative zero", valid + "2022-12-15,-0,M-2" },
                { "a thousandth of a cent", valid + "2022-12-15,0.001,M-2" },
                { "a date in the year 9999", valid + "9999-12-31,10,M-2" },
                { "a date in the year 1", valid + "0001-01-01,10,M-2" },
                { "a 31st of February", valid + "31/02/2023,10,M-2" },
                { "a month 13", valid + "2023-13-01,10,M-2" },
                { "a date with a time of 25:61", valid + "2023-01-01T25:61,10,M-2" } });
    }
    void paymentsRefuseHostileFiles()
    {
        QFETCH(QByteArray, bytes);
        verifyRefused(m_demo, bytes, &loadAndCommit<DisbursementImport>,
            { QStringLiteral("import"), QStringLiteral("disbursements") });
    }

    void paymentsOfAbsurdAmountsCannotOverflowTheLedger()
    {
        // Each line is a number the ledger can hold, with a reason for exceeding the
        // commitment; together they are more than a 64-bit count of cents.
        QByteArray bytes = "grant,paid_on,amount,override_reason\r\n";
        for (int i = 0; i < 200; ++i)
            bytes += "AIC-2022-CA-103-T2,2022-12-15,999999999999999.99,exceptional\r\n";
        const QString db = copyOf(m_demo);
        const QString file = writeFile(bytes);
        const int payments = count(db, QStringLiteral("disbursement"));
        {
            Database database;
            database.open(db);
            DisbursementImport import;
            QString error;
            QVERIFY(import.loadFile(file, database, &error));
            verifyClear(messagesOf(import));
            QVERIFY_THROWS_EXCEPTION(Error, import.commit());
        }
        QCOMPARE(count(db, QStringLiteral("disbursement")), payments);
    }

    void applicationsRefuseHostileFiles_data()
    {
        const QByteArray n = "9002,Autre projet,,b@example.org,";
        addHostileRows(applicationHeader, applicationLine, 1,
            { { "a dossier number of 25 digits",
                  "9999999999999999999999999,Projet,,c@example.org,10,2023-01-01" },
                { "a negative dossier number", "-5,Projet,,c@example.org,10,2023-01-01" },
                { "a budget of 21 digits", n + "999999999999999999999,2023-01-01" },
                { "a budget in scientific notation", n + "1e308,2023-01-01" },
                { "a negative budget", n + "-100,2023-01-01" },
                { "an update in the year 9999", n + "10,9999-12-31" },
                { "an update in the year 1", n + "10,0001-01-01" },
                { "a 31st of February", n + "10,31/02/2023" } });
    }
    void applicationsRefuseHostileFiles()
    {
        QFETCH(QByteArray, bytes);
        verifyRefused(m_demo, bytes, &loadAndCommit<ApplicationImport>,
            { QStringLiteral("import"), QStringLiteral("applications") });
    }

    void scoresRefuseHostileFiles_data()
    {
        addHostileRows(scoreHeader, scoreLine, 4,
            { { "a score of 400 digits", "E1,Q,A," + QByteArray(400, '9') + "," },
                { "a score of 1e308", "E1,Q,A,1e308," }, { "an infinite score", "E1,Q,A,inf," },
                { "a score that is not a number", "E1,Q,A,NaN," },
                { "a negative score", "E1,Q,A,-0.5," },
                { "a score off the scale's step", "E1,Q,A,4.25," } });
    }
    void scoresRefuseHostileFiles()
    {
        QFETCH(QByteArray, bytes);
        verifyRefused(m_jury, bytes,
            [](Database &db, const QString &file) {
                JuryScoreImport import(
                    db, JuryService(db).findSession(QStringLiteral("Jury 2026")));
                QString error;
                const bool loaded = import.loadFile(file, &error);
                return refusal(import, loaded, error);
            },
            { QStringLiteral("jury"), QStringLiteral("scores"), QStringLiteral("import") },
            { QStringLiteral("--session"), QStringLiteral("Jury 2026") });
    }

    void juryTemplatesRefuseHostileFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason"); ///< part of the message, when it matters
        QTest::newRow("random bytes") << randomBytes(64 * 1024, 18) << QString();
        QTest::newRow("an empty file") << QByteArray() << QString();
        QTest::newRow("NUL bytes")
            << QByteArrayLiteral("{\"name\": \"J\0\", \"promotion\": \"P\"}") << QString();
        QTest::newRow("UTF-16 without a BOM")
            << utf16("{\"name\": 1", QStringConverter::Utf16LE, false) << QString();
        QTest::newRow("a list, not an object") << QByteArray("[1, 2, 3]") << QString();
        QTest::newRow("nested 100 000 deep")
            << QByteArray(100000, '[') + QByteArray(100000, ']') << QString();
        QTest::newRow("an absurd scale")
            << QByteArray("{\"name\": \"J\", \"promotion\": \"Promotion 2026\", \"scale\": "
                          "{\"min\": 1e308, \"max\": -1e308, \"step\": 0}}")
            << QString();
        QTest::newRow("counts of 1e308")
            << QByteArray("{\"name\": \"J\", \"promotion\": \"Promotion 2026\", "
                          "\"criteria\": [{\"name\": \"A\"}], \"assignment\": \"balanced\", "
                          "\"max_per_juror\": 1e308, \"min_per_track\": -1e308}")
            << QStringLiteral("not a number of applications");
        QTest::newRow("a file of 20 MB") << QByteArray(20 * 1024 * 1024, ' ')
                                         << QStringLiteral("too large to be a jury template");
        QTest::newRow("20 000 criteria of 3 MB in all") << [] {
            QByteArray json
                = "{\"name\": \"J2\", \"promotion\": \"Promotion 2026\", \"criteria\": [";
            for (int i = 0; i < 20000; ++i)
                json += (i ? "," : "") + QByteArray("{\"name\": \"") + QByteArray(150, 'c')
                    + QByteArray::number(i % 10) + "\"}";
            return json + "]}";
        }() << QStringLiteral("more problems");
    }
    void juryTemplatesRefuseHostileFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        verifyRefused(
            m_jury, bytes,
            [](Database &db, const QString &file) {
                try {
                    JuryService(db).applyTemplate(JuryTemplate::fromFile(file));
                    return QStringList();
                } catch (const Error &e) {
                    return QStringList { e.message() };
                }
            },
            { QStringLiteral("jury"), QStringLiteral("setup") }, {}, reason);
    }

    void aDeviceOrAFolderIsNotReadToItsEnd()
    {
        // /dev/zero never ends: reading it whole would exhaust memory.
        for (const QString &path : { QStringLiteral("/dev/zero"), m_dir.path() }) {
            if (!QFileInfo::exists(path))
                continue;
            Database database;
            database.open(copyOf(m_demo));
            QString error;
            DisbursementImport payments;
            QVERIFY(!payments.loadFile(path, database, &error));
            QVERIFY2(error.contains(QStringLiteral("is not a file")), qPrintable(error));
            ApplicationImport applications;
            QVERIFY(!applications.loadFile(path, database, &error));
            JuryScoreImport scores(database, 0);
            QVERIFY(!scores.loadFile(path, &error));
            QVERIFY_THROWS_EXCEPTION(Error, JuryTemplate::fromFile(path));
        }
    }

    void utf16FilesAreReadLikeUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray text = "grant;paid_on;amount;reference\r\n"
                                "AIC-2022-CA-103-T2;15/12/2022;1 000,50;« Mandat œuvre » 5 €\r\n";
        QTest::newRow("UTF-8") << text;
        QTest::newRow("UTF-16LE with a BOM") << utf16(text, QStringConverter::Utf16LE, true);
        QTest::newRow("UTF-16BE with a BOM") << utf16(text, QStringConverter::Utf16BE, true);
        QTest::newRow("UTF-16LE without a BOM") << utf16(text, QStringConverter::Utf16LE, false);
        QTest::newRow("UTF-16BE without a BOM") << utf16(text, QStringConverter::Utf16BE, false);
        // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated.
        QTest::newRow("Excel's Unicode text (tabs)")
            << utf16(QByteArray(text).replace(';', '\t'), QStringConverter::Utf16LE, true);
    }
    void utf16FilesAreReadLikeUtf8()
    {
        QFETCH(QByteArray, bytes);
        const QString db = copyOf(m_demo);
        const QString file = writeFile(bytes);
        const int payments = count(db, QStringLiteral("disbursement"));
        {
            Database database;
            database.open(db);
            DisbursementImport import;
            QString error;
            QVERIFY2(import.loadFile(file, database, &error), qPrintable(error));
            QVERIFY2(import.problems().isEmpty(), qPrintable(messagesOf(import).join(u'\n')));
            QCOMPARE(import.lineCount(), 1);
            QCOMPARE(import.commit(), 1);
            Query q(database,
                QStringLiteral(
                    "SELECT paid_on, amount_cents, reference FROM disbursement ORDER BY id DESC"));
            q.exec();
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("2022-12-15"));
            QCOMPARE(q.value(1).toLongLong(), 100050);
            QCOMPARE(q.value(2).toString(), QStringLiteral("« Mandat œuvre » 5 €"));
        }
        QCOMPARE(count(db, QStringLiteral("disbursement")), payments + 1);
    }

    void formulaLikeCellsAreKeptAsTextAndNeutralisedInExports()
    {
        // A dossier whose project, carrier and town are written to run in a spreadsheet.
        const QStringList hostile = { QStringLiteral("=HYPERLINK(\"http://evil\";\"x\")"),
            QStringLiteral("+33 1 23 45 67 89"), QStringLiteral("-2+3"),
            QStringLiteral("@SUM(A1:A9)") };
        const QString db = copyOf(m_demo);
        QByteArray bytes = "Dossier;Projet;Nom de l'association;Email\r\n";
        for (int i = 0; i < hostile.size(); ++i) {
            bytes += QByteArray::number(9101 + i) + ";\""
                + hostile.at(i).toUtf8().replace("\"", "\"\"") + "\";\""
                + hostile.at((i + 1) % hostile.size()).toUtf8().replace("\"", "\"\"") + "\";p"
                + QByteArray::number(i) + "@example.org\r\n";
        }
        {
            Database database;
            database.open(db);
            ApplicationImport import;
            QString error;
            QVERIFY2(import.loadFile(writeFile(bytes), database, &error), qPrintable(error));
            QVERIFY2(import.problems().isEmpty(), qPrintable(messagesOf(import).join(u'\n')));
            QCOMPARE(import.commit(), 4);
            // Kept as they were written: the text is the applicant's.
            Query q(database,
                QStringLiteral("SELECT name FROM initiative WHERE ds_number >= 9101 ORDER BY "
                               "ds_number"));
            q.exec();
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            QCOMPARE(names, hostile);
        }
        // tremplin-cli list --format csv: each cell that would run starts with an apostrophe.
        const test::CliRun run = test::runCli({
            QStringLiteral("list"),
            QStringLiteral("initiatives"),
            QStringLiteral("--db"),
            db,
            QStringLiteral("--format"),
            QStringLiteral("csv"),
        });
        QCOMPARE(run.exitCode, 0);
        for (const QString &h : hostile) {
            const QString cell = csv::field(h);
            QVERIFY2(
                cell.startsWith(u'\'') || cell.startsWith(QStringLiteral("\"'")), qPrintable(cell));
            QVERIFY2(run.out.contains(cell), qPrintable(h));
        }
        verifyNoCellRuns(run.out, u',');

        // The SCDL export: its text columns are neutralised too (numbers and dates are not).
        const TableSchema &schema = TableSchema::scdlSubventions();
        ScdlExport::Row row;
        const QStringList fields = schema.fieldNames();
        row.cells = QStringList(fields.size(), QString());
        row.cells[int(fields.indexOf(QStringLiteral("nomBeneficiaire")))] = hostile.at(0);
        row.cells[int(fields.indexOf(QStringLiteral("objet")))] = hostile.at(3);
        row.cells[int(fields.indexOf(QStringLiteral("nomAttribuant")))] = hostile.at(1);
        row.cells[int(fields.indexOf(QStringLiteral("montant")))] = QStringLiteral("-5");
        const QString scdl = QString::fromUtf8(ScdlExport::toCsv({ row }));
        verifyNoCellRuns(scdl.section(QStringLiteral("\r\n"), 1), u',', { QStringLiteral("-5") });
        QVERIFY2(scdl.contains(QStringLiteral(",-5,")), qPrintable(scdl));

        // The grants ledger and the phase status report, with a laureate, its carrier, its
        // decision reference and conditions written the same way.
        Database database;
        database.open(db);
        const qint64 grant = Query(database,
            QStringLiteral("SELECT g.id FROM grant_award g JOIN participation p ON "
                           "p.initiative_id = g.initiative_id ORDER BY g.id LIMIT 1"))
                                 .scalar()
                                 .toLongLong();
        QVERIFY(grant > 0);
        Query(database,
            QStringLiteral("UPDATE grant_award SET decision_reference = ?, conditions = ? WHERE "
                           "id = ?"))
            .bindAll(hostile.at(3), hostile.at(2), grant)
            .exec();
        Query(database,
            QStringLiteral("UPDATE initiative SET name = ? WHERE id = (SELECT initiative_id FROM "
                           "grant_award WHERE id = ?)"))
            .bindAll(hostile.at(0), grant)
            .exec();
        Query(database,
            QStringLiteral("UPDATE organisation SET name = ? WHERE id = (SELECT i.carrier_id "
                           "FROM initiative i JOIN grant_award g ON g.initiative_id = i.id "
                           "WHERE g.id = ?)"))
            .bindAll(hostile.at(1), grant)
            .exec();
        for (const CsvProfile profile : { CsvProfile::ExcelFrench, CsvProfile::Rfc4180 }) {
            const QString ledger = QString::fromUtf8(
                ledgerCsv(GrantLedger(database).grants(GrantFilter()), profile));
            QVERIFY2(ledger.contains(QStringLiteral("'@SUM")), qPrintable(ledger.left(2000)));
            verifyNoCellRuns(
                ledger, profile == CsvProfile::ExcelFrench ? u';' : u',', { QStringLiteral("-") });
        }
        const QString report = QString::fromUtf8(
            PhaseStatusReport(database, PhaseStatusReport::latestPhase(database)).toCsv());
        QVERIFY2(report.contains(QStringLiteral("'=HYPERLINK")), qPrintable(report.left(2000)));
        verifyNoCellRuns(report, u',');
    }

private:
    /// No cell of @p text (CSV), quoted or not, starts with = + - @ except the numbers
    /// @p values.
    static void verifyNoCellRuns(
        const QString &text, QChar separator, const QStringList &values = {})
    {
        QString cell;
        bool quoted = false;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const QChar c = i < text.size() ? text.at(i) : QChar(u'\n');
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += c;
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    cell += c;
                }
            } else if (c == u'"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator || c == u'\n' || c == u'\r') {
                if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.at(0)))
                    QVERIFY2(values.contains(cell), qPrintable(cell));
                cell.clear();
            } else {
                cell += c;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
