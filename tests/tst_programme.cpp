// SPDX-License-Identifier: GPL-3.0-or-later
// The Programme workspace driven as a user drives it: buttons, typing in the tables' editors,
// Delete, Ctrl+Z through the Edit menu; the rules behind it (a promotion with initiatives stays,
// accompaniment phases within their promotion, participations follow their phase).
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "ui/document.h"
#include "ui/grants/grantspage.h"
#include "ui/mainwindow.h"
#include "ui/models/grantledgermodel.h"
#include "ui/models/recordtablemodel.h"
#include "ui/programme/needkindmodel.h"
#include "ui/programme/programmepage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

class TestProgramme : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Translations m_translations;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<MainWindow> m_window;
    std::list<QAbstractItemModelTester> m_testers;

    Database &db() { return m_window->document()->database(); }
    ProgrammePage *page()
    {
        return qobject_cast<ProgrammePage *>(m_window->workspaceWidget(MainWindow::Programme));
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        Query q(db(), sql);
        for (const QVariant &v : values)
            q.bind(v);
        return q.scalar();
    }
    /// The Edit menu's action with the standard @p key (Undo or Redo).
    QAction *editAction(QKeySequence::StandardKey key)
    {
        for (QAction *m : m_window->menuBar()->actions()) {
            if (!m->menu())
                continue;
            for (QAction *a : m->menu()->actions()) {
                if (a->shortcut() == QKeySequence(key))
                    return a;
            }
        }
        return nullptr;
    }
    void undo()
    {
        QAction *action = editAction(QKeySequence::Undo);
        QVERIFY(action && action->isEnabled());
        action->trigger();
    }
    /// Shows the tab of the workspace called @p title by clicking it.
    void showTab(const QString &title)
    {
        auto *tabs = page()->findChild<QTabWidget *>(QStringLiteral("programmeTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == title) {
                QTest::mouseClick(
                    tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
                QCOMPARE(tabs->currentIndex(), i);
                return;
            }
        }
        QFAIL(qPrintable(title));
    }
    QTableView *view(const char *name)
    {
        return page()->findChild<QTableView *>(QLatin1String(name));
    }
    void click(const char *button)
    {
        auto *b = page()->findChild<QPushButton *>(QLatin1String(button));
        QVERIFY2(b && b->isVisible() && b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    static void clickCell(QTableView *view, int row, int column)
    {
        const QModelIndex index = view->model()->index(row, column);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->currentIndex(), index);
    }
    /// Types @p text in the editor open on the view's current cell and presses Return.
    static void typeInEditor(QTableView *view, const QString &text)
    {
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
        const QPointer<QLineEdit> open(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits and closes its editor on the next turn of the event loop.
        QTRY_VERIFY(!open || !open->isVisible());
    }
    /// Clicks a cell, opens its editor with F2, types @p text and presses Return.
    static void typeInCell(QTableView *view, int row, int column, const QString &text)
    {
        clickCell(view, row, column);
        QTest::keyClick(view, Qt::Key_F2);
        typeInEditor(view, text);
    }
    /// Every model of the workspace under the model tester from now on.
    void testModels()
    {
        ProgrammePage *p = page();
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {
                 p->promotionsModel(), p->phasesModel(), p->tranchesModel(), p->themesModel(),
                 p->domainsModel(), p->reasonsModel(), p->needKindsModel() })
            m_testers.emplace_back(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    qint64 phaseId(const QString &name)
    {
        return scalar(QStringLiteral("SELECT id FROM phase WHERE name = ?"), { name }).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_n));
        {
            Database d;
            d.create(m_path);
            writeDemoProgramme(d);
        }
        m_window = std::make_unique<MainWindow>(m_translations);
        QString error;
        QVERIFY2(m_window->openDatabase(m_path, &error), qPrintable(error));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Nothing is written before the file's check is done.
        QTRY_COMPARE(db().integrity(), Database::Integrity::Sound);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentWorkspace(), MainWindow::Programme);
        QVERIFY(page() && page()->isVisible());
        testModels();
    }
    void cleanup()
    {
        m_testers.clear();
        m_window.reset();
    }

    void aPromotionIsAddedTypedInUndoneAndDeleted()
    {
        showTab(QStringLiteral("Promotions and phases"));
        QTableView *promotions = view("promotionsView");
        QCOMPARE(promotions->model()->rowCount(), 1);
        click("promotionsAdd");
        QCOMPARE(promotions->model()->rowCount(), 2);
        // The new promotion's name is being edited: the user types it at once.
        QCOMPARE(promotions->currentIndex().row(), 1);
        typeInEditor(promotions, QStringLiteral("Promotion 2027"));
        const qint64 id = page()->promotionsModel()->idAt(1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT name FROM promotion WHERE id = ?"), { id }).toString(),
            QStringLiteral("Promotion 2027"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT number FROM promotion WHERE id = ?"), { id }).toInt(), 2);
        // Budget envelope (column 3) and places (4), typed in their cells.
        typeInCell(promotions, 1, 3, QStringLiteral("250000"));
        QCOMPARE(scalar(QStringLiteral("SELECT envelope_cents FROM promotion WHERE id = ?"), { id })
                     .toLongLong(),
            qint64(25000000));
        typeInCell(promotions, 1, 4, QStringLiteral("10"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT places FROM promotion WHERE id = ?"), { id }).toInt(),
            10);
        // A number another promotion has is refused, with the reason.
        typeInCell(promotions, 1, 0, QStringLiteral("1"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT number FROM promotion WHERE id = ?"), { id }).toInt(), 2);
        auto *problem = page()->findChild<QLabel *>(QStringLiteral("programmeProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("already has the number 1")),
            qPrintable(problem->text()));
        // Ctrl+Z through the Edit menu takes the places back.
        undo();
        QVERIFY(
            scalar(QStringLiteral("SELECT places FROM promotion WHERE id = ?"), { id }).isNull());
        // Delete on the selected row removes the promotion (no initiative belongs to it).
        clickCell(promotions, 1, 1);
        QTest::keyClick(promotions, Qt::Key_Delete);
        QCOMPARE(promotions->model()->rowCount(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM promotion")).toInt(), 1);
        undo();
        QCOMPARE(promotions->model()->rowCount(), 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT name FROM promotion WHERE id = ?"), { id }).toString(),
            QStringLiteral("Promotion 2027"));
    }

    void aPromotionWithInitiativesIsNotDeletedAndTheReasonIsGiven()
    {
        showTab(QStringLiteral("Promotions and phases"));
        QTableView *promotions = view("promotionsView");
        clickCell(promotions, 0, 1);
        const int undoSteps = m_window->document()->undoStack().count();
        QTest::keyClick(promotions, Qt::Key_Delete);
        QCOMPARE(promotions->model()->rowCount(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM promotion")).toInt(), 1);
        QCOMPARE(m_window->document()->undoStack().count(), undoSteps);
        const QString expected = QStringLiteral(
            "This promotion cannot be deleted: 9 initiatives belong to it. Move them to another "
            "promotion first.");
        QCOMPARE(page()->findChild<QLabel *>(QStringLiteral("programmeProblem"))->text(), expected);
        QCOMPARE(m_window->statusBar()->currentMessage(), expected);
        // The rule is core's, checked inside the deletion's transaction.
        QVERIFY_THROWS_EXCEPTION(Error,
            RecordService(db()).remove(
                QStringLiteral("promotion"), page()->promotionsModel()->idAt(0)));
    }

    void phasesAreReorderedInOneStepAndParticipationsKeepTheirPhase()
    {
        showTab(QStringLiteral("Promotions and phases"));
        QTableView *phases = view("phasesView");
        RecordTableModel *model = page()->phasesModel();
        QCOMPARE(model->rowCount(), 8);
        const qint64 phase1 = phaseId(QStringLiteral("Phase 1"));
        const int row = model->rowOf(phase1);
        QCOMPARE(row, 3);
        const auto participations = [this](qint64 phase) {
            return scalar(
                QStringLiteral("SELECT COUNT(*) FROM participation WHERE phase_id = ?"), { phase })
                .toInt();
        };
        const int taking = participations(phase1);
        QVERIFY(taking > 0);
        const int undoSteps = m_window->document()->undoStack().count();
        clickCell(phases, row, 1);
        click("phasesDown");
        QCOMPARE(model->rowOf(phase1), 4);
        QCOMPARE(phases->currentIndex().row(), 4);
        QCOMPARE(m_window->document()->undoStack().count(), undoSteps + 1);
        click("phasesUp");
        click("phasesUp");
        QCOMPARE(model->rowOf(phase1), 2);
        // Renamed in its cell: the initiatives' participations still point at it.
        typeInCell(phases, 2, 1, QStringLiteral("Phase 1 — diagnostic"));
        QCOMPARE(participations(phase1), taking);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM participation pa JOIN phase ph ON "
                                       "ph.id = pa.phase_id WHERE ph.name = ?"),
                     { QStringLiteral("Phase 1 — diagnostic") })
                     .toInt(),
            taking);
        undo(); // the name
        undo(); // up
        undo(); // up
        QCOMPARE(model->rowOf(phase1), 4);
        undo(); // down
        QCOMPARE(model->rowOf(phase1), 3);
        QCOMPARE(participations(phase1), taking);
        QCOMPARE(
            scalar(QStringLiteral("SELECT name FROM phase WHERE id = ?"), { phase1 }).toString(),
            QStringLiteral("Phase 1"));
    }

    void aPhaseIsAddedAndRemovedForTheSelectedPromotion()
    {
        showTab(QStringLiteral("Promotions and phases"));
        QTableView *phases = view("phasesView");
        click("phasesAdd");
        QCOMPARE(phases->model()->rowCount(), 9);
        typeInEditor(phases, QStringLiteral("Séminaire"));
        const qint64 id = phaseId(QStringLiteral("Séminaire"));
        QVERIFY(id > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT promotion_id FROM phase WHERE id = ?"), { id })
                     .toLongLong(),
            page()->promotionsModel()->idAt(0));
        QCOMPARE(page()->phasesModel()->rowOf(id), 8);
        clickCell(phases, 8, 1);
        QTest::keyClick(phases, Qt::Key_Delete);
        QCOMPARE(phases->model()->rowCount(), 8);
        QCOMPARE(phaseId(QStringLiteral("Séminaire")), qint64(0));
    }

    void phaseDatesAreCheckedAgainstEachOtherAndThePromotion()
    {
        RecordService records(db());
        const qint64 phase2 = phaseId(QStringLiteral("Phase 2"));
        const qint64 promotion = page()->promotionsModel()->idAt(0);
        // No end before start.
        QVERIFY_THROWS_EXCEPTION(Error,
            records.setValue(QStringLiteral("phase"), QStringLiteral("planned_end"), phase2,
                QStringLiteral("2022-08-01")));
        // The promotion's dates, once set, hold its accompaniment phases.
        records.setValues(QStringLiteral("promotion"), promotion,
            { { QStringLiteral("starts_on"), QStringLiteral("2021-12-17") },
                { QStringLiteral("ends_on"), QStringLiteral("2022-11-30") } });
        try {
            records.setValues(QStringLiteral("phase"), phase2,
                { { QStringLiteral("actual_start"), QStringLiteral("2022-09-10") },
                    { QStringLiteral("actual_end"), QStringLiteral("2022-12-09") } });
            QFAIL("an accompaniment phase past its promotion's end was written");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("within the promotion")),
                qPrintable(e.message()));
        }
        QCOMPARE(
            records.value(QStringLiteral("phase"), QStringLiteral("actual_end"), phase2).toString(),
            QStringLiteral("2022-11-30"));
        // Nor can the promotion shrink past one of them.
        QVERIFY_THROWS_EXCEPTION(Error,
            records.setValue(QStringLiteral("promotion"), QStringLiteral("ends_on"), promotion,
                QStringLiteral("2022-10-31")));
        // Events are not held: the closing event may come after.
        records.setValues(QStringLiteral("phase"),
            phaseId(QStringLiteral("Événement de clôture de la promotion 1")),
            { { QStringLiteral("actual_start"), QStringLiteral("2022-12-05") },
                { QStringLiteral("actual_end"), QStringLiteral("2022-12-05") } });
    }

    void theSettingsAreTypedValidatedAndUndone()
    {
        showTab(QStringLiteral("Settings"));
        const qint64 programme = ProgrammeService(db()).currentProgrammeId();
        auto *siret = page()->findChild<QLineEdit *>(QStringLiteral("programme-operator_siret"));
        QVERIFY(siret && siret->isVisible());
        const auto stored = [this, programme](const char *column) {
            return RecordService(db()).value(
                QStringLiteral("programme"), QLatin1String(column), programme);
        };
        const QVariant before = stored("operator_siret");
        siret->setFocus();
        QTest::keyClick(siret, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(siret, QStringLiteral("73282932000079"));
        QTest::keyClick(siret, Qt::Key_Tab);
        QCOMPARE(stored("operator_siret"), before);
        bool shown = false;
        for (QLabel *l : page()->findChildren<QLabel *>())
            shown |= l->isVisible() && l->text().contains(QLatin1String("SIRET"))
                && l->text() != siret->text() && l->buddy() == nullptr
                && l->objectName() != QLatin1String("programmeProblem")
                && l->text().contains(QLatin1String("valid"));
        QVERIFY(shown);
        siret->setFocus();
        QTest::keyClick(siret, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(siret, QStringLiteral("732 829 320 00074"));
        QTest::keyClick(siret, Qt::Key_Tab);
        QCOMPARE(stored("operator_siret").toString(), QStringLiteral("73282932000074"));
        auto *name = page()->findChild<QLineEdit *>(QStringLiteral("programme-operator"));
        name->setFocus();
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, QStringLiteral("DINUM"));
        QTest::keyClick(name, Qt::Key_Tab);
        QCOMPARE(stored("operator").toString(), QStringLiteral("DINUM"));
        undo();
        QVERIFY(stored("operator").toString() != QLatin1String("DINUM"));
        QCOMPARE(stored("operator_siret").toString(), QStringLiteral("73282932000074"));
    }

    void theDefaultTrancheSchemeIsTypedInItsTable()
    {
        showTab(QStringLiteral("Settings"));
        QTableView *tranches = view("tranchesView");
        // The demo's scheme removed first (Add proposes the tranches the scheme does not have).
        while (tranches->model()->rowCount() > 0) {
            clickCell(tranches, 0, 2);
            QTest::keyClick(tranches, Qt::Key_Delete);
        }
        const int before = tranches->model()->rowCount();
        click("tranchesAdd");
        typeInEditor(tranches, QStringLiteral("80000"));
        click("tranchesAdd");
        typeInEditor(tranches, QStringLiteral("60000"));
        QCOMPARE(tranches->model()->rowCount(), before + 2);
        Query q(db(),
            QStringLiteral(
                "SELECT tranche, amount_cents FROM programme_tranche ORDER BY position, id"));
        q.exec();
        QStringList scheme;
        while (q.next())
            scheme
                << QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(q.value(1).toLongLong());
        QCOMPARE(scheme.mid(before),
            QStringList({ QStringLiteral("seed 8000000"), QStringLiteral("second 6000000") }));
        QCOMPARE(
            tranches->model()->index(before, 0).data().toString(), QStringLiteral("Seed grant"));
        clickCell(tranches, before + 1, 2);
        QTest::keyClick(tranches, Qt::Key_Delete);
        QCOMPARE(tranches->model()->rowCount(), before + 1);
    }

    void theManagedListsAreEdited()
    {
        showTab(QStringLiteral("Lists"));
        // Themes: a new one named as typed; a near-duplicate name is refused.
        QTableView *themes = view("themesView");
        const int themeCount = themes->model()->rowCount();
        click("themesAdd");
        typeInEditor(themes, QStringLiteral("Culture"));
        QCOMPARE(themes->model()->rowCount(), themeCount + 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM theme WHERE name = 'Culture'")).toInt(), 1);
        const int culture = page()->themesModel()->rowOf(
            scalar(QStringLiteral("SELECT id FROM theme WHERE name = 'Culture'")).toLongLong());
        typeInCell(themes, culture, 0, QStringLiteral("sante"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM theme WHERE name = 'Culture'")).toInt(), 1);
        // Domains and reasons: added, named, removed with Delete.
        QTableView *domains = view("domainsView");
        click("domainsAdd");
        typeInEditor(domains, QStringLiteral("Transformation publique"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM list_item WHERE list = 'domain' AND "
                                       "name = 'Transformation publique'"))
                     .toInt(),
            1);
        QTableView *reasons = view("reasonsView");
        click("reasonsAdd");
        typeInEditor(reasons, QStringLiteral("Dossier incomplet"));
        QCOMPARE(reasons->model()->rowCount(), 1);
        QCOMPARE(page()->domainsModel()->rowCount(), 1); // the reasons are not domains
        clickCell(reasons, 0, 0);
        QTest::keyClick(reasons, Qt::Key_Delete);
        QCOMPARE(reasons->model()->rowCount(), 0);
        // Need kinds: the translated kind, its description typed.
        QTableView *needs = view("needKindsView");
        QCOMPARE(needs->model()->rowCount(), 3);
        QCOMPARE(needs->model()->index(0, 0).data().toString(), QStringLiteral("Consolidation"));
        typeInCell(needs, 0, 1, QStringLiteral("Structure, gouvernance"));
        QCOMPARE(scalar(QStringLiteral("SELECT description FROM list_item WHERE list = "
                                       "'need_kind' AND code = 'consolidation'"))
                     .toString(),
            QStringLiteral("Structure, gouvernance"));
        typeInCell(needs, 0, 1, QStringLiteral("Structure"));
        QCOMPARE(needs->model()->index(0, 1).data().toString(), QStringLiteral("Structure"));
        undo();
        QCOMPARE(needs->model()->index(0, 1).data().toString(),
            QStringLiteral("Structure, gouvernance"));
        undo();
        QCOMPARE(needs->model()->index(0, 1).data().toString(), QString());
    }

    void aGrantAddedStartsWithTheProgrammesDefaultFundingSource()
    {
        const qint64 programme = ProgrammeService(db()).currentProgrammeId();
        const qint64 source = RecordService(db()).insert(QStringLiteral("funding_source"),
            { { QStringLiteral("name"), QStringLiteral("Fonds de transformation") } });
        RecordService(db()).setValue(QStringLiteral("programme"),
            QStringLiteral("default_funding_source_id"), programme, source);
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        auto *grants = qobject_cast<GrantsPage *>(m_window->workspaceWidget(MainWindow::Grants));
        QVERIFY(grants);
        QVERIFY(QTest::qWaitFor([grants] { return grants->ledgerModel()->rowCount() > 0; }));
        clickCell(grants->ledgerView(), 0, 0);
        auto *add = grants->findChild<QPushButton *>(QStringLiteral("addGrant"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(scalar(QStringLiteral("SELECT funding_source_id FROM grant_award ORDER BY id DESC "
                                       "LIMIT 1"))
                     .toLongLong(),
            source);
    }
};

QTEST_MAIN(TestProgramme)
#include "tst_programme.moc"
