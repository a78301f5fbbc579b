// SPDX-License-Identifier: GPL-3.0-or-later
// The Jury workspace's Scoring and Progress tabs as a coordinator uses them: scores typed in the
// grid with the keyboard (Tab and Enter move on, Delete clears), values off the scale refused
// with the reason and not written, a conflicted juror's cells disabled, every score and comment
// undone from Edit › Undo or Ctrl+Z, blind mode hiding the other jurors' scores until the
// juror has scored the application, the progress per juror and the missing scores (copied and
// saved as CSV).
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/i18n/translations.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "juryfixture.h"
#include "modaldialogs.h"
#include "ui/document.h"
#include "ui/jury/jurypage.h"
#include "ui/jury/juryprogressmodels.h"
#include "ui/jury/juryprogresstab.h"
#include "ui/jury/juryscoregrid.h"
#include "ui/jury/juryscoringtab.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

namespace {

using test::press;
using test::type;

} // namespace

class TestJuryScoring : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Translations m_translations;
    int m_n = 0;

    // Set by preparedFile(): applications P, Q, R and "=Cmd", jurors E1, E2 (expert) and C1
    // (citizen), criteria A (weight 2) and B, scale 0 to 5 by 0.5, blind; E2 has a conflict
    // of interest with Q.
    QHash<QString, qint64> m_app;
    QHash<QString, qint64> m_member;
    qint64 m_session = 0;
    qint64 m_a = 0;
    qint64 m_b = 0;

    QString preparedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n));
        Database db;
        db.create(path);
        test::JurySession f = test::JurySession::make(db);
        int ds = 1001;
        for (const char *name : { "P", "Q", "R", "=Cmd" })
            f.addApplication(db, QLatin1String(name), ds++);
        JuryTemplate t = test::JurySession::smallTemplate(0.5);
        t.jurors[1].email = QStringLiteral("e2@example.org");
        t.conflicts
            = { { QStringLiteral("E2"), QStringLiteral("Q"), QStringLiteral("board member") } };
        t.blind = true;
        f.applyTemplate(db, t);
        m_app = f.app;
        m_member = f.member;
        m_session = f.session;
        m_a = f.a;
        m_b = f.b;
        return path;
    }

    /// The window on a prepared file, at the Jury workspace's Scoring tab.
    struct Window
    {
        std::unique_ptr<MainWindow> w;
        JuryPage *page = nullptr;
        JuryScoringTab *scoring = nullptr;
        JuryScoreGrid *grid = nullptr;
    };

    void open(Window &win)
    {
        win.w = std::make_unique<MainWindow>(m_translations);
        QString error;
        QVERIFY2(win.w->openDatabase(preparedFile(), &error), qPrintable(error));
        win.w->resize(1366, 768);
        win.w->show();
        win.w->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(win.w.get()));
        QTRY_VERIFY(win.w->document()->database().integrity() == Database::Integrity::Sound);
        win.w->showWorkspace(MainWindow::Jury);
        win.page = qobject_cast<JuryPage *>(win.w->workspaceWidget(MainWindow::Jury));
        QVERIFY(win.page);
        win.page->showSession(m_session);
        win.scoring = win.page->scoringTab();
        win.page->tabs()->setCurrentWidget(win.scoring);
        win.grid = win.scoring->grid();
    }

    std::optional<double> score(Window &win, const char *juror, const char *app, qint64 criterion)
    {
        return JuryService(win.w->document()->database())
            .score(
                m_member.value(QLatin1String(juror)), m_app.value(QLatin1String(app)), criterion);
    }

    /// Chooses a juror in the tab's combo, as the user does.
    void chooseJuror(Window &win, const char *juror)
    {
        auto *orientation
            = win.scoring->findChild<QComboBox *>(QStringLiteral("juryScoringOrientation"));
        auto *chosen = win.scoring->findChild<QComboBox *>(QStringLiteral("juryScoringChosen"));
        QVERIFY(orientation && chosen);
        orientation->setCurrentIndex(0);
        const int row = chosen->findData(m_member.value(QLatin1String(juror)));
        QVERIFY(row >= 0);
        chosen->setCurrentIndex(row);
        win.grid->view()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), win.grid->view());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void scoresAreTypedWithTabAndEnterAndOffScaleValuesAreRefusedInline()
    {
        Window win;
        open(win);
        JuryScoreModel *model = win.grid->model();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseJuror(win, "E1");
        // E1's rows: the four applications by name; columns A, B, Total, Comment.
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->columnCount(), 4);
        const int p
            = model->rowOf(m_member.value(QStringLiteral("E1")), m_app.value(QStringLiteral("P")));
        QVERIFY(p >= 0);
        win.grid->view()->setCurrentIndex(model->index(p, 0));

        // Typing starts the editor; Tab writes and moves to B, Enter writes and moves on.
        type(QStringLiteral("3,5"));
        press(Qt::Key_Tab);
        QCOMPARE(score(win, "E1", "P", m_a), std::optional<double>(3.5));
        QCOMPARE(win.grid->view()->currentIndex(), model->index(p, 1));
        type(QStringLiteral("4.5"));
        press(Qt::Key_Return);
        QCOMPARE(score(win, "E1", "P", m_b), std::optional<double>(4.5));
        // The total (skipped by Tab and Enter) is the weighted mean: (2·3.5 + 4.5) / 3.
        QCOMPARE(model->index(p, model->totalColumn()).data().toString(), QStringLiteral("3.83"));
        QCOMPARE(win.grid->view()->currentIndex(), model->index(p, model->commentColumn()));
        type(QStringLiteral("Solid team"));
        press(Qt::Key_Tab);
        QCOMPARE(
            JuryService(win.w->document()->database())
                .comment(m_member.value(QStringLiteral("E1")), m_app.value(QStringLiteral("P"))),
            QStringLiteral("Solid team"));
        QCOMPARE(win.grid->view()->currentIndex().row(), p + 1);
        QCOMPARE(win.grid->view()->currentIndex().column(), 0);

        // Out of the scale: refused with the reason, nothing written, the editor stays open.
        const int next = p + 1;
        const char *nextApp = nullptr;
        for (const char *name : { "P", "Q", "R", "=Cmd" }) {
            if (model->initiativeAt(next) == m_app.value(QLatin1String(name)))
                nextApp = name;
        }
        QVERIFY(nextApp);
        const int undoBefore = win.w->document()->undoStack().count();
        type(QStringLiteral("7"));
        press(Qt::Key_Tab);
        QVERIFY(win.grid->message().contains(QStringLiteral("outside the scale")));
        QVERIFY(!score(win, "E1", nextApp, m_a));
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QCOMPARE(win.grid->view()->currentIndex(), model->index(next, 0));
        // Off the step, and not a number: refused too.
        type(QStringLiteral("2,3"));
        press(Qt::Key_Return);
        QVERIFY(win.grid->message().contains(QStringLiteral("steps of 0.5")));
        type(QStringLiteral("abc"));
        press(Qt::Key_Return);
        QVERIFY(win.grid->message().contains(QStringLiteral("not a score")));
        QCOMPARE(win.w->document()->undoStack().count(), undoBefore);
        QVERIFY(!score(win, "E1", nextApp, m_a));
        // Corrected, it goes through and the reason goes away.
        type(QStringLiteral("2"));
        press(Qt::Key_Return);
        QCOMPARE(score(win, "E1", nextApp, m_a), std::optional<double>(2));
        QVERIFY(win.grid->message().isEmpty());

        // Delete clears the current cell's score, undoably.
        press(Qt::Key_Escape);
        win.grid->view()->setCurrentIndex(model->index(p, 0));
        press(Qt::Key_Delete);
        QVERIFY(!score(win, "E1", "P", m_a));
        QVERIFY(model->index(p, 0).data().toString().isEmpty());
        test::menuAction(*win.w, QKeySequence::Undo)->trigger();
        QCOMPARE(score(win, "E1", "P", m_a), std::optional<double>(3.5));
        QCOMPARE(model->index(p, 0).data().toString(), QStringLiteral("3.5"));
    }

    void aConflictedJurorsCellsAreDisabledAndSayWhy()
    {
        Window win;
        open(win);
        JuryScoreModel *model = win.grid->model();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // By application: Q's jurors, E2's row disabled with the conflict's reason.
        win.scoring->showApplication(m_app.value(QStringLiteral("Q")));
        QCOMPARE(model->orientation(), JuryScoreModel::Orientation::ByApplication);
        QCOMPARE(model->rowCount(), 3);
        const int e2
            = model->rowOf(m_member.value(QStringLiteral("E2")), m_app.value(QStringLiteral("Q")));
        QVERIFY(e2 >= 0);
        const QModelIndex cell = model->index(e2, 0);
        QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
        QVERIFY(!(cell.flags() & Qt::ItemIsEnabled));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("board member")));
        QVERIFY(
            model->headerData(e2, Qt::Vertical).toString().contains(QStringLiteral("conflict")));
        QCOMPARE(model->index(e2, model->totalColumn()).data().toString(),
            QStringLiteral("Conflict of interest"));

        // A click on it says why; typing there writes nothing.
        win.grid->view()->setFocus();
        const QRect rect = win.grid->view()->visualRect(cell);
        QTest::mouseClick(win.grid->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(win.grid->message().contains(QStringLiteral("Conflict of interest")));
        QVERIFY(win.grid->view()->currentIndex() != cell);
        const int undoBefore = win.w->document()->undoStack().count();
        type(QStringLiteral("3"));
        press(Qt::Key_Return);
        QVERIFY(!score(win, "E2", "Q", m_a));
        QCOMPARE(win.w->document()->undoStack().count() - undoBefore,
            score(win, "E1", "Q", m_a) || score(win, "C1", "Q", m_a) ? 1 : 0);
        // setData is refused too, whoever calls it.
        QVERIFY(!model->setData(cell, QStringLiteral("3")));
        QVERIFY(!score(win, "E2", "Q", m_a));

        // By juror: E2 (chosen by typing part of the name and Enter) sees Q disabled among
        // their applications, Tab skips it.
        auto *orientation
            = win.scoring->findChild<QComboBox *>(QStringLiteral("juryScoringOrientation"));
        orientation->setCurrentIndex(0);
        auto *chosen = win.scoring->findChild<QComboBox *>(QStringLiteral("juryScoringChosen"));
        chosen->lineEdit()->setFocus();
        chosen->lineEdit()->selectAll();
        QTest::keyClicks(chosen->lineEdit(), QStringLiteral("e2"));
        QTest::keyClick(chosen->lineEdit(), Qt::Key_Return);
        QCOMPARE(model->shownId(), m_member.value(QStringLiteral("E2")));
        chooseJuror(win, "E2");
        const int q
            = model->rowOf(m_member.value(QStringLiteral("E2")), m_app.value(QStringLiteral("Q")));
        QVERIFY(q >= 0);
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY(!(model->index(q, c).flags() & Qt::ItemIsEnabled));
        if (q > 0) {
            win.grid->view()->setCurrentIndex(model->index(q - 1, model->commentColumn()));
            press(Qt::Key_Tab);
            QVERIFY(win.grid->view()->currentIndex().row() != q);
        }
    }

    void scoresAndCommentsAreUndoneAndRedoneOneStepEach()
    {
        Window win;
        open(win);
        JuryScoreModel *model = win.grid->model();
        chooseJuror(win, "C1");
        const int r
            = model->rowOf(m_member.value(QStringLiteral("C1")), m_app.value(QStringLiteral("R")));
        win.grid->view()->setCurrentIndex(model->index(r, 0));
        QUndoStack &stack = win.w->document()->undoStack();
        const int before = stack.count();
        type(QStringLiteral("1"));
        press(Qt::Key_Tab);
        type(QStringLiteral("2"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Too early"));
        press(Qt::Key_Return);
        QCOMPARE(stack.count(), before + 3);
        // Overwriting a score is one more step; undo puts the old value back.
        win.grid->view()->setCurrentIndex(model->index(r, 0));
        press(Qt::Key_Escape);
        type(QStringLiteral("1,5"));
        press(Qt::Key_Return);
        QCOMPARE(score(win, "C1", "R", m_a), std::optional<double>(1.5));
        QCOMPARE(stack.count(), before + 4);

        QAction *undo = test::menuAction(*win.w, QKeySequence::Undo);
        QAction *redo = test::menuAction(*win.w, QKeySequence::Redo);
        QVERIFY(undo && redo);
        // The Edit menu names the step it undoes.
        QVERIFY2(undo->text().contains(QStringLiteral("Score 1.5 for A of “R”")),
            qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(score(win, "C1", "R", m_a), std::optional<double>(1));
        QCOMPARE(model->index(r, 0).data().toString(), QStringLiteral("1"));
        undo->trigger();
        const JuryService jury(win.w->document()->database());
        QVERIFY(jury.comment(m_member.value(QStringLiteral("C1")), m_app.value(QStringLiteral("R")))
                    .isEmpty());
        QVERIFY(model->index(r, model->commentColumn()).data().toString().isEmpty());
        // Ctrl+Z, as the user presses it.
        QTest::keyClick(win.w.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!score(win, "C1", "R", m_b));
        QCOMPARE(score(win, "C1", "R", m_a), std::optional<double>(1));
        redo->trigger();
        QCOMPARE(score(win, "C1", "R", m_b), std::optional<double>(2));
        redo->trigger();
        QCOMPARE(
            jury.comment(m_member.value(QStringLiteral("C1")), m_app.value(QStringLiteral("R"))),
            QStringLiteral("Too early"));
        QCOMPARE(
            model->index(r, model->commentColumn()).data().toString(), QStringLiteral("Too early"));
    }

    void blindModeHidesTheOtherScoresUntilTheJurorHasScoredTheApplication()
    {
        Window win;
        open(win);
        JuryScoreModel *model = win.grid->model();
        auto *note = win.scoring->findChild<QLabel *>(QStringLiteral("juryOtherScoresNote"));
        auto *others
            = win.scoring->findChild<QTableWidget *>(QStringLiteral("juryOtherScoresTable"));
        QVERIFY(note && others);
        // Another juror's scores, entered elsewhere (another tab, an import).
        JuryService jury(win.w->document()->database());
        jury.setScore(m_session, m_member.value(QStringLiteral("C1")),
            m_app.value(QStringLiteral("P")), m_a, 5);
        jury.setScore(m_session, m_member.value(QStringLiteral("C1")),
            m_app.value(QStringLiteral("P")), m_b, 4);
        chooseJuror(win, "E1");
        const int p
            = model->rowOf(m_member.value(QStringLiteral("E1")), m_app.value(QStringLiteral("P")));
        win.grid->view()->setCurrentIndex(model->index(p, 0));
        QVERIFY(note->text().contains(QStringLiteral("Blind mode")));
        QCOMPARE(others->rowCount(), 0);
        type(QStringLiteral("3"));
        press(Qt::Key_Tab);
        QVERIFY(note->text().contains(QStringLiteral("Blind mode")));
        QCOMPARE(others->rowCount(), 0);
        type(QStringLiteral("2"));
        press(Qt::Key_Tab);
        // Every criterion scored: C1's scores appear.
        QVERIFY2(!note->text().contains(QStringLiteral("Blind mode")), qPrintable(note->text()));
        QCOMPARE(others->rowCount(), 1);
        QCOMPARE(others->verticalHeaderItem(0)->text(), QStringLiteral("C1"));
        QCOMPARE(others->item(0, 0)->text(), QStringLiteral("4.67")); // (2·5 + 4) / 3
        QCOMPARE(others->item(0, 1)->text(), QStringLiteral("5"));
        // Undoing one of E1's scores hides them again.
        test::menuAction(*win.w, QKeySequence::Undo)->trigger();
        QTRY_VERIFY(note->text().contains(QStringLiteral("Blind mode")));
        QCOMPARE(others->rowCount(), 0);

        // The coordinator's view (by application) shows every score.
        win.scoring->showApplication(m_app.value(QStringLiteral("P")));
        const int c1
            = model->rowOf(m_member.value(QStringLiteral("C1")), m_app.value(QStringLiteral("P")));
        QCOMPARE(model->index(c1, 0).data().toString(), QStringLiteral("5"));
        QVERIFY(win.scoring->findChild<QGroupBox *>(QStringLiteral("juryOtherScores"))->isHidden());
    }

    void theGridFollowsWritesMadeElsewhereAndTheLanguageSwitch()
    {
        Window win;
        open(win);
        JuryScoreModel *model = win.grid->model();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseJuror(win, "E2");
        const int r
            = model->rowOf(m_member.value(QStringLiteral("E2")), m_app.value(QStringLiteral("R")));
        win.grid->view()->setCurrentIndex(model->index(r, 1));
        // A score imported or typed in another window's tab shows at once, the current cell kept.
        JuryService(win.w->document()->database())
            .setScore(m_session, m_member.value(QStringLiteral("E2")),
                m_app.value(QStringLiteral("R")), m_a, 4);
        QCOMPARE(model->index(r, 0).data().toString(), QStringLiteral("4"));
        QCOMPARE(win.grid->view()->currentIndex(), model->index(r, 1));
        // A conflict declared meanwhile disables the row.
        JuryService(win.w->document()->database())
            .declareConflict(m_session, m_member.value(QStringLiteral("E2")),
                m_app.value(QStringLiteral("R")), QStringLiteral("family"));
        const int again
            = model->rowOf(m_member.value(QStringLiteral("E2")), m_app.value(QStringLiteral("R")));
        QVERIFY(again >= 0);
        QVERIFY(!(model->index(again, 1).flags() & Qt::ItemIsEditable));

        // An application renamed in another workspace: the hidden grid is not read again at
        // each keystroke there, only once it is shown.
        win.w->showWorkspace(MainWindow::Initiatives);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        for (const char *name : { "R 2", "R 20", "R 2026" }) {
            RecordService(win.w->document()->database())
                .setValue(QStringLiteral("initiative"), QStringLiteral("name"),
                    m_app.value(QStringLiteral("R")), QLatin1String(name));
        }
        QCOMPARE(resets.count() + changes.count(), 0);
        win.w->showWorkspace(MainWindow::Jury);
        QTRY_COMPARE(
            model->headerData(again, Qt::Vertical).toString(), QStringLiteral("R 2026 (conflict)"));

        // French: headers, totals and the orientation's names follow, numbers with a comma.
        win.w->setLanguage(QStringLiteral("fr"));
        auto restore = qScopeGuard([&] { win.w->setLanguage(QStringLiteral("en")); });
        QCOMPARE(model->headerData(model->commentColumn(), Qt::Horizontal).toString(),
            QStringLiteral("Commentaire"));
        auto *orientation
            = win.scoring->findChild<QComboBox *>(QStringLiteral("juryScoringOrientation"));
        QTRY_COMPARE(orientation->itemText(0), QStringLiteral("Par juré"));
        chooseJuror(win, "E1");
        const int p
            = model->rowOf(m_member.value(QStringLiteral("E1")), m_app.value(QStringLiteral("P")));
        win.grid->view()->setCurrentIndex(model->index(p, 0));
        type(QStringLiteral("2,5"));
        press(Qt::Key_Tab);
        QCOMPARE(score(win, "E1", "P", m_a), std::optional<double>(2.5));
        QCOMPARE(model->index(p, 0).data().toString(), QStringLiteral("2,5"));
        QCOMPARE(
            model->index(p, model->totalColumn()).data().toString(), QStringLiteral("1 sur 2"));
    }

    void progressAndMissingScoresFollowTheScoringAndAreCopiedAndSaved()
    {
        Window win;
        open(win);
        JuryProgressTab *progress = win.page->progressTab();
        QAbstractItemModelTester progressTester(
            progress->progressModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester missingTester(
            progress->missingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Scores typed in the grid.
        JuryScoreModel *model = win.grid->model();
        chooseJuror(win, "E1");
        const int p
            = model->rowOf(m_member.value(QStringLiteral("E1")), m_app.value(QStringLiteral("P")));
        win.grid->view()->setCurrentIndex(model->index(p, 0));
        type(QStringLiteral("3"));
        press(Qt::Key_Tab);
        type(QStringLiteral("4"));
        press(Qt::Key_Tab);
        const int r
            = model->rowOf(m_member.value(QStringLiteral("E1")), m_app.value(QStringLiteral("R")));
        win.grid->view()->setCurrentIndex(model->index(r, 0));
        type(QStringLiteral("1"));
        press(Qt::Key_Return);

        win.page->tabs()->setCurrentWidget(progress);
        JuryProgressModel *pm = progress->progressModel();
        QTRY_COMPARE(pm->rowCount(), 3);
        QHash<QString, QPair<int, int>> counts;
        for (int row = 0; row < pm->rowCount(); ++row) {
            counts.insert(pm->index(row, JuryProgressModel::JurorColumn).data().toString(),
                { pm->index(row, JuryProgressModel::ScoredColumn)
                        .data(JuryProgressModel::SortRole)
                        .toInt(),
                    pm->index(row, JuryProgressModel::AssignedColumn)
                        .data(JuryProgressModel::SortRole)
                        .toInt() });
        }
        QCOMPARE(counts.value(QStringLiteral("E1")), qMakePair(1, 4));
        QCOMPARE(counts.value(QStringLiteral("E2")), qMakePair(0, 3)); // Q: conflict
        QCOMPARE(counts.value(QStringLiteral("C1")), qMakePair(0, 4));
        const int e1Row = [&] {
            for (int row = 0; row < pm->rowCount(); ++row) {
                if (pm->index(row, 0).data().toString() == QLatin1String("E1"))
                    return row;
            }
            return -1;
        }();
        QCOMPARE(pm->index(e1Row, JuryProgressModel::ProgressColumn).data().toString(),
            QStringLiteral("25%"));
        QCOMPARE(pm->index(e1Row, JuryProgressModel::EmailColumn).data().toString(),
            QStringLiteral("e1@example.org"));

        // Sorted by a click on the Scored header: numbers as numbers, the most advanced last.
        auto *progressView = progress->findChild<QTableView *>(QStringLiteral("juryProgressView"));
        QVERIFY(progressView);
        QHeaderView *header = progressView->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(JuryProgressModel::ScoredColumn) + 5,
                header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(JuryProgressModel::ScoredColumn));
        const QAbstractItemModel *sorted = progressView->model();
        const int last = sorted->rowCount() - 1;
        QCOMPARE(sorted->index(header->sortIndicatorOrder() == Qt::AscendingOrder ? last : 0, 0)
                     .data()
                     .toString(),
            QStringLiteral("E1"));

        // Missing scores: 3 for E1, 3 for E2, 4 for C1; filtered to E1's.
        JuryMissingModel *mm = progress->missingModel();
        QCOMPARE(mm->rowCount(), 10);
        auto *filter = progress->findChild<QComboBox *>(QStringLiteral("juryMissingFilter"));
        filter->setCurrentIndex(filter->findData(m_member.value(QStringLiteral("E1"))));
        QCOMPARE(mm->rowCount(), 3);
        QString rText;
        for (int row = 0; row < mm->rowCount(); ++row) {
            if (mm->index(row, JuryMissingModel::ApplicationColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("R ")))
                rText = mm->index(row, JuryMissingModel::CriteriaColumn).data().toString();
        }
        QCOMPARE(rText, QStringLiteral("B"));

        // A score written elsewhere (another tab) updates the progress at once.
        JuryService(win.w->document()->database())
            .setScore(m_session, m_member.value(QStringLiteral("E1")),
                m_app.value(QStringLiteral("R")), m_b, 2);
        QTRY_COMPARE(mm->rowCount(), 2);
        QCOMPARE(pm->index(e1Row, JuryProgressModel::ScoredColumn)
                     .data(JuryProgressModel::SortRole)
                     .toInt(),
            2);

        // Copy puts the list on the clipboard as text.
        QTest::mouseClick(
            progress->findChild<QPushButton *>(QStringLiteral("juryMissingCopy")), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(
            copied.startsWith(QStringLiteral("Juror\tE-mail\tApplication\tCriteria missing\n")),
            qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("E1\te1@example.org\t=Cmd (dossier 1004)\tA, B")));

        // Save as CSV: the formula-like name is neutralised.
        const QString csvPath = m_dir.filePath(QStringLiteral("missing.csv"));
        test::answerFileDialog(csvPath);
        QTest::mouseClick(
            progress->findChild<QPushButton *>(QStringLiteral("juryMissingSave")), Qt::LeftButton);
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(bytes);
        QVERIFY2(csv.contains(QStringLiteral("'=Cmd (dossier 1004)")), qPrintable(csv));
        QVERIFY(!csv.contains(QStringLiteral(",=Cmd")));
        QCOMPARE(csv.count(QStringLiteral("\r\n")), 3);
    }
};

QTEST_MAIN(TestJuryScoring)
#include "tst_juryscoring.moc"
