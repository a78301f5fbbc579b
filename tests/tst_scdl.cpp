// SPDX-License-Identifier: GPL-3.0-or-later
// The SCDL "subventions" 2.1.1 export: the demo exports a valid file; each kind of invalid row
// is refused with its reason and no file is written.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/exports/csv.h"
#include "core/exports/savefile.h"
#include "core/exports/scdlexport.h"
#include "core/exports/tableschema.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

namespace {

/// Splits an RFC 4180 file into rows of cells (quotes, doubled quotes, CRLF).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

} // namespace

class TestScdl : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    void sql(const QString &statement)
    {
        // Straight SQL, bypassing the services' checks, to build rows they would refuse.
        Query(*m_db, statement).exec();
    }
    /// Exports, expecting a refusal that mentions @p reason, with no file left behind.
    void expectRefused(const QString &reason)
    {
        const QString out = m_dir.filePath(QStringLiteral("refused%1.csv").arg(++m_n));
        bool refused = false;
        try {
            ScdlExport(*m_db).write(out, {});
        } catch (const Error &e) {
            refused = true;
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
            QVERIFY(e.message().contains(QLatin1String("no file was written")));
        }
        QVERIFY(refused);
        QVERIFY(!QFile::exists(out));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        m_db->create(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)));
        writeDemoProgramme(*m_db);
    }
    void cleanup() { m_db.reset(); }

    void theDemoExportsAFileThatTheSchemaAccepts()
    {
        const QString out = m_dir.filePath(QStringLiteral("demo.csv"));
        QCOMPARE(ScdlExport(*m_db).write(out, {}), 14);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM
        QVERIFY(bytes.contains("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), 15);
        // The schema file of the repository (a copy of the official one), read independently of
        // the one compiled into Tremplin.
        QFile schemaFile(QStringLiteral(
            TREMPLIN_SOURCE_DIR "/resources/scdl/scdl-subventions-2.1.1.schema.json"));
        QVERIFY(schemaFile.open(QIODevice::ReadOnly));
        const auto schema = TableSchema::fromJson(schemaFile.readAll());
        QVERIFY(schema);
        QCOMPARE(rows.first(), schema->fieldNames());
        QCOMPARE(rows.first().size(), 16);
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList problems = schema->check(rows.at(i));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            QCOMPARE(rows.at(i).at(8).contains(u'.'), true); // montant: decimal point
            QCOMPARE(rows.at(i).at(13), QStringLiteral("non")); // notificationUE
        }
        QCOMPARE(rows.at(1).at(8), QStringLiteral("80000.00"));
        QCOMPARE(rows.at(1).at(14), QStringLiteral("1"));
    }

    void aGrantWhoseFundingSourceHasNoSiretIsAttributedToTheProgrammesOperator()
    {
        // The operator set as the Programme workspace sets it: through RecordService.
        RecordService records(*m_db);
        const qint64 programme = ProgrammeService(*m_db).currentProgrammeId();
        QVERIFY_THROWS_EXCEPTION(Error,
            records.setValue(QStringLiteral("programme"), QStringLiteral("operator_siret"),
                programme, QStringLiteral("73282932000079")));
        records.setValues(QStringLiteral("programme"), programme,
            { { QStringLiteral("operator"), QStringLiteral("DINUM") },
                { QStringLiteral("operator_siret"), QStringLiteral("130 025 265 00013") } });
        sql(QStringLiteral("UPDATE funding_source SET siret = NULL"));
        const QString out = m_dir.filePath(QStringLiteral("operator.csv"));
        QCOMPARE(ScdlExport(*m_db).write(out, {}), 14);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        QFile schemaFile(QStringLiteral(
            TREMPLIN_SOURCE_DIR "/resources/scdl/scdl-subventions-2.1.1.schema.json"));
        QVERIFY(schemaFile.open(QIODevice::ReadOnly));
        const auto schema = TableSchema::fromJson(schemaFile.readAll());
        QVERIFY(schema);
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList problems = schema->check(rows.at(i));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            QCOMPARE(rows.at(i).at(0), QStringLiteral("DINUM"));
            QCOMPARE(rows.at(i).at(1), QStringLiteral("13002526500013"));
        }
    }

    void filtersByPromotionAndYear()
    {
        ScdlExport::Options o;
        o.year = 2022;
        QCOMPARE(ScdlExport(*m_db).rows(o).size(), 14);
        o.year = 2023;
        QCOMPARE(ScdlExport(*m_db).rows(o).size(), 0);
        o = {};
        o.promotionId = 999;
        QCOMPARE(ScdlExport(*m_db).rows(o).size(), 0);
    }

    void aGrantorWithAnInvalidSiretIsRefused()
    {
        sql(QStringLiteral("UPDATE funding_source SET siret = '73282932000079'"));
        expectRefused(QStringLiteral("idAttribuant: 73282932000079 is not a valid SIRET number"));
    }
    void aMissingConventionDateIsRefused()
    {
        sql(QStringLiteral("UPDATE grant_award SET convention_date = NULL WHERE id = (SELECT "
                           "MIN(id) FROM grant_award)"));
        expectRefused(QStringLiteral("dateConvention: a value is required"));
    }
    void anImpossibleDateIsRefused()
    {
        sql(QStringLiteral("UPDATE grant_award SET convention_date = '2022-02-30' WHERE id = "
                           "(SELECT MIN(id) FROM grant_award)"));
        expectRefused(QStringLiteral("is not a date"));
    }
    void aBeneficiaryWithNeitherSiretNorRnaIsRefused()
    {
        sql(QStringLiteral(
            "UPDATE organisation SET siret = NULL, rna = NULL WHERE name = 'Association Vikidia'"));
        expectRefused(QStringLiteral("idBeneficiaire or rnaBeneficiaire: one of them is required"));
    }
    void aMalformedRnaIsRefused()
    {
        sql(QStringLiteral(
            "UPDATE organisation SET rna = 'W12345678X' WHERE name = 'Association Vikidia'"));
        expectRefused(
            QStringLiteral("rnaBeneficiaire: “W12345678X” does not have the expected form"));
    }
    void anObjectLongerThan256CharactersIsRefused()
    {
        sql(QStringLiteral("UPDATE initiative SET name = '%1' WHERE name = 'Vikidia'")
                .arg(QString(260, u'x')));
        expectRefused(QStringLiteral("objet:"));
    }
    void anUnknownBudgetShareIsRefused()
    {
        sql(QStringLiteral("UPDATE grant_award SET budget_share = NULL WHERE id = (SELECT MIN(id) "
                           "FROM grant_award)"));
        expectRefused(QStringLiteral("share of the project's budget is not entered"));
    }
    void aBudgetShareBelowOnePercentIsRefused()
    {
        sql(QStringLiteral("UPDATE grant_award SET budget_share = 0.001 WHERE id = (SELECT MIN(id) "
                           "FROM grant_award)"));
        expectRefused(QStringLiteral("pourcentageSubvention: 0.001 is below the minimum"));
    }
    void aGrantWithoutCarrierIsRefused()
    {
        sql(QStringLiteral("UPDATE initiative SET carrier_id = NULL WHERE name = 'Vikidia'"));
        expectRefused(QStringLiteral("no carrier organisation"));
    }
    void aFailedExportLeavesAnExistingFileAsItWas()
    {
        const QString out = m_dir.filePath(QStringLiteral("existing.csv"));
        test::writeRandomBytes(out, 512);
        const QByteArray before = test::fileHash(out);
        sql(QStringLiteral("UPDATE funding_source SET siret = '12345678901234'"));
        QVERIFY_THROWS_EXCEPTION(Error, ScdlExport(*m_db).write(out, {}));
        QCOMPARE(test::fileHash(out), before);
    }
    void savingAFileReplacesItWholeOrNotAtAll()
    {
        // Every file Tremplin writes (exports, ledger CSV, reports) goes through saveFile().
        const QString out = m_dir.filePath(QStringLiteral("saved.bin"));
        test::writeRandomBytes(out, 512);
        saveFile(out, QByteArrayLiteral("new content"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArrayLiteral("new content"));
        f.close();

        // A target that cannot be written is refused with its name, and nothing appears.
        const QString missingFolder = m_dir.filePath(QStringLiteral("no-such-folder/out.csv"));
        try {
            saveFile(missingFolder, QByteArrayLiteral("x"));
            QFAIL("saveFile() accepted a path in a missing folder");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QDir::toNativeSeparators(missingFolder)),
                qPrintable(e.message()));
        }
        QVERIFY(!QFileInfo::exists(missingFolder));

        // A folder in the way is left as it was.
        const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
        QVERIFY_THROWS_EXCEPTION(Error, saveFile(folder, QByteArrayLiteral("x")));
        QVERIFY(QFileInfo(folder + QStringLiteral("/inside")).isDir());
    }
    void plannedAndCancelledGrantsAreNotPublished()
    {
        sql(QStringLiteral("UPDATE grant_award SET status = 'planned' WHERE tranche = 'second'"));
        QCOMPARE(ScdlExport(*m_db).rows({}).size(), 7);
        sql(QStringLiteral("UPDATE grant_award SET status = 'cancelled' WHERE tranche = 'seed'"));
        QCOMPARE(ScdlExport(*m_db).rows({}).size(), 0);
    }

    void theSchemasOwnExampleHasAnImpossibleDateThatIsCaught()
    {
        QFile f(QStringLiteral(TREMPLIN_SOURCE_DIR "/tests/data/scdl-subventions-example.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        QCOMPARE(rows.first(), TableSchema::scdlSubventions().fieldNames());
        int impossible = 0;
        for (const QStringList &row : rows.mid(1)) {
            for (const QString &p : ScdlExport::checkRow(row))
                impossible += p.contains(QLatin1String("2017-30-05")) ? 1 : 0;
        }
        QCOMPARE(impossible, 1);
    }

    void csvCellsAreQuotedAndFormulasNeutralised()
    {
        QCOMPARE(csv::field(QStringLiteral("=SUM(A1:A2)")), QStringLiteral("'=SUM(A1:A2)"));
        QCOMPARE(csv::field(QStringLiteral("-12"), csv::Cell::Value), QStringLiteral("-12"));
        QCOMPARE(csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csv::field(QStringLiteral("dit \"oui\"")), QStringLiteral("\"dit \"\"oui\"\"\""));
        QCOMPARE(
            csv::field(QStringLiteral("a;b"), csv::Cell::Text, u';'), QStringLiteral("\"a;b\""));
    }
};

QTEST_GUILESS_MAIN(TestScdl)
#include "tst_scdl.moc"
