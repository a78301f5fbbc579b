// SPDX-License-Identifier: GPL-3.0-or-later
// Room mode (issue 14, point 1 and the window side of points 2 and 3): the jury session full
// screen, driven by the keys a chair presses — next and previous, the timer, decisions with
// their reason and the override of the ranking, a recusal, Ctrl+Z — then sign-off and the
// minutes from the room's buttons.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/types.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/services/committeeservice.h"
#include "core/services/initiativeservice.h"
#include "core/services/jurydecisionservice.h"
#include "core/services/juryroom.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "modaldialogs.h"
#include "ui/document.h"
#include "ui/jury/jurypage.h"
#include "ui/jury/juryroomdialogs.h"
#include "ui/jury/juryroomwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;
using namespace tremplin::test;

class TestJuryRoom : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<JuryPage> m_page;
    Translations m_translations;
    int m_file = 0;
    qint64 m_promotion = 0;
    QHash<QString, qint64> m_app; ///< P, Q, R, S
    qint64 m_session = 0;
    qint64 m_committee = 0;
    QHash<QString, qint64> m_member;

    Database &db() { return m_doc->database(); }
    qint64 app(const char *name) { return m_app.value(QLatin1String(name)); }

    void score(const char *juror, const char *application, double a, double b)
    {
        JuryService jury(db());
        const auto criteria = jury.criteria(m_session);
        const qint64 m = m_member.value(QLatin1String(juror));
        jury.setScore(m_session, m, app(application), criteria.at(0).id, a);
        jury.setScore(m_session, m, app(application), criteria.at(1).id, b);
    }

    /// Opens the room as the coordinator does: the Jury workspace's Room Mode button.
    JuryRoomWindow *openRoom()
    {
        m_page = std::make_unique<JuryPage>();
        m_page->setDocument(m_doc.get());
        m_page->showSession(m_session);
        m_page->show();
        QTest::mouseClick(m_page->roomModeButton(), Qt::LeftButton);
        JuryRoomWindow *room = m_page->room();
        if (!room)
            return nullptr;
        room->activateWindow();
        if (!QTest::qWaitForWindowActive(room))
            return nullptr;
        return room;
    }

    /// Answers the next decision dialog with @p reason and, when asked, @p overrideReason.
    void answerDecision(const QString &reason, const QString &overrideReason, bool *asked)
    {
        onNextModal<RoomDecisionDialog>([=](RoomDecisionDialog *d) {
            *asked = d->overrideEdit() != nullptr;
            QTest::keyClicks(d->reasonEdit(), reason);
            if (d->overrideEdit() && !overrideReason.isEmpty())
                QTest::keyClicks(d->overrideEdit(), overrideReason);
            clickDialogButton(d, QDialogButtonBox::Ok);
            if (d->isVisible())
                clickDialogButton(d, QDialogButtonBox::Cancel);
        });
    }

    /// Every application decided, following the ranking (the room is then ready to sign off).
    void decideAll()
    {
        JuryDecisionService decisions(db());
        decisions.recordDecision(
            m_session, app("P"), JuryOutcome::Selected, QStringLiteral("Unanimous"));
        decisions.recordDecision(
            m_session, app("Q"), JuryOutcome::Selected, QStringLiteral("Solid"));
        decisions.recordDecision(
            m_session, app("R"), JuryOutcome::WaitingList, QStringLiteral("Close"));
        decisions.recordDecision(
            m_session, app("S"), JuryOutcome::NotSelected, QStringLiteral("Immature"));
    }

    /// The time kept in jury_discussion for an application of the session (-1: no row).
    int discussed(qint64 initiativeId)
    {
        const QVariant v = Query(db(),
            QStringLiteral("SELECT discussed_seconds FROM jury_discussion WHERE session_id = ? "
                           "AND initiative_id = ?"))
                               .bindAll(m_session, initiativeId)
                               .scalar();
        return v.isNull() ? -1 : v.toInt();
    }

    QString pdfText(const QString &pdf)
    {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        if (!text.waitForFinished(60000))
            qFatal("pdftotext (poppler-utils) must be installed");
        return QString::fromUtf8(text.readAllStandardOutput());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_translations.install(QStringLiteral("en")));
        m_doc = std::make_unique<Document>();
        db().create(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_file)));
        ProgrammeService programmes(db());
        Programme p;
        p.name = QStringLiteral("AIC");
        const qint64 programme = programmes.createProgramme(p);
        Promotion promotion;
        promotion.programmeId = programme;
        promotion.name = QStringLiteral("Promotion 2026");
        promotion.places = 2;
        m_promotion = programmes.createPromotion(promotion);
        Phase phase;
        phase.programmeId = programme;
        phase.promotionId = m_promotion;
        phase.kind = PhaseKind::Accompaniment;
        phase.name = QStringLiteral("Phase 1");
        phase.position = 1;
        phase.planned = { QDate(2026, 9, 1), QDate(2026, 11, 30) };
        programmes.createPhase(phase);
        m_app.clear();
        m_member.clear();
        int ds = 1001;
        for (const char *name : { "Pépinière", "Quartiers", "Réemploi", "Solidaire" }) {
            Initiative i;
            i.name = QString::fromUtf8(name);
            i.promotionId = m_promotion;
            i.description = QStringLiteral("About %1").arg(i.name);
            const qint64 id = InitiativeService(db()).create(i);
            Query(db(),
                QStringLiteral("UPDATE initiative SET ds_number = ?, admissibility = "
                               "'admissible', budget_cents = 1234500 WHERE id = ?"))
                .bindAll(ds++, id)
                .exec();
            m_app.insert(QString(QLatin1Char(name[0])), id);
        }
        JuryTemplate t;
        t.name = QStringLiteral("Jury 2026");
        t.promotion = QStringLiteral("Promotion 2026");
        t.scaleMin = 0;
        t.scaleMax = 5;
        t.scaleStep = 1;
        t.criteria = { { QStringLiteral("Impact"), 2, QString() },
            { QStringLiteral("Feasibility"), 1, QString() } };
        t.tracks = { { JuryTrack::Expert, 2 }, { JuryTrack::Citizen, 1 } };
        t.jurors = { { QStringLiteral("Emma Expert"), JuryTrack::Expert, QString() },
            { QStringLiteral("Eric Expert"), JuryTrack::Expert, QString() },
            { QStringLiteral("Chloe Citizen"), JuryTrack::Citizen, QString() } };
        t.blind = false;
        JuryService jury(db());
        m_session = jury.applyTemplate(t);
        m_committee = jury.session(m_session).committeeId;
        for (const Juror &j : jury.jurors(m_session))
            m_member.insert(j.name, j.memberId);
        // Ranking (mean): P 14/3, Q 11/3, R 3, S 4/3; spreads P 1, Q 1, R 2, S 1.
        score("Emma Expert", "P", 5, 5);
        score("Emma Expert", "Q", 4, 4);
        score("Emma Expert", "R", 3, 3);
        score("Emma Expert", "S", 2, 2);
        score("Eric Expert", "P", 4, 4);
        score("Eric Expert", "Q", 4, 4);
        score("Eric Expert", "R", 2, 2);
        score("Eric Expert", "S", 1, 1);
        score("Chloe Citizen", "P", 5, 5);
        score("Chloe Citizen", "Q", 3, 3);
        score("Chloe Citizen", "R", 4, 4);
        score("Chloe Citizen", "S", 1, 1);
    }

    void cleanup()
    {
        m_page.reset();
        m_doc.reset();
    }

    void roomOpensFullScreenThroughItsAction()
    {
        JuryRoomWindow *room = openRoom();
        QVERIFY(room);
        QVERIFY(room->isFullScreen());
        QCOMPARE(room->session(), m_session);
        QCOMPARE(room->agenda(), (QList<qint64> { app("P"), app("Q"), app("R"), app("S") }));
        QCOMPARE(room->nameLabel()->text(), QStringLiteral("Pépinière"));
        QVERIFY(room->scoresLabel()->text().contains(QStringLiteral("Rank 1 of 4")));
        QCOMPARE(room->placesLabel()->text(), QStringLiteral("Places left: 2 of 2"));
        // Esc leaves; the F11 action opens it again.
        QTest::keyClick(room, Qt::Key_Escape);
        QTRY_VERIFY(!m_page->room());
        m_page->roomModeAction()->trigger();
        QVERIFY(m_page->room());
    }

    void keysMoveThroughTheAgendaInTheChairsOrder()
    {
        JuryRoomWindow *room = openRoom();
        QVERIFY(room);
        QTest::keyClick(room, Qt::Key_Right);
        QCOMPARE(room->currentItem(), app("Q"));
        QTest::keyClick(room, Qt::Key_PageDown);
        QCOMPARE(room->currentItem(), app("R"));
        QTest::keyClick(room, Qt::Key_Left);
        QCOMPARE(room->currentItem(), app("Q"));
        QTest::keyClick(room, Qt::Key_PageUp);
        QCOMPARE(room->currentItem(), app("P"));
        QTest::keyClick(room, Qt::Key_PageUp);
        QCOMPARE(room->currentItem(), app("P"));
        // H hides the control panel (one screen) and shows it again.
        QVERIFY(room->controls()->isVisible());
        QTest::keyClick(room, Qt::Key_H);
        QVERIFY(!room->controls()->isVisible());
        QTest::keyClick(room, Qt::Key_H);
        QVERIFY(room->controls()->isVisible());
        // Disagreement first: R (spread 2) leads, the others keep their rank order.
        room->orderCombo()->setCurrentIndex(JuryRoomWindow::ByDisagreement);
        QCOMPARE(room->agenda(), (QList<qint64> { app("R"), app("P"), app("Q"), app("S") }));
        QCOMPARE(room->currentItem(), app("P"));
        // By hand: P moved down after Q.
        QTest::mouseClick(room->moveDownButton(), Qt::LeftButton);
        QCOMPARE(room->agenda(), (QList<qint64> { app("R"), app("Q"), app("P"), app("S") }));
        QCOMPARE(room->orderCombo()->currentIndex(), int(JuryRoomWindow::ByHand));
        QCOMPARE(room->currentItem(), app("P"));
    }

    void theTimerKeepsTheTimeOnTheAgendaWhenThereIsOne()
    {
        CommitteeService(db()).addToAgenda(m_committee, app("P"), QString());
        JuryRoomWindow *room = openRoom();
        QVERIFY(room);
        QTest::keyClick(room, Qt::Key_T);
        QVERIFY(room->timerRunning());
        QTest::qWait(1100);
        QTest::keyClick(room, Qt::Key_T);
        QVERIFY(!room->timerRunning());
        QVERIFY(room->secondsSpent(app("P")) >= 1);
        const auto stored = [this](const char *a) {
            return Query(db(),
                QStringLiteral("SELECT discussed_seconds FROM agenda_item WHERE initiative_id = ?"))
                .bindAll(app(a))
                .scalar()
                .toInt();
        };
        QCOMPARE(stored("P"), room->secondsSpent(app("P")));
        // Q has no agenda item: its time is kept in jury_discussion; moving on stops the timer.
        QTest::keyClick(room, Qt::Key_Right);
        QTest::keyClick(room, Qt::Key_T);
        QTest::qWait(1100);
        QTest::keyClick(room, Qt::Key_Right);
        QVERIFY(!room->timerRunning());
        const int spentOnQ = room->secondsSpent(app("Q"));
        QVERIFY(spentOnQ >= 1);
        QCOMPARE(
            Query(db(), QStringLiteral("SELECT COUNT(*) FROM agenda_item")).scalar().toInt(), 1);
        QCOMPARE(discussed(app("Q")), spentOnQ);
        QVERIFY(room->timerLabel()->text().startsWith(QStringLiteral("Time: 00:00")));
    }

    void theTimeOfAnApplicationWithoutAgendaItemOutlivesTheRoom()
    {
        JuryRoomWindow *room = openRoom();
        QVERIFY(room);
        QTest::keyClick(room, Qt::Key_Right);
        QCOMPARE(room->currentItem(), app("Q"));
        QTest::keyClick(room, Qt::Key_T);
        QTest::qWait(1100);
        // Leaving the room stops the timer and keeps the time.
        QTest::keyClick(room, Qt::Key_Escape);
        QTRY_VERIFY(!m_page->room());
        const int spent = discussed(app("Q"));
        QVERIFY(spent >= 1);
        // A second visit starts from the time kept and adds to it.
        room = openRoom();
        QVERIFY(room);
        QTest::keyClick(room, Qt::Key_Right);
        QCOMPARE(room->secondsSpent(app("Q")), spent);
        QVERIFY(room->timerLabel()->text().startsWith(QStringLiteral("Time: 00:0%1").arg(spent)));
        QTest::keyClick(room, Qt::Key_T);
        QTest::qWait(1100);
        QTest::keyClick(room, Qt::Key_T);
        QVERIFY(discussed(app("Q")) >= spent + 1);
        QCOMPARE(
            Query(db(), QStringLiteral("SELECT COUNT(*) FROM jury_discussion")).scalar().toInt(),
            1);
        // A signed-off session refuses the write and says why.
        Query(db(),
            QStringLiteral("UPDATE committee SET signed_off_at = '2026-06-01T10:00:00Z', "
                           "signed_off_by = 'Claire Chair' WHERE id = ?"))
            .bindAll(m_committee)
            .exec();
        QVERIFY_THROWS_EXCEPTION(
            Error, JuryRoomService(db()).setDiscussedSeconds(m_session, app("Q"), 999));
        QVERIFY(discussed(app("Q")) < 999);
    }

    void decisionsOverridesAndUndoFromTheKeys()
    {
        JuryRoomWindow *room = openRoom();
        QVERIFY(room);
        // P (rank 1 of 2 places) selected: a reason, no override asked.
        bool asked = true;
        answerDecision(QStringLiteral("Unanimous"), QString(), &asked);
        QTest::keyClick(room, Qt::Key_S);
        QVERIFY(QTest::qWaitForWindowActive(room));
        QVERIFY(!asked);
        JuryDecisionService decisions(db());
        auto p = decisions.decision(m_session, app("P"));
        QVERIFY(p);
        QCOMPARE(p->outcome, JuryOutcome::Selected);
        QCOMPARE(p->reason, QStringLiteral("Unanimous"));
        QCOMPARE(room->placesLabel()->text(), QStringLiteral("Places left: 1 of 2"));
        // R (rank 3) selected before Q: the override's reason is asked and recorded.
        QTest::keyClick(room, Qt::Key_Right);
        QTest::keyClick(room, Qt::Key_Right);
        QCOMPARE(room->currentItem(), app("R"));
        answerDecision(
            QStringLiteral("Citizens' favourite"), QStringLiteral("Deliberated"), &asked);
        QTest::keyClick(room, Qt::Key_S);
        QVERIFY(QTest::qWaitForWindowActive(room));
        QVERIFY(asked);
        auto r = decisions.decision(m_session, app("R"));
        QVERIFY(r);
        QCOMPARE(r->overrideReason, QStringLiteral("Deliberated"));
        // An override left empty: the dialog cannot be accepted, nothing is written.
        QTest::keyClick(room, Qt::Key_Left);
        answerDecision(QStringLiteral("Close"), QString(), &asked);
        QTest::keyClick(room, Qt::Key_N);
        QVERIFY(asked);
        QVERIFY(QTest::qWaitForWindowActive(room));
        QVERIFY(!decisions.decision(m_session, app("Q")));
        // More selected than places: said as such, never as negative places left.
        QCOMPARE(room->placesLabel()->text(), QStringLiteral("Places left: 0 of 2"));
        QTest::keyClick(room, Qt::Key_Right);
        QTest::keyClick(room, Qt::Key_Right);
        answerDecision(QStringLiteral("Also"), QStringLiteral("Room's choice"), &asked);
        QTest::keyClick(room, Qt::Key_S);
        QVERIFY(QTest::qWaitForWindowActive(room));
        QCOMPARE(room->placesLabel()->text(), QStringLiteral("3 selected for 2 places"));
        // Ctrl+Z in the room undoes the last decision (S), then R's, not P's.
        QTest::keyClick(room, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!decisions.decision(m_session, app("S")));
        QVERIFY(decisions.decision(m_session, app("R")));
        QTest::keyClick(room, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!decisions.decision(m_session, app("R")));
        QVERIFY(decisions.decision(m_session, app("P")));
    }

    void aRecusalTakesTheMembersScoresOut()
    {
        JuryRoomWindow *room = openRoom();
        QVERIFY(room);
        const auto &before = room->ranking().rows.first();
        QCOMPARE(before.initiativeId, app("P"));
        QVERIFY(before.tracks[int(JuryTrack::Citizen)]);
        onNextModal<RoomRecusalDialog>([](RoomRecusalDialog *d) {
            d->memberCombo()->setCurrentIndex(
                d->memberCombo()->findText(QStringLiteral("Chloe Citizen")));
            QTest::keyClicks(d->reasonEdit(), QStringLiteral("Board member"));
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        QTest::keyClick(room, Qt::Key_R);
        QVERIFY(QTest::qWaitForWindowActive(room));
        QVERIFY(JuryDecisionService(db()).isRecused(
            m_member.value(QStringLiteral("Chloe Citizen")), app("P")));
        int row = -1;
        for (int i = 0; i < room->ranking().rows.size(); ++i) {
            if (room->ranking().rows.at(i).initiativeId == app("P"))
                row = i;
        }
        QVERIFY(row >= 0);
        QVERIFY(!room->ranking().rows.at(row).tracks[int(JuryTrack::Citizen)]);
        QCOMPARE(room->ranking().rows.at(row).jurors, 2);
        QVERIFY(room->scoresLabel()->text().contains(QStringLiteral("Chloe Citizen")));
        // Undone with Ctrl+Z: Chloe's scores count again.
        QTest::keyClick(room, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!JuryDecisionService(db()).isRecused(
            m_member.value(QStringLiteral("Chloe Citizen")), app("P")));
    }

    void signOffAndMinutesFromTheRoom()
    {
        JuryDecisionService decisions(db());
        decideAll();
        JuryRoomWindow *room = openRoom();
        QVERIFY(room);
        bool okEnabledWithoutConfirmation = true;
        onNextModal<RoomSignOffDialog>([&](RoomSignOffDialog *d) {
            QTest::keyClicks(d->nameEdit(), QStringLiteral("Emma Expert"));
            okEnabledWithoutConfirmation
                = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            QTest::mouseClick(d->confirmBox(), Qt::LeftButton);
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(room->signOffButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitForWindowActive(room));
        QVERIFY(!okEnabledWithoutConfirmation);
        QCOMPARE(decisions.signedOffBy(m_committee), QStringLiteral("Emma Expert"));
        QCOMPARE(Query(db(), QStringLiteral("SELECT lifecycle FROM initiative WHERE id = ?"))
                     .bindAll(app("P"))
                     .scalar()
                     .toString(),
            QStringLiteral("laureate"));
        // Locked: a decision changes only by a recorded amendment. The same outcome says why
        // nothing is to amend; another asks why it is amended, and Cancel writes nothing.
        QCOMPARE(room->currentItem(), app("P"));
        QTest::keyClick(room, Qt::Key_S);
        QVERIFY(room->problemLabel()->isVisible());
        bool amendmentAsked = false;
        onNextModal<RoomDecisionDialog>([&](RoomDecisionDialog *d) {
            amendmentAsked = d->amendmentEdit() != nullptr;
            QTest::keyClicks(d->reasonEdit(), QStringLiteral("Carrier withdrew"));
            clickDialogButton(d, QDialogButtonBox::Cancel);
        });
        QTest::keyClick(room, Qt::Key_N);
        QVERIFY(QTest::qWaitForWindowActive(room));
        QVERIFY(amendmentAsked);
        QCOMPARE(decisions.decision(m_session, app("P"))->outcome, JuryOutcome::Selected);
        QVERIFY(decisions.amendments(m_committee).isEmpty());
        // Without the amendment's reason, OK stays disabled; with it, the decision is amended
        // and the application is no longer a laureate, in one undo step.
        bool okWithoutWhy = true;
        onNextModal<RoomDecisionDialog>([&](RoomDecisionDialog *d) {
            QTest::keyClicks(d->reasonEdit(), QStringLiteral("Carrier withdrew"));
            okWithoutWhy
                = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            QTest::keyClicks(d->amendmentEdit(), QStringLiteral("Letter of 3 June"));
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        QTest::keyClick(room, Qt::Key_N);
        QVERIFY(QTest::qWaitForWindowActive(room));
        QVERIFY(!okWithoutWhy);
        QCOMPARE(decisions.decision(m_session, app("P"))->outcome, JuryOutcome::NotSelected);
        QCOMPARE(decisions.amendments(m_committee).size(), 1);
        const auto lifecycle = [this] {
            return Query(db(), QStringLiteral("SELECT lifecycle FROM initiative WHERE id = ?"))
                .bindAll(app("P"))
                .scalar()
                .toString();
        };
        QCOMPARE(lifecycle(), QStringLiteral("applicant"));
        QTest::keyClick(room, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(decisions.decision(m_session, app("P"))->outcome, JuryOutcome::Selected);
        QVERIFY(decisions.amendments(m_committee).isEmpty());
        QCOMPARE(lifecycle(), QStringLiteral("laureate"));

        const QString pdf = m_dir.filePath(QStringLiteral("minutes%1.pdf").arg(m_file));
        answerFileDialog(pdf);
        QTest::mouseClick(room->minutesButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitForWindowActive(room));
        QVERIFY(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Jury 2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Immature")));
        QVERIFY(text.contains(QStringLiteral("Emma Expert")));

        // The same from the Jury workspace.
        QTest::keyClick(room, Qt::Key_Escape);
        QTRY_VERIFY(!m_page->room());
        const QString again = m_dir.filePath(QStringLiteral("again%1.pdf").arg(m_file));
        answerFileDialog(again);
        QTest::mouseClick(m_page->minutesButton(), Qt::LeftButton);
        QVERIFY(pdfText(again).contains(QStringLiteral("Unanimous")));
    }

    void signOffFromTheWorkspaceUndoesInOneStep()
    {
        JuryDecisionService decisions(db());
        decideAll();
        m_page = std::make_unique<JuryPage>();
        m_page->setDocument(m_doc.get());
        m_page->showSession(m_session);
        m_page->show();
        onNextModal<RoomSignOffDialog>([&](RoomSignOffDialog *d) {
            QTest::keyClicks(d->nameEdit(), QStringLiteral("Claire Chair"));
            QTest::mouseClick(d->confirmBox(), Qt::LeftButton);
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(m_page->signOffButton(), Qt::LeftButton);
        QCOMPARE(decisions.signedOffBy(m_committee), QStringLiteral("Claire Chair"));
        QVERIFY(m_doc->undo());
        QVERIFY(!decisions.signedOffAt(m_committee).isValid());
    }
};

QTEST_MAIN(TestJuryRoom)
#include "tst_juryroom.moc"
