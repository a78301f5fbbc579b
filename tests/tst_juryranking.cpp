// SPDX-License-Identifier: GPL-3.0-or-later
// The Jury workspace's Ranking tab: the table against a small data set computed by hand, the
// what-if panel driven through its widgets (entering and leaving applications, Reset, nothing
// written), the CSV export, the jurors' score distribution chart, following the file's changes
// and undo, and the models under QAbstractItemModelTester.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/types.h"
#include "core/i18n/translations.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"
#include "juryfixture.h"
#include "modaldialogs.h"
#include "ui/charts/juryscorechart.h"
#include "ui/commands/databasecommand.h"
#include "ui/document.h"
#include "ui/jury/juryrankingmodel.h"
#include "ui/jury/juryrankingtab.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace tremplin;

namespace {

/// A score typed in the grid, as the Scoring tab's undo command writes it.
class ScoreCommand : public DatabaseCommand
{
public:
    ScoreCommand(Document &document, qint64 session, qint64 member, qint64 initiative,
        qint64 criterion, std::optional<double> score)
        : DatabaseCommand(document, QStringLiteral("score"))
        , m_session(session)
        , m_member(member)
        , m_initiative(initiative)
        , m_criterion(criterion)
        , m_new(score)
    { }

protected:
    void apply() override
    {
        JuryService jury(m_document.database());
        m_old = jury.score(m_member, m_initiative, m_criterion);
        jury.setScore(m_session, m_member, m_initiative, m_criterion, m_new);
    }
    void revert() override
    {
        JuryService(m_document.database())
            .setScore(m_session, m_member, m_initiative, m_criterion, m_old);
    }

private:
    qint64 m_session, m_member, m_initiative, m_criterion;
    std::optional<double> m_new, m_old;
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestJuryRanking : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    int m_file = 0;
    QHash<QString, qint64> m_app;
    QHash<QString, qint64> m_member;
    qint64 m_session = 0;
    qint64 m_a = 0;
    qint64 m_b = 0;

    Database &db() { return m_doc->database(); }

    /// Criteria A (weight 2) and B (weight 1), scale 0 to 5 by 1; tracks expert (weight 2) and
    /// citizen (weight 1); jurors E1, E2 (expert) and C1 (citizen); applications P, Q, R, S and
    /// "=T" (a name a spreadsheet would run), each assigned to everyone; 2 places.
    void setUpSession()
    {
        test::JurySession f = test::JurySession::make(db(), 2);
        const QStringList names { QStringLiteral("P"), QStringLiteral("Q"), QStringLiteral("R"),
            QStringLiteral("S"), QStringLiteral("=T") };
        for (int i = 0; i < names.size(); ++i)
            f.addApplication(db(), names.at(i), 101 + i);
        JuryTemplate t = test::JurySession::smallTemplate();
        t.criteria[0].description.clear();
        t.jurors[0].email.clear();
        f.applyTemplate(db(), t);
        m_app = f.app;
        m_session = f.session;
        m_member = f.member;
        m_a = f.a;
        m_b = f.b;
    }

    void score(const char *juror, const char *app, double a, std::optional<double> b)
    {
        JuryService jury(db());
        const qint64 m = m_member.value(QLatin1String(juror));
        const qint64 i = m_app.value(QLatin1String(app));
        jury.setScore(m_session, m, i, m_a, a);
        if (b)
            jury.setScore(m_session, m, i, m_b, b);
    }

    /// Juror totals (2·A + B) / 3 written beside each line.
    void scoreSmallDataSet()
    {
        score("E1", "P", 4, 1); // 3
        score("E1", "Q", 3, 3); // 3
        score("E1", "R", 5, 2); // 4
        score("E1", "S", 1, std::nullopt); // incomplete: 1 of 2 criteria
        score("E1", "=T", 3, 3); // 3
        score("E2", "P", 2, 2); // 2
        score("E2", "Q", 1, 4); // 2
        score("E2", "R", 3, 0); // 2
        score("E2", "=T", 3, 3); // 3
        score("C1", "P", 5, 5); // 5
        score("C1", "Q", 2, 5); // 3
    }

