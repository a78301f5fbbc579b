// SPDX-License-Identifier: GPL-3.0-or-later
// The Committees workspace as a coordinator uses it: a committee created, a member and an
// initiative added, a funding decision recorded (its grants appear in the Grants ledger with
// their references), undone in one step from Edit › Undo, amended with its history kept; the
// committee's rules in core; the meeting papers' document model and the command line.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/reports/committeebrief.h"
#include "core/services/committeeservice.h"
#include "core/services/directoryservice.h"
#include "core/services/grantledger.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "modaldialogs.h"
#include "ui/committees/agendamodel.h"
#include "ui/committees/committeedecisionslist.h"
#include "ui/committees/committeespage.h"
#include "ui/committees/decisiondialog.h"
#include "ui/document.h"
#include "ui/forms/referencepicker.h"
#include "ui/grants/grantspage.h"
#include "ui/mainwindow.h"
#include "ui/models/grantledgermodel.h"
#include "ui/models/recordtablemodel.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelinepage.h"
#include "ui/timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QtTest>

using namespace tremplin;

namespace {
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

qint64 idOf(Database &db, const QString &sql, const QVariant &value)
{
    return Query(db, sql).bindAll(value).scalar().toLongLong();
}

/// The demo with what a coordinator sets up first: the default tranche scheme (seed 80 000 €
/// and a second tranche of 60 000 €), a default funding source and a person of the directory.
void prepare(Database &db)
{
    writeDemoProgramme(db);
    RecordService records(db);
    const qint64 programme = ProgrammeService(db).programmes().constFirst().id;
    // The demo may already hold them (it is written through the services).
    if (!records
             .value(QStringLiteral("programme"), QStringLiteral("default_funding_source_id"),
                 programme)
             .toLongLong())
        records.setValue(QStringLiteral("programme"), QStringLiteral("default_funding_source_id"),
            programme,
            Query(db, QStringLiteral("SELECT MIN(id) FROM funding_source")).scalar().toLongLong());
    if (idOf(db, QStringLiteral("SELECT COUNT(*) FROM programme_tranche WHERE programme_id = ?"),
            programme)
        == 0) {
        records.insert(QStringLiteral("programme_tranche"),
            { { QStringLiteral("programme_id"), programme }, { QStringLiteral("position"), 1 },
                { QStringLiteral("tranche"), QStringLiteral("seed") },
                { QStringLiteral("amount_cents"), 8000000 } });
        records.insert(QStringLiteral("programme_tranche"),
            { { QStringLiteral("programme_id"), programme }, { QStringLiteral("position"), 2 },
                { QStringLiteral("tranche"), QStringLiteral("second") },
                { QStringLiteral("amount_cents"), 6000000 },
                { QStringLiteral("conditions"), QStringLiteral("Report on Phase 2") } });
    }
    DirectoryService directory(db);
    Administration dinum;
    dinum.name = QStringLiteral("Direction interministérielle du numérique");
    dinum.shortName = QStringLiteral("DINUM");
    Person person;
    person.fullName = QStringLiteral("Claire Dubreuil");
    person.administrationId = directory.createAdministration(dinum);
    directory.createPerson(person);
}

/// The Edit menu's action with this standard shortcut (its text names the step to undo).
QAction *editAction(QMainWindow &w, QKeySequence::StandardKey key)
{
    for (QAction *m : w.menuBar()->actions()) {
        if (m->text() != QStringLiteral("&Edit") || !m->menu())
            continue;
        for (QAction *a : m->menu()->actions()) {
            if (a->shortcut() == QKeySequence(key))
                return a;
        }
    }
    return nullptr;
}

void clickRow(QTableView *view, int row, int column = 1)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

int grantsWithReference(GrantLedgerModel *ledger, const QString &reference)
{
    int n = 0;
    for (int r = 0; r < ledger->rowCount(); ++r) {
        if (ledger->index(r, GrantLedger::Decision).data().toString().startsWith(reference))
            ++n;
    }
    return n;
}
} // namespace

