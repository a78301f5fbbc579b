// SPDX-License-Identifier: GPL-3.0-or-later
// What needs attention today (the overview's lines), computed by the core on the demo and on a
// generated programme, with "today" chosen inside the programme's calendar.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/generator/programmegenerator.h"
#include "core/services/attentionservice.h"
#include "core/services/grantledger.h"
#include "core/services/initiativelist.h"
#include "core/services/initiativeservice.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

class TestAttention : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static qint64 initiativeNamed(Database &db, const QString &name)
    {
        return Query(db, QStringLiteral("SELECT id FROM initiative WHERE name = ?"))
            .bindAll(name)
            .scalar()
            .toLongLong();
    }
    static void addAction(
        Database &db, qint64 initiative, const QDate &due, ActionStatus status = ActionStatus::Todo)
    {
        Action a;
        a.initiativeId = initiative;
        a.title = QStringLiteral("Relancer le ministère");
        a.dueDate = due;
        a.status = status;
        if (status == ActionStatus::Done)
            a.doneDate = due;
        InitiativeService(db).addAction(a);
    }

private Q_SLOTS:
    void inTheDemosFirstPhaseTheCalendarAndTheNextCommitteeShow()
    {
        Database db;
        db.create(m_dir.filePath(QStringLiteral("demo.sqlite")));
        writeDemoProgramme(db);
        const Attention a = AttentionService(db).attention(QDate(2022, 6, 20));
        QCOMPARE(a.currentPhaseCount, 1);
        QCOMPARE(a.currentPhases.first().name, QStringLiteral("Phase 1"));
        QCOMPARE(a.currentPhases.first().end, QDate(2022, 7, 15));
        QCOMPARE(a.nextCommittee.name, QStringLiteral("Comité d’accélération"));
        QCOMPARE(a.nextCommittee.start, QDate(2022, 7, 6));
        QCOMPARE(a.lastPhase.name, QStringLiteral("Annonce des lauréats"));
        QCOMPARE(a.nextPhase.name, QStringLiteral("Phase 2"));
        // Every demo action is done.
        QCOMPARE(a.overdue.actions, 0);
        QCOMPARE(a.dueThisWeek.actions, 0);
        // The second tranches of Open Data University and Service national universel augmenté
        // wait for the engagement committee: blocked, 60 000 € each.
        QCOMPARE(a.blocked.count, 2);
        QCOMPARE(a.blocked.remaining, Money::fromEuros(120000));
        QCOMPARE(a.blocked.onlyInitiative, 0);
        QCOMPARE(a.toPay.count, 0);
        // 980 000 € committed within the 980 000 € envelope.
        QCOMPARE(a.overCommittedPromotions, 0);

        // Between the phases nothing is under way; the committee has sat.
        const Attention summer = AttentionService(db).attention(QDate(2022, 8, 1));
        QCOMPARE(summer.currentPhaseCount, 0);
        QCOMPARE(summer.lastPhase.name, QStringLiteral("Phase 1"));
        QCOMPARE(summer.nextPhase.name, QStringLiteral("Phase 2"));
        QCOMPARE(summer.nextPhase.start, QDate(2022, 9, 1));
        QCOMPARE(summer.nextCommittee.id, 0);
    }

    void actionsAreOverdueBeforeTodayAndDueThisWeekForSevenDays()
    {
        Database db;
        db.create(m_dir.filePath(QStringLiteral("actions.sqlite")));
        writeDemoProgramme(db);
        const QDate today(2022, 6, 20);
        const qint64 vikidia = initiativeNamed(db, QStringLiteral("Vikidia"));
        const qint64 madada = initiativeNamed(db, QStringLiteral("Ma Dada"));
        const qint64 archived = initiativeNamed(db, QStringLiteral("Infoclimat"));
        QVERIFY(vikidia && madada && archived);
        addAction(db, vikidia, today.addDays(-10));
        addAction(db, vikidia, today.addDays(-1));
        addAction(db, vikidia, today.addDays(-3), ActionStatus::Done); // done: not late
        addAction(db, archived, today.addDays(-2)); // archived: left out
        addAction(db, vikidia, today); // due today: this week
        addAction(db, madada, today.addDays(6));
        addAction(db, madada, today.addDays(7)); // next week
        Query(db, QStringLiteral("UPDATE initiative SET archived = 1 WHERE id = ?"))
            .bindAll(archived)
            .exec();

        const Attention a = AttentionService(db).attention(today);
        QCOMPARE(a.overdue.actions, 2);
        QCOMPARE(a.overdue.initiatives, 1);
        QCOMPARE(a.overdue.onlyInitiative, vikidia);
        QCOMPARE(a.dueThisWeek.actions, 2);
        QCOMPARE(a.dueThisWeek.initiatives, 2);
        QCOMPARE(a.dueThisWeek.onlyInitiative, 0);
        // The initiatives list's overdue filter finds the same initiatives.
        InitiativeFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = today;
        QCOMPARE(InitiativeListService(db).matching(overdue), QSet<qint64> { vikidia });
    }

    void aGeneratedProgrammeWarnsOfCommitmentsAboveItsEnvelopes()
    {
        Database db;
        db.create(m_dir.filePath(QStringLiteral("generated.sqlite")));
        GeneratorOptions o;
        o.initiatives = 3000;
        o.disbursements = 6000;
        generateProgramme(db, o);
        // Promotion 1 starts on 10 January 2015; its first phase runs from mid-April to mid-July.
        const QDate today(2015, 6, 1);
        QElapsedTimer timer;
        timer.start();
        const Attention a = AttentionService(db).attention(today);
        qInfo("attention on 3 000 generated initiatives: %lld ms", qint64(timer.elapsed()));
        QCOMPARE(a.currentPhaseCount, 1);
        QCOMPARE(a.currentPhases.first().name, QStringLiteral("Phase 1 — P1"));
        QCOMPARE(a.currentPhases.first().promotion, QStringLiteral("Promotion 1"));
        QCOMPARE(a.nextCommittee.name, QStringLiteral("Comité d’accélération P1"));
        QCOMPARE(a.nextCommittee.start, QDate(2015, 7, 9));

        // Every promotion commits more than its envelope: the warning sums what the ledger's
        // totals say per promotion.
        const QList<qint64> promotions = [&db] {
            QList<qint64> ids;
            Query q(db, QStringLiteral("SELECT id FROM promotion ORDER BY id"));
            q.exec();
            while (q.next())
                ids << q.value(0).toLongLong();
            return ids;
        }();
        QCOMPARE(promotions.size(), 3);
        Money above;
        int over = 0;
        for (qint64 id : promotions) {
            GrantFilter f;
            f.promotionId = id;
            const LedgerTotals t = GrantLedger(db).totals(f);
            if (t.uncommitted() < Money()) {
                ++over;
                above += t.committed - t.envelope;
            }
        }
        QVERIFY(over > 0);
        QCOMPARE(a.overCommittedPromotions, over);
        QCOMPARE(a.overCommitment, above);

        // Overdue: the same initiatives as the list's filter.
        InitiativeFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = today;
        QVERIFY(a.overdue.initiatives > 0);
        QCOMPARE(a.overdue.initiatives, int(InitiativeListService(db).matching(overdue).size()));

        // Tranches: the ledger's open tranches, split into payable and blocked.
        int open = 0;
        int blocked = 0;
        Money remaining;
        for (const GrantRow &g : GrantLedger(db).grants(GrantFilter {})) {
            if ((g.status == GrantStatus::Planned || g.status == GrantStatus::Committed)
                && g.remaining() > Money()) {
                ++open;
                blocked += g.blocked() ? 1 : 0;
                remaining += g.remaining();
            }
        }
        QVERIFY(blocked > 0);
        QCOMPARE(a.blocked.count, blocked);
        QCOMPARE(a.toPay.count + a.blocked.count, open);
        QCOMPARE(a.toPay.remaining + a.blocked.remaining, remaining);
    }
};

QTEST_GUILESS_MAIN(TestAttention)
#include "tst_attention.moc"
