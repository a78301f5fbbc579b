// SPDX-License-Identifier: GPL-3.0-or-later
// Room mode for a committee (issue 14, point 1): the committee's agenda full screen, driven by
// the keys a chair presses — next and previous, D to decide through the Committees
// workspace's decision dialog, T for the timer kept on the agenda item, R for a recusal,
// Ctrl+Z — with the live budget line: what the committee and its promotion have granted so far
// against the promotion's envelope, in the language's money format.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/money.h"
#include "core/domain/types.h"
#include "core/i18n/translations.h"
#include "core/services/committeeservice.h"
#include "core/services/directoryservice.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryroom.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "modaldialogs.h"
#include "ui/committees/committeeroomwindow.h"
#include "ui/committees/committeespage.h"
#include "ui/committees/decisiondialog.h"
#include "ui/document.h"
#include "ui/jury/juryroomdialogs.h"
#include "ui/models/recordtablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;
using namespace tremplin::test;

class TestCommitteeRoom : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<CommitteesPage> m_page;
    Translations m_translations;
    int m_file = 0;
    qint64 m_committee = 0;
    QHash<QString, qint64> m_init; ///< A, B, C on the agenda; D decided by an earlier committee

    Database &db() { return m_doc->database(); }
    qint64 init(const char *name) { return m_init.value(QLatin1String(name)); }

    static QString money(qint64 euros) { return Money::fromEuros(euros).toString(QLocale()); }

    /// Opens the room as the coordinator does: the committee's row clicked in the Committees
    /// workspace, then its Room Mode button.
    CommitteeRoomWindow *openRoom()
    {
        if (!m_page) {
            m_page = std::make_unique<CommitteesPage>();
            m_page->setDocument(m_doc.get());
            m_page->show();
            if (!QTest::qWaitForWindowExposed(m_page.get()))
                return nullptr;
            QTableView *view = m_page->committeesView();
            const QModelIndex index
                = view->model()->index(m_page->committeesModel()->rowOf(m_committee), 1);
            QTest::mouseClick(
                view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
            if (m_page->currentCommittee() != m_committee)
                return nullptr;
        }
        m_page->activateWindow();
        if (!QTest::qWaitForWindowActive(m_page.get()))
            return nullptr;
        QTest::mouseClick(m_page->roomModeButton(), Qt::LeftButton);
        CommitteeRoomWindow *room = m_page->room();
        if (!room)
            return nullptr;
        room->activateWindow();
        if (!QTest::qWaitForWindowActive(room))
            return nullptr;
        return QTest::qWaitFor([room] { return QApplication::activeWindow() == room; }) ? room
                                                                                        : nullptr;
    }

    /// Presses D and answers the decision dialog: a funding decision with the programme's
    /// default tranche (30 000 €) and @p reason.
    bool decideFunding(CommitteeRoomWindow *room, const QString &reason)
    {
        bool seen = false;
        onNextModal<DecisionDialog>([&seen, reason](DecisionDialog *d) {
            seen = d->tranchesTable()->rowCount() == 1;
            d->kindCombo()->setCurrentIndex(d->kindCombo()->findData(int(DecisionKind::Fund)));
            d->reasonEdit()->setFocus();
            QTest::keyClicks(d->reasonEdit(), reason);
            clickDialogButton(d, QDialogButtonBox::Ok);
            if (d->isVisible()) {
                qWarning() << d->problemLabel()->text();
                seen = false;
                clickDialogButton(d, QDialogButtonBox::Cancel);
            }
        });
        QTest::keyClick(room, Qt::Key_D);
        return keysBack(room) && seen;
    }

    /// The room has the keys again once a dialog it opened has closed.
    static bool keysBack(CommitteeRoomWindow *room)
    {
        return QTest::qWaitFor([room] { return QApplication::activeWindow() == room; });
    }

    QString budgetLine(qint64 committee, qint64 promotion, qint64 left)
    {
        return QStringLiteral(
            "Granted by this committee: %1 · by the promotion: %2 of %3 · left: %4")
            .arg(money(committee), money(promotion), money(100000), money(left));
    }

    int storedSeconds(qint64 initiative)
    {
        return Query(db(),
            QStringLiteral("SELECT discussed_seconds FROM agenda_item WHERE committee_id = ? AND "
                           "initiative_id = ?"))
            .bindAll(m_committee, initiative)
            .scalar()
            .toInt();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_translations.install(QStringLiteral("en")));
        m_doc = std::make_unique<Document>();
        db().create(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_file)));
        ProgrammeService programmes(db());
        Programme p;
        p.name = QStringLiteral("AIC");
        const qint64 programme = programmes.createProgramme(p);
        Promotion promotion;
        promotion.programmeId = programme;
        promotion.name = QStringLiteral("Promotion 2026");
        promotion.envelope = Money::fromEuros(100000);
        const qint64 promotionId = programmes.createPromotion(promotion);
        Phase phase;
        phase.programmeId = programme;
        phase.promotionId = promotionId;
        phase.kind = PhaseKind::Accompaniment;
        phase.name = QStringLiteral("Phase 2");
        phase.position = 1;
        phase.planned = { QDate(2026, 9, 1), QDate(2026, 11, 30) };
        programmes.createPhase(phase);
        // The programme's default scheme: one seed tranche of 30 000 € from the DINUM fund.
        RecordService records(db());
        const qint64 source = records.insert(QStringLiteral("funding_source"),
            { { QStringLiteral("name"), QStringLiteral("Fonds DINUM") } });
        records.setValue(QStringLiteral("programme"), QStringLiteral("default_funding_source_id"),
            programme, source);
        records.insert(QStringLiteral("programme_tranche"),
            { { QStringLiteral("programme_id"), programme }, { QStringLiteral("position"), 1 },
                { QStringLiteral("tranche"), QStringLiteral("seed") },
                { QStringLiteral("amount_cents"), 3000000 } });
        m_init.clear();
        for (const char *name : { "Atelier", "Bibliothèque", "Cantine", "Dépôt" }) {
            Initiative i;
            i.name = QString::fromUtf8(name);
            i.promotionId = promotionId;
            i.description = QStringLiteral("About %1").arg(i.name);
            m_init.insert(QString(QLatin1Char(name[0])), InitiativeService(db()).create(i));
        }
        CommitteeService committees(db());
        // An earlier committee of the promotion granted 20 000 € to D.
        CommitteeRecord earlier;
        earlier.programmeId = programme;
        earlier.promotionId = promotionId;
        earlier.kind = CommitteeKind::Acceleration;
        earlier.name = QStringLiteral("Comité d'avril");
        earlier.heldOn = QDate(2026, 4, 2);
        const qint64 april = committees.createCommittee(earlier);
        committees.addToAgenda(april, init("D"), QString());
        DecisionRequest d { april, init("D"), DecisionKind::Fund, QStringLiteral("Strong start"), 0,
            { { TrancheKind::Seed, Money::fromEuros(20000), source, QString() } }, {}, {} };
        committees.recordDecision(d);

        CommitteeRecord june = earlier;
        june.name = QStringLiteral("Comité de juin");
        june.heldOn = QDate(2026, 6, 4);
        june.referencePrefix = QStringLiteral("AIC-2026-CA");
        m_committee = committees.createCommittee(june);
        DirectoryService directory(db());
        for (const char *name : { "Claire Chair", "Marc Member" }) {
            Person person;
            person.fullName = QString::fromUtf8(name);
            committees.addMember(m_committee, directory.createPerson(person),
                name[0] == 'C' ? CommitteeRole::Chair : CommitteeRole::Member);
        }
        for (const char *name : { "A", "B", "C" })
            committees.addToAgenda(m_committee, init(name), QStringLiteral("Seed funding"));
    }

    void cleanup()
    {
        m_page.reset();
        m_doc.reset();
    }

    void roomOpensFromTheWorkspaceWithTheBudgetLine()
    {
        CommitteeRoomWindow *room = openRoom();
        QVERIFY(room);
        QVERIFY(room->isFullScreen());
        QCOMPARE(room->committee(), m_committee);
        QCOMPARE(room->agenda(), (QList<qint64> { init("A"), init("B"), init("C") }));
        QCOMPARE(room->nameLabel()->text(), QStringLiteral("Atelier"));
        QCOMPARE(room->decisionLabel()->text(), QStringLiteral("No decision yet"));
        QCOMPARE(room->budgetLabel()->text(), budgetLine(0, 20000, 80000));
        QTest::keyClick(room, Qt::Key_Right);
        QCOMPARE(room->currentItem(), init("B"));
        QTest::keyClick(room, Qt::Key_PageUp);
        QCOMPARE(room->currentItem(), init("A"));
        // Esc leaves; F11 in the workspace opens it again.
        QTest::keyClick(room, Qt::Key_Escape);
        QTRY_VERIFY(!m_page->room());
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTest::keyClick(m_page.get(), Qt::Key_F11);
        QTRY_VERIFY(m_page->room());
    }

    void aDecisionMovesTheBudgetLineAndUndoMovesItBack()
    {
        CommitteeRoomWindow *room = openRoom();
        QVERIFY(room);
        QVERIFY(decideFunding(room, QStringLiteral("Ready for its seed")));
        QCOMPARE(room->budget().byCommittee, Money::fromEuros(30000));
        QCOMPARE(room->budget().byPromotion, Money::fromEuros(50000));
        QCOMPARE(room->budgetLabel()->text(), budgetLine(30000, 50000, 50000));
        QVERIFY(room->decisionLabel()->text().startsWith(
            QStringLiteral("Decision AIC-2026-CA-1: Fund")));
        QVERIFY(room->decisionLabel()->text().contains(money(30000)));
        QVERIFY(room->agendaList()->item(0)->text().endsWith(QStringLiteral("— Fund")));
        // Two more: the promotion goes over its envelope, and the line says so in words.
        QTest::keyClick(room, Qt::Key_Right);
        QVERIFY(decideFunding(room, QStringLiteral("Good plan")));
        QTest::keyClick(room, Qt::Key_Right);
        QVERIFY(decideFunding(room, QStringLiteral("Needed by the town")));
        QCOMPARE(room->budgetLabel()->text(),
            QStringLiteral("Granted by this committee: %1 · by the promotion: %2 of %3 · OVER the "
                           "envelope by %4")
                .arg(money(90000), money(110000), money(100000), money(10000)));
        // D on a decided item amends it (kind, phase, reason), which grants nothing new.
        bool amending = false;
        onNextModal<DecisionDialog>([&amending](DecisionDialog *d) {
            amending = d->whyEdit() && d->whyEdit()->isVisible();
            clickDialogButton(d, QDialogButtonBox::Cancel);
        });
        QTest::keyClick(room, Qt::Key_D);
        QVERIFY(keysBack(room));
        QVERIFY(amending);
        // Ctrl+Z undoes the last decision with its grant: the line follows.
        QTest::keyClick(room, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(room->budgetLabel()->text(), budgetLine(60000, 80000, 20000));
        QCOMPARE(room->decisionLabel()->text(), QStringLiteral("No decision yet"));
        QTest::keyClick(room, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(room, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(room->budgetLabel()->text(), budgetLine(0, 20000, 80000));
        QCOMPARE(
            Query(db(), QStringLiteral("SELECT COUNT(*) FROM grant_award")).scalar().toInt(), 1);
    }

    void theTimerIsKeptOnTheAgendaItem()
    {
        CommitteeRoomWindow *room = openRoom();
        QVERIFY(room);
        QTest::keyClick(room, Qt::Key_T);
        QVERIFY(room->timerRunning());
        QTest::qWait(1100);
        QTest::keyClick(room, Qt::Key_T);
        QVERIFY(!room->timerRunning());
        const int onA = room->secondsSpent(init("A"));
        QVERIFY(onA >= 1);
        QCOMPARE(storedSeconds(init("A")), onA);
        // Moving on stops the timer; leaving the room keeps the time of the item shown.
        QTest::keyClick(room, Qt::Key_Right);
        QTest::keyClick(room, Qt::Key_T);
        QTest::qWait(1100);
        QTest::keyClick(room, Qt::Key_Escape);
        QTRY_VERIFY(!m_page->room());
        const int onB = storedSeconds(init("B"));
        QVERIFY(onB >= 1);
        // Opened again, the room starts from the times kept.
        room = openRoom();
        QVERIFY(room);
        QCOMPARE(room->secondsSpent(init("A")), onA);
        QCOMPARE(room->secondsSpent(init("B")), onB);
        QCOMPARE(room->timerLabel()->text(), QStringLiteral("Time: 00:0%1").arg(onA));
        QCOMPARE(storedSeconds(init("C")), 0);
    }

    void aRecusalIsRecordedAndUndone()
    {
        CommitteeRoomWindow *room = openRoom();
        QVERIFY(room);
        QTest::keyClick(room, Qt::Key_Right);
        int offered = 0;
        onNextModal<RoomRecusalDialog>([&offered](RoomRecusalDialog *d) {
            offered = d->memberCombo()->count();
            d->memberCombo()->setCurrentIndex(
                d->memberCombo()->findText(QStringLiteral("Marc Member")));
            QTest::keyClicks(d->reasonEdit(), QStringLiteral("Volunteers there"));
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        QTest::keyClick(room, Qt::Key_R);
        QVERIFY(keysBack(room));
        QCOMPARE(offered, 2);
        QCOMPARE(room->recusalLabel()->text(), QStringLiteral("Out of the room: Marc Member"));
        QCOMPARE(Query(db(), QStringLiteral("SELECT COUNT(*) FROM recusal WHERE initiative_id = ?"))
                     .bindAll(init("B"))
                     .scalar()
                     .toInt(),
            1);
        // The member who left is no longer offered for that item.
        onNextModal<RoomRecusalDialog>([&offered](RoomRecusalDialog *d) {
            offered = d->memberCombo()->count();
            clickDialogButton(d, QDialogButtonBox::Cancel);
        });
        QTest::keyClick(room, Qt::Key_R);
        QVERIFY(keysBack(room));
        QCOMPARE(offered, 1);
        // Not shown on another item.
        QTest::keyClick(room, Qt::Key_Left);
        QVERIFY(room->recusalLabel()->text().isEmpty());
        QTest::keyClick(room, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(room, Qt::Key_Right);
        QVERIFY(room->recusalLabel()->text().isEmpty());
        QCOMPARE(Query(db(), QStringLiteral("SELECT COUNT(*) FROM recusal")).scalar().toInt(), 0);
    }

    void theBudgetLineSpeaksFrench()
    {
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        CommitteeRoomWindow *room = openRoom();
        QVERIFY(room);
        // French grouping (a narrow no-break space) and typography (no-break space before :).
        const QString nbsp(QChar(0x00A0));
        QCOMPARE(room->budgetLabel()->text(),
            QStringLiteral(
                "Accordé par ce comité%1: %2 · par la promotion%1: %3 sur %4 · reste%1: %5")
                .arg(nbsp, money(0), money(20000), money(100000), money(80000)));
        QVERIFY(money(20000).startsWith(QStringLiteral("20") + QChar(0x202F)));
        QVERIFY(money(20000).endsWith(QStringLiteral(",00") + nbsp + QStringLiteral("€")));
        QTest::keyClick(room, Qt::Key_Escape);
        QTRY_VERIFY(!m_page->room());
    }

    void aCommitteeWithoutPromotionWeighsAgainstEveryPromotion()
    {
        // A second promotion with its own envelope and a grant.
        ProgrammeService programmes(db());
        const qint64 programme = programmes.programmes().constFirst().id;
        Promotion other;
        other.programmeId = programme;
        other.name = QStringLiteral("Promotion 2027");
        other.number = 2;
        other.envelope = Money::fromEuros(50000);
        const qint64 otherId = programmes.createPromotion(other);
        Initiative e;
        e.name = QStringLiteral("Épicerie");
        e.promotionId = otherId;
        const qint64 epicerie = InitiativeService(db()).create(e);
        CommitteeService committees(db());
        CommitteeRecord open;
        open.programmeId = programme;
        open.kind = CommitteeKind::Other;
        open.name = QStringLiteral("Comité ouvert");
        open.heldOn = QDate(2026, 7, 1);
        m_committee = committees.createCommittee(open);
        committees.addToAgenda(m_committee, epicerie, QString());
        DecisionRequest d { m_committee, epicerie, DecisionKind::Fund, QStringLiteral("Local need"),
            0, committees.defaultTranches(m_committee), {}, {} };
        committees.recordDecision(d);
        CommitteeRoomWindow *room = openRoom();
        QVERIFY(room);
        QVERIFY(room->budget().promotion.isEmpty());
        QCOMPARE(room->budgetLabel()->text(),
            QStringLiteral("Granted by this committee: %1 · by all promotions: %2 of %3 · left: %4")
                .arg(money(30000), money(50000), money(150000), money(100000)));
    }

    void theChairReordersTheAgenda()
    {
        CommitteeRoomWindow *room = openRoom();
        QVERIFY(room);
        QVERIFY(!room->moveUpButton()->isEnabled());
        QTest::mouseClick(room->moveDownButton(), Qt::LeftButton);
        QCOMPARE(room->agenda(), (QList<qint64> { init("B"), init("A"), init("C") }));
        QCOMPARE(room->currentItem(), init("A"));
        // Kept as the committee's order: the workspace and the next room see it.
        QCOMPARE(CommitteeService(db()).agenda(m_committee).constFirst().initiativeId, init("B"));
        QTest::keyClick(room, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(room->agenda(), (QList<qint64> { init("A"), init("B"), init("C") }));
        QCOMPARE(room->currentItem(), init("A"));
    }
};

QTEST_MAIN(TestCommitteeRoom)
#include "tst_committeeroom.moc"
