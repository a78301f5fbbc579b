// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/services/committeeservice.h"
#include "core/services/programmeservice.h"
#include "core/services/statisticsservice.h"
#include "core/validation/identifiers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

class TestDemo : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

    QStringList column(const QString &sql)
    {
        QStringList out;
        Query q(m_db, sql);
        q.exec();
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db.create(m_dir.filePath(QStringLiteral("demo.sqlite")));
        writeDemoProgramme(m_db);
    }

    void holdsTheNineLaureatesOfTheSharedCsv()
    {
        // The laureates file from the programme's public sources (copied from shared/domain).
        QFile csv(QStringLiteral(TREMPLIN_SOURCE_DIR "/tests/data/aic-promo1-laureates.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QStringList expected;
        const QList<QByteArray> lines = csv.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("1,"))
                expected.append(QString::fromUtf8(line.split(',').at(1)));
        }
        QCOMPARE(expected.size(), 9);
        const QStringList names = column(QStringLiteral(
            "SELECT name FROM initiative WHERE lifecycle IN ('laureate', 'alumni') ORDER BY name"));
        expected.sort();
        QCOMPARE(names, expected);
        QCOMPARE(StatisticsService(m_db).summary().laureates, 9);
    }

    void fiveLaureatesWentOnToPhase2()
    {
        const QStringList names = column(QStringLiteral(
            "SELECT i.name FROM participation p JOIN phase ph ON ph.id = p.phase_id JOIN "
            "initiative i ON i.id = p.initiative_id WHERE ph.name = 'Phase 2' ORDER BY i.name"));
        QCOMPARE(names,
            (QStringList { QStringLiteral("Infoclimat"), QStringLiteral("Ma Dada"),
                QStringLiteral("Permis de construire"), QStringLiteral("Sport Inclusif"),
                QStringLiteral("Vikidia") }));
        QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM participation p JOIN phase ph ON "
                                       "ph.id = p.phase_id WHERE ph.name = 'Phase 1'")),
            QStringList { QStringLiteral("9") });
    }

    void followsTheRealCalendar_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("call") << QStringLiteral("call") << QDate(2021, 12, 17)
                              << QDate(2022, 1, 26);
        QTest::newRow("announcement")
            << QStringLiteral("event") << QDate(2022, 3, 14) << QDate(2022, 3, 14);
        QTest::newRow("phase 1") << QStringLiteral("accompaniment") << QDate(2022, 4, 14)
                                 << QDate(2022, 7, 15);
        QTest::newRow("committee")
            << QStringLiteral("committee") << QDate(2022, 7, 6) << QDate(2022, 7, 6);
        QTest::newRow("phase 2") << QStringLiteral("accompaniment") << QDate(2022, 9, 1)
                                 << QDate(2022, 11, 30);
        QTest::newRow("collective session")
            << QStringLiteral("event") << QDate(2022, 10, 20) << QDate(2022, 10, 20);
        QTest::newRow("closing") << QStringLiteral("event") << QDate(2022, 11, 29)
                                 << QDate(2022, 11, 29);
    }
    void followsTheRealCalendar()
    {
        QFETCH(QString, kind);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        bool found = false;
        for (const Phase &p : ProgrammeService(m_db).phases()) {
            if (toCode(p.kind) == kind && p.actual.start == start && p.actual.end == end)
                found = true;
        }
        QVERIFY(found);
        QCOMPARE(Query(m_db,
                     QStringLiteral("SELECT held_on FROM committee WHERE kind = "
                                    "'acceleration'"))
                     .scalar()
                     .toString(),
            QStringLiteral("2022-07-06"));
    }

    void grantsFollowThe80Plus60SchemeForSevenAndAreFlaggedIllustrative()
    {
        QCOMPARE(column(QStringLiteral("SELECT COUNT(DISTINCT initiative_id) FROM grant_award")),
            QStringList { QStringLiteral("7") });
        QCOMPARE(column(QStringLiteral("SELECT DISTINCT committed_cents FROM grant_award WHERE "
                                       "tranche = 'seed'")),
            QStringList { QStringLiteral("8000000") });
        QCOMPARE(column(QStringLiteral("SELECT DISTINCT committed_cents FROM grant_award WHERE "
                                       "tranche = 'second'")),
            QStringList { QStringLiteral("6000000") });
        QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM grant_award WHERE illustrative = 0")),
            QStringList { QStringLiteral("0") });
        QVERIFY(StatisticsService(m_db).summary().containsIllustrativeAmounts);
    }

    void everyLaureateHasPublicPartnersAndNeeds()
    {
        QCOMPARE(
            column(QStringLiteral("SELECT COUNT(*) FROM initiative i WHERE NOT EXISTS (SELECT "
                                  "1 FROM initiative_partner p WHERE p.initiative_id = i.id)")),
            QStringList { QStringLiteral("0") });
        QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM initiative i WHERE NOT EXISTS (SELECT "
                                       "1 FROM need n WHERE n.initiative_id = i.id)")),
            QStringList { QStringLiteral("0") });
        // Sport Inclusif named the DGCS, under its ministry.
        QCOMPARE(column(QStringLiteral("SELECT parent.kind FROM administration a JOIN "
                                       "administration parent ON parent.id = a.parent_id WHERE "
                                       "a.short_name = 'DGCS'")),
            QStringList { QStringLiteral("ministry") });
    }

    void programmeSettingsPromotionAndTrancheSchemeComeThroughTheServices()
    {
        ProgrammeService service(m_db);
        const Programme programme = service.programmes().value(0);
        QVERIFY(identifiers::isValidSiret(programme.operatorSiret));
        QVERIFY(programme.operatorAdministrationId > 0);
        QVERIFY(programme.defaultFundingSourceId > 0);
        const Promotion promotion = service.promotions().value(0);
        QCOMPARE(promotion.startsOn, QDate(2021, 12, 17));
        QCOMPARE(promotion.endsOn, QDate(2022, 12, 31));
        // Its accompaniment phases lie within it, as the Programme workspace's rule asks.
        for (const Phase &phase : service.phases()) {
            if (phase.kind != PhaseKind::Accompaniment)
                continue;
            for (const DateRange &range : { phase.planned, phase.actual }) {
                QVERIFY(!range.start.isValid() || range.start >= promotion.startsOn);
                QVERIFY(!range.end.isValid() || range.end <= promotion.endsOn);
            }
        }
        QCOMPARE(promotion.places, std::optional(10));
        // The published scheme, the same as the AIC template's.
        const QList<ProgrammeTranche> tranches = service.tranches(programme.id);
        QCOMPARE(tranches.size(), 2);
        QCOMPARE(tranches.at(0).amount, Money::fromEuros(80000));
        QCOMPARE(tranches.at(1).amount, Money::fromEuros(60000));
        QCOMPARE(StatisticsService(m_db).summary().demo, true);
    }

    void theDemoWritesOnlyThroughTheServices()
    {
        // The demo proves the services: its source holds no query of its own.
        QFile source(QStringLiteral(TREMPLIN_SOURCE_DIR "/src/core/demo/demoprogramme.cpp"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray text = source.readAll();
        for (const char *sql : { "Query(", "INSERT ", "UPDATE ", "QSqlQuery" })
            QVERIFY2(!text.contains(sql), sql);
        // Its committee and decisions go through the CommitteeService, as the Committees
        // workspace's do, not through a shortcut of their own.
        for (const char *shortcut : { "programmes.createCommittee", "programmes.recordDecision",
                 "ProgrammeService::recordDecision", "createGrant(" })
            QVERIFY2(!text.contains(shortcut), shortcut);
        QVERIFY(text.contains("committees.recordDecision("));
    }

    void theCommitteeIsHeldThroughTheCommitteeService()
    {
        CommitteeService committees(m_db);
        const QList<CommitteeRecord> all = committees.committees();
        QCOMPARE(all.size(), 1);
        const CommitteeRecord &c = all.constFirst();
        QCOMPARE(c.place, QStringLiteral("Paris"));
        QCOMPARE(c.referencePrefix, QStringLiteral("AIC-2022-CA"));
        // Members of the directory, chaired from the DITP.
        const QList<CommitteeMemberLine> members = committees.members(c.id);
        QVERIFY(members.size() >= 3);
        int chairs = 0;
        for (const CommitteeMemberLine &m : members) {
            QVERIFY(!m.person.isEmpty());
            QVERIFY(!m.administration.isEmpty());
            if (m.role == CommitteeRole::Chair) {
                ++chairs;
                QCOMPARE(m.administration,
                    QStringLiteral("Direction interministérielle de la transformation publique"));
            }
        }
        QCOMPARE(chairs, 1);
        // Every laureate on the agenda with its request, each decided with a reason and a
        // reference numbered from 101 in agenda order; the grants carry their decision's.
        const QList<AgendaEntry> agenda = committees.agenda(c.id);
        QCOMPARE(agenda.size(), 9);
        int funded = 0;
        for (int i = 0; i < agenda.size(); ++i) {
            const AgendaEntry &e = agenda.at(i);
            QVERIFY2(!e.request.isEmpty(), qPrintable(e.initiative));
            QVERIFY2(e.decisionId > 0, qPrintable(e.initiative));
            QVERIFY2(!e.reason.isEmpty(), qPrintable(e.initiative));
            const QString reference = QStringLiteral("AIC-2022-CA-%1").arg(101 + i);
            QCOMPARE(e.reference, reference);
            if (e.kind == DecisionKind::ContinueAndFund)
                QCOMPARE(e.phase, QStringLiteral("Phase 2"));
            if (e.grants.isEmpty()) {
                QCOMPARE(e.kind, DecisionKind::Stop);
                continue;
            }
            ++funded;
            QCOMPARE(e.grants.size(), 2);
            QCOMPARE(e.grants.at(0).reference, reference);
            QCOMPARE(e.grants.at(1).reference, reference + QStringLiteral("-T2"));
        }
        QCOMPARE(funded, 7);
        QCOMPARE(committees.nextReference(c.id), QStringLiteral("AIC-2022-CA-110"));
        // The five who continued have their Phase 2 participation, completed.
        QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM participation p JOIN phase ph ON "
                                       "ph.id = p.phase_id WHERE ph.name = 'Phase 2' AND "
                                       "p.status = 'completed' AND p.actual_end = '2022-11-30'")),
            QStringList { QStringLiteral("5") });
        // Paid: seven seeds and five second tranches.
        QCOMPARE(column(QStringLiteral("SELECT COUNT(*) FROM disbursement")),
            QStringList { QStringLiteral("12") });
        QCOMPARE(column(QStringLiteral("SELECT SUM(amount_cents) FROM disbursement")),
            QStringList { QStringLiteral("86000000") });
    }

    void identifiersAreValidAndFlaggedIllustrative()
    {
        Query q(
            m_db, QStringLiteral("SELECT siret, rna, identifiers_illustrative FROM organisation"));
        q.exec();
        int n = 0;
        while (q.next()) {
            ++n;
            QVERIFY(identifiers::isValidSiret(q.value(0).toString()));
            QVERIFY(identifiers::isValidRna(q.value(1).toString()));
            QCOMPARE(q.value(2).toInt(), 1);
        }
        QCOMPARE(n, 9);
        QVERIFY(m_db.integrityProblems(true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