class TestCommittees : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Translations m_translations;
    int m_n = 0;

    QString preparedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n));
        Database db;
        db.create(path);
        prepare(db);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void aCommitteeFundsAnInitiativeInOneUndoStepAndAnAmendmentKeepsTheHistory()
    {
        MainWindow w(m_translations);
        QString error;
        QVERIFY2(w.openDatabase(preparedFile(), &error), qPrintable(error));
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showWorkspace(MainWindow::Committees);
        auto *page = qobject_cast<CommitteesPage *>(w.workspaceWidget(MainWindow::Committees));
        QVERIFY(page);
        Database &db = w.document()->database();
        QAbstractItemModelTester committeesTester(
            page->committeesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester membersTester(
            page->membersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester agendaTester(
            page->agendaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Writes wait for the file's check, as the window does.
        QTRY_VERIFY(db.integrity() == Database::Integrity::Sound);
        // A new committee, its reference prefix typed in its row.
        const int before = page->committeesModel()->rowCount();
        QTest::mouseClick(page->newCommitteeButton(), Qt::LeftButton);
        QVERIFY2(page->committeesModel()->rowCount() == before + 1,
            qPrintable(page->problemLabel()->text()));
        const qint64 committee = page->currentCommittee();
        QVERIFY(committee > 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        const int prefixColumn = 5;
        QCOMPARE(page->committeesModel()->column(prefixColumn), QStringLiteral("reference_prefix"));
        const QModelIndex prefix = page->committeesModel()->index(
            page->committeesModel()->rowOf(committee), prefixColumn);
        page->committeesView()->setCurrentIndex(prefix);
        page->committeesView()->setFocus();
        QTest::keyClick(page->committeesView(), Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        editor->selectAll();
        typeText(editor, QStringLiteral("AIC-2027-CA"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(CommitteeService(db).committee(committee).referencePrefix,
            QStringLiteral("AIC-2027-CA"));

        // A member chosen from the directory, with her administration.
        page->memberPicker()->setFocus();
        typeText(page->memberPicker(), QStringLiteral("dubr"));
        QTRY_VERIFY(page->memberPicker()->choiceCompleter()->popup()->isVisible());
        QAbstractItemView *popup = page->memberPicker()->choiceCompleter()->popup();
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTest::mouseClick(page->addMemberButton(), Qt::LeftButton);
        QCOMPARE(page->membersModel()->rowCount(), 1);
        QCOMPARE(
            page->membersModel()->index(0, 0).data().toString(), QStringLiteral("Claire Dubreuil"));
        QVERIFY(page->membersModel()->index(0, 2).data().toString().contains(
            QStringLiteral("numérique")));
        QCOMPARE(page->membersModel()->index(0, 1).data().toString(), QStringLiteral("Member"));
        // Attendance is a check box: the space bar marks her absent, undoably.
        const QModelIndex attended = page->membersModel()->index(0, 3);
        QCOMPARE(attended.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        page->membersView()->setCurrentIndex(attended);
        page->membersView()->setFocus();
        QTest::keyClick(page->membersView(), Qt::Key_Space);
        QCOMPARE(
            page->membersModel()->index(0, 3).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(RecordService(db)
                     .value(QStringLiteral("committee_member"), QStringLiteral("attended"),
                         page->membersModel()->idAt(0))
                     .toInt(),
            0);
        editAction(w, QKeySequence::Undo)->trigger();
        QCOMPARE(
            page->membersModel()->index(0, 3).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // An initiative on the agenda.
        const int choices = page->candidateCombo()->count();
        QVERIFY(choices > 0);
        page->candidateCombo()->setFocus();
        typeText(page->candidateCombo()->lineEdit(), QStringLiteral("Vikidia"));
        QTest::mouseClick(page->addAgendaButton(), Qt::LeftButton);
        QCOMPARE(page->agendaModel()->rowCount(), 1);
        QCOMPARE(page->candidateCombo()->count(), choices - 1);
        const qint64 vikidia
            = page->agendaModel()->index(0, 0).data(AgendaModel::InitiativeIdRole).toLongLong();
        QCOMPARE(page->agendaModel()->index(0, AgendaModel::Initiative).data().toString(),
            QStringLiteral("Vikidia"));

        // A funding decision: the tranches come from the programme's default scheme.
        clickRow(page->agendaView(), 0);
        QVERIFY(page->decideButton()->isEnabled());
        const int undoBefore = w.document()->undoStack().count();
        bool dialogSeen = false;
        test::onNextModal<DecisionDialog>([&dialogSeen](DecisionDialog *d) {
            // A failed check leaves the lambda early: the dialog must not stay open.
            const auto closeOnFailure = qScopeGuard([d] {
                if (d->isVisible())
                    d->reject();
            });
            dialogSeen = true;
            d->kindCombo()->setCurrentIndex(d->kindCombo()->findData(int(DecisionKind::Fund)));
            QCOMPARE(d->tranchesTable()->rowCount(), 2);
            // No reason yet: refused, the dialog stays open and says why.
            test::clickDialogButton(d, QDialogButtonBox::Ok);
            QVERIFY(d->isVisible());
            QVERIFY(d->problemLabel()->text().contains(QStringLiteral("reason")));
            d->reasonEdit()->setFocus();
            typeText(d->reasonEdit(), QStringLiteral("Strong Phase 1 results"));
            // A sponsor engaged with the decision: the directorate, with its commitment.
            d->sponsorAdministration()->setFocus();
            typeText(d->sponsorAdministration(), QStringLiteral("interminis"));
            QTRY_VERIFY(d->sponsorAdministration()->choiceCompleter()->popup()->isVisible());
            QAbstractItemView *offered = d->sponsorAdministration()->choiceCompleter()->popup();
            QTest::keyClick(offered, Qt::Key_Down);
            QTest::keyClick(offered, Qt::Key_Return);
            QVERIFY(d->sponsorAdministration()->id() > 0);
            d->sponsorCommitment()->setFocus();
            typeText(d->sponsorCommitment(), QStringLiteral("Opens its data catalogue"));
            QTest::mouseClick(d->addSponsorButton(), Qt::LeftButton);
            QCOMPARE(d->sponsorsList()->count(), 1);
            test::clickDialogButton(d, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(page->decideButton(), Qt::LeftButton);
        QVERIFY(dialogSeen);
        QCOMPARE(w.document()->undoStack().count(), undoBefore + 1);
        QCOMPARE(page->agendaModel()->index(0, AgendaModel::Reference).data().toString(),
            QStringLiteral("AIC-2027-CA-1"));
        QVERIFY(page->details()->toPlainText().contains(QStringLiteral("AIC-2027-CA-1-T2")));
        QVERIFY(
            page->details()->toPlainText().contains(QStringLiteral("Opens its data catalogue")));

        // The initiative's brief for the committee, saved as PDF from the workspace.
        const QString brief = m_dir.filePath(QStringLiteral("brief.pdf"));
        test::answerFileDialog(brief);
        QTest::mouseClick(page->briefPdfButton(), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(brief));
        const CommitteeBrief one = CommitteeBrief::initiative(db, committee, vikidia);
        QCOMPARE(one.sections().size(), 1);
        QVERIFY(one.sections().constFirst().html.contains(QStringLiteral("AIC-2027-CA-1-T2")));

        // Both grants are in the Grants ledger with their references.
        w.showWorkspace(MainWindow::Grants);
        GrantLedgerModel *ledger = w.grantsPage()->ledgerModel();
        QTRY_COMPARE(grantsWithReference(ledger, QStringLiteral("AIC-2027-CA-1")), 2);

        // Edit › Undo takes the decision and both grants away at once.
        QAction *undo = editAction(w, QKeySequence::Undo);
        QVERIFY(undo);
        undo->trigger();
        QTRY_COMPARE(grantsWithReference(ledger, QStringLiteral("AIC-2027-CA-1")), 0);
        QCOMPARE(idOf(db, QStringLiteral("SELECT COUNT(*) FROM decision WHERE committee_id = ?"),
                     committee),
            0);
        // Redo puts everything back with the same reference.
        QAction *redo = editAction(w, QKeySequence::Redo);
        QVERIFY(redo);
        redo->trigger();
        QTRY_COMPARE(grantsWithReference(ledger, QStringLiteral("AIC-2027-CA-1")), 2);

        // Amended with a reason: the history is shown under the decision.
        w.showWorkspace(MainWindow::Committees);
        clickRow(page->agendaView(), 0);
        QVERIFY(page->amendButton()->isEnabled());
        dialogSeen = false;
        test::onNextModal<DecisionDialog>([&dialogSeen](DecisionDialog *d) {
            // A failed check leaves the lambda early: the dialog must not stay open.
            const auto closeOnFailure = qScopeGuard([d] {
                if (d->isVisible())
                    d->reject();
            });
            dialogSeen = true;
            d->kindCombo()->setCurrentIndex(d->kindCombo()->findData(int(DecisionKind::Defer)));
            d->whyEdit()->setFocus();
            typeText(d->whyEdit(), QStringLiteral("Budget not yet voted"));
            test::clickDialogButton(d, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(page->amendButton(), Qt::LeftButton);
        QVERIFY(dialogSeen);
        QTRY_VERIFY(
            page->details()->toPlainText().contains(QStringLiteral("Budget not yet voted")));
        QVERIFY(page->details()->toPlainText().contains(QStringLiteral("was Fund")));
        QVERIFY(page->agendaModel()
                    ->index(0, AgendaModel::Decision)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Defer")));
        undo->trigger();
        QTRY_VERIFY(
            !page->details()->toPlainText().contains(QStringLiteral("Budget not yet voted")));
        QVERIFY(page->agendaModel()
                    ->index(0, AgendaModel::Decision)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Fund")));
        redo->trigger();

        // The initiative's form lists the decision.
        CommitteeDecisionsList list(*w.document(), vikidia);
        QAbstractItemModelTester listTester(
            list.tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool found = false;
        for (int i = 0; i < list.tree()->topLevelItemCount(); ++i)
            found |= list.tree()->topLevelItem(i)->text(3) == QStringLiteral("AIC-2027-CA-1");
        QVERIFY(found);
    }

    void theTimelineShowsEachCommitteeAsAMilestoneOfTheProgramme()
    {
        Document doc;
        doc.database().create(m_dir.filePath(QStringLiteral("timeline.sqlite")));
        prepare(doc.database());
        TimelinePage page;
        page.setDocument(&doc);
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModelTester tester(
            page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->committees().size(), 1);
        // A committee created is on the timeline at once, without a phase of its own.
        CommitteeRecord c;
        c.programmeId = ProgrammeService(doc.database()).programmes().constFirst().id;
        c.kind = CommitteeKind::Engagement;
        c.name = QStringLiteral("Engagement committee");
        c.heldOn = QDate(2022, 12, 6);
        CommitteeService(doc.database()).createCommittee(c);
        QCOMPARE(page.model()->committees().size(), 2);
        auto *fit = page.findChild<QToolButton *>(QStringLiteral("timelineFitAll"));
        QVERIFY(fit);
        QTest::mouseClick(fit, Qt::LeftButton);
        TimelineView *view = page.view();
        const QPoint at(qRound(view->xForDate(c.heldOn)), TimelineView::HeaderHeight / 3);
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Committee: Engagement committee")),
            qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void theRulesAreCheckedInCore()
    {
        Database db;
        db.create(m_dir.filePath(QStringLiteral("rules.sqlite")));
        prepare(db);
        CommitteeService committees(db);
        CommitteeRecord c;
        c.programmeId = ProgrammeService(db).programmes().constFirst().id;
        c.promotionId = ProgrammeService(db).promotions().constFirst().id;
        c.kind = CommitteeKind::Engagement;
        c.name = QStringLiteral("Engagement committee");
        c.heldOn = QDate(2022, 12, 1);
        c.referencePrefix = QStringLiteral("AIC-2022-CE");
        const qint64 id = committees.createCommittee(c);
        const qint64 initiative = idOf(db,
            QStringLiteral("SELECT id FROM initiative WHERE name = ?"), QStringLiteral("Ma Dada"));
        DecisionRequest d { id, initiative, DecisionKind::Fund, QStringLiteral("Deployment"), 0,
            { { TrancheKind::Deployment, Money::fromCents(5000000), 0, QString() } }, {}, {} };
        auto refused = [&](const DecisionRequest &r, const QString &part) {
            try {
                committees.recordDecision(r);
            } catch (const Error &e) {
                return e.message().contains(part);
            }
            return false;
        };
        QVERIFY(refused(d, QStringLiteral("not on this committee's agenda")));
        committees.addToAgenda(id, initiative, QStringLiteral("Deployment funding"));
        DecisionRequest stop = d;
        stop.kind = DecisionKind::Stop;
        QVERIFY(refused(stop, QStringLiteral("Only a funding decision")));
        DecisionRequest zero = d;
        zero.tranches.first().amount = Money();
        QVERIFY(refused(zero, QStringLiteral("greater than zero")));
        DecisionRequest cont = d;
        cont.kind = DecisionKind::Continue;
        cont.tranches.clear();
        QVERIFY(refused(cont, QStringLiteral("Choose the phase")));
        // A phase of another programme's promotion... here, of no promotion at all.
        ProgrammeService programmes(db);
        Phase other;
        other.programmeId = c.programmeId;
        other.kind = PhaseKind::Accompaniment;
        other.name = QStringLiteral("Unrelated");
        cont.phaseId = programmes.createPhase(other);
        QVERIFY(refused(cont, QStringLiteral("committee's promotion")));
        QCOMPARE(
            idOf(db, QStringLiteral("SELECT COUNT(*) FROM decision WHERE committee_id = ?"), id),
            0);
        const DecisionOutcome out = committees.recordDecision(d);
        QCOMPARE(out.reference, QStringLiteral("AIC-2022-CE-1"));
        QCOMPARE(out.grantIds.size(), 1);
        QCOMPARE(committees.nextReference(id), QStringLiteral("AIC-2022-CE-2"));
        QVERIFY(refused(d, QStringLiteral("already decided")));
        // The previous committee of the promotion is the demo's acceleration committee.
        QVERIFY(committees.previousCommittee(id) > 0);
        // After the acceleration committee of 6 July, a "continue" goes into Phase 2 by default.
        QCOMPARE(committees.nextPhase(committees.previousCommittee(id)),
            idOf(db, QStringLiteral("SELECT id FROM phase WHERE name = ?"),
                QStringLiteral("Phase 2")));
    }

    void thePackHasItsSectionsAndATableOfContentsWithPageNumbers()
    {
        Database db;
        db.create(m_dir.filePath(QStringLiteral("pack.sqlite")));
        prepare(db);
        CommitteeService committees(db);
        const qint64 committee = committees.committees().constFirst().id;
        // The demo's committee has the nine laureates on its agenda (written through the
        // service), each with what is asked of it.
        QStringList names;
        for (const AgendaEntry &e : committees.agenda(committee))
            names << e.initiative;
        QCOMPARE(names.size(), 9);
        QCOMPARE(names.first(), QStringLiteral("Infoclimat"));
        CommitteeBrief pack = CommitteeBrief::pack(db, committee);
        const int pages = pack.layout();
        QStringList kinds;
        QList<CommitteeBrief::Section::Kind> order;
        for (const auto &s : pack.sections())
            order << s.kind;
        QCOMPARE(order.mid(0, 5),
            (QList<CommitteeBrief::Section::Kind> { CommitteeBrief::Section::Cover,
                CommitteeBrief::Section::Agenda, CommitteeBrief::Section::Contents,
                CommitteeBrief::Section::Interests, CommitteeBrief::Section::PreviousActions }));
        QCOMPARE(pack.sections().size(), 5 + names.size());
        // The briefs in agenda order, each one or two pages.
        for (int i = 0; i < names.size(); ++i) {
            const auto &s = pack.sections().at(5 + i);
            QVERIFY2(s.title.endsWith(names.at(i)), qPrintable(s.title));
            QVERIFY(s.html.contains(QStringLiteral("Poursuite en phase 2")));
            QVERIFY(s.pageCount >= 1 && s.pageCount <= 2);
        }
        // The contents list every section after the cover but itself, at its first page.
        QCOMPARE(pack.contents().size(), 3 + names.size());
        QCOMPARE(pack.contents().at(0).title, QStringLiteral("Agenda"));
        QCOMPARE(pack.contents().at(0).page, 2);
        int expected = 0;
        for (const auto &s : pack.sections()) {
            if (s.kind == CommitteeBrief::Section::Contents)
                QVERIFY(s.html.contains(QStringLiteral(">%1<").arg(pack.contents().last().page)));
            if (s.kind == CommitteeBrief::Section::InitiativeBrief)
                QCOMPARE(pack.contents().at(2 + (++expected)).page, s.firstPage);
            QVERIFY(s.firstPage >= 1);
        }
        QCOMPARE(pages, pack.sections().last().firstPage + pack.sections().last().pageCount - 1);
        // The register lists the demo committee's members, the chair with the DITP.
        QVERIFY(pack.sections().at(3).html.contains(QStringLiteral("Claire Lemaire")));
        QVERIFY(pack.sections().at(3).html.contains(
            QStringLiteral("Direction interministérielle de la transformation publique")));
        // A committee nobody sits on yet: the register says so.
        CommitteeRecord bare;
        bare.programmeId = committees.committee(committee).programmeId;
        bare.name = QStringLiteral("Bare");
        CommitteeBrief barePack = CommitteeBrief::pack(db, committees.createCommittee(bare));
        barePack.layout();
        QVERIFY(barePack.sections().at(3).html.contains(QStringLiteral("No member recorded")));

        // The PDF has as many pages as the model says.
        const QString pdf = m_dir.filePath(QStringLiteral("pack.pdf"));
        pack.writePdf(pdf);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r")
                     + bytes.count("/Type /Page ") + bytes.count("/Type /Page>")),
            pages);
    }

    void theCommandLineWritesThePackAndRefusesAnUnknownCommittee()
    {
        const QString file = preparedFile();
        const QString out = m_dir.filePath(QStringLiteral("cli-pack.pdf"));
        QProcess cli;
        cli.start(QStringLiteral(TREMPLIN_CLI_PATH),
            { QStringLiteral("report"), QStringLiteral("committee-brief"), QStringLiteral("--db"),
                file, QStringLiteral("--committee"), QStringLiteral("2022-07-06"),
                QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("fr") });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(QStringLiteral("page")));
        QVERIFY(QFile::exists(out));
        cli.start(QStringLiteral(TREMPLIN_CLI_PATH),
            { QStringLiteral("report"), QStringLiteral("committee-brief"), QStringLiteral("--db"),
                file, QStringLiteral("--committee"), QStringLiteral("1999-01-01"),
                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.pdf")) });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
        QVERIFY(
            QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("1999-01-01")));
    }
};

QTEST_MAIN(TestCommittees)
#include "tst_committees.moc"