    /// The table's cells as the view shows them, row by row (view order).
    static QList<QStringList> cells(const JuryRankingTab &tab)
    {
        auto *view = tab.findChild<QTableView *>(QStringLiteral("rankingTable"));
        QList<QStringList> rows;
        const QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < m->columnCount(); ++c)
                row << m->index(r, c).data().toString();
            rows << row;
        }
        return rows;
    }

    static QStringList column(const JuryRankingTab &tab, int c)
    {
        QStringList values;
        for (const QStringList &row : cells(tab))
            values << row.at(c);
        return values;
    }

    /// The application names whose Top cell says @p word.
    static QStringList marked(const JuryRankingTab &tab, const QString &word)
    {
        QStringList names;
        for (const QStringList &row : cells(tab)) {
            if (row.at(JuryRankingModel::Top).contains(word))
                names << row.at(JuryRankingModel::Application);
        }
        return names;
    }

    std::unique_ptr<JuryRankingTab> openTab()
    {
        auto tab = std::make_unique<JuryRankingTab>();
        tab->resize(1200, 700);
        tab->show();
        tab->setDocument(m_doc.get());
        tab->setSession(m_session);
        return tab;
    }

    static void setSpin(QAbstractSpinBox *spin, const QString &text)
    {
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale::c());
        m_doc = std::make_unique<Document>();
        db().create(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_file)));
        m_app.clear();
        m_member.clear();
        setUpSession();
        scoreSmallDataSet();
    }
    void cleanup()
    {
        m_doc.reset();
        QLocale::setDefault(QLocale::c());
    }

    void theTableShowsTheRankingComputedByHandInTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        auto tab = std::make_unique<JuryRankingTab>();
        // Attached before anything is loaded, so that every signal of the load is checked.
        QAbstractItemModelTester rankingTester(
            tab->rankingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            tab->rankingProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester incompleteTester(
            tab->incompleteModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab->show();
        tab->setDocument(m_doc.get());
        tab->setSession(m_session);

        // Expert track = mean of E1 and E2, citizen = C1, combined = (2·expert + citizen) / 3.
        // P: (2·2.5 + 5) / 3 = 3.33; R: expert (4 + 2) / 2 = 3, no citizen → 3; =T: (3 + 3) / 2
        // = 3, no citizen → 3 (tied with R); Q: (2·2.5 + 3) / 3 = 2.67; S: no complete total.
        const QList<QStringList> rows = cells(*tab);
        QCOMPARE(rows.size(), 5);
        using M = JuryRankingModel;
        QCOMPARE(rows.at(0).at(M::Application), QStringLiteral("P"));
        QCOMPARE(rows.at(0).at(M::Rank), QStringLiteral("1"));
        QCOMPARE(rows.at(0).at(M::Score), QStringLiteral("3,33"));
        QCOMPARE(rows.at(0).at(M::Expert), QStringLiteral("2,50"));
        QCOMPARE(rows.at(0).at(M::Citizen), QStringLiteral("5,00"));
        QCOMPARE(rows.at(0).at(M::Jurors), QStringLiteral("3"));
        // Spread 5 − 2 = 3, two fifths of the scale are 2: a disagreement.
        QCOMPARE(rows.at(0).at(M::Spread), QStringLiteral("⚠ 3,00"));
        QCOMPARE(rows.at(0).at(M::Top), QStringLiteral("✓ in"));
        // R and =T share rank 2, both in the top 2 (ties at the boundary are in).
        const QStringList second { rows.at(1).at(M::Application), rows.at(2).at(M::Application) };
        QVERIFY(second.contains(QStringLiteral("R")) && second.contains(QStringLiteral("=T")));
        for (int r : { 1, 2 }) {
            QCOMPARE(rows.at(r).at(M::Rank), QStringLiteral("2"));
            QCOMPARE(rows.at(r).at(M::Score), QStringLiteral("3,00"));
            QCOMPARE(rows.at(r).at(M::Citizen), QStringLiteral("missing"));
            QCOMPARE(rows.at(r).at(M::Jurors), QStringLiteral("2"));
        }
        const int r = rows.at(1).at(M::Application) == QStringLiteral("R") ? 1 : 2;
        QCOMPARE(rows.at(r).at(M::Spread), QStringLiteral("⚠ 2,00")); // 4 − 2
        QCOMPARE(rows.at(3 - r).at(M::Spread), QStringLiteral("0,00")); // 3 − 3
        QCOMPARE(rows.at(3).at(M::Application), QStringLiteral("Q"));
        QCOMPARE(rows.at(3).at(M::Rank), QStringLiteral("4"));
        QCOMPARE(rows.at(3).at(M::Score), QStringLiteral("2,67"));
        QCOMPARE(rows.at(3).at(M::Spread), QStringLiteral("1,00")); // 3 − 2, under 2
        QCOMPARE(rows.at(3).at(M::Top), QString());
        // S has no complete total: listed after, said plainly.
        QCOMPARE(rows.at(4).at(M::Application), QStringLiteral("S"));
        QCOMPARE(rows.at(4).at(M::Rank), QStringLiteral("—"));
        QCOMPARE(rows.at(4).at(M::Score), QStringLiteral("no complete total"));
        QCOMPARE(rows.at(4).at(M::Expert), QStringLiteral("missing"));
        // The top-2 line is under the last of rank 2.
        auto *view = tab->findChild<QTableView *>(QStringLiteral("rankingTable"));
        QVERIFY(view->model()->index(2, 0).data(M::BoundaryRole).toBool());
        QVERIFY(!view->model()->index(1, 0).data(M::BoundaryRole).toBool());

        // Who has not finished what: E1 scored 1 of S's 2 criteria.
        const JuryIncompleteModel *incomplete = tab->incompleteModel();
        QCOMPARE(incomplete->rowCount(), 1);
        QCOMPARE(incomplete->index(0, JuryIncompleteModel::Juror).data().toString(),
            QStringLiteral("E1"));
        QCOMPARE(incomplete->index(0, JuryIncompleteModel::Application).data().toString(),
            QStringLiteral("S"));
        QCOMPARE(incomplete->index(0, JuryIncompleteModel::Scored).data().toString(),
            QStringLiteral("1 of 2 criteria"));
    }

    void sortingByAColumnKeepsTheUnrankedApplicationsLast()
    {
        auto tab = openTab();
        auto *view = tab->findChild<QTableView *>(QStringLiteral("rankingTable"));
        QAbstractItemModelTester tester(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A click on the Score header sorts; a second click reverses.
        auto *header = view->horizontalHeader();
        const QPoint score(header->sectionViewportPosition(JuryRankingModel::Score) + 5, 5);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, score);
        QCOMPARE(column(*tab, JuryRankingModel::Application).last(), QStringLiteral("S"));
        const QString first = column(*tab, JuryRankingModel::Application).first();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, score);
        QCOMPARE(column(*tab, JuryRankingModel::Application).last(), QStringLiteral("S"));
        QVERIFY(column(*tab, JuryRankingModel::Application).first() != first);
    }

    void leavingJurorsOutShowsWhoEntersAndLeavesTheTopAndWritesNothing()
    {
        auto tab = openTab();
        QAbstractItemModelTester tester(
            tab->rankingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString path = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(m_file));
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        auto *banner = tab->findChild<QLabel *>(QStringLiteral("whatIfChanges"));
        QVERIFY(banner->text().contains(QStringLiteral("Same top 2")));

        // Without E1 and E2 only C1 counts: P 5, Q 3; R and =T lose every total.
        QCheckBox *e1 = nullptr;
        QCheckBox *e2 = nullptr;
        for (QCheckBox *box : tab->findChildren<QCheckBox *>()) {
            if (box->text().startsWith(QStringLiteral("E1")))
                e1 = box;
            if (box->text().startsWith(QStringLiteral("E2")))
                e2 = box;
        }
        QVERIFY(e1 && e2);
        QVERIFY(e1->isChecked());
        QTest::mouseClick(e1, Qt::LeftButton);
        QVERIFY(!e1->isChecked());
        // Without E1: P (2·2 + 5) / 3 = 3, =T 3 (expert only), Q (2·2 + 3) / 3 = 2.33, R 2:
        // R leaves the top 2.
        QCOMPARE(marked(*tab, QStringLiteral("leaves")), QStringList { QStringLiteral("R") });
        QCOMPARE(marked(*tab, QStringLiteral("enters")), QStringList());
        QTest::mouseClick(e2, Qt::LeftButton);
        QCOMPARE(marked(*tab, QStringLiteral("enters")), QStringList { QStringLiteral("Q") });
        QStringList leaving = marked(*tab, QStringLiteral("leaves"));
        leaving.sort();
        QCOMPARE(leaving, (QStringList { QStringLiteral("=T"), QStringLiteral("R") }));
        QCOMPARE(cells(*tab).at(0).at(JuryRankingModel::Score), QStringLiteral("5.00"));
        QCOMPARE(cells(*tab).at(1).at(JuryRankingModel::Application), QStringLiteral("Q"));
        QCOMPARE(cells(*tab).at(1).at(JuryRankingModel::Top), QStringLiteral("▲ enters"));
        QVERIFY(banner->text().contains(QStringLiteral("▲ Enter the top 2: Q.")));
        QVERIFY(banner->text().contains(QStringLiteral("▼ Leave the top 2:")));
        // The chart, on its tab, says who is left out.
        auto *views = tab->findChild<QTabWidget *>();
        QTest::mouseClick(
            views->tabBar(), Qt::LeftButton, {}, views->tabBar()->tabRect(1).center());
        QVERIFY(tab->chart()->categories().contains(QStringLiteral("E1 (left out)")));
        QTest::mouseClick(
            views->tabBar(), Qt::LeftButton, {}, views->tabBar()->tabRect(0).center());

        // Reset brings back the session's settings.
        auto *reset = tab->findChild<QPushButton *>(QStringLiteral("whatIfReset"));
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY(e1->isChecked() && e2->isChecked());
        QCOMPARE(marked(*tab, QStringLiteral("enters")), QStringList());
        QCOMPARE(marked(*tab, QStringLiteral("leaves")), QStringList());
        QCOMPARE(cells(*tab).at(0).at(JuryRankingModel::Score), QStringLiteral("3.33"));
        QVERIFY(!reset->isEnabled());
        QCOMPARE(fileHash(path), before);
    }

    void theMethodComboSwitchesToZScores()
    {
        auto tab = openTab();
        auto *method = tab->findChild<QComboBox *>(QStringLiteral("whatIfMethod"));
        method->setFocus();
        QTest::keyClick(method, Qt::Key_Down);
        QCOMPARE(tab->whatIfOptions().method, RankingMethod::ZScore);
        // E1's totals 3, 3, 4, 3 (mean 3.25, sd √3/4) and E2's 2, 2, 2, 3 give z = −1/√3 for
        // P under both; the expert track's totals have mean 2.75 and sd √7/4, so P's expert
        // score is 2.75 − √7/(4√3); C1's totals 5 and 3 (mean 4, sd 1) rescale to the citizen
        // track's own mean and sd, so P's citizen score stays 5.
        const double pExpert = 2.75 - std::sqrt(7.0) / (4.0 * std::sqrt(3.0));
        const double pScore = (2 * pExpert + 5) / 3;
        const QStringList top = cells(*tab).at(0);
        QCOMPARE(top.at(JuryRankingModel::Application), QStringLiteral("P"));
        QCOMPARE(top.at(JuryRankingModel::Expert), QString::number(pExpert, 'f', 2));
        QCOMPARE(top.at(JuryRankingModel::Score), QString::number(pScore, 'f', 2));
        QVERIFY(tab->findChild<QLabel *>(QStringLiteral("whatIfChanges"))
                    ->text()
                    .contains(QStringLiteral("Same top 2")));
    }

    void theWeightsAndPlacesSpinBoxesRecomputeAtOnce()
    {
        auto tab = openTab();
        // Citizen weight 0: the expert track alone, R and =T 3, P and Q 2.5: P leaves.
        setSpin(tab->findChild<QDoubleSpinBox *>(QStringLiteral("whatIfCitizenWeight")),
            QStringLiteral("0"));
        QCOMPARE(marked(*tab, QStringLiteral("leaves")), QStringList { QStringLiteral("P") });
        QCOMPARE(column(*tab, JuryRankingModel::Rank).mid(0, 4),
            (QStringList { QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("3"),
                QStringLiteral("3") }));
        QTest::mouseClick(
            tab->findChild<QPushButton *>(QStringLiteral("whatIfReset")), Qt::LeftButton);
        // Four places: Q (4th) enters.
        setSpin(tab->findChild<QSpinBox *>(QStringLiteral("whatIfPlaces")), QStringLiteral("4"));
        QCOMPARE(tab->places(), 4);
        QCOMPARE(marked(*tab, QStringLiteral("enters")), QStringList { QStringLiteral("Q") });
        QCOMPARE(tab->rankingModel()->headerData(JuryRankingModel::Top, Qt::Horizontal).toString(),
            QStringLiteral("Top 4"));
    }

    void theExportWritesTheRankingShownWithTheCliColumns()
    {
        auto tab = openTab();
        const QString path = m_dir.filePath(QStringLiteral("ranking.csv"));
        test::answerFileDialog(path);
        QTest::mouseClick(
            tab->findChild<QPushButton *>(QStringLiteral("exportRanking")), Qt::LeftButton);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0),
            QStringLiteral("rank,candidate,ds_number,score,expert,citizen,jurors,spread,"
                           "missing_track"));
        QCOMPARE(lines.at(1), QStringLiteral("1,P,101,3.3333,2.5000,5.0000,3,3.0000,0"));
        // The tie, in either order; "=T" is neutralised.
        QStringList tie { lines.at(2), lines.at(3) };
        tie.sort();
        QCOMPARE(tie,
            (QStringList { QStringLiteral("2,'=T,105,3.0000,3.0000,,2,0.0000,1"),
                QStringLiteral("2,R,103,3.0000,3.0000,,2,2.0000,1") }));
        QCOMPARE(lines.at(4), QStringLiteral("4,Q,102,2.6667,2.5000,3.0000,3,1.0000,0"));
        QCOMPARE(lines.at(5), QStringLiteral(",S,104,,,,0,,1"));
        QCOMPARE(lines.at(6), QString());
        QCOMPARE(lines.size(), 7);
    }

    void theCliWritesTheSameCsvAsTheWindow()
    {
        // The CLI used to write the candidate before the rank under a header that says rank
        // first; both now write through jury::rankingCsv().
        auto tab = openTab();
        const QString path = m_dir.filePath(QStringLiteral("window.csv"));
        tab->exportCsv(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QProcess cli;
        cli.start(QStringLiteral(TREMPLIN_CLI_PATH),
            { QStringLiteral("jury"), QStringLiteral("ranking"), QStringLiteral("--db"),
                db().path(), QStringLiteral("--session"), QStringLiteral("Jury 2026"),
                QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(cli.readAllStandardOutput(), f.readAll());
    }

    void theChartShowsEachJurorsTotalsGroupedByTrack()
    {
        auto tab = openTab();
        // The chart is drawn when its tab is shown.
        auto *views = tab->findChild<QTabWidget *>();
        QVERIFY(views);
        QTest::mouseClick(
            views->tabBar(), Qt::LeftButton, {}, views->tabBar()->tabRect(1).center());
        QCOMPARE(views->currentWidget(), tab->chart()->parentWidget());
        const JuryScoreChart *chart = tab->chart();
        QCOMPARE(chart->categories(),
            (QStringList { QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("C1") }));
        // E1: 3, 3, 3, 4 sorted: quartiles at positions 0.75, 1.5 and 2.25 → 3, 3, 3.25.
        const auto e1 = chart->drawnBox(QStringLiteral("E1"));
        QVERIFY(e1);
        QCOMPARE(e1->minimum, 3.0);
        QCOMPARE(e1->lowerQuartile, 3.0);
        QCOMPARE(e1->median, 3.0);
        QCOMPARE(e1->upperQuartile, 3.25);
        QCOMPARE(e1->maximum, 4.0);
        // C1: 3 and 5 → 3, 3.5, 4, 4.5, 5.
        const auto c1 = chart->drawnBox(QStringLiteral("C1"));
        QVERIFY(c1);
        QCOMPARE(c1->lowerQuartile, 3.5);
        QCOMPARE(c1->median, 4.0);
        QCOMPARE(c1->upperQuartile, 4.5);
        // The tracks' means of all totals: expert (13 + 9) / 8 = 2.75, citizen 4.
        QCOMPARE(*chart->drawnTrackMean(JuryTrack::Expert), 2.75);
        QCOMPARE(*chart->drawnTrackMean(JuryTrack::Citizen), 4.0);

        // Save as Picture writes a PNG.
        const QString path = m_dir.filePath(QStringLiteral("jurors.png"));
        test::answerFileDialog(path);
        QTest::mouseClick(
            tab->findChild<QPushButton *>(QStringLiteral("saveJuryChart")), Qt::LeftButton);
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);
    }

    void aScoreTypedElsewhereOrUndoneUpdatesTheRanking()
    {
        auto tab = openTab();
        QAbstractItemModelTester tester(
            tab->rankingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // C1 gives R 5 and 5: R's citizen score 5, combined (2·3 + 5) / 3 = 3.67, first.
        auto push = [this](const char *app, qint64 criterion) {
            QString error;
            QVERIFY2(DatabaseCommand::push(*m_doc,
                         std::make_unique<ScoreCommand>(*m_doc, m_session,
                             m_member.value(QStringLiteral("C1")), m_app.value(QLatin1String(app)),
                             criterion, 5.0),
                         &error),
                qPrintable(error));
        };
        push("R", m_a);
        // One criterion of two: an incomplete total, listed.
        QTRY_COMPARE(tab->incompleteModel()->rowCount(), 2);
        push("R", m_b);
        QTRY_COMPARE(cells(*tab).at(0).at(JuryRankingModel::Application), QStringLiteral("R"));
        QCOMPARE(cells(*tab).at(0).at(JuryRankingModel::Score), QStringLiteral("3.67"));
        QCOMPARE(tab->incompleteModel()->rowCount(), 1);
        QVERIFY(m_doc->undo());
        QTRY_COMPARE(cells(*tab).at(0).at(JuryRankingModel::Application), QStringLiteral("P"));
        QTRY_COMPARE(tab->incompleteModel()->rowCount(), 2);
    }

    void aWhatIfBeingTriedSurvivesAScoreComingIn()
    {
        auto tab = openTab();
        auto *method = tab->findChild<QComboBox *>(QStringLiteral("whatIfMethod"));
        method->setFocus();
        QTest::keyClick(method, Qt::Key_Down);
        score("C1", "R", 5, 5);
        QTRY_COMPARE(cells(*tab).at(0).at(JuryRankingModel::Application), QStringLiteral("R"));
        QCOMPARE(tab->whatIfOptions().method, RankingMethod::ZScore);
    }

    void theTabFollowsTheLanguageSwitch()
    {
        auto tab = openTab();
        Translations translations;
        QVERIFY(translations.install(QStringLiteral("fr")));
        QTRY_COMPARE(
            tab->rankingModel()->headerData(JuryRankingModel::Rank, Qt::Horizontal).toString(),
            QStringLiteral("Rang"));
        QCOMPARE(
            cells(*tab).at(4).at(JuryRankingModel::Score), QStringLiteral("aucun total complet"));
        // Widgets and the chart follow the LanguageChange event.
        QTRY_VERIFY(tab->chart()->title().contains(QStringLiteral("Totaux des jurés")));
        QTRY_COMPARE(tab->findChild<QPushButton *>(QStringLiteral("whatIfReset"))->text(),
            QStringLiteral("&Revenir aux réglages de la session"));
        QVERIFY(translations.install(QStringLiteral("en")));
        QTRY_COMPARE(
            tab->rankingModel()->headerData(JuryRankingModel::Rank, Qt::Horizontal).toString(),
            QStringLiteral("Rank"));
    }
};

QTEST_MAIN(TestJuryRanking)
#include "tst_juryranking.moc"
