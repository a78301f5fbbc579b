// SPDX-License-Identifier: GPL-3.0-or-later
// A programme's first year from nothing, without the demo: a file created by tremplin-cli init,
// a promotion and its phases, initiatives with their carriers, an acceleration committee that
// funds two of them and stops one, the first tranches paid, the SCDL export checked against the
// schema, the phase status report and the committee's pack printed. Each step goes through the
// path the window or the command line takes (the services, RecordService, tremplin-cli).
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/enums.h"
#include "core/error.h"
#include "core/exports/scdlexport.h"
#include "core/exports/tableschema.h"
#include "core/reports/committeebrief.h"
#include "core/reports/phasestatusreport.h"
#include "core/services/committeeservice.h"
#include "core/services/directoryservice.h"
#include "core/services/grantservice.h"
#include "core/services/initiativeservice.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "core/validation/identifiers.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TREMPLIN_CLI_PATH),
        QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

/// A SIRET with a valid check digit, from its first 13 digits.
QString siret(const QString &first13)
{
    for (int d = 0; d <= 9; ++d) {
        const QString candidate = first13 + QString::number(d);
        if (identifiers::isValidSiret(candidate))
            return candidate;
    }
    return {};
}

bool isPdf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-" && f.size() > 1000;
}

} // namespace

