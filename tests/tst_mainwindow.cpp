// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/i18n/translations.h"
#include "core/services/records.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/committees/committeespage.h"
#include "ui/deferredrefresh.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/helpdialog.h"
#include "ui/dialogs/newprogrammewizard.h"
#include "ui/directory/directorylistmodel.h"
#include "ui/directory/directorypage.h"
#include "ui/directory/directorytab.h"
#include "ui/document.h"
#include "ui/grants/grantspage.h"
#include "ui/initiatives/initiativeform.h"
#include "ui/initiatives/initiativespage.h"
#include "ui/mainwindow.h"
#include "ui/models/grantledgermodel.h"
#include "ui/models/initiativelistmodel.h"
#include "ui/models/recordtablemodel.h"
#include "ui/programme/programmepage.h"
#include "ui/reports/reportspage.h"
#include "ui/settings.h"
#include "ui/startup.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelinepage.h"
#include "ui/workspaces/nofilepage.h"
#include "ui/workspaces/overviewpage.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QtTest>

using namespace tremplin;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    Translations m_translations;

    QAction *menuAction(QMainWindow &w, const QString &menuTitle, const QString &text)
    {
        for (QAction *m : w.menuBar()->actions()) {
            if (m->text() != menuTitle || !m->menu())
                continue;
            for (QAction *a : m->menu()->actions()) {
                if (a->text() == text)
                    return a;
            }
        }
        return nullptr;
    }

    /// Shows a workspace page on its own, on @p doc.
    template<typename Page> static bool showWith(Page &page, Document &doc)
    {
        page.setDocument(&doc);
        page.show();
        return QTest::qWaitForWindowExposed(&page);
    }

    /// A new file named @p name in the test's folder holding the demo programme.
    void createDemo(Document &doc, const QString &name)
    {
        doc.database().create(m_dir.filePath(name));
        writeDemoProgramme(doc.database());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_translations.install(QStringLiteral("en")));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        Database db;
        db.create(m_demo);
        writeDemoProgramme(db);
    }

    void opensOnTheDemoAndShowsItsFigures()
    {
        MainWindow w(m_translations);
        QString error;
        QVERIFY2(w.openDatabase(m_demo, &error), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.windowTitle().contains(QLatin1String("demo.sqlite")));
        const auto labels = w.statusBar()->findChildren<QLabel *>();
        bool statusNamesFile = false;
        for (QLabel *l : labels)
            statusNamesFile |= l->text().contains(QLatin1String("demo.sqlite"));
        QVERIFY(statusNamesFile);
        auto *overview = qobject_cast<OverviewPage *>(w.workspaceWidget(MainWindow::Overview));
        QVERIFY(overview);
        // The figures follow the first paint.
        QTRY_COMPARE(overview->summary().laureates, 9);
        QCOMPARE(overview->summary().initiatives, 9);
    }

    void everyWorkspaceCanBeShownFromTheViewMenuAndTheNavigation()
    {
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(m_demo));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), int(MainWindow::WorkspaceCount));
        QVERIFY(!nav->accessibleName().isEmpty());
        for (int ws = 0; ws < MainWindow::WorkspaceCount; ++ws) {
            // Keyboard: Ctrl+1..9.
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + ws), Qt::ControlModifier);
            QCOMPARE(int(w.currentWorkspace()), ws);
            QVERIFY(w.workspaceWidget(MainWindow::Workspace(ws))->isVisible());
            QCOMPARE(nav->currentRow(), ws);
            if (auto *page
                = qobject_cast<InitiativesPage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QCOMPARE(page->model()->rowCount(), 9);
                continue;
            }
            if (auto *page
                = qobject_cast<TimelinePage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QCOMPARE(page->model()->rowCount(), 9);
                continue;
            }
            if (auto *page
                = qobject_cast<GrantsPage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QTRY_COMPARE(
                    page->ledgerModel()->rowCount(), 14); // read after the workspace's first paint
                continue;
            }
            if (auto *page
                = qobject_cast<ReportsPage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QVERIFY(page->previewText().contains(QLatin1String("Vikidia")));
                continue;
            }
            if (auto *page
                = qobject_cast<CommitteesPage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QCOMPARE(page->committeesModel()->rowCount(), 1); // the demo's committee
                continue;
            }
            if (auto *page
                = qobject_cast<ProgrammePage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QCOMPARE(page->promotionsModel()->rowCount(), 1);
                QCOMPARE(page->phasesModel()->rowCount(), 8);
                continue;
            }
            if (auto *page
                = qobject_cast<DirectoryPage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QVERIFY(page->administrations()->model()->rowCount() > 0);
                continue;
            }
            // Placeholders say what will be there: a non-empty, visible text.
            const auto texts
                = w.workspaceWidget(MainWindow::Workspace(ws))->findChildren<QLabel *>();
            bool hasText = false;
            for (QLabel *l : texts)
                hasText |= l->isVisible() && l->text().size() > 20;
            QVERIFY2(hasText, qPrintable(nav->item(ws)->text()));
        }
        // Mouse: clicking a navigation entry switches too.
        for (const MainWindow::Workspace ws :
            { MainWindow::Grants, MainWindow::Overview, MainWindow::Timeline }) {
            const QRect r = nav->visualItemRect(nav->item(ws));
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, Qt::NoModifier, r.center());
            QCOMPARE(w.currentWorkspace(), ws);
        }
    }

    void undoAndRedoAreInTheEditMenuWithStandardShortcuts()
    {
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(m_demo));
        QAction *undo = menuAction(w, QStringLiteral("&Edit"), QStringLiteral("&Undo"));
        QAction *redo = menuAction(w, QStringLiteral("&Edit"), QStringLiteral("&Redo"));
        QVERIFY(undo);
        QVERIFY(redo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
        QVERIFY(!undo->isEnabled()); // nothing to undo yet
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("&New…")));
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("&Open…")));
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("Save a &Copy…")));
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("Open &Recent")));
        QVERIFY(menuAction(w, QStringLiteral("&Help"), QStringLiteral("&About Tremplin")));
    }

    void aRefusedFileLeavesTheCurrentOneOpen()
    {
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(m_demo));
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        test::writeRandomBytes(bad, 4096);
        const QByteArray before = test::fileHash(bad);
        QString error;
        QVERIFY(!w.openDatabase(bad, &error));
        QVERIFY(error.contains(QLatin1String("not a Tremplin database")));
        QCOMPARE(w.document()->path(), QFileInfo(m_demo).absoluteFilePath());
        QVERIFY(w.document()->database().isOpen());
        QCOMPARE(test::fileHash(bad), before);
    }

    void saveACopyAndNewFileWork()
    {
        // Through the File menu and its file dialogs, as a user does.
        MainWindow w(m_translations);
        w.show();
        QVERIFY(w.openDatabase(m_demo));
        QAction *saveCopy = menuAction(w, QStringLiteral("&File"), QStringLiteral("Save a &Copy…"));
        QAction *newFile = menuAction(w, QStringLiteral("&File"), QStringLiteral("&New…"));
        QVERIFY(saveCopy && newFile);
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        test::answerFileDialog(copy);
        saveCopy->trigger();
        QVERIFY(QFile::exists(copy));
        QCOMPARE(test::countRows(copy, QStringLiteral("initiative")), 9);
        QVERIFY(w.openDatabase(copy));
        auto *overview = qobject_cast<OverviewPage *>(w.workspaceWidget(MainWindow::Overview));
        QCOMPARE(overview->summary().laureates, 9);
        // File › New is the assistant: a name, Next to the last page, Create, then the file.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        test::onNextModal<NewProgrammeWizard>([fresh](NewProgrammeWizard *wizard) {
            QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("programmeName")),
                QStringLiteral("Fresh"));
            for (int page = 0; page < 3; ++page)
                QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
            test::answerFileDialog(fresh);
            QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        });
        newFile->trigger();
        QCOMPARE(w.document()->path(), QFileInfo(fresh).absoluteFilePath());
        QCOMPARE(overview->summary().initiatives, 0);
        // Recent files remember both, newest first.
        const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
        QCOMPARE(recent.value(0), QFileInfo(fresh).absoluteFilePath());
        QCOMPARE(recent.value(1), QFileInfo(copy).absoluteFilePath());
    }

    void ctrlFReachesTheSearchFromAnyWorkspace()
    {
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(m_demo));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QAction *find
            = menuAction(w, QStringLiteral("&Edit"), QStringLiteral("&Find Initiatives…"));
        QVERIFY(find);
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        for (int ws = 0; ws < MainWindow::WorkspaceCount; ++ws) {
            // From the navigation list, where the focus is at start-up, in every workspace.
            w.showWorkspace(MainWindow::Workspace(ws));
            nav->setFocus();
            QVERIFY(nav->hasFocus());
            QTest::keyClick(nav, Qt::Key_F, Qt::ControlModifier);
            QCOMPARE(w.currentWorkspace(), MainWindow::Initiatives);
            QVERIFY2(
                w.initiativesPage()->searchField()->hasFocus(), qPrintable(nav->item(ws)->text()));
        }
        // From inside the Initiatives list too, with the text selected so that typing replaces it.
        w.initiativesPage()->searchField()->setText(QStringLiteral("vikidia"));
        w.initiativesPage()->view()->setFocus();
        QTest::keyClick(w.initiativesPage()->view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(w.initiativesPage()->searchField()->hasFocus());
        QCOMPARE(w.initiativesPage()->searchField()->selectedText(), QStringLiteral("vikidia"));
    }

    void withNoFileOpenTheWindowSaysWhyAndOffersWhatToDo()
    {
        MainWindow w(m_translations);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString bad = m_dir.filePath(QStringLiteral("not-ours.sqlite"));
        test::writeRandomBytes(bad, 4096);
        QString error;
        QVERIFY(!w.openDatabase(bad, &error));
        // The page that stands in for the workspaces says why, and the commands that need a
        // file are off.
        QVERIFY(w.noFilePage()->isVisible());
        auto *reason = w.noFilePage()->findChild<QLabel *>(QStringLiteral("noFileReason"));
        QVERIFY(reason->isVisible());
        QCOMPARE(reason->text(), error);
        for (const auto &[menu, text] :
            { std::pair { QStringLiteral("&File"), QStringLiteral("Save a &Copy…") },
                std::pair { QStringLiteral("&Edit"), QStringLiteral("&Find Initiatives…") },
                std::pair { QStringLiteral("&Initiative"), QStringLiteral("&New Initiative") },
                std::pair { QStringLiteral("&Initiative"), QStringLiteral("&Delete…") },
                std::pair { QStringLiteral("&View"), QStringLiteral("Grants") } }) {
            QAction *a = menuAction(w, menu, text);
            QVERIFY2(a, qPrintable(text));
            QVERIFY2(!a->isEnabled(), qPrintable(text));
        }
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("&Open…"))->isEnabled());
        // Open the demo programme from the page: it is created in the data folder when missing.
        QFile::remove(defaultDatabasePath());
        QTest::mouseClick(w.noFilePage()->demoButton(), Qt::LeftButton);
        QTRY_VERIFY(w.document()->database().isOpen());
        QCOMPARE(w.document()->path(), QFileInfo(defaultDatabasePath()).absoluteFilePath());
        QVERIFY(!w.noFilePage()->isVisible());
        QVERIFY(w.workspaceWidget(w.currentWorkspace())->isVisible());
        QVERIFY(menuAction(w, QStringLiteral("&Initiative"), QStringLiteral("&New Initiative"))
                    ->isEnabled());
        QCOMPARE(test::countRows(defaultDatabasePath(), QStringLiteral("initiative")), 9);
    }

    void theHelpMenuShowsTheGuideAndTheShortcutsInTheInterfaceLanguage()
    {
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(m_demo));
        w.show();
        QAction *guide = menuAction(w, QStringLiteral("&Help"), QStringLiteral("User &Guide"));
        QAction *keys
            = menuAction(w, QStringLiteral("&Help"), QStringLiteral("&Keyboard Shortcuts"));
        QVERIFY(guide && keys);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guide->trigger();
        HelpDialog *help = w.helpDialog();
        QVERIFY(help && help->isVisible());
        QCOMPARE(help->currentPage(), HelpDialog::Guide);
        QVERIFY2(help->guide()->toPlainText().contains(QStringLiteral("Tremplin — user guide")),
            qPrintable(help->guide()->toPlainText().left(80)));
        keys->trigger();
        QCOMPARE(help->currentPage(), HelpDialog::Shortcuts);
        // The list is read from the window's own actions: what it says works.
        auto rowsWith = [help](const QString &keysText) {
            QStringList commands;
            for (int r = 0; r < help->shortcuts()->rowCount(); ++r)
                if (help->shortcuts()->item(r, 2)->text() == keysText)
                    commands << help->shortcuts()->item(r, 1)->text();
            return commands;
        };
        QCOMPARE(rowsWith(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)),
            QStringList { QStringLiteral("Find Initiatives") });
        QCOMPARE(rowsWith(QStringLiteral("Ctrl+5")), QStringList { QStringLiteral("Grants") });
        // The timeline's zoom buttons keep their standard shortcuts (a button's text with "&" used
        // to replace them with Alt+letter).
        QCOMPARE(rowsWith(QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)),
            QStringList { QStringLiteral("Zoom In") });
        w.setLanguage(QStringLiteral("fr"));
        QTRY_VERIFY(help->guide()->toPlainText().contains(
            QStringLiteral("Tremplin — guide d’utilisation")));
        QTRY_COMPARE(
            rowsWith(QStringLiteral("Ctrl+5")), QStringList { QStringLiteral("Subventions") });
        w.setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(help->guide()->toPlainText().contains(QStringLiteral("user guide")));
    }

    void qtsOwnDialogsSpeakFrenchAndTheAboutBoxSaysWhereTheirTranslationsCameFrom()
    {
        Translations translations;
        QVERIFY(translations.install(QStringLiteral("fr")));
        // Qt's catalogue (qt6-translations-l10n, installed by the quick start script) and the
        // strings it lacks, which Tremplin's own catalogue supplies.
        QVERIFY(translations.qtCatalogueLoaded());
        QCOMPARE(
            QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
        QCOMPARE(QCoreApplication::translate(
                     "QAbstractFileIconProvider", "Folder", "All other platforms"),
            QStringLiteral("Dossier"));
        QWidget parent;
        AboutDialog about(translations, &parent);
        QVERIFY(about.qtTranslationsText().contains(
            QDir::toNativeSeparators(Translations::qtCataloguePath())));
        QVERIFY(about.qtTranslationsText().contains(QStringLiteral("chargées")));
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void theWindowFitsA1366x768ScreenInEveryWorkspace()
    {
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
            QVERIFY(m_translations.install(language));
            // As at start-up on the workspace used last: Grants, the tallest.
            settings::currentWorkspace.set(MainWindow::Grants);
            MainWindow w(m_translations);
            QVERIFY(w.openDatabase(m_demo));
            w.resize(1100, 720);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            for (int ws = 0; ws < MainWindow::WorkspaceCount; ++ws) {
                w.showWorkspace(MainWindow::Workspace(ws));
                QCoreApplication::processEvents();
            }
            // A 768-pixel screen less a panel and the title bar: about 700 pixels for the window.
            const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
            QVERIFY2(minimum.height() <= 700,
                qPrintable(QStringLiteral("%1: %2").arg(language).arg(minimum.height())));
            QVERIFY2(minimum.width() <= 1366,
                qPrintable(QStringLiteral("%1: %2").arg(language).arg(minimum.width())));
            // The default window keeps its size: nothing pushes the status bar off the screen.
            QCOMPARE(w.size(), QSize(1100, 720));
        }
        QVERIFY(m_translations.install(QStringLiteral("en")));
        settings::currentWorkspace.set(MainWindow::Overview);
    }

    void theLanguageSwitchesAtRuntime()
    {
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(m_demo));
        w.show();
        // An open form and an open dialog follow too.
        w.showWorkspace(MainWindow::Initiatives);
        // Enter on the list's first row opens its form.
        QTableView *list = w.initiativesPage()->view();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        auto forms = w.initiativesPage()->findChildren<InitiativeForm *>();
        QCOMPARE(forms.size(), 1);
        InitiativeForm *form = forms.constFirst();
        auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Identity"));
        AboutDialog about(&w);
        about.show();
        QCOMPARE(about.windowTitle(), QStringLiteral("About Tremplin"));
        auto *header = w.initiativesPage()->view()->model();
        QCOMPARE(header->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("&Open…")));
        // The View menu's language entries, as a user chooses them.
        auto chooseLanguage = [&w](const QString &code) {
            for (QAction *a : w.findChildren<QAction *>()) {
                if (a->isCheckable() && a->data().toString() == code)
                    return a->trigger();
            }
            QFAIL("no menu entry for the language");
        };
        chooseLanguage(QStringLiteral("fr"));
        // LanguageChange is posted to each window: let it arrive.
        QTRY_VERIFY(menuAction(w, QStringLiteral("&Fichier"), QStringLiteral("&Ouvrir…")));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(MainWindow::Initiatives)->text(), QStringLiteral("Initiatives"));
        QCOMPARE(nav->item(MainWindow::Overview)->text(), QStringLiteral("Vue d’ensemble"));
        auto *overview = qobject_cast<OverviewPage *>(w.workspaceWidget(MainWindow::Overview));
        w.showWorkspace(
            MainWindow::Overview); // (Ctrl+1 would go to the About box, the active window)
        auto frenchMoney = [overview] {
            for (QLabel *l : overview->findChildren<QLabel *>()) {
                if (l->text() == QStringLiteral("980\u202f000,00\u00a0\u20ac"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(frenchMoney());
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("&Identité"));
        QTRY_COMPARE(about.windowTitle(), QStringLiteral("À propos de Tremplin"));
        QCOMPARE(header->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nom"));
        QCOMPARE(
            w.initiativesPage()
                ->model()
                ->data(w.initiativesPage()->model()->index(0, InitiativeListService::Lifecycle))
                .toString(),
            QStringLiteral("Ancien lauréat"));
        form->close();
        chooseLanguage(QStringLiteral("en"));
        QTRY_VERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("&Open…")));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    void theGuiQuitsAfterItsFirstPaintForTheBenchmark()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TREMPLIN_GUI_PATH),
            { QStringLiteral("--database"), m_demo, QStringLiteral("--quit-after-first-paint") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("first-paint-ms:"));
    }

    void aFileGivenOnTheCommandLineIsTheOneOpened()
    {
        // "tremplin FILE", as the desktop entry's Exec=tremplin %f runs it.
        const QString file = m_dir.filePath(QStringLiteral("given on the command line.sqlite"));
        QVERIFY(QFile::copy(m_demo, file));
        const QString config = m_dir.filePath(QStringLiteral("config-positional"));
        const QString data = m_dir.filePath(QStringLiteral("data-positional"));
        auto run = [&](const QStringList &args) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
            env.insert(QStringLiteral("XDG_DATA_HOME"), data);
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(TREMPLIN_GUI_PATH),
                args
                    + QStringList { QStringLiteral("--lang"), QStringLiteral("en"),
                        QStringLiteral("--quit-after-first-paint") });
            p->waitForFinished(60000);
            return p;
        };
        const auto opened = run({ file });
        QCOMPARE(opened->exitCode(), 0);
        // The window opened it: it heads the recent files, and no default file was created.
        const QSettings settings(
            config + QStringLiteral("/Tremplin/Tremplin.conf"), QSettings::IniFormat);
        const QStringList recent = settings.value(QStringLiteral("files/recent")).toStringList();
        QVERIFY2(!recent.isEmpty() && recent.constFirst() == QFileInfo(file).absoluteFilePath(),
            qPrintable(recent.join(u',')));
        QVERIFY(!QFile::exists(data + QStringLiteral("/Tremplin/Tremplin/tremplin.sqlite")));

        // A file that cannot be opened says so and why.
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const auto refused = run({ missing });
        QCOMPARE(refused->exitCode(), 1);
        const QString err = QString::fromUtf8(refused->readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("missing.sqlite"))
                && err.contains(QLatin1String("does not exist")),
            qPrintable(err));
        QVERIFY(!QFile::exists(missing));
        // One file at a time.
        const auto two = run({ file, m_demo });
        QCOMPARE(two->exitCode(), 2);
        QVERIFY(two->readAllStandardError().contains("one file"));
    }

    void withNoDatabaseTheGuiCreatesTheDemoInItsDataFolder()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config2")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data2")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TREMPLIN_GUI_PATH), { QStringLiteral("--quit-after-first-paint") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString created
            = m_dir.filePath(QStringLiteral("data2/Tremplin/Tremplin/tremplin.sqlite"));
        QVERIFY2(QFile::exists(created), qPrintable(created));
        QCOMPARE(test::countRows(created, QStringLiteral("initiative")), 9);
    }
    void theInitiativesFiltersAreRefilledOnlyByWritesThatChangeTheirChoices()
    {
        Document doc;
        createDemo(doc, QStringLiteral("filters.sqlite"));
        InitiativesPage page;
        QVERIFY(showWith(page, doc));
        auto *themes = page.findChild<QComboBox *>(QStringLiteral("themeFilter"));
        auto *promotions = page.findChild<QComboBox *>(QStringLiteral("promotionFilter"));
        QVERIFY(themes && promotions);
        QSignalSpy refills(promotions->model(), &QAbstractItemModel::rowsInserted);
        // A funding source is no filter's choice: nothing is read again.
        RecordService records(doc.database());
        records.insert(QStringLiteral("funding_source"),
            { { QStringLiteral("name"), QStringLiteral("Fondation du Tremplin") } });
        QTest::qWait(DeferredRefresh::BurstPauseMs + 100);
        QCOMPARE(refills.count(), 0);
        // A new theme is.
        records.insert(
            QStringLiteral("theme"), { { QStringLiteral("name"), QStringLiteral("Montagne") } });
        QTRY_VERIFY(themes->findText(QStringLiteral("Montagne")) > 0);
        QVERIFY(refills.count() > 0);
    }

    void theReportFollowsOnlyTheWritesThatChangeIt()
    {
        Document doc;
        createDemo(doc, QStringLiteral("report.sqlite"));
        ReportsPage page;
        QVERIFY(showWith(page, doc));
        auto *preview = page.findChild<QTextBrowser *>();
        QVERIFY(preview && !preview->toPlainText().isEmpty());
        QSignalSpy rewritten(preview, &QTextEdit::textChanged);
        RecordService records(doc.database());
        records.insert(QStringLiteral("funding_source"),
            { { QStringLiteral("name"), QStringLiteral("Fondation du Tremplin") } });
        QTest::qWait(DeferredRefresh::BurstPauseMs + 100);
        QCOMPARE(rewritten.count(), 0);
        // A journal entry of an initiative can be in the report.
        const qint64 initiative = Query(
            doc.database(), QStringLiteral("SELECT initiative_id FROM participation LIMIT 1"))
                                      .scalar()
                                      .toLongLong();
        records.insert(QStringLiteral("journal_entry"),
            { { QStringLiteral("initiative_id"), initiative },
                { QStringLiteral("entry_date"), QStringLiteral("2022-06-01") },
                { QStringLiteral("title"), QStringLiteral("Atelier") } });
        QTRY_VERIFY(rewritten.count() > 0);
    }

    void hiddenWorkspacesRefreshWhenShownAndSlowOnesAfterAPause()
    {
        QWidget window;
        auto *page = new QWidget(&window);
        int runs = 0;
        int cost = 0;
        DeferredRefresh refresh(page, [&] {
            ++runs;
            QThread::msleep(cost);
        });
        // A page of the window that is not shown only notes the change...
        page->hide();
        refresh.request();
        QCOMPARE(runs, 0);
        // ...and catches up when shown.
        window.show();
        page->show();
        refresh.flushIfStale();
        QCOMPARE(runs, 1);
        refresh.flushIfStale();
        QCOMPARE(runs, 1);
        // On screen and cheap: at once.
        refresh.request();
        QCOMPARE(runs, 2);
        // Slow: the next changes wait for a pause, and run once.
        cost = 60;
        refresh.request();
        QCOMPARE(runs, 3);
        cost = 0;
        refresh.request();
        refresh.request();
        QCOMPARE(runs, 3);
        QTRY_COMPARE(runs, 4);
        QTest::qWait(500);
        QCOMPARE(runs, 4);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
