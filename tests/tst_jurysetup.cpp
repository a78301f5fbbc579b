// SPDX-License-Identifier: GPL-3.0-or-later
// The Jury workspace's Set-up and Applications tabs, driven as a coordinator drives them: new
// session, settings refused out of range, criteria, tracks, jurors, assignment, conflicts of
// interest, templates saved and loaded through the file dialog, admissibility and its counts;
// every edit undone and redone.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/types.h"
#include "core/i18n/translations.h"
#include "core/services/directoryservice.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryservice.h"
#include "core/services/jurysetup.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/document.h"
#include "ui/forms/referencepicker.h"
#include "ui/jury/juryapplicationstab.h"
#include "ui/jury/jurypage.h"
#include "ui/jury/jurysetupdialog.h"
#include "ui/jury/jurysetupmodels.h"
#include "ui/jury/jurysetuptab.h"
#include "ui/models/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;
using namespace tremplin::test;

namespace {

/// Every row of the tables the set-up and the admissibility write, in a stable order: two
/// equal dumps are two equal files as far as these tabs are concerned.
QString dump(Database &db)
{
    const char *const tables[] = { "committee", "jury_session", "jury_track", "jury_criterion",
        "committee_member", "jury_assignment", "jury_conflict", "person", "initiative" };
    QString out;
    for (const char *table : tables) {
        Query q(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        q.exec();
        const int columns = q.raw().record().count();
        while (q.next()) {
            out += QLatin1String(table) + QLatin1Char(':');
            for (int c = 0; c < columns; ++c) {
                const QString name = q.raw().record().fieldName(c);
                // Audit columns move with every write, undo included.
                if (name == QLatin1String("updated_at") || name == QLatin1String("search_key"))
                    continue;
                out += q.value(c).toString() + QLatin1Char('|');
            }
            out += QLatin1Char('\n');
        }
    }
    return out;
}

int count(Database &db, const char *table)
{
    return Query(db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
        .scalar()
        .toInt();
}

} // namespace

class TestJurySetup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Translations m_translations;
    int m_file = 0;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<JuryPage> m_page;
    QHash<QString, qint64> m_app; ///< Alpha, Beta (admissible), Gamma (unchecked), Delta (not)
    QHash<QString, qint64> m_person; ///< Ada, Ben, Cleo (jurors), Dan (not yet)
    qint64 m_reason = 0;

    Database &db() { return m_doc->database(); }
    JurySetupTab *tab() { return m_page->setupTab(); }

    /// A programme with a promotion of four applications, four persons and a reason for
    /// non-admissibility; with @p session, the jury session "Jury 2026" (criteria A and B,
    /// both tracks, Ada and Ben experts, Cleo citizen, nothing assigned).
    void prepare(bool session)
    {
        m_doc = std::make_unique<Document>();
        connect(m_doc.get(), &Document::failed, this,
            [](const QString &message) { qWarning("%s", qPrintable(message)); });
        db().create(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_file)));
        ProgrammeService programmes(db());
        Programme p;
        p.name = QStringLiteral("AIC");
        const qint64 programme = programmes.createProgramme(p);
        Promotion promotion;
        promotion.programmeId = programme;
        promotion.name = QStringLiteral("Promotion 2026");
        const qint64 promotionId = programmes.createPromotion(promotion);
        m_reason = RecordService(db()).insert(QStringLiteral("list_item"),
            { { QStringLiteral("programme_id"), programme },
                { QStringLiteral("list"), QStringLiteral("non_admissibility_reason") },
                { QStringLiteral("name"), QStringLiteral("Out of scope") } });
        const struct
        {
            const char *name;
            int ds;
            const char *admissibility;
        } apps[] = { { "Alpha", 101, "admissible" }, { "Beta", 102, "admissible" },
            { "Gamma", 103, "unchecked" }, { "Delta", 104, "not_admissible" } };
        m_app.clear();
        for (const auto &a : apps) {
            Initiative i;
            i.name = QLatin1String(a.name);
            i.promotionId = promotionId;
            const qint64 id = InitiativeService(db()).create(i);
            Query(db(),
                QStringLiteral(
                    "UPDATE initiative SET ds_number = ?, admissibility = ? WHERE id = ?"))
                .bindAll(a.ds, QString::fromLatin1(a.admissibility), id)
                .exec();
            m_app.insert(i.name, id);
        }
        m_person.clear();
        for (const char *name : { "Ada", "Ben", "Cleo", "Dan" }) {
            Person person;
            person.fullName = QLatin1String(name);
            person.email = QString::fromLatin1(name).toLower() + QStringLiteral("@example.org");
            m_person.insert(person.fullName, DirectoryService(db()).createPerson(person));
        }
        if (session) {
            JuryTemplate t;
            t.name = QStringLiteral("Jury 2026");
            t.promotion = QStringLiteral("Promotion 2026");
            t.scaleMin = 0;
            t.scaleMax = 5;
            t.scaleStep = 0.5;
            t.criteria = { { QStringLiteral("A"), 2, QStringLiteral("first") },
                { QStringLiteral("B"), 1, QString() } };
            t.tracks = { { JuryTrack::Expert, 2 }, { JuryTrack::Citizen, 1 } };
            t.jurors = { { QStringLiteral("Ada"), JuryTrack::Expert, QString() },
                { QStringLiteral("Ben"), JuryTrack::Expert, QString() },
                { QStringLiteral("Cleo"), JuryTrack::Citizen, QString() } };
            t.assignment = AssignmentMode::Manual;
            JuryService(db()).applyTemplate(t);
        }
        m_doc->undoStack().clear();
    }

    void openPage(JuryPage::Tab which, JurySetupTab::Section section = JurySetupTab::Settings)
    {
        m_page = std::make_unique<JuryPage>();
        m_page->resize(1366, 700);
        m_page->setDocument(m_doc.get());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->tabs()->setCurrentIndex(which);
        tab()->sections()->setCurrentIndex(section);
    }

    qint64 session() { return JuryService(db()).findSession(QStringLiteral("Jury 2026")); }

    qint64 member(const char *name)
    {
        for (const Juror &j : JuryService(db()).jurors(session())) {
            if (j.name == QLatin1String(name))
                return j.memberId;
        }
        return 0;
    }

    QString problemShown() const
    {
        return m_page->problemLabel()->isVisible() ? m_page->problemLabel()->text() : QString();
    }

    /// Types @p text into a spin box as a user does (select all, type, Enter).
    static void typeInto(QAbstractSpinBox *spin, const QString &text)
    {
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
    }

    /// Clicks a check box on its box (a click beside its text does nothing).
    static void clickBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    }

    /// Opens the editor of @p index with F2, types @p text and presses Enter.
    static void editCell(QTableView *view, const QModelIndex &index, const QString &text)
    {
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != view);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits the editor's value from the event loop.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void cleanup()
    {
        m_page.reset();
        m_doc.reset();
    }

    void newSessionStartsWithTheAicDefaultsAndIsOneUndoStep()
    {
        prepare(false);
        openPage(JuryPage::Setup);
        const QString before = dump(db());
        QVERIFY(!tab()->sections()->isEnabled());
        bool emptyNameRefused = false;
        onNextModal<JurySetupNewSessionDialog>([&](JurySetupNewSessionDialog *d) {
            QCOMPARE(d->promotionCombo()->currentText(), QStringLiteral("Promotion 2026"));
            clickDialogButton(d, QDialogButtonBox::Ok);
            emptyNameRefused = d->isVisible() && d->problemLabel()->isVisible()
                && d->problemLabel()->text().contains(QStringLiteral("needs a name"));
            QTest::keyClicks(d->nameEdit(), QStringLiteral("Jury 2026"));
            clickDialogButton(d, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(tab()->newSessionButton(), Qt::LeftButton);
        QVERIFY(emptyNameRefused);
        const qint64 id = session();
        QVERIFY(id != 0);
        // The page shows the new session at once, with the AIC's five criteria and two tracks.
        QCOMPARE(m_page->currentSession(), id);
        QVERIFY(m_page->sessionCombo()->currentText().contains(QStringLiteral("Jury 2026")));
        QVERIFY(tab()->sections()->isEnabled());
        QCOMPARE(tab()->criteriaModel()->rowCount(), 5);
        QCOMPARE(tab()->criteriaModel()->index(0, 0).data().toString(),
            JuryTemplate::defaults().criteria.at(0).name);
        QVERIFY(tab()->trackCheck(0)->isChecked());
        QVERIFY(tab()->trackCheck(1)->isChecked());
        QCOMPARE(tab()->trackWeightSpin(0)->value(), 2.0);
        QCOMPARE(m_doc->undoStack().count(), 1);

        // A second session of the same name is refused in the dialog.
        bool duplicateRefused = false;
        onNextModal<JurySetupNewSessionDialog>([&](JurySetupNewSessionDialog *d) {
            QTest::keyClicks(d->nameEdit(), QStringLiteral("Jury 2026"));
            clickDialogButton(d, QDialogButtonBox::Ok);
            duplicateRefused = d->isVisible()
                && d->problemLabel()->text().contains(QStringLiteral("already named"));
            clickDialogButton(d, QDialogButtonBox::Cancel);
        });
        QTest::mouseClick(tab()->newSessionButton(), Qt::LeftButton);
        QVERIFY(duplicateRefused);
        QCOMPARE(m_doc->undoStack().count(), 1);

        QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
        QCOMPARE(m_page->sessionCombo()->count(), 0);
        QVERIFY(m_doc->redo());
        QCOMPARE(session(), id);
        QCOMPARE(JuryService(db()).criteria(id).size(), 5);
    }

    void deleteSessionAsksFirstAndUndoBringsItAllBack()
    {
        prepare(true);
        JuryService(db()).assignAll(session());
        openPage(JuryPage::Setup);
        const QString before = dump(db());
        onNextModal<QMessageBox>([](QMessageBox *box) {
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        QTest::mouseClick(tab()->deleteSessionButton(), Qt::LeftButton);
        QCOMPARE(dump(db()), before);
        onNextModal<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->text().contains(QStringLiteral("Jury 2026")));
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(tab()->deleteSessionButton(), Qt::LeftButton);
        QCOMPARE(session(), 0);
        QCOMPARE(count(db(), "jury_assignment"), 0);
        QCOMPARE(m_page->sessionCombo()->count(), 0);
        QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
        QCOMPARE(m_page->sessionCombo()->count(), 1);
    }

    void settingsOutOfRangeAreRefusedWithAReasonAndNeverWritten()
    {
        prepare(true);
        openPage(JuryPage::Setup);
        const QString before = dump(db());
        typeInto(tab()->scaleMaxSpin(), QStringLiteral("0"));
        QVERIFY2(problemShown().contains(QStringLiteral("highest score must be above")),
            qPrintable(problemShown()));
        QCOMPARE(JuryService(db()).session(session()).scaleMax, 5.0);
        QCOMPARE(tab()->scaleMaxSpin()->value(), 5.0);
        typeInto(tab()->scaleMinSpin(), QStringLiteral("7"));
        QVERIFY(problemShown().contains(QStringLiteral("highest score must be above")));
        typeInto(tab()->scaleStepSpin(), QStringLiteral("0"));
        QVERIFY(problemShown().contains(QStringLiteral("step must be above zero")));
        QCOMPARE(dump(db()), before);
        QCOMPARE(m_doc->undoStack().count(), 0);
        // A track may weigh nothing (an advisory panel), as templates allow: one undo step.
        typeInto(tab()->trackWeightSpin(1), QStringLiteral("0"));
        QVERIFY2(problemShown().isEmpty(), qPrintable(problemShown()));
        QCOMPARE(JuryService(db()).session(session()).trackWeights[1], std::optional<double>(0.0));
        QCOMPARE(m_doc->undoStack().count(), 1);

        // Values in range are written, each one undo step.
        typeInto(tab()->scaleMaxSpin(), QStringLiteral("10"));
        QVERIFY(problemShown().isEmpty());
        typeInto(tab()->trackWeightSpin(1), QStringLiteral("3"));
        clickBox(tab()->blindCheck());
        tab()->methodCombo()->setFocus();
        QTest::keyClick(tab()->methodCombo(), Qt::Key_Down);
        const JurySession s = JuryService(db()).session(session());
        QCOMPARE(s.scaleMax, 10.0);
        QCOMPARE(*s.trackWeights[1], 3.0);
        QVERIFY(!s.blind);
        QCOMPARE(s.method, RankingMethod::ZScore);
        QCOMPARE(m_doc->undoStack().count(), 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
        QCOMPARE(tab()->scaleMaxSpin()->value(), 5.0);
        QVERIFY(tab()->blindCheck()->isChecked());
    }

    void criteriaAreAddedEditedReorderedAndRemovedEachOneUndoStep()
    {
        prepare(true);
        openPage(JuryPage::Setup, JurySetupTab::Criteria);
        RecordTableModel *model = tab()->criteriaModel();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *view = tab()->criteriaView();
        const QString before = dump(db());
        QCOMPARE(model->rowCount(), 2);
        QTest::mouseClick(tab()->addCriterionButton(), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("New criterion"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
        // A weight of zero is refused; a name already used too.
        editCell(view, model->index(2, 1), QStringLiteral("0"));
        QVERIFY2(problemShown().contains(QStringLiteral("weight must be above zero")),
            qPrintable(problemShown()));
        editCell(view, model->index(2, 0), QStringLiteral("a"));
        QVERIFY2(problemShown().contains(QStringLiteral("already has a criterion")),
            qPrintable(problemShown()));
        editCell(view, model->index(2, 0), QStringLiteral("Impact"));
        editCell(view, model->index(2, 1), QStringLiteral("3"));
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Impact"));
        QCOMPARE(JuryService(db()).criteria(session()).at(2).weight, 3.0);
        // Moved to the top with the Move Up button, twice.
        view->setCurrentIndex(model->index(2, 0));
        QTest::mouseClick(tab()->moveUpButton(), Qt::LeftButton);
        QTest::mouseClick(tab()->moveUpButton(), Qt::LeftButton);
        QCOMPARE(JuryService(db()).criteria(session()).at(0).name, QStringLiteral("Impact"));
        QVERIFY(!tab()->moveUpButton()->isEnabled());
        QTest::mouseClick(tab()->removeCriterionButton(), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(m_doc->undoStack().count(), 6);
        QVERIFY(m_doc->undo());
        QCOMPARE(JuryService(db()).criteria(session()).at(0).name, QStringLiteral("Impact"));
        while (m_doc->undoStack().canUndo())
            QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
    }

    void tracksAndJurorsAreEditedAndAJurorTwiceIsRefused()
    {
        prepare(true);
        openPage(JuryPage::Setup, JurySetupTab::Jurors);
        JuryRowsModel *jurors = tab()->jurorsModel();
        QAbstractItemModelTester tester(
            jurors, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString before = dump(db());
        QCOMPARE(jurors->rowCount(), 3);
        // Dan joins the citizen panel.
        tab()->jurorPicker()->setId(m_person.value(QStringLiteral("Dan")));
        tab()->jurorTrackCombo()->setCurrentIndex(
            tab()->jurorTrackCombo()->findData(QStringLiteral("citizen")));
        QTest::mouseClick(tab()->addJurorButton(), Qt::LeftButton);
        QCOMPARE(jurors->rowCount(), 4);
        const int dan = jurors->rowOf(member("Dan"));
        QCOMPARE(jurors->index(dan, JurySetupTab::JurorEmail).data().toString(),
            QStringLiteral("dan@example.org"));
        QCOMPARE(jurors->index(dan, JurySetupTab::JurorTrack).data().toString(),
            QStringLiteral("Citizen panel"));
        // Twice: refused with a message, nothing written.
        tab()->jurorPicker()->setId(m_person.value(QStringLiteral("Dan")));
        QTest::mouseClick(tab()->addJurorButton(), Qt::LeftButton);
        QVERIFY(problemShown().contains(QStringLiteral("already a juror")));
        QCOMPARE(JuryService(db()).jurors(session()).size(), 4);
        // Moved to the expert jury through the table's editor (a list of the tracks).
        QTableView *view = tab()->jurorsView();
        view->setFocus();
        view->setCurrentIndex(jurors->index(dan, JurySetupTab::JurorTrack));
        QTest::keyClick(view, Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("expert")));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
        QCOMPARE(JuryService(db()).jurors(session()).at(jurors->rowOf(member("Dan"))).track,
            JuryTrack::Expert);
        // Cleo leaves; then the citizen panel has nobody and can go.
        view->setCurrentIndex(jurors->index(jurors->rowOf(member("Cleo")), 0));
        QTest::mouseClick(tab()->removeJurorButton(), Qt::LeftButton);
        QCOMPARE(jurors->rowCount(), 3);
        tab()->sections()->setCurrentIndex(JurySetupTab::Settings);
        clickBox(tab()->trackCheck(1));
        QVERIFY2(!JuryService(db()).session(session()).trackWeights[1].has_value(),
            qPrintable(problemShown()));
        QCOMPARE(m_doc->undoStack().count(), 4);
        while (m_doc->undoStack().canUndo())
            QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
        QVERIFY(tab()->trackCheck(1)->isChecked());
        // A track with jurors in it is kept, with the reason.
        clickBox(tab()->trackCheck(1));
        QVERIFY(problemShown().contains(QStringLiteral("Jurors sit in the track")));
        QVERIFY(tab()->trackCheck(1)->isChecked());
        QCOMPARE(dump(db()), before);
    }

    void assignmentAllBalancedAndByHandAreUndoable()
    {
        prepare(true);
        openPage(JuryPage::Setup, JurySetupTab::Assignment);
        JuryAssignmentModel *matrix = tab()->assignmentModel();
        QAbstractItemModelTester tester(
            matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString before = dump(db());
        QCOMPARE(matrix->rowCount(), 2); // the admissible applications only
        QCOMPARE(matrix->columnCount(), 3);
        QTest::mouseClick(tab()->assignAllButton(), Qt::LeftButton);
        QCOMPARE(count(db(), "jury_assignment"), 6);
        QCOMPARE(matrix->index(1, 2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
        QCOMPARE(matrix->index(1, 2).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // Balanced: one juror of each track per application, at most one application each.
        typeInto(tab()->minPerTrackSpin(), QStringLiteral("1"));
        typeInto(tab()->maxPerJurorSpin(), QStringLiteral("2"));
        QTest::mouseClick(tab()->assignBalancedButton(), Qt::LeftButton);
        QCOMPARE(count(db(), "jury_assignment"), 4);
        const JurySession s = JuryService(db()).session(session());
        QCOMPARE(s.assignment, AssignmentMode::Balanced);
        QCOMPARE(s.maxPerJuror, 2);
        QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);

        // By hand: the space bar ticks the current cell.
        QTableView *view = tab()->assignmentView();
        view->setFocus();
        view->setCurrentIndex(matrix->index(0, 1));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(count(db(), "jury_assignment"), 1);
        QCOMPARE(JuryService(db()).session(session()).assignment, AssignmentMode::Manual);
        QCOMPARE(matrix->index(0, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(count(db(), "jury_assignment"), 0);
        QVERIFY(m_doc->undo());
        QCOMPARE(count(db(), "jury_assignment"), 1);
        QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
    }

    void aConflictOfInterestWithdrawsTheAssignmentAndUndoBringsItBack()
    {
        prepare(true);
        JuryService(db()).assignAll(session());
        openPage(JuryPage::Setup, JurySetupTab::Conflicts);
        JuryRowsModel *conflicts = tab()->conflictsModel();
        QAbstractItemModelTester tester(
            conflicts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString before = dump(db());
        const qint64 ben = member("Ben");
        const qint64 beta = m_app.value(QStringLiteral("Beta"));
        QVERIFY(JuryService(db()).isAssigned(ben, beta));
        QComboBox *juror = tab()->conflictJurorCombo();
        juror->setCurrentIndex(juror->findText(QStringLiteral("Ben")));
        QComboBox *application = tab()->conflictApplicationCombo();
        application->setFocus();
        application->lineEdit()->clear();
        QTest::keyClicks(application->lineEdit(), QStringLiteral("Beta (no. 102)"));
        QTest::keyClicks(tab()->conflictReasonEdit(), QStringLiteral("Board member"));
        QTest::mouseClick(tab()->declareConflictButton(), Qt::LeftButton);
        QVERIFY2(problemShown().isEmpty(), qPrintable(problemShown()));
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->index(0, 3).data().toString(), QStringLiteral("Board member"));
        QVERIFY(JuryService(db()).hasConflict(ben, beta));
        QVERIFY(!JuryService(db()).isAssigned(ben, beta));
        // The assignment grid shows it and will not tick it.
        JuryAssignmentModel *matrix = tab()->assignmentModel();
        const QModelIndex cell = matrix->index(1, 1); // Beta × Ben (jurors by name)
        QCOMPARE(matrix->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Ben"));
        QCOMPARE(cell.data().toString(), QStringLiteral("COI"));
        QVERIFY(!(matrix->flags(cell) & Qt::ItemIsEnabled));
        // Twice: refused.
        QTest::mouseClick(tab()->declareConflictButton(), Qt::LeftButton);
        QVERIFY(problemShown().contains(QStringLiteral("already declared")));
        QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
        QVERIFY(m_doc->redo());
        // Withdrawn, then brought back by undo with its reason.
        tab()->conflictsView()->setCurrentIndex(conflicts->index(0, 0));
        QTest::mouseClick(tab()->withdrawConflictButton(), Qt::LeftButton);
        QCOMPARE(conflicts->rowCount(), 0);
        QVERIFY(m_doc->undo());
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->index(0, 3).data().toString(), QStringLiteral("Board member"));
    }

    void aTemplateSavedThenLoadedThroughTheDialogsGivesTheSameSession()
    {
        prepare(true);
        JuryService(db()).declareConflict(session(), member("Ada"),
            m_app.value(QStringLiteral("Alpha")), QStringLiteral("Mentor"));
        openPage(JuryPage::Setup);
        const QByteArray expected = JuryService(db()).templateOf(session()).toJson();
        const QString path = m_dir.filePath(QStringLiteral("jury.json"));
        answerFileDialog(path);
        QTest::mouseClick(tab()->saveTemplateButton(), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected);
        file.close();

        onNextModal<QMessageBox>([](QMessageBox *box) {
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(tab()->deleteSessionButton(), Qt::LeftButton);
        QCOMPARE(session(), 0);
        const QString deleted = dump(db());

        answerFileDialog(path);
        QTest::mouseClick(tab()->loadTemplateButton(), Qt::LeftButton);
        const qint64 loaded = session();
        QVERIFY(loaded != 0);
        QCOMPARE(m_page->currentSession(), loaded);
        QCOMPARE(JuryService(db()).templateOf(loaded).toJson(), expected);
        QCOMPARE(tab()->conflictsModel()->rowCount(), 1);
        QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), deleted);
        QVERIFY(m_doc->redo());
        QCOMPARE(JuryService(db()).templateOf(session()).toJson(), expected);
    }

    void aTemplateThatCreatesJurorsIsUndoneWithThem()
    {
        prepare(false);
        openPage(JuryPage::Setup);
        const QString before = dump(db());
        JuryTemplate t = JuryTemplate::defaults();
        t.name = QStringLiteral("Jury 2027");
        t.promotion = QStringLiteral("Promotion 2026");
        t.jurors = { { QStringLiteral("Eve Newcomer"), JuryTrack::Citizen,
                         QStringLiteral("eve@example.org") },
            { QStringLiteral("Ada"), JuryTrack::Expert, QStringLiteral("ada@elsewhere.org") } };
        const QString path = m_dir.filePath(QStringLiteral("new.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(t.toJson());
        file.close();
        answerFileDialog(path);
        QTest::mouseClick(tab()->loadTemplateButton(), Qt::LeftButton);
        QCOMPARE(JuryService(db()).jurors(m_page->currentSession()).size(), 2);
        QCOMPARE(count(db(), "person"), 5);
        QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
        QVERIFY(m_doc->redo());
        QCOMPARE(count(db(), "person"), 5);
        QCOMPARE(JuryService(db()).jurors(JuryService(db()).findSession(t.name)).size(), 2);
    }

    void aRefusedTemplateSaysWhyInFrenchAndLeavesTheFileAsItWas()
    {
        prepare(true);
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        openPage(JuryPage::Setup);
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "Jury 2026", "promotion": "Promotion 2026",
            "scale": {"min": 5, "max": 1, "step": 1},
            "criteria": [{"name": "A", "weight": 1}], "tracks": [{"code": "expert", "weight": 1}],
            "jurors": [{"name": "Ada", "track": "expert"}],
            "conflicts": [{"juror": "Nobody", "candidate": "Alpha"}]})");
        file.close();
        const QString before = dump(db());
        const QByteArray hash = fileHash(db().path());
        QString text;
        QString details;
        answerFileDialog(path);
        onNextModal<QMessageBox>([&](QMessageBox *box) {
            text = box->text();
            details = box->informativeText();
            QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(tab()->loadTemplateButton(), Qt::LeftButton);
        QVERIFY(m_translations.install(QStringLiteral("en")));
        QVERIFY2(text.contains(QStringLiteral("rien n’a été modifié")), qPrintable(text));
        QVERIFY2(details.contains(QStringLiteral("La note la plus haute")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Nobody")), qPrintable(details));
        QCOMPARE(dump(db()), before);
        QCOMPARE(fileHash(db().path()), hash);
        QCOMPARE(m_doc->undoStack().count(), 0);
    }

    void theApplicationsTabCountsAndChangesAdmissibility()
    {
        prepare(true);
        m_page = std::make_unique<JuryPage>();
        JuryApplicationsTab *apps = m_page->applicationsTab();
        QAbstractItemModelTester tester(
            apps->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            apps->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1366, 700);
        m_page->setDocument(m_doc.get());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->tabs()->setCurrentIndex(JuryPage::Applications);
        const QString before = dump(db());
        QCOMPARE(apps->model()->rowCount(), 4);
        QComboBox *filter = apps->filterCombo();
        QCOMPARE(filter->itemText(0), QStringLiteral("All (4)"));
        QCOMPARE(filter->itemText(1), QStringLiteral("Not yet checked (1)"));
        QCOMPARE(filter->itemText(2), QStringLiteral("Admissible (2)"));
        QCOMPARE(filter->itemText(3), QStringLiteral("Not admissible (1)"));
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down);
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(apps->proxy()->rowCount(), 2);
        QTest::keyClick(filter, Qt::Key_Up);
        QCOMPARE(apps->proxy()->rowCount(), 1);
        QCOMPARE(apps->proxy()->index(0, JuryApplicationsTab::Name).data().toString(),
            QStringLiteral("Gamma"));
        QCOMPARE(apps->proxy()->index(0, JuryApplicationsTab::Dossier).data().toString(),
            QStringLiteral("103"));

        // Gamma is checked: admissible (one step), then not admissible for a listed reason.
        apps->view()->setCurrentIndex(apps->proxy()->index(0, 0));
        QCOMPARE(apps->currentApplication(), m_app.value(QStringLiteral("Gamma")));
        apps->admissibilityCombo()->setFocus();
        QTest::keyClick(apps->admissibilityCombo(), Qt::Key_Down);
        const qint64 gamma = m_app.value(QStringLiteral("Gamma"));
        QCOMPARE(RecordService(db()).value(
                     QStringLiteral("initiative"), QStringLiteral("admissibility"), gamma),
            QVariant(QStringLiteral("admissible")));
        QCOMPARE(filter->itemText(2), QStringLiteral("Admissible (3)"));
        QCOMPARE(filter->itemText(1), QStringLiteral("Not yet checked (0)"));
        QCOMPARE(JuryService(db()).applications(session()).size(), 3);
        QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
        QCOMPARE(filter->itemText(2), QStringLiteral("Admissible (2)"));

        filter->setCurrentIndex(0);
        apps->view()->setCurrentIndex(
            apps->proxy()->mapFromSource(apps->model()->index(apps->model()->rowOf(gamma), 0)));
        apps->admissibilityCombo()->setFocus();
        QTest::keyClick(apps->admissibilityCombo(), Qt::Key_Down);
        QTest::keyClick(apps->admissibilityCombo(), Qt::Key_Down);
        QVERIFY(apps->reasonCombo()->isEnabled());
        apps->reasonCombo()->setFocus();
        QTest::keyClick(apps->reasonCombo(), Qt::Key_Down);
        QTest::keyClicks(apps->noteEdit(), QStringLiteral("No carrier"));
        QTest::keyClick(apps->noteEdit(), Qt::Key_Return);
        const int row = apps->model()->rowOf(gamma);
        QCOMPARE(apps->model()->index(row, JuryApplicationsTab::AdmissibilityColumn).data(),
            QVariant(QStringLiteral("Not admissible")));
        QCOMPARE(apps->model()->index(row, JuryApplicationsTab::Reason).data(),
            QVariant(QStringLiteral("Out of scope (No carrier)")));
        QCOMPARE(filter->itemText(3), QStringLiteral("Not admissible (2)"));
        // Admissible then not admissible at once: one step, like a burst of typing.
        QCOMPARE(m_doc->undoStack().count(), 3);
        while (m_doc->undoStack().canUndo())
            QVERIFY(m_doc->undo());
        QCOMPARE(dump(db()), before);
    }
};

QTEST_MAIN(TestJurySetup)
#include "tst_jurysetup.moc"