class TestFirstYear : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aProgrammesFirstYearFromNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("programme.sqlite"));

        // 1. The file: a programme and its first promotion, no phases yet (blank calendar).
        Run r = cli({ QStringLiteral("init"), QStringLiteral("--db"), file,
            QStringLiteral("--template"), QStringLiteral("blank"), QStringLiteral("--start"),
            QStringLiteral("2027-01-11"), QStringLiteral("--name"),
            QStringLiteral("Accélérateur de Lorraine"), QStringLiteral("--promotion"),
            QStringLiteral("Promotion 2027"), QStringLiteral("--envelope"),
            QStringLiteral("700000"), QStringLiteral("--places"), QStringLiteral("8") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        Database db;
        db.open(file);
        ProgrammeService programmes(db);
        QCOMPARE(programmes.programmes().size(), 1);
        const qint64 programmeId = programmes.programmes().constFirst().id;
        QCOMPARE(programmes.promotions().size(), 1);
        const Promotion promotion = programmes.promotions().constFirst();
        QCOMPARE(promotion.places, std::optional(8));
        QVERIFY(programmes.phases().isEmpty());

        // 2. Its calendar, as the Programme workspace writes it: one insert per phase, the
        // promotion's dates first (accompaniment phases must lie within them).
        RecordService records(db);
        records.setValue(QStringLiteral("promotion"), QStringLiteral("starts_on"), promotion.id,
            QStringLiteral("2027-01-11"));
        records.setValue(QStringLiteral("promotion"), QStringLiteral("ends_on"), promotion.id,
            QStringLiteral("2027-12-31"));
        const auto addPhase = [&](const char *kind, const QString &name, int position,
                                  const char *start, const char *end) {
            return records.insert(QStringLiteral("phase"),
                { { QStringLiteral("programme_id"), programmeId },
                    { QStringLiteral("promotion_id"), promotion.id },
                    { QStringLiteral("kind"), QLatin1String(kind) },
                    { QStringLiteral("name"), name }, { QStringLiteral("position"), position },
                    { QStringLiteral("planned_start"), QLatin1String(start) },
                    { QStringLiteral("planned_end"), QLatin1String(end) } });
        };
        addPhase("call", QStringLiteral("Appel à candidatures"), 1, "2027-01-11", "2027-02-21");
        const qint64 phase1
            = addPhase("accompaniment", QStringLiteral("Phase 1"), 2, "2027-04-12", "2027-07-11");
        addPhase(
            "committee", QStringLiteral("Comité d’accélération"), 3, "2027-07-12", "2027-07-12");
        const qint64 phase2
            = addPhase("accompaniment", QStringLiteral("Phase 2"), 4, "2027-07-13", "2027-10-12");
        // An accompaniment phase outside the promotion is refused and nothing is written.
        QVERIFY_THROWS_EXCEPTION(Error,
            addPhase("accompaniment", QStringLiteral("Phase 3"), 5, "2027-11-01", "2028-02-01"));
        QCOMPARE(programmes.phases().size(), 4);

        // 3. The funder and the tranche scheme: seed 80 000 €, second 60 000 €.
        GrantService grants(db);
        FundingSource funder;
        funder.name = QStringLiteral("Région Grand Est");
        funder.siret = siret(QStringLiteral("2367000180001"));
        QVERIFY(!funder.siret.isEmpty());
        const qint64 funderId = grants.createFundingSource(funder);
        records.setValue(QStringLiteral("programme"), QStringLiteral("default_funding_source_id"),
            programmeId, funderId);
        programmes.createTranche({ 0, programmeId, 1, TrancheKind::Seed, Money::fromEuros(80000),
            QStringLiteral("À la signature de la convention") });
        programmes.createTranche({ 0, programmeId, 2, TrancheKind::Second, Money::fromEuros(60000),
            QStringLiteral("En fin d’année, sur bilan") });

        // 4. Three initiatives with their carriers, laureates taking part in Phase 1.
        DirectoryService directory(db);
        InitiativeService initiatives(db);
        QList<qint64> ids;
        const QStringList names { QStringLiteral("Répar’Café Nancy"),
            QStringLiteral("Jardins partagés de Metz"), QStringLiteral("Mobilité solidaire") };
        for (int i = 0; i < names.size(); ++i) {
            Organisation carrier;
            carrier.name = QStringLiteral("Association ") + names.at(i);
            carrier.siret = siret(QStringLiteral("8%1").arg(i + 1, 12, 10, QLatin1Char('0')));
            QVERIFY(!carrier.siret.isEmpty());
            carrier.town = QStringLiteral("Nancy");
            Initiative initiative;
            initiative.name = names.at(i);
            initiative.promotionId = promotion.id;
            initiative.carrierId = directory.createOrganisation(carrier);
            initiative.lifecycle = Lifecycle::Laureate;
            initiative.town = carrier.town;
            ids << initiatives.create(initiative);
            records.insert(QStringLiteral("participation"),
                { { QStringLiteral("initiative_id"), ids.last() },
                    { QStringLiteral("phase_id"), phase1 },
                    { QStringLiteral("status"), QStringLiteral("completed") } });
        }

        // 5. The acceleration committee: all three on its agenda; two funded, one stopped.
        CommitteeService committees(db);
        CommitteeRecord committee;
        committee.programmeId = programmeId;
        committee.promotionId = promotion.id;
        committee.kind = CommitteeKind::Acceleration;
        committee.name = QStringLiteral("Comité d’accélération 2027");
        committee.heldOn = QDate(2027, 7, 12);
        committee.place = QStringLiteral("Nancy");
        committee.referencePrefix = QStringLiteral("LOR-2027-CA");
        const qint64 committeeId = committees.createCommittee(committee);
        for (const qint64 id : std::as_const(ids))
            committees.addToAgenda(
                committeeId, id, QStringLiteral("Poursuite en phase 2 et amorçage"));
        QCOMPARE(committees.nextPhase(committeeId), phase2);
        const QList<TrancheDecision> scheme = committees.defaultTranches(committeeId);
        QCOMPARE(scheme.size(), 2);
        QCOMPARE(scheme.at(0).amount, Money::fromEuros(80000));
        QCOMPARE(scheme.at(0).fundingSourceId, funderId);
        QList<qint64> seeds;
        for (int i = 0; i < 2; ++i) {
            DecisionRequest funded;
            funded.committeeId = committeeId;
            funded.initiativeId = ids.at(i);
            funded.kind = DecisionKind::ContinueAndFund;
            funded.reason = QStringLiteral("Objectifs de la phase 1 atteints");
            funded.phaseId = phase2;
            funded.tranches = scheme;
            const DecisionOutcome outcome = committees.recordDecision(funded);
            QCOMPARE(outcome.reference, QStringLiteral("LOR-2027-CA-%1").arg(i + 1));
            QCOMPARE(outcome.grantIds.size(), 2);
            QVERIFY(outcome.participationId > 0);
            seeds << outcome.grantIds.first();
        }
        DecisionRequest stopped;
        stopped.committeeId = committeeId;
        stopped.initiativeId = ids.at(2);
        stopped.kind = DecisionKind::Stop;
        stopped.reason = QStringLiteral("Pas de partenaire public identifié");
        QVERIFY(committees.recordDecision(stopped).grantIds.isEmpty());
        QCOMPARE(Query(db, QStringLiteral("SELECT COUNT(*) FROM grant_award")).scalar().toInt(), 4);

        // The conventions signed, as the Grants workspace records them: their date and the
        // grant's share of the project's budget, which the SCDL export requires.
        QList<qint64> all;
        Query granted(db, QStringLiteral("SELECT id FROM grant_award ORDER BY id"));
        granted.exec();
        while (granted.next())
            all << granted.value(0).toLongLong();
        for (const qint64 grant : std::as_const(all)) {
            records.setValue(QStringLiteral("grant_award"), QStringLiteral("convention_date"),
                grant, QStringLiteral("2027-07-20"));
            records.setValue(
                QStringLiteral("grant_award"), QStringLiteral("budget_share"), grant, 0.4);
        }

        // 6. The first tranches paid; a payment above a commitment is refused.
        for (const qint64 seed : std::as_const(seeds))
            grants.addDisbursement({ 0, seed, QDate(2027, 7, 30), Money::fromEuros(80000),
                QStringLiteral("VIR-%1").arg(seed), {} });
        QVERIFY_THROWS_EXCEPTION(Error,
            grants.addDisbursement(
                { 0, seeds.first(), QDate(2027, 8, 1), Money::fromEuros(1), {}, {} }));
        QCOMPARE(grants.disbursedTotal(seeds.first()), Money::fromEuros(80000));
        db.close();

        // 7. The SCDL export: every row valid against the schema, the funder as grantor.
        const QString scdl = dir.filePath(QStringLiteral("scdl.csv"));
        r = cli({ QStringLiteral("export"), QStringLiteral("scdl"), QStringLiteral("--db"), file,
            QStringLiteral("--out"), scdl });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        db.open(file);
        const QList<ScdlExport::Row> rows = ScdlExport(db).rows({});
        QCOMPARE(rows.size(), 4);
        const TableSchema &schema = TableSchema::scdlSubventions();
        const int idAttribuant = schema.fieldNames().indexOf(QStringLiteral("idAttribuant"));
        QVERIFY(idAttribuant >= 0);
        for (const ScdlExport::Row &row : rows) {
            QCOMPARE(schema.check(row.cells), QStringList());
            QCOMPARE(row.cells.at(idAttribuant), funder.siret);
        }
        QFile written(scdl);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), ScdlExport::toCsv(rows));

        // 8. The phase status report and the committee's pack, printed to PDF.
        const PhaseStatusReport report(db, phase1);
        QCOMPARE(report.rows().size(), 3);
        for (const PhaseStatusReport::Row &row : report.rows())
            QVERIFY2(!row.decision.isEmpty(), qPrintable(row.initiative));
        CommitteeBrief pack = CommitteeBrief::pack(db, committeeId);
        int briefs = 0;
        for (const CommitteeBrief::Section &section : pack.sections())
            briefs += section.kind == CommitteeBrief::Section::InitiativeBrief ? 1 : 0;
        QCOMPARE(briefs, 3);
        db.close();
        const QString reportPdf = dir.filePath(QStringLiteral("phase1.pdf"));
        r = cli({ QStringLiteral("report"), QStringLiteral("phase-status"), QStringLiteral("--db"),
            file, QStringLiteral("--phase"), QStringLiteral("Phase 1"), QStringLiteral("--format"),
            QStringLiteral("pdf"), QStringLiteral("--out"), reportPdf });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(isPdf(reportPdf));
        const QString packPdf = dir.filePath(QStringLiteral("committee.pdf"));
        r = cli({ QStringLiteral("report"), QStringLiteral("committee-brief"),
            QStringLiteral("--db"), file, QStringLiteral("--committee"),
            QStringLiteral("2027-07-12"), QStringLiteral("--out"), packPdf });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(isPdf(packPdf));
        // The file holds no trace of the demo.
        db.open(file);
        QCOMPARE(Query(db, QStringLiteral("SELECT COUNT(*) FROM initiative")).scalar().toInt(), 3);
        QVERIFY(Query(db, QStringLiteral("SELECT value FROM meta WHERE key = 'demo'"))
                    .scalar()
                    .isNull());
    }
};

QTEST_GUILESS_MAIN(TestFirstYear)
#include "tst_firstyear.moc"
