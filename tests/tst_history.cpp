// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail read as a history (issue "Data safety", point 3): one line per undo step with
// the values before and after, for an initiative, a grant and a committee or jury session; the
// History tab and windows, their filter and CSV export; tremplin-cli history; and an audit
// trail nothing in Tremplin can delete or rewrite.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/database/transaction.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/imports/disbursementimport.h"
#include "core/services/history.h"
#include "core/services/juryservice.h"
#include "core/services/records.h"
#include "juryfixture.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/committees/committeespage.h"
#include "ui/document.h"
#include "ui/forms/fieldbinder.h"
#include "ui/grants/grantspage.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"
#include "ui/initiatives/initiativeform.h"
#include "ui/initiatives/initiativespage.h"
#include "ui/mainwindow.h"
#include "ui/models/grantledgermodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace tremplin;

namespace {

/// Types @p text into @p w one character at a time (keyClicks cannot send non-ASCII text).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

qint64 initiativeNamed(Database &db, const QString &name)
{
    return Query(db, QStringLiteral("SELECT id FROM initiative WHERE name = ?"))
        .bindAll(name)
        .scalar()
        .toLongLong();
}

int auditLines(Database &db)
{
    return Query(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toInt();
}

/// The one change of @p step ("field: before → after"), for comparisons.
QString onlyChange(const HistoryStep &step)
{
    if (step.changes.size() != 1)
        return QStringLiteral("%1 changes").arg(step.changes.size());
    const HistoryChange &c = step.changes.constFirst();
    return QStringLiteral("%1: %2 → %3").arg(c.field, c.before, c.after);
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Translations m_translations;
    int m_file = 0;

    /// A new file holding the demo programme.
    QString demoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_file));
        Database db;
        db.create(path);
        writeDemoProgramme(db);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void aFormEditAndItsUndoAreTwoStepsWithTheirValuesBeforeAndAfter()
    {
        MainWindow w(m_translations);
        QString error;
        QVERIFY2(w.openDatabase(demoFile(), &error), qPrintable(error));
        w.show();
        w.showWorkspace(MainWindow::Initiatives);
        QTRY_COMPARE(w.document()->database().integrity(), Database::Integrity::Sound);
        Database &db = w.document()->database();
        const qint64 id = initiativeNamed(db, QStringLiteral("Vikidia"));
        const QString town = RecordService(db)
                                 .value(QStringLiteral("initiative"), QStringLiteral("town"), id)
                                 .toString();
        HistoryService history(db);
        const int stepsBefore = int(history.steps(HistoryService::Scope::Initiative, id).size());
        const int linesBefore = auditLines(db);

        InitiativeForm *form = w.initiativesPage()->openForm(id);
        QVERIFY(form);
        auto *townEdit = form->findChild<QLineEdit *>(QStringLiteral("townEdit"));
        townEdit->setFocus();
        townEdit->selectAll();
        // A burst of typing with a pause in the middle: written twice, one undo step.
        typeText(townEdit, QStringLiteral("Besan"));
        QTest::qWait(FieldBinder::WriteDelayMs + 100);
        typeText(townEdit, QStringLiteral("çon"));
        QTest::keyClick(townEdit, Qt::Key_Tab);
        QCOMPARE(w.document()->undoStack().count(), 1);
        QCOMPARE(auditLines(db), linesBefore + 2); // each write is audited...
        QAction *undo = test::menuAction(w, QKeySequence::Undo);
        QVERIFY(undo);
        undo->trigger();
        QCOMPARE(RecordService(db)
                     .value(QStringLiteral("initiative"), QStringLiteral("town"), id)
                     .toString(),
            town);

        // ...and the history reads them as the undo stack does: the edit, then its undo.
        const QList<HistoryStep> steps = history.steps(HistoryService::Scope::Initiative, id);
        QCOMPARE(steps.size(), stepsBefore + 2);
        const HistoryStep &edit = steps.at(stepsBefore);
        const HistoryStep &undone = steps.at(stepsBefore + 1);
        QCOMPARE(onlyChange(edit), QStringLiteral("town: %1 → Besançon").arg(town));
        QCOMPARE(onlyChange(undone), QStringLiteral("town: Besançon → %1").arg(town));
        QCOMPARE(edit.what(), QStringLiteral("Initiative changed"));
        QCOMPARE(edit.changes.constFirst().label, QStringLiteral("Town"));
        QVERIFY(edit.step < undone.step);

        // The form's History tab shows the same steps, newest last, under the model tester.
        auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        auto *panel = form->findChild<HistoryPanel *>();
        QVERIFY(panel);
        QAbstractItemModelTester tester(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int tab = tabs->indexOf(panel);
        QCOMPARE(tabs->tabText(tab), QStringLiteral("Histor&y"));
        QTest::mouseClick(
            tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
        QCOMPARE(tabs->currentWidget(), panel);
        QTRY_COMPARE(panel->model()->rowCount(), stepsBefore + 2);
        const QModelIndex last = panel->model()->index(stepsBefore + 1, HistoryModel::Changes);
        QCOMPARE(last.data().toString(), QStringLiteral("Town: Besançon → %1").arg(town));
        // A write while the tab is on screen shows at once.
        auto *oneLiner = form->findChild<QLineEdit *>(QStringLiteral("oneLinerEdit"));
        oneLiner->setFocus();
        oneLiner->selectAll();
        typeText(oneLiner, QStringLiteral("Wiki"));
        QTest::keyClick(oneLiner, Qt::Key_Tab);
        QTRY_COMPARE(panel->model()->rowCount(), stepsBefore + 3);
        form->close();
    }

    void theHistoryIsFilteredAndExportedAsCsvFromItsButtons()
    {
        Document doc;
        doc.database().open(demoFile());
        Database &db = doc.database();
        const qint64 id = initiativeNamed(db, QStringLiteral("Vikidia"));
        RecordService records(db);
        records.setValue(QStringLiteral("initiative"), QStringLiteral("town"), id,
            QStringLiteral("Zeta-sur-Mer"));
        records.setValue(QStringLiteral("initiative"), QStringLiteral("website"), id,
            QStringLiteral("https://zeta.example.org"));

        HistoryPanel panel(doc, HistoryService::Scope::Initiative, id);
        QAbstractItemModelTester tester(
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.model()->rowCount() >= 3);
        const int all = panel.model()->rowCount();

        // The filter looks in the fields and values.
        panel.filterEdit()->setFocus();
        typeText(panel.filterEdit(), QStringLiteral("zeta-sur"));
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()
                     ->index(0, HistoryModel::Changes)
                     .data()
                     .toString()
                     .section(QStringLiteral(" → "), 1),
            QStringLiteral("Zeta-sur-Mer"));
        panel.filterEdit()->selectAll();
        typeText(panel.filterEdit(), QStringLiteral("no such thing"));
        QTRY_COMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!panel.exportButton()->isEnabled());
        auto *empty = panel.findChild<QLabel *>(QStringLiteral("historyEmpty"));
        QVERIFY(empty && empty->isVisible());
        QTest::keyClick(panel.filterEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(panel.filterEdit(), Qt::Key_Delete);
        QTRY_COMPARE(panel.model()->rowCount(), all);

        // Export CSV… writes what is shown, one line per field changed.
        const QString csvPath = m_dir.filePath(QStringLiteral("history.csv"));
        test::answerFileDialog(csvPath);
        QTest::mouseClick(panel.exportButton(), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(csvPath));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("Step,When,Who,What,Field,Before,After\r\n")));
        QVERIFY2(text.contains(QStringLiteral(",Initiative changed,Town,"))
                && text.contains(QStringLiteral(",Zeta-sur-Mer\r\n")),
            qPrintable(text.right(400)));
        QVERIFY(text.contains(QStringLiteral(",https://zeta.example.org\r\n")));

