// SPDX-License-Identifier: GPL-3.0-or-later
// Juror mode (issue "In the room", point 5): a juror pack opened in the window, through
// File › Open and through `tremplin --pack`, scored with the keyboard, an off-scale value
// refused, saved, opened again, and merged into the programme file by the core; a locked pack
// asks its passphrase and stays locked; the Jury workspace's Progress tab writes paper score
// sheets and decision letters (issue points 4 and 6).
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/types.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/packs/jurorpack.h"
#include "core/packs/packcrypto.h"
#include "core/reports/decisionletters.h"
#include "core/services/initiativeservice.h"
#include "core/services/jurydecisionservice.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"
#include "juryfixture.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/document.h"
#include "ui/jury/jurormodemodel.h"
#include "ui/jury/jurormodewindow.h"
#include "ui/jury/jurypage.h"
#include "ui/jury/juryprogressmodels.h"
#include "ui/jury/juryprogresstab.h"
#include "ui/jury/juryscoregrid.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

using namespace tremplin;

namespace {

using test::press;
using test::type;

JurorModeWindow *jurorWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *juror = qobject_cast<JurorModeWindow *>(w); juror && juror->isVisible())
            return juror;
    }
    return nullptr;
}

} // namespace

class TestJurorMode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Translations m_translations;
    std::unique_ptr<Database> m_db;
    QString m_path;
    int m_file = 0;
    QHash<QString, qint64> m_app;
    QHash<QString, qint64> m_member;
    qint64 m_session = 0;
    qint64 m_a = 0;
    qint64 m_b = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    qint64 app(const char *name) const { return m_app.value(QLatin1String(name)); }
    qint64 member(const char *name) const { return m_member.value(QLatin1String(name)); }

    /// A programme file with applications P, Q, R, a session "Jury 2026" (0 to 5 by 0.5,
    /// criteria A ×2 and B) with jurors E1, E2 and C1, everything assigned, E2 in conflict
    /// with R.
    void makeFile(const QString &file)
    {
        m_db = std::make_unique<Database>();
        m_db->create(file);
        m_path = file;
        const test::JuryPackFixture f = test::JuryPackFixture::make(*m_db);
        m_app = f.app;
        m_member = f.member;
        m_session = f.session;
        m_a = f.a;
        m_b = f.b;
    }

    QString exportPack(const char *juror, const QString &passphrase = {})
    {
        const QString file
            = path(QStringLiteral("%1-%2.tremplin-pack").arg(QLatin1String(juror)).arg(++m_file));
        JurorPackService(*m_db).exportPack(m_session, member(juror), file, passphrase);
        return file;
    }

    /// Scores P (A 3.5, B 4) and comments it in @p w with the keyboard; 7 is refused inline.
    void scoreWithKeys(JurorModeWindow *w)
    {
        QAbstractItemModelTester tester(w->model());
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->activateWindow();
        w->view()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), w->view());
        const QModelIndex first = w->view()->currentIndex();
        QCOMPARE(first.row(), 0);
        QCOMPARE(first.column(), 0);
        QCOMPARE(w->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("P"));

        // 7 is off the scale: said under the grid, the editor stays open, nothing written.
        type(QStringLiteral("7"));
        press(Qt::Key_Tab);
        QVERIFY2(w->message().contains(QStringLiteral("5")), qPrintable(w->message()));
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QCOMPARE(w->pack().score(app("P"), m_a), std::nullopt);
        // 3.3 is off the step.
        type(QStringLiteral("3.3"));
        press(Qt::Key_Tab);
        QVERIFY(!w->message().isEmpty());
        QCOMPARE(w->pack().score(app("P"), m_a), std::nullopt);
        type(QStringLiteral("3.5"));
        press(Qt::Key_Tab);
        QCOMPARE(w->pack().score(app("P"), m_a), std::optional<double>(3.5));
        QVERIFY(w->isWindowModified());
        // Tab went on to B; then the total is skipped and the comment comes.
        QCOMPARE(w->view()->currentIndex().column(), 1);
        type(QStringLiteral("4"));
        press(Qt::Key_Tab);
        QCOMPARE(w->view()->currentIndex().column(), w->model()->commentColumn());
        type(QStringLiteral("Solide"));
        press(Qt::Key_Return);
        QCOMPARE(w->pack().comment(app("P")), QStringLiteral("Solide"));
        // (2 × 3.5 + 4) / 3
        QCOMPARE(w->model()->index(0, w->model()->totalColumn()).data().toString(),
            QLocale().toString(11.0 / 3, 'f', 2));

        // Undo within the window, then redo.
        QTest::keyClick(w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w->pack().comment(app("P")), QString());
        QAction *redo = test::menuAction(*w, QKeySequence::Redo);
        QVERIFY(redo && redo->isEnabled());
        redo->trigger();
        QCOMPARE(w->pack().comment(app("P")), QStringLiteral("Solide"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.install(QStringLiteral("en"))); }
    void init() { makeFile(path(QStringLiteral("programme%1.sqlite").arg(++m_file))); }
    void cleanup()
    {
        QList<QPointer<JurorModeWindow>> windows;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *juror = qobject_cast<JurorModeWindow *>(w))
                windows.append(juror);
        }
        for (const QPointer<JurorModeWindow> &w : windows)
            delete w.data();
        m_db.reset();
    }

    void fileOpenOffersJurorModeAndTheScoresComeBackIntoTheProgrammeFile()
    {
        const QString pack = exportPack("E1");
        const QByteArray programmeBefore = test::fileHash(m_path);
        MainWindow main(m_translations);
        main.show();
        QAction *open = test::menuAction(main, QKeySequence::Open);
        QVERIFY(open);
        QString offered;
        test::answerFileDialog(pack);
        test::onNextModal<QMessageBox>([&](QMessageBox *box) {
            offered = box->text();
            QTest::mouseClick(
                box->findChild<QPushButton *>(QStringLiteral("openJurorMode")), Qt::LeftButton);
        });
        open->trigger();
        QVERIFY2(offered.contains(QStringLiteral("juror pack")), qPrintable(offered));
        JurorModeWindow *w = jurorWindow();
        QVERIFY(w);
        QCOMPARE(w->windowTitle(), QStringLiteral("Juror pack — E1 — Jury 2026[*]"));
        // Only the juror's applications: E1 has P, Q and R; what the pack shows of one.
        QCOMPARE(w->model()->rowCount(), 3);
        const QString details
            = w->findChild<QTextBrowser *>(QStringLiteral("jurorModeApplication"))->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Projet P")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Les Jardins partagés")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("1001")), qPrintable(details));
        QVERIFY2(details.contains(QLocale().toString(15000)), qPrintable(details));

        scoreWithKeys(w);
        QCOMPARE(JurorPack::open(pack)->score(app("P"), m_a), std::nullopt); // not saved yet
        // Ctrl+S saves; the window is clean again.
        QTest::keyClick(w, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!w->isWindowModified());
        w->close();
        QVERIFY(!jurorWindow());

        // Opened again: the scores are there, the pack still intact.
        {
            const auto reopened = JurorPack::open(pack);
            QCOMPARE(reopened->score(app("P"), m_a), std::optional<double>(3.5));
            QCOMPARE(reopened->score(app("P"), m_b), std::optional<double>(4));
            QCOMPARE(reopened->comment(app("P")), QStringLiteral("Solide"));
            QVERIFY(reopened->isIntact());
        }
        // The programme file was not touched by juror mode; the coordinator merges the pack.
        QCOMPARE(test::fileHash(m_path), programmeBefore);
        JurorPackService packs(*m_db);
        const PackMerge merge = packs.read(pack);
        QVERIFY(merge.conflicts.isEmpty());
        QVERIFY(packs.apply(merge) > 0);
        JuryService jury(*m_db);
        QCOMPARE(jury.score(member("E1"), app("P"), m_a), std::optional<double>(3.5));
        QCOMPARE(jury.score(member("E1"), app("P"), m_b), std::optional<double>(4));
    }

    void closingWithUnsavedScoresAsksFirst()
    {
        const QString pack = exportPack("C1");
        QString error;
        JurorModeWindow *w = JurorModeWindow::open(pack, nullptr, &error);
        QVERIFY2(w, qPrintable(error));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->view()->setFocus();
        type(QStringLiteral("2"));
        press(Qt::Key_Tab);
        QVERIFY(w->isWindowModified());
        // Cancel keeps the window; Save writes and closes.
        test::onNextModal<QMessageBox>([](QMessageBox *box) {
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        w->close();
        QVERIFY(w->isVisible());
        test::onNextModal<QMessageBox>([](QMessageBox *box) {
            QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
        });
        w->close();
        QVERIFY(!jurorWindow());
        QCOMPARE(JurorPack::open(pack)->score(app("P"), m_a), std::optional<double>(2));
    }

    void aLockedPackAsksItsPassphraseAndStaysLocked()
    {
        const QString pack = exportPack("E2", QStringLiteral("correct horse"));
        QStringList asked;
        // A wrong passphrase is said, and asked again.
        test::onNextModal<QInputDialog>([&asked](QInputDialog *dialog) {
            asked.append(dialog->labelText());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("wrong horse"));
            test::clickDialogButton(dialog, QDialogButtonBox::Ok);
            test::onNextModal<QInputDialog>([&asked](QInputDialog *again) {
                asked.append(again->labelText());
                QTest::keyClicks(again->findChild<QLineEdit *>(), QStringLiteral("correct horse"));
                test::clickDialogButton(again, QDialogButtonBox::Ok);
            });
        });
        QString error;
        JurorModeWindow *w = JurorModeWindow::open(pack, nullptr, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.at(0).contains(QStringLiteral("passphrase")), qPrintable(asked.at(0)));
        QVERIFY2(asked.at(1).contains(QStringLiteral("wrong")), qPrintable(asked.at(1)));
        // E2 is in conflict with R: the pack has P and Q only.
        QCOMPARE(w->model()->rowCount(), 2);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->view()->setFocus();
        // Ctrl+S while the score is still being typed: it is written, then saved.
        type(QStringLiteral("4.5"));
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        press(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!w->isWindowModified());
        w->close();

        QFile file(pack);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(packcrypto::isEncrypted(file.read(packcrypto::MagicSize)));
        QVERIFY_THROWS_EXCEPTION(Error, JurorPack::open(pack));
        QCOMPARE(JurorPack::open(pack, QStringLiteral("correct horse"))->score(app("P"), m_a),
            std::optional<double>(4.5));
    }

    void theCommandLineOpensAPackInJurorMode()
    {
        const QString pack = exportPack("E1");
        QProcess gui;
        gui.start(QStringLiteral(TREMPLIN_GUI_PATH),
            { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--pack"), pack,
                QStringLiteral("--quit-after-first-paint") });
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY2(gui.readAllStandardOutput().contains("first-paint-ms"),
            gui.readAllStandardError().constData());
        // A programme file given to --pack is refused with the reason.
        gui.start(QStringLiteral(TREMPLIN_GUI_PATH),
            { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--pack"), m_path,
                QStringLiteral("--quit-after-first-paint") });
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 1);
        QVERIFY2(gui.readAllStandardError().contains("not a juror pack"), "no reason given");
    }

    void theProgressTabWritesScoreSheetsAndDecisionLetters()
    {
        // P selected, Q not selected; R has no decision.
        for (const auto &[key, outcome] :
            { std::pair { "P", "selected" }, std::pair { "Q", "not_selected" } }) {
            Query(*m_db,
                QStringLiteral("INSERT INTO jury_decision (session_id, initiative_id, outcome, "
                               "reason, decided_at, rank) VALUES (?, ?, ?, 'Raison', "
                               "'2026-06-12T10:00:00', 1)"))
                .bindAll(m_session, app(key), QString::fromLatin1(outcome))
                .exec();
        }
        m_db.reset();
        MainWindow w(m_translations);
        QString error;
        QVERIFY2(w.openDatabase(m_path, &error), qPrintable(error));
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.document()->database().integrity() == Database::Integrity::Sound);
        w.showWorkspace(MainWindow::Jury);
        auto *page = qobject_cast<JuryPage *>(w.workspaceWidget(MainWindow::Jury));
        QVERIFY(page);
        page->showSession(m_session);
        JuryProgressTab *tab = page->progressTab();
        page->tabs()->setCurrentWidget(tab);
        QAbstractItemModelTester progressTester(tab->progressModel());
        QAbstractItemModelTester missingTester(tab->missingModel());
        auto *sheets = tab->findChild<QPushButton *>(QStringLiteral("juryScoreSheets"));
        auto *letters = tab->findChild<QPushButton *>(QStringLiteral("juryDecisionLetters"));
        QVERIFY(sheets && sheets->isEnabled());
        QVERIFY(letters && letters->isEnabled());

        // Every juror's sheets in one PDF.
        const QString all = path(QStringLiteral("all-sheets.pdf"));
        test::answerFileDialog(all);
        QTest::mouseClick(sheets, Qt::LeftButton);
        QVERIFY2(tab->outcome().contains(QStringLiteral("3 jurors")), qPrintable(tab->outcome()));
        const QString allText = test::pdfText(all);
        for (const char *juror : { "E1", "E2", "C1" })
            QVERIFY2(allText.contains(QLatin1String(juror)), juror);

        // The juror chosen under Missing scores: E2 alone, without R (a conflict of interest).
        auto *filter = tab->findChild<QComboBox *>(QStringLiteral("juryMissingFilter"));
        filter->setCurrentIndex(filter->findText(QStringLiteral("E2")));
        const QString one = path(QStringLiteral("e2-sheets.pdf"));
        test::answerFileDialog(one);
        QTest::mouseClick(sheets, Qt::LeftButton);
        QVERIFY2(tab->outcome().contains(QStringLiteral("of E2")), qPrintable(tab->outcome()));
        const QString oneText = test::pdfText(one);
        QVERIFY(oneText.contains(QStringLiteral("E2")));
        QVERIFY(!oneText.contains(QStringLiteral("C1")));
        QVERIFY(oneText.contains(QStringLiteral("Projet P"))
            || oneText.contains(QStringLiteral(" P ")));

        // The letters: one per decided application and the CSV; R is named as undecided.
        const QString folder = path(QStringLiteral("letters"));
        QVERIFY(QDir().mkpath(folder));
        test::answerFileDialog(folder);
        QTest::mouseClick(letters, Qt::LeftButton);
        const QString said = tab->outcome();
        QVERIFY2(said.contains(QStringLiteral("2 decision letters")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("without a decision: R")), qPrintable(said));
        const QStringList pdfs
            = QDir(folder).entryList({ QStringLiteral("*.pdf") }, QDir::Files, QDir::Name);
        QCOMPARE(pdfs.size(), 2);
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(DecisionLetters::csvFileName())));
        QString lettersText;
        for (const QString &pdf : pdfs)
            lettersText += test::pdfText(QDir(folder).filePath(pdf));
        QVERIFY(lettersText.contains(QStringLiteral("1001")));
        QVERIFY(lettersText.contains(QStringLiteral("1002")));
    }
};

QTEST_MAIN(TestJurorMode)
#include "tst_jurormode.moc"
