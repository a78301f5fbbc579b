// SPDX-License-Identifier: GPL-3.0-or-later
// The jury's core: set-up from a template, enforced conflicts of interest, scores, blind mode,
// balanced assignment, the CSV import of scores and the ranking computed by hand.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/types.h"
#include "core/error.h"
#include "core/imports/juryscoreimport.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryranking.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"
#include "juryfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace tremplin;

namespace {

/// The track index of RankedApplication::tracks.
constexpr std::size_t expert = std::size_t(JuryTrack::Expert);
constexpr std::size_t citizen = std::size_t(JuryTrack::Citizen);

} // namespace

class TestJury : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_file = 0;
    QHash<QString, qint64> m_app; ///< P, Q, R, S, T
    qint64 m_session = 0;
    QHash<QString, qint64> m_member; ///< E1, E2, C1
    qint64 m_a = 0; ///< criterion A, weight 2
    qint64 m_b = 0; ///< criterion B, weight 1

    int count(const char *table)
    {
        return Query(*m_db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
            .scalar()
            .toInt();
    }

    test::JurySession m_fixture; ///< the programme, its promotion and the applications

    /// The small data set of the ranking: criteria A (weight 2) and B (weight 1), scale 0 to 5
    /// by 1, tracks expert (weight 2) and citizen (weight 1), jurors E1 and E2 (expert) and C1
    /// (citizen), applications P, Q, R, S, T all assigned to everyone.
    static JuryTemplate smallTemplate() { return test::JurySession::smallTemplate(); }

    void setUpSession(const JuryTemplate &t)
    {
        m_fixture.applyTemplate(*m_db, t);
        m_session = m_fixture.session;
        m_member = m_fixture.member;
        m_a = m_fixture.a;
        m_b = m_fixture.b;
    }

    void score(const char *juror, const char *app, double a, std::optional<double> b)
    {
        JuryService jury(*m_db);
        const qint64 m = m_member.value(QLatin1String(juror));
        const qint64 i = m_app.value(QLatin1String(app));
        jury.setScore(m_session, m, i, m_a, a);
        if (b)
            jury.setScore(m_session, m, i, m_b, b);
    }

    /// The scores of the hand computation below; totals = (2·A + B) / 3.
    void scoreSmallDataSet()
    {
        score("E1", "P", 4, 1); // 3
        score("E1", "Q", 3, 3); // 3
        score("E1", "R", 5, 2); // 4
        score("E1", "S", 1, std::nullopt); // incomplete
        score("E1", "T", 3, 3); // 3
        score("E2", "P", 2, 2); // 2
        score("E2", "Q", 1, 4); // 2
        score("E2", "R", 3, 0); // 2
        score("E2", "T", 3, 3); // 3
        score("C1", "P", 5, 5); // 5
        score("C1", "Q", 2, 5); // 3
    }

    const jury::RankedApplication &row(const jury::Ranking &r, const char *app)
    {
        const qint64 id = m_app.value(QLatin1String(app));
        for (const jury::RankedApplication &x : r.rows) {
            if (x.initiativeId == id)
                return x;
        }
        qFatal("no such application");
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        m_db->create(m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_file)));
        m_fixture = test::JurySession::make(*m_db);
        int ds = 1001;
        for (const char *name : { "P", "Q", "R", "S", "T" })
            m_fixture.addApplication(*m_db, QLatin1String(name), ds++);
        m_fixture.addApplication(*m_db, QStringLiteral("Not checked"), 2001, false);
        m_app = m_fixture.app;
        m_app.remove(QStringLiteral("Not checked"));
        m_member.clear();
    }
    void cleanup() { m_db.reset(); }

    void theMeanRankingIsTheOneComputedByHand()
    {
        setUpSession(smallTemplate());
        scoreSmallDataSet();
        JuryService jury(*m_db);
        const jury::RankingInput in = jury.rankingInput(m_session);
        QCOMPARE(int(in.applications.size()), 5); // "Not checked" is not admissible
        const jury::Ranking r = jury::computeRanking(in, {});

        // P: expert (3 + 2) / 2 = 2.5, citizen 5, combined (2·2.5 + 1·5) / 3 = 10/3.
        QCOMPARE(row(r, "P").rank, 1);
        QCOMPARE(*row(r, "P").score, 10.0 / 3.0);
        QCOMPARE(*row(r, "P").tracks[expert], 2.5);
        QCOMPARE(*row(r, "P").tracks[citizen], 5.0);
        QCOMPARE(row(r, "P").jurors, 3);
        QCOMPARE(row(r, "P").spread, 3.0); // 5 − 2
        QVERIFY(!row(r, "P").missingTrack);
        // R: expert (4 + 2) / 2 = 3, no citizen total: combined 3, track missing.
        // T: expert (3 + 3) / 2 = 3, no citizen total: combined 3, tied with R at rank 2.
        QCOMPARE(*row(r, "R").score, 3.0);
        QVERIFY(row(r, "R").missingTrack);
        QVERIFY(!row(r, "R").tracks[citizen]);
        QCOMPARE(row(r, "R").spread, 2.0);
        QCOMPARE(row(r, "R").rank, 2);
        QCOMPARE(row(r, "T").rank, 2);
        QCOMPARE(row(r, "T").spread, 0.0);
        // Q: expert (3 + 2) / 2 = 2.5, citizen 3, combined (5 + 3) / 3 = 8/3, after the tie: 4.
        QCOMPARE(*row(r, "Q").score, 8.0 / 3.0);
        QCOMPARE(row(r, "Q").rank, 4);
        QCOMPARE(row(r, "Q").spread, 1.0);
        // S: only E1's incomplete total: no score, no rank, listed as incomplete.
        QCOMPARE(row(r, "S").rank, 0);
        QVERIFY(!row(r, "S").score);
        QCOMPARE(r.rows.last().initiativeId, m_app.value(QStringLiteral("S")));
        QCOMPARE(r.incomplete.size(), 1);
        QCOMPARE(r.incomplete.first().memberId, m_member.value(QStringLiteral("E1")));
        QCOMPARE(r.incomplete.first().scored, 1);
    }

    void theZScoreRankingIsTheOneComputedByHand()
    {
        setUpSession(smallTemplate());
        scoreSmallDataSet();
        JuryService jury(*m_db);
        jury::RankingOptions o;
        o.method = RankingMethod::ZScore;
        const jury::Ranking r = jury::computeRanking(jury.rankingInput(m_session), o);
        // E1's totals P 3, Q 3, R 4, T 3: m = 3.25, s = √0.1875 = √3/4.
        // E2's totals P 2, Q 2, R 2, T 3: m = 2.25, s = √3/4 too.
        // z: E1 P, Q, T −1/√3 and R +√3; E2 P, Q, R −1/√3 and T +√3.
        // Expert track's totals 3 3 4 3 2 2 2 3: M = 22/8 = 2.75, variance 3.5/8, S = √7/4.
        // Rescaled: M − S/√3 = 11/4 − √21/12 and M + S·√3 = 11/4 + √21/4.
        // Expert scores: P = Q = 11/4 − √21/12; R = T = (11/2 + √21/4 − √21/12)/2 = 11/4 + √21/12.
        // C1's totals P 5, Q 3: m = 4, s = 1; citizen M = 4, S = 1, so rescaled P 5, Q 3.
        const double r21 = std::sqrt(21.0);
        QCOMPARE(*row(r, "P").tracks[expert], 11.0 / 4 - r21 / 12);
        QCOMPARE(*row(r, "P").tracks[citizen], 5.0);
        // P: (2·(11/4 − √21/12) + 5)/3 = 7/2 − √21/18 ≈ 3.2454
        QCOMPARE(*row(r, "P").score, 7.0 / 2 - r21 / 18);
        // R and T: 11/4 + √21/12 ≈ 3.1319 (expert only), tied.
        QCOMPARE(*row(r, "R").score, 11.0 / 4 + r21 / 12);
        QCOMPARE(*row(r, "T").score, 11.0 / 4 + r21 / 12);
        // Q: (2·(11/4 − √21/12) + 3)/3 = 17/6 − √21/18 ≈ 2.5787.
        QCOMPARE(*row(r, "Q").score, 17.0 / 6 - r21 / 18);
        QCOMPARE(row(r, "P").rank, 1);
        QCOMPARE(row(r, "R").rank, 2);
        QCOMPARE(row(r, "T").rank, 2);
        QCOMPARE(row(r, "Q").rank, 4);
        // The spread stays in raw totals.
        QCOMPARE(row(r, "P").spread, 3.0);
    }

    void aJurorWithOneTotalOrNoSpreadHasAZeroZ()
    {
        // One track, one criterion. J1 scores only P (4): fewer than 2 totals, z = 0.
        // J2 scores P 2 and Q 4: m = 3, s = 1, z P = −1, Q = +1.
        // Track totals 4, 2, 4: M = 10/3, S = √(8/9) = 2√2/3.
        // P = (M + 0 + M − S)/2 = 10/3 − √2/3; Q = M + S = 10/3 + 2√2/3.
        jury::RankingInput in;
        in.criterionWeights = { 1 };
        in.jurors = { { 1, JuryTrack::Expert }, { 2, JuryTrack::Expert } };
        in.applications = { 10, 20 };
        in.scores = { { 0, 0, 0, 4 }, { 1, 0, 0, 2 }, { 1, 1, 0, 4 } };
        in.trackWeights[expert] = 1;
        jury::RankingOptions o;
        o.method = RankingMethod::ZScore;
        const jury::Ranking r = jury::computeRanking(in, o);
        QCOMPARE(r.rows.at(0).initiativeId, qint64(20));
        QCOMPARE(*r.rows.at(0).score, 10.0 / 3 + 2 * std::sqrt(2.0) / 3);
        QCOMPARE(*r.rows.at(1).score, 10.0 / 3 - std::sqrt(2.0) / 3);
        // A juror giving the same total everywhere (s = 0) has z = 0: both get M.
        in.scores = { { 1, 0, 0, 3 }, { 1, 1, 0, 3 } };
        const jury::Ranking flat = jury::computeRanking(in, o);
        QCOMPARE(*flat.rows.at(0).score, 3.0);
        QCOMPARE(flat.rows.at(0).rank, 1);
        QCOMPARE(flat.rows.at(1).rank, 1);
    }

    void theWhatIfPanelSaysWhoEntersAndLeavesTheTop()
    {
        setUpSession(smallTemplate());
        scoreSmallDataSet();
        JuryService jury(*m_db);
        const jury::RankingInput in = jury.rankingInput(m_session);
        const jury::Ranking before = jury::computeRanking(in, {});
        // Top 2 with the mean: P (1), R and T (2, tied).
        // Without C1: P expert only 2.5, Q 2.5, R 3, T 3: top 2 is R and T, P leaves.
        jury::RankingOptions o;
        o.excludedJurors.insert(m_member.value(QStringLiteral("C1")));
        const jury::Ranking after = jury::computeRanking(in, o);
        QCOMPARE(*row(after, "P").score, 2.5);
        const jury::TopChange change = jury::compareTop(before, after, 2);
        QVERIFY(change.entering.isEmpty());
        QCOMPARE(change.leaving, QList<qint64> { m_app.value(QStringLiteral("P")) });
        // Citizen weight 4: P = (2·2.5 + 4·5)/6 = 25/6, Q = (2·2.5 + 4·3)/6 = 17/6.
        jury::RankingOptions heavier;
        heavier.trackWeights[citizen] = 4;
        const jury::Ranking weighted = jury::computeRanking(in, heavier);
        QCOMPARE(*row(weighted, "P").score, 25.0 / 6);
        QCOMPARE(*row(weighted, "Q").score, 17.0 / 6);
        // Expert weight 0: only the citizen panel counts. P 5, Q 3; R and T have no score.
        // The top 2 was P, R, T (tie): Q enters, R and T leave.
        jury::RankingOptions citizensOnly;
        citizensOnly.trackWeights[expert] = 0;
        const jury::Ranking c = jury::computeRanking(in, citizensOnly);
        QCOMPARE(row(c, "Q").rank, 2);
        QVERIFY(!row(c, "R").score);
        const jury::TopChange change2 = jury::compareTop(before, c, 2);
        QCOMPARE(change2.entering, QList<qint64> { m_app.value(QStringLiteral("Q")) });
        QCOMPARE(change2.leaving.size(), 2);
    }

    void aConflictedJurorCannotScoreAndIsLeftOutOfTheTotals()
    {
        JuryTemplate t = smallTemplate();
        t.conflicts
            = { { QStringLiteral("C1"), QStringLiteral("Q"), QStringLiteral("Board member") } };
        setUpSession(t);
        JuryService jury(*m_db);
        const qint64 c1 = m_member.value(QStringLiteral("C1"));
        const qint64 q = m_app.value(QStringLiteral("Q"));
        QVERIFY(jury.hasConflict(c1, q));
        QVERIFY(!jury.isAssigned(c1, q)); // the assignment "all" leaves the conflict out
        try {
            jury.setScore(m_session, c1, q, m_a, 3);
            QFAIL("a conflicted juror's score was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("conflict of interest")),
                qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, jury.setComment(m_session, c1, q, QStringLiteral("x")));
        QCOMPARE(count("jury_score"), 0);

        // A score written before the conflict was declared no longer counts.
        score("E1", "Q", 3, 3);
        score("C1", "P", 5, 5);
        jury.setAssigned(m_session, c1, q, false);
        Query(*m_db, QStringLiteral("DELETE FROM jury_conflict")).exec();
        jury.setAssigned(m_session, c1, q, true);
        score("C1", "Q", 2, 5); // 3
        jury.declareConflict(m_session, c1, q, QStringLiteral("Found out later"));
        const jury::Ranking r = jury::computeRanking(jury.rankingInput(m_session), {});
        QVERIFY(!row(r, "Q").tracks[citizen]);
        QVERIFY(row(r, "Q").missingTrack);
        QCOMPARE(row(r, "Q").jurors, 1);
        QCOMPARE(*row(r, "Q").score, 3.0);
        // The recusal is kept, with its reason, for the minutes.
        QCOMPARE(
            Query(*m_db, QStringLiteral("SELECT reason FROM jury_conflict")).scalar().toString(),
            QStringLiteral("Found out later"));

        // A conflicted juror sees nobody's scores of that application; the coordinator does.
        const QList<VisibleScore> own = jury.visibleScores(m_session, c1, q);
        QCOMPARE(own.size(), 2); // their own two, written before the declaration
        for (const VisibleScore &v : own)
            QCOMPARE(v.memberId, c1);
        QCOMPARE(jury.visibleScores(m_session, 0, q).size(), 4);
    }

    void anUnassignedApplicationOrAValueOffTheScaleIsRefused()
    {
        JuryTemplate t = smallTemplate();
        t.scaleStep = 0.5;
        t.assignment = AssignmentMode::Manual;
        setUpSession(t);
        JuryService jury(*m_db);
        const qint64 e1 = m_member.value(QStringLiteral("E1"));
        const qint64 p = m_app.value(QStringLiteral("P"));
        QVERIFY(
            jury.scoreProblem(m_session, e1, p, m_a, 3).contains(QStringLiteral("not assigned")));
        QVERIFY_THROWS_EXCEPTION(Error, jury.setScore(m_session, e1, p, m_a, 3));
        jury.setAssigned(m_session, e1, p, true);
        QVERIFY(jury.scoreProblem(m_session, e1, p, m_a, 5.5).contains(QStringLiteral("outside")));
        QVERIFY(jury.scoreProblem(m_session, e1, p, m_a, -1).contains(QStringLiteral("outside")));
        QVERIFY(jury.scoreProblem(m_session, e1, p, m_a, 2.25).contains(QStringLiteral("step")));
        jury.setScore(m_session, e1, p, m_a, 2.5);
        QCOMPARE(*jury.score(e1, p, m_a), 2.5);
        jury.setScore(m_session, e1, p, m_a, std::nullopt);
        QVERIFY(!jury.score(e1, p, m_a));
    }

    void blindModeHidesOthersScoresUntilTheJurorHasScored()
    {
        JuryTemplate t = smallTemplate();
        t.blind = true;
        setUpSession(t);
        JuryService jury(*m_db);
        const qint64 e1 = m_member.value(QStringLiteral("E1"));
        const qint64 e2 = m_member.value(QStringLiteral("E2"));
        const qint64 p = m_app.value(QStringLiteral("P"));
        score("E2", "P", 2, 2);
        QVERIFY(jury.visibleScores(m_session, e1, p).isEmpty());
        score("E1", "P", 4, std::nullopt); // one criterion of two: still hidden
        const QList<VisibleScore> partial = jury.visibleScores(m_session, e1, p);
        QCOMPARE(partial.size(), 1);
        QCOMPARE(partial.first().memberId, e1);
        score("E1", "P", 4, 1);
        QCOMPARE(jury.visibleScores(m_session, e1, p).size(), 4);
        QCOMPARE(jury.visibleScores(m_session, e2, p).size(), 4);
    }

    void progressAndMissingScoresFollowTheScores()
    {
        setUpSession(smallTemplate());
        scoreSmallDataSet();
        JuryService jury(*m_db);
        QHash<QString, QPair<int, int>> progress;
        for (const JurorProgress &p : jury.progress(m_session))
            progress.insert(p.juror.name, { p.scored, p.assigned });
        QCOMPARE(progress.value(QStringLiteral("E1")), qMakePair(4, 5));
        QCOMPARE(progress.value(QStringLiteral("E2")), qMakePair(4, 5));
        QCOMPARE(progress.value(QStringLiteral("C1")), qMakePair(2, 5));
        QStringList missing;
        for (const MissingScores &m : jury.missingScores(m_session))
            missing.append(
                QStringLiteral("%1 %2 %3").arg(m.juror.name, m.application.name).arg(m.missing));
        QCOMPARE(missing,
            QStringList({ QStringLiteral("C1 R 2"), QStringLiteral("C1 S 2"),
                QStringLiteral("C1 T 2"), QStringLiteral("E1 S 1"), QStringLiteral("E2 S 2") }));
    }

    void aBalancedAssignmentKeepsItsLimitsAndAvoidsConflicts()
    {
        JuryTemplate t = smallTemplate();
        t.jurors.append({ QStringLiteral("E3"), JuryTrack::Expert, QString() });
        t.jurors.append({ QStringLiteral("C2"), JuryTrack::Citizen, QString() });
        t.conflicts = { { QStringLiteral("E1"), QStringLiteral("1001"), QString() },
            { QStringLiteral("E2"), QStringLiteral("P"), QString() } };
        t.assignment = AssignmentMode::Balanced;
        t.minPerTrack = 1;
        t.maxPerJuror = 3;
        setUpSession(t);
        // 5 applications × 1 expert: 5 assignments over 3 experts, at most 3 each, P to E3 only;
        // 5 × 1 citizen over C1 and C2.
        QHash<qint64, int> load;
        QHash<QPair<qint64, QString>, int> perTrack;
        Query q(*m_db,
            QStringLiteral("SELECT a.member_id, a.initiative_id, m.track FROM "
                           "jury_assignment a JOIN committee_member m ON m.id = "
                           "a.member_id"));
        q.exec();
        while (q.next()) {
            ++load[q.value(0).toLongLong()];
            ++perTrack[{ q.value(1).toLongLong(), q.value(2).toString() }];
            QVERIFY(
                !JuryService(*m_db).hasConflict(q.value(0).toLongLong(), q.value(1).toLongLong()));
        }
        for (auto it = load.cbegin(); it != load.cend(); ++it)
            QVERIFY(it.value() <= 3);
        for (const qint64 app : m_app) {
            QCOMPARE(perTrack.value({ app, QStringLiteral("expert") }), 1);
            QCOMPARE(perTrack.value({ app, QStringLiteral("citizen") }), 1);
        }
        QVERIFY(JuryService(*m_db).isAssigned(
            m_member.value(QStringLiteral("E3")), m_app.value(QStringLiteral("P"))));
        // Two citizens per application with at most 3 each cannot be done (10 > 6): refused,
        // nothing added.
        const int before = count("jury_assignment");
        QVERIFY_THROWS_EXCEPTION(Error, JuryService(*m_db).assignBalanced(m_session, 3, 2));
        QCOMPARE(count("jury_assignment"), before);
    }

    void aTemplateRoundTripsThroughJsonAndTheDatabase()
    {
        JuryTemplate t = smallTemplate();
        t.conflicts = { { QStringLiteral("E1"), QStringLiteral("Q"), QStringLiteral("Adviser") } };
        t.assignment = AssignmentMode::Balanced;
        t.minPerTrack = 1;
        t.maxPerJuror = 5;
        t.method = RankingMethod::ZScore;
        const QByteArray json = t.toJson();
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(
            o.value(QStringLiteral("scale")).toObject().value(QStringLiteral("step")).toDouble(),
            1.0);
        QCOMPARE(o.value(QStringLiteral("tracks"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("citizen"));
        QCOMPARE(o.value(QStringLiteral("assignment")).toString(), QStringLiteral("balanced"));
        const JuryTemplate read = JuryTemplate::fromJson(json);
        QCOMPARE(read.toJson(), json);
        setUpSession(read);
        const JuryTemplate back = JuryService(*m_db).templateOf(m_session);
        // The database lists jurors by name.
        JuryTemplate sorted = read;
        std::sort(sorted.jurors.begin(), sorted.jurors.end(),
            [](const JuryTemplate::Juror &l, const JuryTemplate::Juror &r) {
                return l.name < r.name;
            });
        QCOMPARE(QString::fromUtf8(back.toJson()), QString::fromUtf8(sorted.toJson()));
        // Applying it again changes nothing and duplicates nobody.
        const int persons = count("person");
        QCOMPARE(JuryService(*m_db).applyTemplate(back), m_session);
        QCOMPARE(count("person"), persons);
        QCOMPARE(count("committee_member"), 3);
    }

    void aBadTemplateIsRefusedWithItsReasons()
    {
        const auto refusal = [](const QByteArray &json) {
            try {
                JuryTemplate::fromJson(json);
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        QVERIFY(!refusal("{").isEmpty());
        QVERIFY(refusal(R"({"promotion":"x"})").contains(QStringLiteral("\"name\"")));
        QVERIFY(refusal(R"({"name":"a","promotion":"x","tracks":[{"code":"public","weight":1}]})")
                    .contains(QStringLiteral("public")));
        JuryTemplate t = smallTemplate();
        t.promotion = QStringLiteral("Nowhere");
        t.conflicts = { { QStringLiteral("Nobody"), QStringLiteral("Z"), QString() } };
        const QStringList problems = JuryService(*m_db).checkTemplate(t);
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("Nowhere")));
        QVERIFY_THROWS_EXCEPTION(Error, JuryService(*m_db).applyTemplate(t));
        QCOMPARE(count("jury_session"), 0);
        QCOMPARE(JuryTemplate::defaults().criteria.size(), 5);
    }

    void scoresComeInFromAMessyCsvAllOrNothing()
    {
        JuryTemplate t = smallTemplate();
        t.scaleStep = 0.5;
        t.conflicts = { { QStringLiteral("C1"), QStringLiteral("Q"), QString() } };
        setUpSession(t);
        JuryService jury(*m_db);
        // French headers, ';', decimal comma, a quoted comment with a line break and a blank line.
        const QString good = QStringLiteral("Juré;Candidature;Critère;Note;Commentaire\r\n"
                                            "e1@example.org;P;A;4,5;\"Solide,\nmais cher\"\r\n"
                                            "\r\n"
                                            "E2;1002;b;3.0;\r\n");
        JuryScoreImport ok(*m_db, m_session);
        QString error;
        QVERIFY(ok.load(good, &error));
        QVERIFY(ok.problems().isEmpty());
        QCOMPARE(ok.commit(), 2);
        const qint64 e1 = m_member.value(QStringLiteral("E1"));
        QCOMPARE(*jury.score(e1, m_app.value(QStringLiteral("P")), m_a), 4.5);
        QCOMPARE(jury.comment(e1, m_app.value(QStringLiteral("P"))),
            QStringLiteral("Solide,\nmais cher"));

        // Every problem with its line (counting the quoted line break), nothing written.
        const QString bad = QStringLiteral("juror,candidate,criterion,score,comment\n"
                                           "E1,P,A,5,\"two\nlines\"\n" // lines 2-3, fine
                                           "Nobody,P,A,3,\n" // 4
                                           "E1,Nothing,A,3,\n" // 5
                                           "E1,P,Z,3,\n" // 6
                                           "E1,P,B,7,\n" // 7
                                           "C1,Q,A,3,\n" // 8
                                           "E1,Not checked,A,3,\n" // 9
                                           "E1,P,A,2,\n" // 10: again
                                           "E1,P,B,abc,\n"); // 11
        JuryScoreImport refused(*m_db, m_session);
        QVERIFY(refused.load(bad, &error));
        QStringList lines;
        for (const JuryScoreImport::Problem &p : refused.problems())
            lines.append(QStringLiteral("%1: %2").arg(p.line).arg(p.message));
        QCOMPARE(refused.problems().size(), 8);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("4: unknown juror")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("5: unknown candidate")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("6: unknown criterion")));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("7: The score 7 is outside")));
        QVERIFY(lines.at(4).startsWith(QStringLiteral("8: C1 declared a conflict of interest")));
        QVERIFY(lines.at(5).startsWith(QStringLiteral("9: unknown candidate")));
        QVERIFY(lines.at(6).contains(QStringLiteral("already given on line 2")));
        QVERIFY(lines.at(7).startsWith(QStringLiteral("11: the score \"abc\"")));
        const int scores = count("jury_score");
        QVERIFY_THROWS_EXCEPTION(Error, refused.commit());
        QCOMPARE(count("jury_score"), scores);

        // A file without the columns is refused as a whole.
        JuryScoreImport wrong(*m_db, m_session);
        QVERIFY(!wrong.load(QStringLiteral("name;value\nx;1\n"), &error));
        QVERIFY(error.contains(QStringLiteral("juror")));
    }

    void theRankingOfTheLargestSelectionIsRecomputedInAFrame()
    {
        // 2 000 applications × 60 jurors × 6 criteria, every score given (720 000 scores).
        jury::RankingInput in;
        in.criterionWeights = { 2, 2, 1, 1, 1, 1 };
        for (int j = 0; j < 60; ++j)
            in.jurors.push_back({ j + 1, j < 45 ? JuryTrack::Expert : JuryTrack::Citizen });
        for (int a = 0; a < 2000; ++a)
            in.applications.push_back(a + 1);
        in.scores.reserve(720000);
        for (int j = 0; j < 60; ++j)
            for (int a = 0; a < 2000; ++a)
                for (int c = 0; c < 6; ++c)
                    in.scores.push_back({ j, a, c, double((j * 7 + a * 13 + c * 3) % 11) / 2 });
        in.trackWeights = { 2.0, 1.0 };
        jury::RankingOptions o;
        o.method = RankingMethod::ZScore;
        QElapsedTimer timer;
        timer.start();
        const jury::Ranking r = jury::computeRanking(in, o);
        qInfo("ranking of 2000 × 60 × 6 in %lld ms", timer.elapsed());
        QCOMPARE(r.rows.size(), 2000);
        QCOMPARE(r.rows.first().rank, 1);
        QCOMPARE(r.rows.first().jurors, 60);
    }
};

QTEST_GUILESS_MAIN(TestJury)
#include "tst_jury.moc"