        // The service's own filters: field, person and period.
        HistoryService history(db);
        HistoryFilter byField;
        byField.field = QStringLiteral("website");
        QCOMPARE(history.steps(HistoryService::Scope::Initiative, id, byField).size(), 1);
        HistoryFilter byPeriod;
        byPeriod.to = QDate::currentDate().addDays(-1);
        QCOMPARE(history.steps(HistoryService::Scope::Initiative, id, byPeriod).size(), 0);
        byPeriod.to = QDate::currentDate();
        byPeriod.from = QDate::currentDate();
        QCOMPARE(history.steps(HistoryService::Scope::Initiative, id, byPeriod).size(), all);
        HistoryFilter byActor;
        byActor.actor = QStringLiteral("nobody-by-this-name");
        QCOMPARE(history.steps(HistoryService::Scope::Initiative, id, byActor).size(), 0);
    }

    void aGrantsHistoryHoldsItsPaymentsWithAmountsAsTheLanguageWritesThem()
    {
        Document doc;
        doc.database().open(demoFile());
        Database &db = doc.database();
        // A grant with room for one more payment.
        const qint64 grant = Query(db,
            QStringLiteral("SELECT g.id FROM grant_award g WHERE g.status = 'committed' AND "
                           "g.committed_cents - (SELECT COALESCE(SUM(amount_cents), 0) FROM "
                           "disbursement d WHERE d.grant_id = g.id) > 123456 ORDER BY g.id"))
                                 .scalar()
                                 .toLongLong();
        QVERIFY(grant > 0);
        const qint64 initiative
            = Query(db, QStringLiteral("SELECT initiative_id FROM grant_award WHERE id = ?"))
                  .bindAll(grant)
                  .scalar()
                  .toLongLong();
        RecordService records(db);
        const qint64 payment = records.insert(QStringLiteral("disbursement"),
            { { QStringLiteral("grant_id"), grant },
                { QStringLiteral("paid_on"), QStringLiteral("2026-01-15") },
                { QStringLiteral("amount_cents"), qint64(123456) } });
        records.remove(QStringLiteral("disbursement"), payment);

        HistoryService history(db);
        const QList<HistoryStep> steps = history.steps(HistoryService::Scope::Grant, grant);
        QVERIFY(steps.size() >= 3);
        const HistoryStep &created = steps.at(steps.size() - 2);
        const HistoryStep &deleted = steps.constLast();
        QCOMPARE(created.what(), QStringLiteral("Payment created"));
        QCOMPARE(deleted.what(), QStringLiteral("Payment deleted"));
        const auto amountOf = [](const HistoryStep &s) {
            for (const HistoryChange &c : s.changes) {
                if (c.field == QLatin1String("amount_cents"))
                    return c.before + QStringLiteral(" | ") + c.after;
            }
            return QString();
        };
        QCOMPARE(amountOf(created), QStringLiteral(" | €1,234.56"));
        QCOMPARE(amountOf(deleted), QStringLiteral("€1,234.56 | "));
        // Flags and shares read as the form shows them, not as stored.
        const QString demoStep = steps.constFirst().changesText();
        QVERIFY2(demoStep.contains(QStringLiteral("Illustrative: (none) → yes"))
                && demoStep.contains(
                    QStringLiteral("Share of the project's budget: (none) → 100%")),
            qPrintable(demoStep));
        // The initiative's history holds its grants' steps too.
        const QList<HistoryStep> ofInitiative
            = history.steps(HistoryService::Scope::Initiative, initiative);
        QCOMPARE(ofInitiative.constLast().step, deleted.step);

        // History… in the Grants workspace, for the grant selected.
        GrantsPage page;
        page.setDocument(&doc);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.ledgerModel()->rowCount() > 0);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("grantHistory"));
        QVERIFY(button);
        QTableView *view = page.ledgerView();
        const QModelIndex first = view->model()->index(0, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = page.findChild<HistoryDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->panel()->model()->rowCount() > 0);
        test::clickDialogButton(dialog, QDialogButtonBox::Close);
        QTRY_VERIFY(!page.findChild<HistoryDialog *>());
    }

    void aJurySessionsHistoryHoldsItsScoresAndTheCliPrintsAndExportsIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("jury.sqlite"));
        qint64 committee = 0;
        {
            Document doc;
            doc.database().create(path);
            Database &db = doc.database();
            const test::JuryPackFixture f = test::JuryPackFixture::make(db);
            JuryService jury(db);
            jury.setScore(f.session, f.member.value(QStringLiteral("E1")),
                f.app.value(QStringLiteral("P")), f.a, 4.0);
            jury.setScore(f.session, f.member.value(QStringLiteral("E1")),
                f.app.value(QStringLiteral("P")), f.a, 3.5);
            jury.setScore(f.session, f.member.value(QStringLiteral("E1")),
                f.app.value(QStringLiteral("P")), f.a, std::nullopt);
            HistoryService history(db);
            committee = history.committeeNamed(QStringLiteral("Jury 2026"));
            QVERIFY(committee > 0);
            QList<HistoryStep> steps = history.steps(HistoryService::Scope::Committee, committee);
            steps.removeIf([](const HistoryStep &s) {
                return s.changes.size() != 1
                    || s.changes.constFirst().field != QLatin1String("score");
            });
            QStringList scores;
            for (const HistoryStep &s : std::as_const(steps))
                scores << s.changes.constFirst().before + QStringLiteral(">")
                        + s.changes.constFirst().after;
            QCOMPARE(scores,
                (QStringList {
                    QStringLiteral(">4"), QStringLiteral("4>3.5"), QStringLiteral("3.5>") }));

            // History… in the Committees workspace, for the session selected.
            CommitteesPage page;
            page.setDocument(&doc);
            page.resize(1366, 768);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QTableView *view = page.committeesView();
            QTRY_VERIFY(view->model()->rowCount() > 0);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                view->visualRect(view->model()->index(0, 1)).center());
            QCOMPARE(page.currentCommittee(), committee);
            QVERIFY(page.historyButton()->isEnabled());
            QTest::mouseClick(page.historyButton(), Qt::LeftButton);
            auto *dialog = page.findChild<HistoryDialog *>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->panel()->model()->rowCount() > 3);
            test::clickDialogButton(dialog, QDialogButtonBox::Close);
        }
        const test::CliRun printed
            = test::runCli({ QStringLiteral("history"), QStringLiteral("--db"), path,
                QStringLiteral("--session"), QStringLiteral("Jury 2026") });
        QCOMPARE(printed.exitCode, 0);
        QVERIFY2(printed.out.contains(QStringLiteral("Score: 4 → 3.5")), qPrintable(printed.out));
        const QString csvPath = m_dir.filePath(QStringLiteral("session.csv"));
        const test::CliRun exported = test::runCli(
            { QStringLiteral("history"), QStringLiteral("--db"), path, QStringLiteral("--session"),
                QString::number(committee), QStringLiteral("--out"), csvPath });
        QCOMPARE(exported.exitCode, 0);
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral(",Score,4,3.5\r\n")));
        // Asking for nothing, or for a record that does not exist, is refused clearly.
        const test::CliRun none
            = test::runCli({ QStringLiteral("history"), QStringLiteral("--db"), path });
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("--initiative ID")));
        const test::CliRun missing = test::runCli({ QStringLiteral("history"),
            QStringLiteral("--db"), path, QStringLiteral("--grant"), QStringLiteral("999") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("there is no grant 999")));
    }

    void aJurySessionsCommentsConflictsAndAssignmentsAreInItsHistory()
    {
        Document doc;
        doc.database().create(m_dir.filePath(QStringLiteral("jury-setup.sqlite")));
        Database &db = doc.database();
        const test::JuryPackFixture f = test::JuryPackFixture::make(db);
        const qint64 e2 = f.member.value(QStringLiteral("E2"));
        const qint64 q = f.app.value(QStringLiteral("Q"));
        JuryService jury(db);
        jury.setComment(f.session, e2, q, QStringLiteral("Strong team"));
        jury.setComment(f.session, e2, q, QString());
        jury.declareConflict(f.session, e2, q, QStringLiteral("Board member"));
        jury.withdrawConflict(e2, q);
        const bool wasAssigned = jury.isAssigned(e2, q);
        jury.setAssigned(f.session, e2, q, !wasAssigned);
        jury.setAssigned(f.session, e2, q, !wasAssigned); // nothing new: no line

        HistoryService history(db);
        const qint64 committee = history.committeeNamed(QStringLiteral("Jury 2026"));
        QStringList lines;
        for (const HistoryStep &s : history.steps(HistoryService::Scope::Committee, committee)) {
            for (const HistoryChange &c : s.changes) {
                if (c.field == QLatin1String("comment") || c.field == QLatin1String("conflict")
                    || c.field == QLatin1String("assignments"))
                    lines << c.field + QLatin1Char(':') + c.before + QLatin1Char('>') + c.after;
            }
        }
        // The fixture assigned every juror first: that step is in the history too.
        QVERIFY(!lines.isEmpty() && lines.constFirst().startsWith(QLatin1String("assignments:0>")));
        lines.removeFirst();
        // The assignment's line counts the session's assignments before and after.
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("comment:>Strong team"));
        QCOMPARE(lines.at(1), QStringLiteral("comment:Strong team>"));
        // Declaring the conflict removed the assignment: withdrawing it says what was declared.
        QVERIFY2(
            lines.contains(QStringLiteral("conflict:Board member>")), qPrintable(lines.join(u'|')));
        QVERIFY(lines.constLast().startsWith(QLatin1String("assignments:")));
        QVERIFY(lines.constLast() != QStringLiteral("assignments:"));
    }

    void theCliPrintsAnInitiativesHistory()
    {
        const QString path = demoFile();
        qint64 id = 0;
        {
            Database db;
            db.open(path);
            id = initiativeNamed(db, QStringLiteral("Vikidia"));
            RecordService(db).setValue(QStringLiteral("initiative"), QStringLiteral("town"), id,
                QStringLiteral("Saint-Étienne"));
        }
        const test::CliRun run = test::runCli({ QStringLiteral("history"), QStringLiteral("--db"),
            path, QStringLiteral("--initiative"), QString::number(id) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Initiative changed"))
                && run.out.contains(QStringLiteral("→ Saint-Étienne")),
            qPrintable(run.out));
    }

    void aPersonsFieldsGoToTheAuditTrailUnderTheirId()
    {
        Database db;
        db.create(m_dir.filePath(QStringLiteral("person.sqlite")));
        RecordService records(db);
        const qint64 person = records.insert(QStringLiteral("person"),
            { { QStringLiteral("full_name"), QStringLiteral("Camille Martin") } });
        records.setValue(QStringLiteral("person"), QStringLiteral("email"), person,
            QStringLiteral("camille@example.org"));
        Query q(db,
            QStringLiteral("SELECT field, old_value, new_value FROM audit_log WHERE entity = "
                           "'person' AND entity_id = ? ORDER BY id"));
        q.bindAll(person).exec();
        QStringList lines;
        while (q.next())
            lines << QStringLiteral("%1:%2>%3")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        QVERIFY2(lines.contains(QStringLiteral("full_name:>Camille Martin"))
                && lines.contains(QStringLiteral("email:>camille@example.org")),
            qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void nothingInTremplinDeletesOrRewritesTheAuditTrail()
    {
        Database db;
        db.open(demoFile());
        const qint64 id = initiativeNamed(db, QStringLiteral("Vikidia"));
        RecordService records(db);
        const qint64 need = records.insert(QStringLiteral("need"),
            { { QStringLiteral("initiative_id"), id },
                { QStringLiteral("kind"), QStringLiteral("consolidation") },
                { QStringLiteral("title"), QStringLiteral("Traduire") } });
        records.setValue(QStringLiteral("need"), QStringLiteral("title"), need,
            QStringLiteral("Traduire en breton"));
        const int lines = auditLines(db);
        // Deleting a record removes its row, never its history.
        records.remove(QStringLiteral("need"), need);
        QVERIFY(auditLines(db) > lines);
        const QList<HistoryStep> steps
            = HistoryService(db).steps(HistoryService::Scope::Initiative, id);
        QCOMPARE(steps.constLast().what(), QStringLiteral("Need deleted"));
        QVERIFY(std::any_of(steps.cbegin(), steps.cend(), [](const HistoryStep &s) {
            return onlyChange(s) == QStringLiteral("title: Traduire → Traduire en breton");
        }));
        // The database itself refuses to delete or rewrite a line, whoever asks.
        const int now = auditLines(db);
        for (const QString &sql : { QStringLiteral("DELETE FROM audit_log"),
                 QStringLiteral("DELETE FROM audit_log WHERE id = 1"),
                 QStringLiteral("UPDATE audit_log SET new_value = 'forged' WHERE id = 1"),
                 QStringLiteral("UPDATE audit_log SET changed_at = '2000-01-01'") }) {
            bool refused = false;
            try {
                WriteTransaction tx(db);
                Query(db, sql).exec();
                tx.commit();
            } catch (const Error &) {
                refused = true;
            }
            QVERIFY2(refused, qPrintable(sql));
            QCOMPARE(auditLines(db), now);
        }
        QCOMPARE(Query(db,
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value = "
                                    "'forged' OR changed_at = '2000-01-01'"))
                     .scalar()
                     .toInt(),
            0);
    }

    void anImportsPaymentsAndItsUndoAreInEachGrantsHistory()
    {
        Database db;
        db.open(demoFile());
        Query q(db,
            QStringLiteral("SELECT g.id, g.decision_reference FROM grant_award g WHERE g.status = "
                           "'committed' AND g.decision_reference IS NOT NULL AND "
                           "g.committed_cents - (SELECT COALESCE(SUM(amount_cents), 0) FROM "
                           "disbursement d WHERE d.grant_id = g.id) > 200000 ORDER BY g.id"));
        q.exec();
        QVERIFY(q.next());
        const qint64 grant = q.value(0).toLongLong();
        const QString reference = q.value(1).toString();
        q.raw().finish();
        const QString csv = m_dir.filePath(QStringLiteral("payments.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("grant,paid_on,amount,reference,reason\n%1,2026-02-01,700.00,"
                                   "IMP-1,\n%1,2026-03-01,300.50,IMP-2,\n")
                        .arg(reference)
                        .toUtf8());
        }
        DisbursementImport import;
        QString error;
        QVERIFY2(import.loadFile(csv, db, &error), qPrintable(error));
        QVERIFY(import.problems().isEmpty());
        QCOMPARE(import.commit(), 2);
        DisbursementImport::removeImported(db, import.writtenIds());

        const QList<HistoryStep> steps
            = HistoryService(db).steps(HistoryService::Scope::Grant, grant);
        QVERIFY(steps.size() >= 2);
        const HistoryStep &imported = steps.at(steps.size() - 2);
        const HistoryStep &undone = steps.constLast();
        QCOMPARE(imported.what(), QStringLiteral("Payment created"));
        QCOMPARE(imported.changesText(),
            QStringLiteral("Amount paid: (none) → €700.00\nAmount paid: (none) → €300.50"));
        QCOMPARE(undone.what(), QStringLiteral("Payment deleted"));
        QCOMPARE(undone.changesText(),
            QStringLiteral("Amount paid: €700.00 → (none)\nAmount paid: €300.50 → (none)"));
    }

    void oneStepIsOneGroupAndItsLinesShareTheStepOfItsFirstLine()
    {
        Database db;
        db.open(demoFile());
        const qint64 grant
            = Query(db, QStringLiteral("SELECT MIN(id) FROM grant_award")).scalar().toLongLong();
        RecordService(db).setValues(QStringLiteral("grant_award"), grant,
            { { QStringLiteral("decision_reference"), QStringLiteral("REF-1") },
                { QStringLiteral("conditions"), QStringLiteral("Rapport d’étape") } });
        Query q(db,
            QStringLiteral("SELECT id, step, scope, scope_id FROM audit_log WHERE step = (SELECT "
                           "MAX(step) FROM audit_log) ORDER BY id"));
        q.exec();
        QList<qint64> ids;
        while (q.next()) {
            ids << q.value(0).toLongLong();
            QCOMPARE(q.value(1).toLongLong(), ids.constFirst());
            QCOMPARE(q.value(2).toString(), QStringLiteral("grant_award"));
            QCOMPARE(q.value(3).toLongLong(), grant);
        }
        QCOMPARE(ids.size(), 2);
        const HistoryStep last
            = HistoryService(db).steps(HistoryService::Scope::Grant, grant).constLast();
        QCOMPARE(last.changes.size(), 2);
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
