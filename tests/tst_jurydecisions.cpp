// SPDX-License-Identifier: GPL-3.0-or-later
// In the room (issue 14, points 2 and 3): the jury's decisions and overrides of the ranking,
// recusals enforced like conflicts of interest, sign-off turning the selected applications
// into laureates in one undo step, the lock and its amendments, and the minutes of a jury and
// of a committee read back from the PDF with pdftotext, in French and in English.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/types.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/reports/juryminutes.h"
#include "core/services/committeeservice.h"
#include "core/services/initiativeservice.h"
#include "core/services/jurydecisionservice.h"
#include "core/services/juryranking.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "juryfixture.h"
#include "ui/document.h"
#include "ui/jury/jurydecisioncommands.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

class TestJuryDecisions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    Translations m_translations;
    int m_file = 0;
    qint64 m_programme = 0;
    qint64 m_promotion = 0;
    qint64 m_phase1 = 0;
    QHash<QString, qint64> m_app; ///< P, Q, R, S
    qint64 m_session = 0;
    qint64 m_committee = 0; ///< the jury session's committee
    QHash<QString, qint64> m_member; ///< Emma Expert, Eric Expert, Chloe Citizen
    qint64 m_a = 0;
    qint64 m_b = 0;
    QString m_cliErrors; ///< what the last command line run wrote on stderr

    Database &db() { return m_doc->database(); }

    int count(const QString &sql) { return Query(db(), sql).scalar().toInt(); }

    QString lifecycle(const char *app)
    {
        return Query(db(), QStringLiteral("SELECT lifecycle FROM initiative WHERE id = ?"))
            .bindAll(m_app.value(QLatin1String(app)))
            .scalar()
            .toString();
    }

    void score(const char *juror, const char *app, double a, double b)
    {
        JuryService jury(db());
        const qint64 m = m_member.value(QLatin1String(juror));
        const qint64 i = m_app.value(QLatin1String(app));
        jury.setScore(m_session, m, i, m_a, a);
        jury.setScore(m_session, m, i, m_b, b);
    }

    /// Pushes a command as the window will; returns the refusal, empty when it went through.
    QString push(std::unique_ptr<DatabaseCommand> command)
    {
        QString error;
        if (!DatabaseCommand::push(*m_doc, std::move(command), &error))
            return error.isEmpty() ? QStringLiteral("refused") : error;
        return {};
    }

    QString decide(const char *app, JuryOutcome outcome, const QString &reason,
        const QString &overrideReason = {})
    {
        return push(std::make_unique<RecordJuryDecisionCommand>(
            *m_doc, m_session, m_app.value(QLatin1String(app)), outcome, reason, overrideReason));
    }

    QString amend(const char *app, JuryOutcome outcome, const QString &reason, const QString &why)
    {
        return push(std::make_unique<AmendJuryDecisionCommand>(
            *m_doc, m_session, m_app.value(QLatin1String(app)), outcome, reason, why));
    }

    /// Decides every application, R selected over Q by an override: P selected, R selected
    /// (override), Q waiting list (override), S not selected.
    void decideAll()
    {
        QCOMPARE(decide("P", JuryOutcome::Selected, QStringLiteral("Unanimous")), QString());
        QCOMPARE(decide("R", JuryOutcome::Selected, QStringLiteral("Citizens"),
                     QStringLiteral("Deliberated")),
            QString());
        QCOMPARE(decide("Q", JuryOutcome::WaitingList, QStringLiteral("Close"),
                     QStringLiteral("Deliberated")),
            QString());
        QCOMPARE(decide("S", JuryOutcome::NotSelected, QStringLiteral("Immature")), QString());
    }

    QString pdfText(const QString &pdf)
    {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        if (!text.waitForFinished(60000))
            qFatal("pdftotext (poppler-utils) must be installed");
        return QString::fromUtf8(text.readAllStandardOutput());
    }

    int cli(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(TREMPLIN_CLI_PATH), arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
            qWarning() << p.readAllStandardError();
            return -1;
        }
        m_cliErrors = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() != 0)
            qInfo().noquote() << m_cliErrors;
        return p.exitCode();
    }

    /// An acceleration committee (issue 12) with two initiatives on its agenda, one decided.
    qint64 accelerationCommittee()
    {
        CommitteeService committees(db());
        CommitteeRecord c;
        c.programmeId = m_programme;
        c.promotionId = m_promotion;
        c.kind = CommitteeKind::Acceleration;
        c.name = QStringLiteral("Comité d'accélération");
        c.heldOn = QDate(2026, 7, 6);
        c.place = QStringLiteral("Ségur");
        c.referencePrefix = QStringLiteral("AIC-2026-CA");
        const qint64 id = committees.createCommittee(c);
        const qint64 person = Query(db(),
            QStringLiteral("INSERT INTO person (full_name) VALUES ('Claire Chair') RETURNING id"))
                                  .execReturningId();
        const qint64 member = committees.addMember(id, person, CommitteeRole::Chair);
        committees.addToAgenda(id, m_app.value(QStringLiteral("P")), QStringLiteral("Phase 1"));
        committees.addToAgenda(id, m_app.value(QStringLiteral("Q")), QStringLiteral("Phase 1"));
        DecisionRequest d { id, m_app.value(QStringLiteral("P")), DecisionKind::Continue,
            QStringLiteral("Promising"), m_phase1, {}, {}, {} };
        committees.recordDecision(d);
        JuryDecisionService(db()).recordRecusal(
            id, member, m_app.value(QStringLiteral("Q")), QStringLiteral("Cousin"));
        return id;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_translations.install(QStringLiteral("en")));
        m_doc = std::make_unique<Document>();
        db().create(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_file)));
        test::JurySession f = test::JurySession::make(db(), 2);
        m_programme = f.programme;
        m_promotion = f.promotion;
        Phase phase;
        phase.programmeId = m_programme;
        phase.promotionId = m_promotion;
        phase.kind = PhaseKind::Accompaniment;
        phase.name = QStringLiteral("Phase 1");
        phase.position = 1;
        phase.planned = { QDate(2026, 9, 1), QDate(2026, 11, 30) };
        m_phase1 = ProgrammeService(db()).createPhase(phase);
        int ds = 1001;
        for (const char *name : { "Pépinière", "Quartiers", "Réemploi", "Solidaire" }) {
            Initiative i;
            i.name = QString::fromUtf8(name);
            f.addApplication(db(), QString(QLatin1Char(name[0])), i, ds++);
        }
        JuryTemplate t = test::JurySession::smallTemplate();
        t.criteria = { { QStringLiteral("Impact"), 2, QStringLiteral("Reach") },
            { QStringLiteral("Feasibility"), 1, QString() } };
        t.jurors = { { QStringLiteral("Emma Expert"), JuryTrack::Expert, QString() },
            { QStringLiteral("Eric Expert"), JuryTrack::Expert, QString() },
            { QStringLiteral("Chloe Citizen"), JuryTrack::Citizen, QString() } };
        f.applyTemplate(db(), t);
        m_app = f.app;
        m_member = f.member;
        m_session = f.session;
        m_committee = f.committee;
        m_a = f.a;
        m_b = f.b;
        RecordService records(db());
        records.setValue(QStringLiteral("committee"), QStringLiteral("held_on"), m_committee,
            QStringLiteral("2026-06-02"));
        records.setValue(QStringLiteral("committee"), QStringLiteral("place"), m_committee,
            QStringLiteral("Ségur"));
        records.setValue(QStringLiteral("committee_member"), QStringLiteral("role"),
            m_member.value(QStringLiteral("Emma Expert")), QStringLiteral("chair"));
        // Ranking (mean): P 14/3, Q 11/3, R 3, S 4/3 (see the totals below).
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

    void cleanup() { m_doc.reset(); }

    void aDecisionKeepsItsRankScoreReasonAndTime()
    {
        QVERIFY(decide("P", JuryOutcome::Selected, QString()).contains(QStringLiteral("reason")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM jury_decision")), 0);
        QCOMPARE(decide("P", JuryOutcome::Selected, QStringLiteral("Unanimous")), QString());
        const auto d
            = JuryDecisionService(db()).decision(m_session, m_app.value(QStringLiteral("P")));
        QVERIFY(d);
        QCOMPARE(d->outcome, JuryOutcome::Selected);
        QCOMPARE(d->reason, QStringLiteral("Unanimous"));
        QCOMPARE(d->rank, 1);
        QCOMPARE(*d->score, 14.0 / 3.0);
        QVERIFY(d->overrideReason.isEmpty());
        QVERIFY(qAbs(d->decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Changed before sign-off: the same row; undo puts the first decision back.
        QCOMPARE(decide("P", JuryOutcome::WaitingList, QStringLiteral("Second thoughts"),
                     QStringLiteral("Budget")),
            QString());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM jury_decision")), 1);
        QVERIFY(m_doc->undo());
        QCOMPARE(
            JuryDecisionService(db()).decision(m_session, m_app.value(QStringLiteral("P")))->reason,
            QStringLiteral("Unanimous"));
        QVERIFY(m_doc->undo());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM jury_decision")), 0);
        QVERIFY(m_doc->redo());
        QCOMPARE(
            JuryDecisionService(db()).decision(m_session, m_app.value(QStringLiteral("P")))->id,
            d->id);
    }

    void anOverrideOfTheRankingIsRefusedWithoutAReason()
    {
        QCOMPARE(decide("P", JuryOutcome::Selected, QStringLiteral("Unanimous")), QString());
        // R (rank 3) selected for 2 places while Q (rank 2) is undecided: outside the places.
        const QString refused = decide("R", JuryOutcome::Selected, QStringLiteral("Citizens"));
        QVERIFY2(refused.contains(QStringLiteral("departs from the ranking")), qPrintable(refused));
        QVERIFY(refused.contains(QStringLiteral("Réemploi")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM jury_decision")), 1);
        QCOMPARE(decide("R", JuryOutcome::Selected, QStringLiteral("Citizens"),
                     QStringLiteral("Deliberated")),
            QString());
        const auto r
            = JuryDecisionService(db()).decision(m_session, m_app.value(QStringLiteral("R")));
        QCOMPARE(r->overrideReason, QStringLiteral("Deliberated"));
        QCOMPARE(r->rank, 3);
        // Q (rank 2, within the places) on the waiting list while R, ranked lower, is selected.
        QVERIFY(!decide("Q", JuryOutcome::WaitingList, QStringLiteral("Close")).isEmpty());
        // A third selection for two places.
        QVERIFY(decide("S", JuryOutcome::Selected, QStringLiteral("Why not"))
                    .contains(QStringLiteral("3 applications would be selected for 2 places")));
        // Following the ranking needs no override: S not selected.
        QCOMPARE(decide("S", JuryOutcome::NotSelected, QStringLiteral("Immature")), QString());
        QVERIFY(JuryDecisionService(db())
                    .decision(m_session, m_app.value(QStringLiteral("S")))
                    ->overrideReason.isEmpty());
        // The refusal in the user's language.
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        const QString french = decide("Q", JuryOutcome::WaitingList, QStringLiteral("Proche"));
        QVERIFY2(french.contains(QStringLiteral("classement")), qPrintable(french));
    }

    void aRecusalIsEnforcedOnScoresVisibilityAndRanking()
    {
        const qint64 eric = m_member.value(QStringLiteral("Eric Expert"));
        const qint64 q = m_app.value(QStringLiteral("Q"));
        JuryService jury(db());
        QCOMPARE(jury.visibleScores(m_session, eric, q).size(), 6);
        QCOMPARE(push(std::make_unique<RecordRecusalCommand>(
                     *m_doc, m_committee, eric, q, QStringLiteral("Board member"))),
            QString());
        // Cannot record a score any more, nor see the others'.
        const QString problem = jury.scoreProblem(m_session, eric, q, m_a, 3.0);
        QVERIFY2(problem.contains(QStringLiteral("left the room")), qPrintable(problem));
        QVERIFY_THROWS_EXCEPTION(Error, jury.setScore(m_session, eric, q, m_a, 3.0));
        QVERIFY_THROWS_EXCEPTION(Error, jury.setComment(m_session, eric, q, QStringLiteral("x")));
        const QList<VisibleScore> seen = jury.visibleScores(m_session, eric, q);
        QCOMPARE(seen.size(), 2);
        for (const VisibleScore &s : seen)
            QCOMPARE(s.memberId, eric);
        // Left out of the totals: Q's expert score is Emma's alone (4), no longer (4 + 4) / 2
        // with Eric... and the jurors counted drop to 2.
        const jury::Ranking r = jury::computeRanking(jury.rankingInput(m_session), {});
        for (const jury::RankedApplication &a : r.rows) {
            if (a.initiativeId == q)
                QCOMPARE(a.jurors, 2);
        }
        // Recorded once; undone in one step.
        QVERIFY(
            !push(std::make_unique<RecordRecusalCommand>(*m_doc, m_committee, eric, q, QString()))
                 .isEmpty());
        QVERIFY(m_doc->undo());
        QVERIFY(jury.scoreProblem(m_session, eric, q, m_a, 3.0).isEmpty());
        QCOMPARE(jury.visibleScores(m_session, eric, q).size(), 6);
        QVERIFY(m_doc->redo());
        QCOMPARE(JuryDecisionService(db()).recusals(m_committee).size(), 1);
        QCOMPARE(JuryDecisionService(db()).recusals(m_committee).first().reason,
            QStringLiteral("Board member"));
    }

    void signingOffMakesLaureatesInOneStepAndUndoRemovesThem()
    {
        QCOMPARE(decide("P", JuryOutcome::Selected, QStringLiteral("Unanimous")), QString());
        // Not every application decided yet.
        const QString early = push(
            std::make_unique<SignOffCommand>(*m_doc, m_committee, QStringLiteral("Emma Expert")));
        QVERIFY2(early.contains(QStringLiteral("no decision")), qPrintable(early));
        QCOMPARE(decide("R", JuryOutcome::Selected, QStringLiteral("Citizens"),
                     QStringLiteral("Deliberated")),
            QString());
        QCOMPARE(decide("Q", JuryOutcome::WaitingList, QStringLiteral("Close"),
                     QStringLiteral("Deliberated")),
            QString());
        QCOMPARE(decide("S", JuryOutcome::NotSelected, QStringLiteral("Immature")), QString());
        QVERIFY(!push(std::make_unique<SignOffCommand>(*m_doc, m_committee, QStringLiteral(" ")))
                     .isEmpty());
        const int steps = m_doc->undoStack().count();
        QCOMPARE(push(std::make_unique<SignOffCommand>(
                     *m_doc, m_committee, QStringLiteral("Emma Expert"))),
            QString());
        QCOMPARE(m_doc->undoStack().count(), steps + 1);
        QCOMPARE(lifecycle("P"), QStringLiteral("laureate"));
        QCOMPARE(lifecycle("R"), QStringLiteral("laureate"));
        QCOMPARE(lifecycle("Q"), QStringLiteral("applicant"));
        QCOMPARE(lifecycle("S"), QStringLiteral("applicant"));
        const QString inPhase
            = QStringLiteral("SELECT COUNT(*) FROM participation WHERE phase_id = %1")
                  .arg(m_phase1);
        QCOMPARE(count(inPhase), 2);
        const QList<qint64> ids = [this] {
            QList<qint64> out;
            Query q(db(), QStringLiteral("SELECT id FROM participation ORDER BY id"));
            q.exec();
            while (q.next())
                out.append(q.value(0).toLongLong());
            return out;
        }();
        QVERIFY(JuryDecisionService(db()).signedOffAt(m_committee).isValid());
        QCOMPARE(JuryDecisionService(db()).signedOffBy(m_committee), QStringLiteral("Emma Expert"));

        QVERIFY(m_doc->undo());
        QCOMPARE(lifecycle("P"), QStringLiteral("applicant"));
        QCOMPARE(lifecycle("R"), QStringLiteral("applicant"));
        QCOMPARE(count(inPhase), 0);
        QVERIFY(!JuryDecisionService(db()).signedOffAt(m_committee).isValid());
        QVERIFY(JuryDecisionService(db()).lockProblem(m_committee).isEmpty());

        QVERIFY(m_doc->redo());
        QCOMPARE(lifecycle("P"), QStringLiteral("laureate"));
        QCOMPARE(count(inPhase), 2);
        Query again(db(), QStringLiteral("SELECT id FROM participation ORDER BY id"));
        again.exec();
        for (qint64 id : ids) {
            QVERIFY(again.next());
            QCOMPARE(again.value(0).toLongLong(), id);
        }
        QVERIFY(!JuryDecisionService(db()).lockProblem(m_committee).isEmpty());
    }

    void aSignedOffSessionRefusesChangesButAnAmendmentGoesThrough()
    {
        decideAll();
        QCOMPARE(push(std::make_unique<SignOffCommand>(
                     *m_doc, m_committee, QStringLiteral("Emma Expert"))),
            QString());
        JuryService jury(db());
        const qint64 emma = m_member.value(QStringLiteral("Emma Expert"));
        const qint64 q = m_app.value(QStringLiteral("Q"));
        // Scores, comments, decisions, recusals, members and the set-up are locked.
        const QString locked
            = decide("Q", JuryOutcome::Selected, QStringLiteral("More"), QStringLiteral("More"));
        QVERIFY2(locked.contains(QStringLiteral("signed off")), qPrintable(locked));
        QVERIFY(locked.contains(QStringLiteral("amendment")));
        QVERIFY(
            jury.scoreProblem(m_session, emma, q, m_a, 1.0).contains(QStringLiteral("signed off")));
        QVERIFY_THROWS_EXCEPTION(Error, jury.setScore(m_session, emma, q, m_a, 1.0));
        QVERIFY_THROWS_EXCEPTION(Error, jury.setComment(m_session, emma, q, QStringLiteral("x")));
        QVERIFY_THROWS_EXCEPTION(Error, jury.applyTemplate(jury.templateOf(m_session)));
        QVERIFY(
            !push(std::make_unique<RecordRecusalCommand>(*m_doc, m_committee, emma, q, QString()))
                 .isEmpty());
        RecordService records(db());
        QVERIFY_THROWS_EXCEPTION(Error,
            records.setValue(
                QStringLiteral("committee_member"), QStringLiteral("attended"), emma, 0));
        QVERIFY_THROWS_EXCEPTION(Error,
            records.setValue(QStringLiteral("committee"), QStringLiteral("place"), m_committee,
                QStringLiteral("Elsewhere")));
        QVERIFY_THROWS_EXCEPTION(Error, records.remove(QStringLiteral("committee_member"), emma));
        QCOMPARE(*jury.score(emma, q, m_a), 4.0);

        // The amendment: Q from the waiting list to not selected, with why.
        QVERIFY(!push(std::make_unique<AmendJuryDecisionCommand>(*m_doc, m_session, q,
                          JuryOutcome::NotSelected, QStringLiteral("Withdrew"), QString()))
                     .isEmpty());
        QCOMPARE(
            push(std::make_unique<AmendJuryDecisionCommand>(*m_doc, m_session, q,
                JuryOutcome::NotSelected, QStringLiteral("Withdrew"), QStringLiteral("Letter"))),
            QString());
        JuryDecisionService room(db());
        QCOMPARE(room.decision(m_session, q)->outcome, JuryOutcome::NotSelected);
        QCOMPARE(room.amendments(m_committee).size(), 1);
        const SessionAmendment a = room.amendments(m_committee).first();
        QCOMPARE(a.reason, QStringLiteral("Letter"));
        const QString said = JuryDecisionService::describeChange(a.change);
        QVERIFY2(said.contains(QStringLiteral("Waiting list → Not selected")), qPrintable(said));
        // Said in the minutes' language, whatever the language it was recorded in.
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        QVERIFY(JuryDecisionService::describeChange(a.change).contains(
            QStringLiteral("Liste d’attente → Non retenu")));
        QVERIFY(m_translations.install(QStringLiteral("en")));
        QVERIFY(JuryMinutes::jury(db(), m_session).html().contains(QStringLiteral("Letter")));
        // Undone: the decision as signed and no amendment; redone: the same amendment.
        QVERIFY(m_doc->undo());
        QCOMPARE(room.decision(m_session, q)->outcome, JuryOutcome::WaitingList);
        QVERIFY(room.amendments(m_committee).isEmpty());
        QVERIFY(m_doc->redo());
        QCOMPARE(room.amendments(m_committee).first().id, a.id);
    }

    void anAmendmentToOrFromSelectedChangesTheLaureatesInTheSameStep()
    {
        decideAll();
        QCOMPARE(push(std::make_unique<SignOffCommand>(
                     *m_doc, m_committee, QStringLiteral("Emma Expert"))),
            QString());
        const auto participation = [this](const char *app) {
            return Query(db(),
                QStringLiteral("SELECT id FROM participation WHERE initiative_id = ? AND "
                               "phase_id = ?"))
                .bindAll(m_app.value(QLatin1String(app)), m_phase1)
                .scalar()
                .toLongLong();
        };
        const qint64 rTaking = participation("R");
        QVERIFY(rTaking != 0);
        QCOMPARE(participation("Q"), 0);
        const int steps = m_doc->undoStack().count();
        // Q from the waiting list to selected: a laureate in the first accompaniment phase.
        QCOMPARE(amend("Q", JuryOutcome::Selected, QStringLiteral("R withdrew"),
                     QStringLiteral("Letter of R")),
            QString());
        QCOMPARE(m_doc->undoStack().count(), steps + 1);
        QCOMPARE(lifecycle("Q"), QStringLiteral("laureate"));
        const qint64 qTaking = participation("Q");
        QVERIFY(qTaking != 0);
        // R from selected to not selected: no longer a laureate, its participation gone.
        QCOMPARE(amend("R", JuryOutcome::NotSelected, QStringLiteral("Withdrew"),
                     QStringLiteral("Letter of R")),
            QString());
        QCOMPARE(m_doc->undoStack().count(), steps + 2);
        QCOMPARE(lifecycle("R"), QStringLiteral("applicant"));
        QCOMPARE(participation("R"), 0);
        QCOMPARE(JuryDecisionService(db()).amendments(m_committee).size(), 2);

        // Each undo step puts back the decision, the status and the participation together.
        QVERIFY(m_doc->undo());
        QCOMPARE(lifecycle("R"), QStringLiteral("laureate"));
        QCOMPARE(participation("R"), rTaking);
        QCOMPARE(JuryDecisionService(db())
                     .decision(m_session, m_app.value(QStringLiteral("R")))
                     ->outcome,
            JuryOutcome::Selected);
        QVERIFY(m_doc->undo());
        QCOMPARE(lifecycle("Q"), QStringLiteral("applicant"));
        QCOMPARE(participation("Q"), 0);
        QVERIFY(JuryDecisionService(db()).amendments(m_committee).isEmpty());
        // Redone with the same rows.
        QVERIFY(m_doc->redo());
        QCOMPARE(lifecycle("Q"), QStringLiteral("laureate"));
        QCOMPARE(participation("Q"), qTaking);
        QVERIFY(m_doc->redo());
        QCOMPARE(lifecycle("R"), QStringLiteral("applicant"));
        QCOMPARE(participation("R"), 0);

        // A grant hangs on P: un-selecting it is refused, nothing changes.
        Query(db(),
            QStringLiteral("INSERT INTO grant_award (initiative_id, tranche, committed_cents) "
                           "VALUES (?, 'seed', 8000000)"))
            .bindAll(m_app.value(QStringLiteral("P")))
            .exec();
        const int before = m_doc->undoStack().count();
        const QString refused = amend("P", JuryOutcome::NotSelected, QStringLiteral("Withdrew"),
            QStringLiteral("Letter of P"));
        QVERIFY2(refused.contains(QStringLiteral("1 grant")), qPrintable(refused));
        QVERIFY(refused.contains(QStringLiteral("Pépinière")));
        QCOMPARE(m_doc->undoStack().count(), before);
        QCOMPARE(lifecycle("P"), QStringLiteral("laureate"));
        QVERIFY(participation("P") != 0);
        QCOMPARE(JuryDecisionService(db())
                     .decision(m_session, m_app.value(QStringLiteral("P")))
                     ->outcome,
            JuryOutcome::Selected);
        QCOMPARE(JuryDecisionService(db()).amendments(m_committee).size(), 2);
        // In the user's language.
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        const QString french = amend("P", JuryOutcome::WaitingList, QStringLiteral("Withdrew"),
            QStringLiteral("Letter of P"));
        QVERIFY2(french.contains(QStringLiteral("subvention")), qPrintable(french));
    }

    void aSignedOffCommitteeIsLockedLikeAJury()
    {
        const qint64 c = accelerationCommittee();
        QCOMPARE(push(std::make_unique<SignOffCommand>(*m_doc, c, QStringLiteral("Claire Chair"))),
            QString());
        CommitteeService committees(db());
        DecisionRequest d { c, m_app.value(QStringLiteral("Q")), DecisionKind::Stop,
            QStringLiteral("Too early"), 0, {}, {}, {} };
        QVERIFY(committees.decisionProblem(d).contains(QStringLiteral("signed off")));
        QVERIFY_THROWS_EXCEPTION(Error, committees.recordDecision(d));
        QVERIFY_THROWS_EXCEPTION(
            Error, committees.addToAgenda(c, m_app.value(QStringLiteral("R")), QString()));
        QVERIFY_THROWS_EXCEPTION(Error,
            RecordService(db()).insert(QStringLiteral("agenda_item"),
                { { QStringLiteral("committee_id"), c },
                    { QStringLiteral("initiative_id"), m_app.value(QStringLiteral("S")) } }));
        // A decision of a committee is amended through its own history (decision_amendment).
        const qint64 decision = committees.agenda(c).first().decisionId;
        committees.amendDecision(decision, DecisionKind::Stop, QStringLiteral("Team left"), 0,
            QStringLiteral("Erratum"));
        QCOMPARE(committees.agenda(c).first().amendments.size(), 1);
        // Undo of the sign-off lifts the lock (no laureate for a committee).
        QVERIFY(m_doc->undo());
        QVERIFY(committees.decisionProblem(d).isEmpty());
        QCOMPARE(lifecycle("P"), QStringLiteral("applicant"));
    }

    void theJuryMinutesListWhatTheRoomDidInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList { QStringLiteral("Minutes of the selection jury"),
                                   QStringLiteral("Attendees"), QStringLiteral("Expert jury"),
                                   QStringLiteral("Citizen panel"), QStringLiteral("Ranking"),
                                   QStringLiteral("Departures from the ranking"),
                                   QStringLiteral("Recusals"), QStringLiteral("Amendments"),
                                   QStringLiteral("Signatures"), QStringLiteral("Selected"),
                                   QStringLiteral("Waiting list"), QStringLiteral("June 2026") };
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList { QStringLiteral("Procès-verbal du jury de sélection"),
                                   QStringLiteral("Présents"), QStringLiteral("Classement"),
                                   QStringLiteral("Écarts au classement"),
                                   QStringLiteral("Déports"), QStringLiteral("Amendements"),
                                   QStringLiteral("Signatures"), QStringLiteral("juin 2026") };
    }

    void theJuryMinutesListWhatTheRoomDidInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        const qint64 eric = m_member.value(QStringLiteral("Eric Expert"));
        QCOMPARE(push(std::make_unique<RecordRecusalCommand>(*m_doc, m_committee, eric,
                     m_app.value(QStringLiteral("S")), QStringLiteral("Cousin"))),
            QString());
        decideAll();
        QCOMPARE(push(std::make_unique<SignOffCommand>(
                     *m_doc, m_committee, QStringLiteral("Emma Expert"))),
            QString());
        QCOMPARE(amend("S", JuryOutcome::NotSelected, QStringLiteral("Withdrawn"),
                     QStringLiteral("Erratum")),
            QString());
        QVERIFY(m_translations.install(language));
        const QString pdf = m_dir.filePath(QStringLiteral("minutes-%1.pdf").arg(language));
        QVERIFY(JuryMinutes::jury(db(), m_session).writePdf(pdf) >= 1);
        const QString text = pdfText(pdf);
        for (const QString &w : words)
            QVERIFY2(text.contains(w), qPrintable(w + QStringLiteral(" missing in:\n") + text));
        // Attendees, the place, the ranking's applications, every decision's reason, the
        // overrides' reason, the recusal and the amendment.
        for (const char *w : { "Emma Expert", "Eric Expert", "Chloe Citizen", "Ségur", "Pépinière",
                 "Quartiers", "Réemploi", "Solidaire", "Unanimous", "Citizens", "Close", "Immature",
                 "Deliberated", "Cousin", "Erratum", "Withdrawn", "Impact" })
            QVERIFY2(text.contains(QString::fromUtf8(w)), w);
        // Ranked in order, with the combined score of P (14/3) in the language's format.
        QVERIFY(
            text.indexOf(QStringLiteral("Pépinière")) < text.indexOf(QStringLiteral("Solidaire")));
        QVERIFY(text.contains(
            language == QLatin1String("fr") ? QStringLiteral("4,67") : QStringLiteral("4.67")));
    }

    void theCommitteeMinutesListDecisionsRecusalsAndAmendments()
    {
        const qint64 c = accelerationCommittee();
        QCOMPARE(push(std::make_unique<SignOffCommand>(*m_doc, c, QStringLiteral("Claire Chair"))),
            QString());
        CommitteeService(db()).amendDecision(CommitteeService(db()).agenda(c).first().decisionId,
            DecisionKind::Stop, QStringLiteral("Team left"), 0, QStringLiteral("Erratum"));
        for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en") }) {
            QVERIFY(m_translations.install(language));
            const QString pdf = m_dir.filePath(QStringLiteral("committee-%1.pdf").arg(language));
            JuryMinutes::committee(db(), c).writePdf(pdf);
            const QString text = pdfText(pdf);
            for (const char *w : { "Claire Chair", "AIC-2026-CA-1", "Team left", "Promising",
                     "Cousin", "Erratum", "Pépinière", "Quartiers", "Ségur" })
                QVERIFY2(text.contains(QString::fromUtf8(w)), w);
            QVERIFY(text.contains(language == QLatin1String("fr")
                    ? QStringLiteral("Procès-verbal du comité")
                    : QStringLiteral("Minutes of the committee")));
        }
    }

    void theCommandLineWritesTheMinutesAndSaysWhatIsWrong()
    {
        decideAll();
        const QString file = db().path();
        const QString out = m_dir.filePath(QStringLiteral("cli-minutes.pdf"));
        const qint64 c = accelerationCommittee();
        Q_UNUSED(c);
        m_doc.reset(); // the command line opens the file on its own
        QCOMPARE(
            cli({ QStringLiteral("jury"), QStringLiteral("minutes"), QStringLiteral("--db"), file,
                QStringLiteral("--session"), QStringLiteral("Jury 2026"), QStringLiteral("--out"),
                out, QStringLiteral("--lang"), QStringLiteral("fr") }),
            0);
        QVERIFY(pdfText(out).contains(QStringLiteral("Procès-verbal")));
        const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
        QCOMPARE(cli({ QStringLiteral("jury"), QStringLiteral("minutes"), QStringLiteral("--db"),
                     file, QStringLiteral("--session"), QStringLiteral("Nope"),
                     QStringLiteral("--out"), none }),
            2);
        QCOMPARE(cli({ QStringLiteral("jury"), QStringLiteral("minutes"), QStringLiteral("--db"),
                     file, QStringLiteral("--session"), QStringLiteral("Jury 2026") }),
            2);
        QCOMPARE(
            cli({ QStringLiteral("jury"), QStringLiteral("minutes"), QStringLiteral("--db"), file,
                QStringLiteral("--session"), QStringLiteral("Jury 2026"), QStringLiteral("--out"),
                none, QStringLiteral("--lang"), QStringLiteral("de") }),
            2);
        QVERIFY(!QFile::exists(none));
        const QString committee = m_dir.filePath(QStringLiteral("cli-committee.pdf"));
        QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("committee-minutes"),
                     QStringLiteral("--db"), file, QStringLiteral("--committee"),
                     QStringLiteral("Comité d'accélération"), QStringLiteral("--out"), committee,
                     QStringLiteral("--lang"), QStringLiteral("en") }),
            0);
        QVERIFY(pdfText(committee).contains(QStringLiteral("Minutes of the committee")));
        QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("committee-minutes"),
                     QStringLiteral("--db"), file, QStringLiteral("--committee"),
                     QStringLiteral("2026-07-06"), QStringLiteral("--out"), committee }),
            0);
        QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("committee-minutes"),
                     QStringLiteral("--db"), file, QStringLiteral("--committee"),
                     QStringLiteral("1999-01-01"), QStringLiteral("--out"), none }),
            2);
        QVERIFY(!QFile::exists(none));
    }
};

QTEST_MAIN(TestJuryDecisions)
#include "tst_jurydecisions.moc"
